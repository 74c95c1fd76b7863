/**
 * `diagnose` against real failures: one scenario per cause, each a real pod on the real cluster
 * whose kubelet really failed, diagnosed by the built plugin run as `kubectl imagepull` from the
 * workstation. Each asserts the cause, its evidence and the fix, and that no password leaks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterInfo, ClusterNode } from '../cluster/cluster-info.js';
import {
  blackholeEgress,
  breakDns,
  clearImagefs,
  crictlOnNode,
  fillImagefs,
  kubectl,
  restoreDns,
  restoreEgress,
} from '../cluster/faults.js';
import { CORP_USER, REGISTRIES } from '../cluster/layout.js';
import { aDockerConfigSecret, aPod, type PodBuilder } from './support/pod-builder.js';
import {
  apply,
  cluster,
  createNamespace,
  deleteNamespace,
  waitForEvent,
  waitForPhase,
  waitForPullFailure,
} from './support/kube.js';
import { imagepull, json, type PluginRun } from './support/plugin.js';
import type { PodDiagnosis, ContainerVerdict } from '../../shared/diagnosis/verdict.js';

const CORP = 'registry.corp.test:5000';
const PLAIN = 'registry.plain.test';

let info: ClusterInfo;
let ns: string;
let otherNs: string;
let node2: ClusterNode;
const runs: PluginRun[] = [];

async function diagnose(
  pod: string,
  ...extra: string[]
): Promise<{ run: PluginRun; d: PodDiagnosis; c: ContainerVerdict }> {
  const run = await imagepull(info, ['diagnose', '-n', ns, pod, '-o', 'json', ...extra]);
  runs.push(run);
  const d = json<PodDiagnosis>(run);
  return { run, d, c: d.containers[0]! };
}

async function start(pod: PodBuilder): Promise<void> {
  await apply(info, pod.inNamespace(ns).toJson());
}

const scenarios: Record<string, PodBuilder> = {
  'bad-tag': aPod('bad-tag').onNode('node-1').withImage(`${PLAIN}/kip/app:v1.4.2`),
  'bad-repo': aPod('bad-repo').onNode('node-1').withImage(`${PLAIN}/kip/nope:v1`),
  'no-secret': aPod('no-secret').onNode('node-1').withImage(`${CORP}/kip/app:v1.4.1`),
  'other-ns': aPod('other-ns')
    .onNode('node-1')
    .withImage(`${CORP}/kip/app:v1.4.1`)
    .withPullSecret('elsewhere'),
  opaque: aPod('opaque')
    .onNode('node-1')
    .withImage(`${CORP}/kip/app:v1.4.1`)
    .withPullSecret('opaque-creds'),
  'no-port': aPod('no-port')
    .onNode('node-1')
    .withImage(`${CORP}/kip/app:v1.4.1`)
    .withPullSecret('no-port'),
  'wrong-password': aPod('wrong-password')
    .onNode('node-1')
    .withImage(`${CORP}/kip/app:v1.4.1`)
    .withPullSecret('wrong-password'),
  'via-sa': aPod('via-sa')
    .onNode('node-1')
    .withImage(`${CORP}/kip/app:v1.4.0`)
    .withServiceAccount('puller'),
  'rate-limit': aPod('rate-limit')
    .onNode('node-1')
    .withImage('registry.limited.test/kip/app:v1.4.1'),
  refused: aPod('refused').onNode('node-1').withImage('registry.down.test/kip/app:v1.4.1'),
  tls: aPod('tls').onNode('node-1').withImage('registry.untrusted.test/kip/app:v1.4.1'),
  platform: aPod('platform').onNode('node-1').withImage(`${PLAIN}/kip/arm-only:v1`),
  invalid: aPod('invalid').onNode('node-1').withImage(`${PLAIN}/kip/App:v1`),
  never: aPod('never')
    .onNode('node-1')
    .withImage(`${PLAIN}/kip/app:v1.0.0`)
    .withPullPolicy('Never'),
  'init-fails': aPod('init-fails').onNode('node-1').withInitContainer(`${PLAIN}/kip/app:v0.0.1`),
};

beforeAll(async () => {
  info = await cluster();
  node2 = info.nodes.find((n) => n.name === 'node-2')!;
  // The Never-policy pod must find its image absent, whatever an earlier file pulled on node-1.
  const node1 = info.nodes.find((n) => n.name === 'node-1')!;
  await crictlOnNode(node1, info.crictl, ['rmi', `${PLAIN}/kip/app:v1.0.0`]);
  ns = await createNamespace(info, 'diag');
  otherNs = await createNamespace(info, 'diag-other');
  const secret = (
    name: string,
    namespace: string,
    server: string,
    password: string = CORP_USER.password,
  ) => apply(info, aDockerConfigSecret(name, namespace, server, CORP_USER.username, password));
  await secret('elsewhere', otherNs, CORP);
  await secret('no-port', ns, 'registry.corp.test');
  await secret('wrong-password', ns, CORP, 'not-the-password');
  await secret('corp-pull', ns, CORP);
  const opaque = JSON.parse(
    aDockerConfigSecret('opaque-creds', ns, CORP, CORP_USER.username, CORP_USER.password),
  ) as Record<string, unknown>;
  await apply(info, JSON.stringify({ ...opaque, type: 'Opaque' }));
  await apply(
    info,
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name: 'puller', namespace: ns },
      imagePullSecrets: [{ name: 'corp-pull' }],
    }),
  );
  await Promise.all(Object.values(scenarios).map(start));
  await Promise.all(
    Object.keys(scenarios)
      .filter((n) => n !== 'via-sa')
      .map((n) => waitForPullFailure(info, ns, n)),
  );
  await waitForPhase(info, ns, 'via-sa', ['Succeeded']);
});

afterAll(async () => {
  if (!info) return;
  await deleteNamespace(info, ns);
  await deleteNamespace(info, otherNs);
  // No run, of any scenario, may print a pull secret's password.
  for (const run of runs) expect(`${run.stdout}\n${run.stderr}`).not.toContain(CORP_USER.password);
});

describe('diagnose names the cause of each real pull failure', () => {
  it('nonexistent tag: not-found, with "did you mean v1.4.1?"', async () => {
    const { run, c } = await diagnose('bad-tag');
    expect(run.code).toBe(1);
    expect([c.cause, c.confidence]).toEqual(['not-found', 'high']);
    expect(c.summary).toContain('did you mean v1.4.1?');
    expect(c.evidence.some((e) => e.source === 'event' && /not found/.test(e.text))).toBe(true);
    expect(c.registryCheck?.seenFrom).toBe('this machine');
    expect(c.fixes[0]?.command).toBe(
      `kubectl -n ${ns} set image pod/bad-tag main=${PLAIN}/kip/app:v1.4.1`,
    );
    const text = await imagepull(info, ['diagnose', '-n', ns, 'bad-tag']);
    expect(text.stdout).toContain('did you mean v1.4.1?');
    expect(text.stdout).toContain('seen from this machine, not from the node');
  });

  it('nonexistent repository: not-found, the registry says the repository is unknown', async () => {
    const { c } = await diagnose('bad-repo');
    expect(c.cause).toBe('not-found');
    expect(c.registryCheck?.result).toBe('repository not found');
  });

  it('no pull secret for an htpasswd registry: auth, the pod has no pull secret', async () => {
    const { c } = await diagnose('no-secret');
    expect(c.cause).toBe('auth');
    expect(c.summary).toContain('the pod has no pull secret');
    expect(c.evidence.some((e) => /401 Unauthorized/.test(e.text))).toBe(true);
    expect(c.fixes.map((f) => f.command).join('\n')).toContain(`--docker-server=${CORP}`);
  });

  it('secret in another namespace: secret-missing, and where it is', async () => {
    const { c } = await diagnose('other-ns');
    expect(c.cause).toBe('secret-missing');
    const entry = c.secrets.entries.find((e) => e.name === 'elsewhere');
    expect(entry?.status).toBe('missing');
    expect(entry?.note).toContain(`exists in namespace ${otherNs}`);
    expect(c.fixes[0]?.command).toContain(`kubectl -n ${otherNs} get secret elsewhere -o yaml`);
  });

  it('Opaque secret: auth, the kubelet ignores a secret of that type', async () => {
    const { c } = await diagnose('opaque');
    expect(c.cause).toBe('auth');
    expect(c.secrets.entries[0]).toMatchObject({
      name: 'opaque-creds',
      status: 'wrong-type',
      type: 'Opaque',
    });
  });

  it('secret keyed to the host without the port: auth, with the near miss explained', async () => {
    const { c } = await diagnose('no-port');
    expect(c.cause).toBe('auth');
    expect(c.secrets.entries[0]?.status).toBe('no-matching-entry');
    expect(c.secrets.entries[0]?.note).toMatch(/registry\.corp\.test.*registry\.corp\.test:5000/);
  });

  it('wrong password: auth, the matching credentials are rejected (here and on the node)', async () => {
    const { c } = await diagnose('wrong-password');
    expect([c.cause, c.confidence]).toEqual(['auth', 'high']);
    expect(c.secrets.entries[0]).toMatchObject({
      status: 'ok',
      matchedKey: CORP,
      username: CORP_USER.username,
    });
    expect(c.registryCheck?.result).toBe('credentials rejected');
  });

  it('secret attached to the service account: healthy, and shows the service-account path', async () => {
    const { run, d } = await diagnose('via-sa');
    expect(run.code).toBe(0);
    expect(d.healthy).toBe(true);
    expect(d.credentials[0]).toMatchObject({
      secret: 'corp-pull',
      via: 'service-account',
      key: CORP,
    });
    const text = await imagepull(info, ['diagnose', '-n', ns, 'via-sa']);
    expect(text.stdout).toContain('with secret corp-pull (via the service account)');
  });

  it('429 front: rate-limit', async () => {
    const { c } = await diagnose('rate-limit');
    expect(c.cause).toBe('rate-limit');
    expect(c.registryCheck?.result).toBe('rate limited');
  });

  it('nothing listening: network, connection refused', async () => {
    const { c } = await diagnose('refused');
    expect(c.cause).toBe('network');
    expect(c.evidence.some((e) => /connection refused/.test(e.text))).toBe(true);
    expect(c.reproduce).toBe(`kubectl imagepull reproduce --node node-1 --pod ${ns}/refused`);
  });

  it('TLS from an unknown authority: tls, with the containerd certs.d fix', async () => {
    const { c } = await diagnose('tls');
    expect(c.cause).toBe('tls');
    expect(c.fixes[0]?.command).toContain(
      '/etc/containerd/certs.d/registry.untrusted.test/hosts.toml',
    );
  });

  it('arm64-only image on an amd64 node: platform, with what the index offers', async () => {
    const { c, d } = await diagnose('platform');
    expect(c.cause).toBe('platform');
    expect(d.node?.architecture).toBe('amd64');
    expect(c.registryCheck?.detail).toContain('linux/arm64');
    expect(c.evidence.some((e) => e.source === 'node' && /amd64/.test(e.text))).toBe(true);
  });

  it("invalid reference: invalid-reference with the parser's reason", async () => {
    const { c } = await diagnose('invalid');
    expect(c.cause).toBe('invalid-reference');
    expect(c.summary).toMatch(/lowercase/);
  });

  it('Never policy with the image absent: never-pull', async () => {
    const { c } = await diagnose('never');
    expect(c.cause).toBe('never-pull');
    expect(c.fixes[0]?.command).toContain('"imagePullPolicy":"IfNotPresent"');
  });

  it('a failing init container is diagnosed as such', async () => {
    const { c } = await diagnose('init-fails');
    expect([c.container, c.kind, c.cause]).toEqual(['init', 'init', 'not-found']);
  });
});

describe('diagnose with faults on one node', () => {
  it('DNS broken on node-2 only: dns, and the same image runs on node-1', async () => {
    // A tag no other scenario uses: the Never-policy pod waits for v1.0.0 on node-1 and would
    // count as "the same image failing on node-1" until its kubelet notices the image arrived.
    const image = `${PLAIN}/kip/app:v1.4.0`;
    await start(aPod('dns-ok').onNode('node-1').withImage(image));
    await waitForPhase(info, ns, 'dns-ok', ['Succeeded']);
    await breakDns(node2);
    try {
      await start(aPod('dns-broken').onNode('node-2').withImage(image));
      await waitForEvent(info, ns, 'dns-broken', 'Failed', /no such host/);
      const { c } = await diagnose('dns-broken');
      expect(c.cause).toBe('dns');
      expect(c.summary).toContain('node-2 cannot resolve registry.plain.test');
      expect(c.scope.sameImageRunning).toContain(`${ns}/dns-ok on node-1`);
      expect(c.scope.summary).toContain('runs on node-1 but fails on node-2');
    } finally {
      // The pod goes first: once the fault is gone its next retry would pull and cache the image.
      await kubectl(info.kubeconfig, ['-n', ns, 'delete', 'pod', 'dns-broken', '--wait=true']);
      await restoreDns(node2);
    }
  });

  it('egress blackholed on node-2: network, i/o timeout', async () => {
    const corp = REGISTRIES.find((r) => r.id === 'corp')!;
    await blackholeEgress(node2, corp.address);
    try {
      await start(
        aPod('blackholed')
          .onNode('node-2')
          .withImage(`${CORP}/kip/app:v1.4.1`)
          .withPullSecret('corp-pull'),
      );
      await waitForEvent(info, ns, 'blackholed', 'Failed', /Failed to pull image/, 120_000);
      const { c } = await diagnose('blackholed');
      expect(c.cause).toBe('network');
      expect(c.evidence.some((e) => /i\/o timeout/.test(e.text))).toBe(true);
    } finally {
      // The pod goes first: once the fault is gone its next retry would pull and cache the image.
      await kubectl(info.kubeconfig, ['-n', ns, 'delete', 'pod', 'blackholed', '--wait=true']);
      await restoreEgress(node2);
    }
  });

  it('imagefs full on node-2: disk', async () => {
    // Not to the brim: DiskPressure's reclaim would delete the pause image under the new pod.
    await fillImagefs(node2, 'enospc');
    try {
      await start(aPod('disk-full').onNode('node-2').withImage(`${PLAIN}/kip/big:v1`));
      await waitForEvent(info, ns, 'disk-full', 'Failed', /no space left on device/);
      const { c } = await diagnose('disk-full');
      expect(c.cause).toBe('disk');
      expect(c.fixes[0]?.command).toContain('crictl rmi --prune');
    } finally {
      // The pod goes first: once the fault is gone its next retry would pull and cache the image.
      await kubectl(info.kubeconfig, ['-n', ns, 'delete', 'pod', 'disk-full', '--wait=true']);
      await clearImagefs(node2);
    }
  });
});
