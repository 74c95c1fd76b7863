/**
 * `reproduce` on the real cluster, on every runtime node: the probe pod runs on the node, pulls
 * through the node's own runtime (containerd 2.x, containerd 1.6, CRI-O) over CRI with and
 * without the pod's credentials, and the verdict splits registry/network/reference faults from
 * credential faults and node-local faults. Nothing may be left behind.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterInfo, ClusterNode } from '../cluster/cluster-info.js';
import {
  blackholeEgress,
  crictlOnNode,
  breakDns,
  clearImagefs,
  fillImagefs,
  kubectl,
  restoreDns,
  restoreEgress,
} from '../cluster/faults.js';
import { CORP_USER, MIRRORED_HOST, REGISTRIES } from '../cluster/layout.js';
import { RUNTIME_NODES } from './support/runtime-nodes.js';
import { aCorpPullSecret, aPod } from './support/pod-builder.js';
import { apply, cluster, createNamespace, deleteNamespace, waitForEvent } from './support/kube.js';
import { imagepull, json, type PluginRun } from './support/plugin.js';
import type { ReproduceResult } from '../../shared/probe/verdict.js';
import type { PodDiagnosis } from '../../shared/diagnosis/verdict.js';

const CORP = 'registry.corp.test:5000';
const PLAIN = 'registry.plain.test';

let info: ClusterInfo;
let ns: string;
let otherNs: string;
const nodeOf = (name: string): ClusterNode => info.nodes.find((n) => n.name === name)!;
const runs: PluginRun[] = [];

async function reproduce(...args: string[]): Promise<{ run: PluginRun; r: ReproduceResult }> {
  const run = await imagepull(info, [
    'reproduce',
    '-n',
    ns,
    '--probe-image',
    info.probeImage!,
    '-o',
    'json',
    ...args,
  ]);
  runs.push(run);
  return { run, r: json<ReproduceResult>(run) };
}

async function probeLeftovers(): Promise<string> {
  const selector = 'app.kubernetes.io/managed-by=kubectl-imagepull';
  return (
    await kubectl(info.kubeconfig, ['get', 'jobs,pods,secrets', '-A', '-l', selector, '-o', 'name'])
  ).trim();
}

beforeAll(async () => {
  info = await cluster();
  if (!info.probeImage)
    throw new Error('the test cluster has no probe image: run `npm run build` before the e2e tier');
  ns = await createNamespace(info, 'repro');
  otherNs = await createNamespace(info, 'repro-other');
  await apply(info, aCorpPullSecret('corp-pull', ns));
  await apply(info, aCorpPullSecret('no-port', ns, { server: 'registry.corp.test' }));
  await apply(info, aCorpPullSecret('elsewhere', otherNs));
  // Pods are only the source of image and credentials here; they may fail or not.
  const sources = {
    'with-secret': 'corp-pull',
    'no-port': 'no-port',
    'missing-secret': 'elsewhere',
  };
  for (const [pod, secret] of Object.entries(sources)) {
    const builder = aPod(pod).inNamespace(ns).onNode('node-1').withImage(`${CORP}/kip/app:v1.4.1`);
    await apply(info, builder.withPullSecret(secret).toJson());
  }
});

afterAll(async () => {
  if (!info) return;
  expect(await probeLeftovers()).toBe('');
  await deleteNamespace(info, ns);
  await deleteNamespace(info, otherNs);
  for (const run of runs) expect(`${run.stdout}\n${run.stderr}`).not.toContain(CORP_USER.password);
});

describe.each(RUNTIME_NODES)('reproduce splits the fault on $label', (node) => {
  it('bad tag: fails the same with and without credentials -> image reference', async () => {
    const { run, r } = await reproduce('--node', node.name, '--image', `${PLAIN}/kip/app:v1.4.2`);
    expect(run.code).toBe(1);
    expect(r.nodes[0]).toMatchObject({
      node: node.name,
      domain: 'image-reference',
      cause: 'not-found',
    });
    expect(r.nodes[0]?.checks).toMatchObject({
      dns: 'ok',
      tcp: 'ok',
      tls: 'ok',
      pullAnonymous: 'failed',
    });
    // The runtime as it answered over CRI, its own conditions included (CRI Status).
    expect(r.nodes[0]?.runtime?.name).toBe(node.runtime === 'cri-o' ? 'cri-o' : 'containerd');
    expect(r.nodes[0]?.runtime?.conditions).toContainEqual({ type: 'RuntimeReady', status: true });
  });

  it('auth without a secret: refused, no credentials to try -> credentials', async () => {
    const { r } = await reproduce('--node', node.name, '--image', `${CORP}/kip/app:v1.4.1`);
    expect(r.nodes[0]).toMatchObject({ domain: 'credentials', cause: 'auth' });
    expect(r.credentials).toBe('none');
  });

  it("auth with the pod's secret: works on the node with the pod's credentials", async () => {
    const { run, r } = await reproduce('--node', node.name, '--pod', `${ns}/with-secret`);
    expect(r.credentials).toBe('kubelet-match');
    expect(r.nodes[0]?.checks).toMatchObject({
      pullAnonymous: 'failed',
      pullWithCredentials: 'ok',
    });
    expect(r.nodes[0]?.domain).toBe('credentials');
    expect(run.stderr).toMatch(new RegExp(`probe on ${node.name}: `));
  });

  it('host:port mismatch: the near-miss credentials work -> the kubelet did not get them', async () => {
    const { r } = await reproduce('--node', node.name, '--pod', `${ns}/no-port`);
    expect(r.credentials).toBe('near-miss');
    expect(r.nodes[0]?.summary).toContain(
      'the kubelet did not get (or did not use) those credentials',
    );
  });

  it('secret missing in the namespace: none from the pod; the named secret from elsewhere works', async () => {
    const fromPod = await reproduce('--node', node.name, '--pod', `${ns}/missing-secret`);
    expect(fromPod.r.credentials).toBe('none');
    const named = await imagepull(info, [
      'reproduce',
      '-n',
      otherNs,
      '--probe-image',
      info.probeImage!,
      '-o',
      'json',
      '--node',
      node.name,
      '--image',
      `${CORP}/kip/app:v1.4.1`,
      '--secret',
      'elsewhere',
    ]);
    runs.push(named);
    const r = json<ReproduceResult>(named);
    expect(r.credentials).toBe('explicit');
    expect(r.nodes[0]?.checks.pullWithCredentials).toBe('ok');
  });

  it.each([
    ['429', 'registry.limited.test/kip/app:v1.4.1', 'registry', 'rate-limit'],
    ['TLS unknown authority', 'registry.untrusted.test/kip/app:v1.4.1', 'node', 'tls'],
    ['platform mismatch', `${PLAIN}/kip/arm-only:v1`, 'image-reference', 'platform'],
  ])('%s -> %s', async (_name, image, domain, cause) => {
    const { r } = await reproduce('--node', node.name, '--image', image);
    expect(r.nodes[0]).toMatchObject({ domain, cause });
  });

  it('layer downloads redirected to a host the node cannot resolve -> that host, by name', async () => {
    // `latest` has blobs of its own that no other scenario pulls: a node that had them cached
    // would rightly pull without touching the blob host.
    const { r } = await reproduce(
      '--node',
      node.name,
      '--image',
      'registry.cdn.test/kip/app:latest',
    );
    expect(r.nodes[0]).toMatchObject({ domain: 'network', cause: 'dns' });
    expect(r.nodes[0]?.checks).toMatchObject({ dns: 'ok', registryApi: 'ok', blobDns: 'failed' });
    expect(r.nodes[0]?.summary).toContain('resolves registry.cdn.test but not blobs.cdn.test');
  });

  it(
    node.runtime === 'containerd'
      ? 'a mirror in hosts.toml under a config_path of two directories: not used (the containerd 2.1+ Transfer Service bug), named with its workaround'
      : 'a registry that refuses, with a mirror configured: the runtime pulls through the mirror',
    async () => {
      const { r } = await reproduce(
        '--node',
        node.name,
        '--image',
        `${MIRRORED_HOST}/kip/app:v1.4.1`,
      );
      const v = r.nodes[0]!;
      if (node.runtime !== 'containerd') {
        expect(v.domain).toBe('none');
        expect(v.checks.pullAnonymous).toBe('ok');
        return;
      }
      expect(v).toMatchObject({ domain: 'network', cause: 'network' });
      expect(v.summary).toContain(
        `/etc/containerd/certs.d/${MIRRORED_HOST}/hosts.toml (config_path of several directories on the Transfer Service path)`,
      );
      expect(v.evidence.join('\n')).toMatch(/Workaround: set config_path to one directory/);
      const text = await imagepull(info, [
        'reproduce',
        '-n',
        ns,
        '--probe-image',
        info.probeImage!,
        '--node',
        node.name,
        '--image',
        `${MIRRORED_HOST}/kip/app:v1.4.1`,
      ]);
      runs.push(text);
      expect(text.stdout).toContain('use_local_image_pull = true');
    },
  );

  it(
    node.runtime === 'cri-o'
      ? "an image policy.json requires a signature for, unsigned: policy, in CRI-O's words"
      : 'the repository CRI-O signs: pulls here (containerd has no policy.json)',
    async () => {
      const { r } = await reproduce('--node', node.name, '--image', `${PLAIN}/kip/signed:v1`);
      if (node.runtime === 'cri-o') {
        expect(r.nodes[0]).toMatchObject({ cause: 'policy' });
        expect(r.nodes[0]?.evidence.join('\n')).toMatch(/signature/i);
      } else expect(r.nodes[0]?.domain).toBe('none');
    },
  );
});

describe('reproduce and the image already on the node (KEP-2535)', () => {
  it('names the secret the kubelet recorded for the copy on node-1, and the policy that decides who may use it', async () => {
    // A pod of its own pulls it on node-1 with corp-pull just before: another scenario's DiskPressure
    // lets image GC delete an unused copy, and its record goes with it.
    await apply(
      info,
      aPod('kep-pulled')
        .inNamespace(ns)
        .onNode('node-1')
        .withImage(`${CORP}/kip/app:v1.4.1`)
        .withPullSecret('corp-pull')
        .toJson(),
    );
    await waitForEvent(info, ns, 'kep-pulled', 'Pulled', /Successfully pulled|already present/);
    const { r } = await reproduce('--node', 'node-1', '--image', `${CORP}/kip/app:v1.4.1`);
    const said = r.nodes[0]!.evidence.join('\n');
    expect(said).toContain(`by secret ${ns}/corp-pull`);
    expect(said).toContain('imagePullCredentialsVerificationPolicy NeverVerifyPreloadedImages');
    // Pulled without credentials, the same image is refused: why a pod without the secret is too.
    expect(r.nodes[0]).toMatchObject({ domain: 'credentials', cause: 'auth' });
  });

  it('diagnose of pods without that secret names the pod and secret the copy came with, and the policy', async () => {
    // Runs after the test above, whose kep-pulled pod holds the copy on node-1 with corp-pull.
    const image = `${CORP}/kip/app:v1.4.1`;
    for (const [pod, policy] of [
      ['kep-refused', 'IfNotPresent'],
      ['kep-never', 'Never'],
    ] as const)
      await apply(
        info,
        aPod(pod).inNamespace(ns).onNode('node-1').withImage(image).withPullPolicy(policy).toJson(),
      );
    await waitForEvent(info, ns, 'kep-refused', 'Failed', /Failed to pull image/);
    await waitForEvent(info, ns, 'kep-never', 'ErrImageNeverPull', /pull policy of Never/);
    const diagnose = async (pod: string) =>
      json<PodDiagnosis>(await imagepull(info, ['diagnose', '-n', ns, pod, '-o', 'json']))
        .containers[0]!;

    // IfNotPresent: the kubelet pulls again with the pod's (absent) credentials and gets a 401.
    const refused = await diagnose('kep-refused');
    expect(refused.cause).toBe('auth');
    const said = refused.evidence.map((e) => e.text).join('\n');
    expect(said).toContain(`${image} is already on node-1 (pods there run it)`);
    expect(said).toContain(`${ns}/kep-pulled runs it there (pull secrets ${ns}/corp-pull`);
    expect(said).toContain(
      'imagePullCredentialsVerificationPolicy NeverVerifyPreloadedImages (configz)',
    );
    const fixes = refused.fixes.map((f) => `${f.description} ${f.command ?? ''}`).join('\n');
    expect(fixes).toContain('list corp-pull in its imagePullSecrets');
    expect(fixes).toContain(`kubectl imagepull reproduce --node node-1 --image ${image}`);

    // Never: the kubelet says "not present"; diagnose says it is there and why it is refused.
    const never = await diagnose('kep-never');
    expect(never.cause).toBe('never-pull');
    expect(never.summary).toContain(`${image} is on node-1, but pulled with credentials`);
    expect(never.evidence.map((e) => e.text).join('\n')).toContain(
      `${ns}/kep-pulled runs it there`,
    );
  });
});

describe.each(RUNTIME_NODES)('reproduce across nodes, the fault on $label', (node) => {
  it('DNS broken here only: fails here only, node-local DNS', async () => {
    const here = nodeOf(node.name);
    await breakDns(here);
    try {
      const { r } = await reproduce(
        '--nodes',
        `${node.peer},${node.name}`,
        '--image',
        `${PLAIN}/kip/app:v1.4.1`,
      );
      expect(r.summary).toBe(`fails on ${node.name} only: node-local DNS`);
      expect(r.nodes.find((n) => n.node === node.name)?.checks.dns).toBe('failed');
    } finally {
      await restoreDns(here);
    }
  });

  it('egress blackholed here: network here only', async () => {
    const here = nodeOf(node.name);
    await blackholeEgress(here, REGISTRIES.find((x) => x.id === 'plain')!.address);
    try {
      const { r } = await reproduce(
        '--nodes',
        `${node.peer},${node.name}`,
        '--image',
        `${PLAIN}/kip/app:v1.4.1`,
      );
      expect(r.nodes.find((n) => n.node === node.name)).toMatchObject({ domain: 'network' });
      expect(r.nodes.find((n) => n.node === node.peer)?.domain).toBe('none');
    } finally {
      await restoreEgress(here);
    }
  });

  it('imagefs full here: node', async () => {
    const here = nodeOf(node.name);
    // Earlier scenarios may have left the image cached here; the probe must really pull it.
    for (const ref of [`${PLAIN}/kip/big:v1`, 'registry.slow.test/kip/big:v1'])
      await crictlOnNode(here, info.crictl, ['rmi', ref]).catch(() => undefined);
    // Full, and known full to the kubelet: it refuses the probe pod with its own DiskPressure
    // message, which is the verdict (before the condition, the probe itself would meet ENOSPC).
    await fillImagefs(here, 'pressure');
    try {
      const { r } = await reproduce('--node', node.name, '--image', `${PLAIN}/kip/big:v1`);
      expect(r.nodes[0]).toMatchObject({ domain: 'node', cause: 'disk' });
    } finally {
      await clearImagefs(here);
    }
  });
});

describe('reproduce with bad input', () => {
  it('unknown node: exit 5, one line', async () => {
    const run = await imagepull(info, [
      'reproduce',
      '--node',
      'node-9',
      '--image',
      `${PLAIN}/kip/app:v1.4.1`,
    ]);
    expect(run.code).toBe(5);
    expect(run.stderr.trim().split('\n')[0]).toBe('error: node "node-9" not found');
  });

  it('probe image unpullable: exit 4, classified, with what to do', async () => {
    const run = await imagepull(info, [
      'reproduce',
      '-n',
      ns,
      '--node',
      'node-1',
      '--image',
      `${PLAIN}/kip/app:v1.4.1`,
      '--probe-image',
      `${PLAIN}/kip/imagepull-probe:missing`,
    ]);
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(
      /error: the probe image .* cannot be pulled on node-1 \(not-found\)/,
    );
    expect(run.stderr).toMatch(/hint: .*--probe-image/);
  });

  it('Pod Security refuses the privileged probe: exit 4, names the namespace and the label', async () => {
    const locked = await createNamespace(info, 'repro-locked');
    try {
      await kubectl(info.kubeconfig, [
        'label',
        'namespace',
        locked,
        'pod-security.kubernetes.io/enforce=baseline',
      ]);
      const run = await imagepull(info, [
        'reproduce',
        '--node',
        'node-1',
        '--image',
        `${PLAIN}/kip/app:v1.4.1`,
        '--probe-image',
        info.probeImage!,
        '--probe-namespace',
        locked,
      ]);
      expect(run.code).toBe(4);
      expect(run.stderr).toMatch(
        new RegExp(`error: the probe pod was refused in namespace ${locked}: .*PodSecurity`),
      );
      expect(run.stderr).toMatch(/hint: .*pod-security\.kubernetes\.io\/enforce=privileged/);
      // The namespace's labels are never weakened.
      const label = await kubectl(info.kubeconfig, [
        'get',
        'namespace',
        locked,
        '-o',
        'jsonpath={.metadata.labels.pod-security\\.kubernetes\\.io/enforce}',
      ]);
      expect(label).toBe('baseline');
    } finally {
      await deleteNamespace(info, locked);
    }
  });

  it('RBAC without create: exit 3', async () => {
    const run = await imagepull(info, [
      'reproduce',
      '-n',
      ns,
      '--node',
      'node-1',
      '--image',
      `${PLAIN}/kip/app:v1.4.1`,
      '--probe-image',
      info.probeImage!,
      '--kubeconfig',
      info.restrictedKubeconfig,
    ]);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/^error: forbidden: cannot create the probe Job/);
  });
});
