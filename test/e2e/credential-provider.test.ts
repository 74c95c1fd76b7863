/**
 * Kubelet credential provider plugins on the real cluster. Every kubelet runs the harness's
 * `kip-test-provider` for registry.corp.test:5000/kip/multi (see test/cluster/README.md): the
 * kubelet itself pulls with what it returns, and `reproduce` must run the same plugin the same
 * way (kubelet argv from /proc, its environment, the config's args and env, chroot from the pod,
 * the node's shell over SSH) and judge with its credentials, not report a false auth failure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeRuntime } from '../cluster/layout.js';
import { RUNTIME_NODES, type RuntimeNode } from './support/runtime-nodes.js';
import type { ClusterInfo } from '../cluster/cluster-info.js';
import { kubectl } from '../cluster/faults.js';
import { CORP_USER, NODES } from '../cluster/layout.js';
import type { PodDiagnosis } from '../../shared/diagnosis/verdict.js';
import { PROVIDED_REPOSITORY, TEST_PROVIDER } from '../cluster/node-config.js';
import type { ReproduceResult } from '../../shared/probe/verdict.js';
import { aPod } from './support/pod-builder.js';
import {
  apply,
  cluster,
  createNamespace,
  deleteNamespace,
  waitForEvent,
  waitForPhase,
} from './support/kube.js';
import { imagepull, json, type PluginRun } from './support/plugin.js';

const GOOD = `${PROVIDED_REPOSITORY}:v1`;
const WRONG = `${PROVIDED_REPOSITORY}-wrong:v1`;
const BROKEN = `${PROVIDED_REPOSITORY}-broken:v1`;

let info: ClusterInfo;
let ns: string;
const runs: PluginRun[] = [];

async function reproduceText(
  node: RuntimeNode,
  image: string,
  ...extra: string[]
): Promise<PluginRun> {
  const run = await imagepull(info, [
    'reproduce',
    '-n',
    ns,
    '--node',
    node.name,
    '--image',
    image,
    // The probe image is for the pod path only; --via ssh refuses it.
    ...(extra.includes('--via') ? [] : ['--probe-image', info.probeImage!]),
    ...extra,
  ]);
  runs.push(run);
  return run;
}

async function reproduce(
  node: RuntimeNode,
  image: string,
  ...extra: string[]
): Promise<{ run: PluginRun; r: ReproduceResult }> {
  const run = await reproduceText(node, image, ...extra, '-o', 'json');
  return { run, r: json<ReproduceResult>(run) };
}

beforeAll(async () => {
  info = await cluster();
  if (!info.probeImage)
    throw new Error('the test cluster has no probe image: run `npm run build` before the e2e tier');
  ns = await createNamespace(info, 'provider');
});

afterAll(async () => {
  if (!info) return;
  const left = await kubectl(info.kubeconfig, [
    'get',
    'jobs,pods,secrets',
    '-A',
    '-l',
    'app.kubernetes.io/managed-by=kubectl-imagepull',
    '-o',
    'name',
  ]);
  expect(left.trim()).toBe('');
  await deleteNamespace(info, ns);
  for (const run of runs) expect(`${run.stdout}\n${run.stderr}`).not.toContain(CORP_USER.password);
});

/** How each runtime words the anonymous 401 the kubelet falls back to. */
const ANONYMOUS_401: Record<NodeRuntime, RegExp> = {
  'containerd-legacy': /401 Unauthorized/,
  containerd: /no basic auth credentials/,
  'cri-o': /authentication required|unauthorized/i,
};

describe.each(RUNTIME_NODES)(
  'the kubelet with a credential provider on $label (the harness is real)',
  (node) => {
    it('pulls the provided image with no pull secret at all', async () => {
      const pod = `provided-${node.name}`;
      await apply(info, aPod(pod).inNamespace(ns).onNode(node.name).withImage(GOOD).toJson());
      expect(await waitForPhase(info, ns, pod, ['Succeeded', 'Failed'])).toBe('Succeeded');
    });

    it('falls back to an anonymous pull (401) when the provider fails', async () => {
      const pod = `broken-${node.name}`;
      await apply(info, aPod(pod).inNamespace(ns).onNode(node.name).withImage(BROKEN).toJson());
      const message = await waitForEvent(info, ns, pod, 'Failed', /Failed to pull image/);
      expect(message).toMatch(ANONYMOUS_401[node.runtime]);
    });

    it("diagnose shows the provider's failure from the kubelet's own log, or says how to turn it on", async () => {
      const pod = `broken-${node.name}`;
      const run = await imagepull(info, ['diagnose', '-n', ns, pod, '-o', 'json']);
      runs.push(run);
      const d = json<PodDiagnosis>(run);
      const fromKubelet = d.containers[0]!.evidence.filter((e) => e.source === 'kubelet');
      if (NODES.find((n) => n.name === node.name)!.logQuery) {
        // The events show only the anonymous 401; the kubelet's log names the provider.
        expect(fromKubelet.map((e) => e.text).join('\n')).toMatch(
          new RegExp(
            `Failed to provide credentials for image.*${TEST_PROVIDER}|${TEST_PROVIDER}.*Failed to provide credentials`,
          ),
        );
        expect(d.notes.join('\n')).not.toContain('enableSystemLogQuery');
      } else {
        expect(fromKubelet).toEqual([]);
        expect(d.notes.join('\n')).toContain('enableSystemLogQuery: true');
      }
    });
  },
);

describe.each(RUNTIME_NODES)(
  'reproduce runs the provider as the kubelet does, on $label',
  (node) => {
    it('its credentials pull: the kubelet gets working credentials, not an auth fault', async () => {
      const { run, r } = await reproduce(node, GOOD);
      expect(run.code).toBe(0);
      const verdict = r.nodes[0]!;
      expect(verdict.domain).toBe('none');
      expect(verdict.summary).toContain(`credential provider ${TEST_PROVIDER} returns`);
      expect(verdict.checks).toMatchObject({
        pullAnonymous: 'failed',
        pullWithCredentials: 'skipped',
        credentialProvider: 'ok',
        pullWithProvider: 'ok',
      });
      expect(verdict.credentialProvider).toMatchObject({
        usedKey: PROVIDED_REPOSITORY,
        providers: [
          {
            name: TEST_PROVIDER,
            matchedBy: PROVIDED_REPOSITORY,
            status: 'ok',
            registries: [PROVIDED_REPOSITORY],
            cacheKeyType: 'Image',
            cacheDuration: '0s',
          },
        ],
      });
      // The binary as the kubelet's --image-credential-provider-bin-dir names it on this node.
      expect(verdict.credentialProvider?.providers[0]?.binary).toMatch(
        new RegExp(`/nodes/${node.name}/credential-provider-bin/${TEST_PROVIDER}$`),
      );
    });

    it('its credentials are refused: credentials, blaming what the provider returns', async () => {
      const { run, r } = await reproduce(node, WRONG);
      expect(run.code).toBe(1);
      expect(r.nodes[0]).toMatchObject({ domain: 'credentials', cause: 'auth' });
      expect(r.nodes[0]?.summary).toContain(`refused with the credentials the kubelet's`);
      expect(r.nodes[0]?.checks.pullWithProvider).toBe('failed');
    });

    it("it fails: credentials, with the plugin's own error as evidence", async () => {
      const { r } = await reproduce(node, BROKEN);
      expect(r.nodes[0]).toMatchObject({ domain: 'credentials', cause: 'auth' });
      expect(r.nodes[0]?.evidence[0]).toBe(
        `${TEST_PROVIDER} exited with 1: ${TEST_PROVIDER}: token service unavailable: dial tcp 10.213.0.99:443: connect: connection refused`,
      );
      expect(r.nodes[0]?.checks.pullWithProvider).toBe('skipped');
    });

    it('prints the provider line in text output', async () => {
      const run = await reproduceText(node, GOOD);
      expect(run.stdout).toContain('PULL+PROV');
      expect(run.stdout).toContain(
        `credential provider ${TEST_PROVIDER} (matchImages ${PROVIDED_REPOSITORY}) answered for ${PROVIDED_REPOSITORY}`,
      );
    });

    it('over SSH, with the node shell: the same verdict', async () => {
      const { run, r } = await reproduce(
        node,
        GOOD,
        '--via',
        'ssh',
        '--ssh-key',
        info.ssh.clientKey,
        '--ssh-known-hosts',
        info.ssh.knownHosts,
      );
      expect(run.code).toBe(0);
      expect(r.nodes[0]).toMatchObject({ domain: 'none' });
      expect(r.nodes[0]?.checks).toMatchObject({
        credentialProvider: 'ok',
        pullWithProvider: 'ok',
      });
    });

    it('runs no provider for an image no matchImages entry matches', async () => {
      const { r } = await reproduce(node, 'registry.plain.test/kip/app:v1.4.1');
      expect(r.nodes[0]?.checks.credentialProvider).toBeUndefined();
      expect(r.nodes[0]?.credentialProvider).toBeUndefined();
    });
  },
);
