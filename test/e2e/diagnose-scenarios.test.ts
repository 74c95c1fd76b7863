/**
 * `diagnose` against real failures on every runtime of the matrix: one scenario per cause, each a
 * real pod on the real cluster whose kubelet really failed, on each node in turn (containerd 2.x,
 * the legacy containerd 1.6, CRI-O), diagnosed by the built plugin run as `kubectl imagepull` from
 * the workstation. Each asserts the cause, its evidence and the fix, and that no password leaks.
 * The verdict is the same on every runtime; the evidence is that runtime's own wording, recorded
 * for the runtime matrix table (support/matrix-record.ts).
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
import { CORP_USER, REGISTRIES, type NodeRuntime } from '../cluster/layout.js';
import { aDockerConfigSecret, aPod, type PodBuilder } from './support/pod-builder.js';
import {
  apply,
  cluster,
  createNamespace,
  deleteNamespace,
  eventMessages,
  waitForEvent,
  waitForPhase,
  waitForPullFailure,
} from './support/kube.js';
import { imagepull, json, type PluginRun } from './support/plugin.js';
import { recordObservation } from './support/matrix-record.js';
import { RUNTIME_NODES, type RuntimeNode } from './support/runtime-nodes.js';
import type { PodDiagnosis, ContainerVerdict } from '../../shared/diagnosis/verdict.js';

const CORP = 'registry.corp.test:5000';
const PLAIN = 'registry.plain.test';
const SLOW = REGISTRIES.find((r) => r.id === 'slow')!.host;

let info: ClusterInfo;
const namespaces = new Map<string, string>();
let otherNs: string;
const runs: PluginRun[] = [];

const nodeOf = (name: string): ClusterNode => info.nodes.find((n) => n.name === name)!;
const nsOf = (node: RuntimeNode): string => namespaces.get(node.name)!;

async function diagnose(
  node: RuntimeNode,
  pod: string,
  ...extra: string[]
): Promise<{ run: PluginRun; d: PodDiagnosis; c: ContainerVerdict }> {
  const run = await imagepull(info, ['diagnose', '-n', nsOf(node), pod, '-o', 'json', ...extra]);
  runs.push(run);
  const d = json<PodDiagnosis>(run);
  const c = d.containers[0]!;
  // A healthy pod has no container verdict to record.
  if (c !== undefined && !d.healthy) await record(node, pod, c);
  return { run, d, c };
}

/** The pod's failure as its runtime worded it, for the matrix table. */
async function record(node: RuntimeNode, pod: string, c: ContainerVerdict): Promise<void> {
  const ns = nsOf(node);
  for (const reason of ['Failed', 'RegistryUnavailable', 'ErrImageNeverPull', 'InspectFailed']) {
    const message = (await eventMessages(info, ns, pod, reason)).find(
      (m) => m !== 'Error: ErrImagePull',
    );
    if (message === undefined || /^Error: /.test(message)) continue;
    await recordObservation(nodeOf(node.name), { scenario: pod, message, reason, cause: c.cause });
    return;
  }
}

/** Starts a scenario pod in `node`'s namespace, on that node unless `on` names another. */
function start(node: RuntimeNode, pod: PodBuilder, on: string = node.name): Promise<void> {
  return apply(info, pod.inNamespace(nsOf(node)).onNode(on).toJson());
}

/** The same scenarios on every node; each builder is placed by `start`. */
const scenarios: Record<string, () => PodBuilder> = {
  'bad-tag': () => aPod('bad-tag').withImage(`${PLAIN}/kip/app:v1.4.2`),
  'bad-repo': () => aPod('bad-repo').withImage(`${PLAIN}/kip/nope:v1`),
  'no-secret': () => aPod('no-secret').withImage(`${CORP}/kip/app:v1.4.1`),
  'other-ns': () =>
    aPod('other-ns').withImage(`${CORP}/kip/app:v1.4.1`).withPullSecret('elsewhere'),
  opaque: () => aPod('opaque').withImage(`${CORP}/kip/app:v1.4.1`).withPullSecret('opaque-creds'),
  'no-port': () => aPod('no-port').withImage(`${CORP}/kip/app:v1.4.1`).withPullSecret('no-port'),
  'wrong-password': () =>
    aPod('wrong-password').withImage(`${CORP}/kip/app:v1.4.1`).withPullSecret('wrong-password'),
  'via-sa': () => aPod('via-sa').withImage(`${CORP}/kip/app:v1.4.0`).withServiceAccount('puller'),
  'rate-limit': () => aPod('rate-limit').withImage('registry.limited.test/kip/app:v1.4.1'),
  refused: () => aPod('refused').withImage('registry.down.test/kip/app:v1.4.1'),
  tls: () => aPod('tls').withImage('registry.untrusted.test/kip/app:v1.4.1'),
  platform: () => aPod('platform').withImage(`${PLAIN}/kip/arm-only:v1`),
  invalid: () => aPod('invalid').withImage(`${PLAIN}/kip/App:v1`),
  never: () => aPod('never').withImage(`${PLAIN}/kip/app:v1.0.0`).withPullPolicy('Never'),
  'init-fails': () => aPod('init-fails').withInitContainer(`${PLAIN}/kip/app:v0.0.1`),
  // CRI-O's policy.json requires a signature for kip/signed; containerd nodes have no such policy.
  signed: () => aPod('signed').withImage(`${PLAIN}/kip/signed:v1`),
};

/** Scenarios whose pod pulls fine on `node`. */
const pullsOn = (node: RuntimeNode): string[] =>
  node.runtime === 'cri-o' ? ['via-sa'] : ['via-sa', 'signed'];

/** How each runtime words a 401 for an anonymous pull of a private repository. */
const NO_CREDENTIALS_WORDING: Record<NodeRuntime, RegExp> = {
  'containerd-legacy': /401 Unauthorized/,
  containerd: /no basic auth credentials/,
  'cri-o': /authentication required|unauthorized/i,
};

async function prepareNamespace(node: RuntimeNode): Promise<void> {
  const ns = await createNamespace(info, `diag-${node.name}`);
  namespaces.set(node.name, ns);
  const secret = (name: string, server: string, password: string = CORP_USER.password) =>
    apply(info, aDockerConfigSecret(name, ns, server, CORP_USER.username, password));
  await secret('no-port', 'registry.corp.test');
  await secret('wrong-password', CORP, 'not-the-password');
  await secret('corp-pull', CORP);
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
  // The Never-policy pod must find its image absent, whatever an earlier file pulled there.
  await crictlOnNode(nodeOf(node.name), info.crictl, ['rmi', `${PLAIN}/kip/app:v1.0.0`]);
  await Promise.all(Object.values(scenarios).map((build) => start(node, build())));
}

beforeAll(async () => {
  info = await cluster();
  otherNs = await createNamespace(info, 'diag-other');
  await apply(
    info,
    aDockerConfigSecret('elsewhere', otherNs, CORP, CORP_USER.username, CORP_USER.password),
  );
  await Promise.all(RUNTIME_NODES.map(prepareNamespace));
  await Promise.all(
    RUNTIME_NODES.flatMap((node) =>
      Object.keys(scenarios)
        .filter((n) => !pullsOn(node).includes(n))
        .map((n) => waitForPullFailure(info, nsOf(node), n)),
    ),
  );
  await Promise.all(
    RUNTIME_NODES.map((node) => waitForPhase(info, nsOf(node), 'via-sa', ['Succeeded'])),
  );
});

afterAll(async () => {
  if (!info) return;
  for (const ns of [...namespaces.values(), otherNs]) await deleteNamespace(info, ns);
  // No run, of any scenario, may print a pull secret's password.
  for (const run of runs) expect(`${run.stdout}\n${run.stderr}`).not.toContain(CORP_USER.password);
});

describe.each(RUNTIME_NODES)(
  'diagnose names the cause of each real pull failure on $label',
  (node) => {
    it('nonexistent tag: not-found, with "did you mean v1.4.1?"', async () => {
      const { run, c } = await diagnose(node, 'bad-tag');
      expect(run.code).toBe(1);
      expect([c.cause, c.confidence]).toEqual(['not-found', 'high']);
      expect(c.summary).toContain('did you mean v1.4.1?');
      // containerd says "not found", CRI-O the registry's own "manifest unknown".
      expect(
        c.evidence.some((e) => e.source === 'event' && /not found|manifest unknown/.test(e.text)),
      ).toBe(true);
      expect(c.registryCheck?.seenFrom).toBe('this machine');
      expect(c.fixes[0]?.command).toBe(
        `kubectl -n ${nsOf(node)} set image pod/bad-tag main=${PLAIN}/kip/app:v1.4.1`,
      );
      const text = await imagepull(info, ['diagnose', '-n', nsOf(node), 'bad-tag']);
      expect(text.stdout).toContain('did you mean v1.4.1?');
      expect(text.stdout).toContain('seen from this machine, not from the node');
    });

    it('nonexistent repository: not-found, the registry says the repository is unknown', async () => {
      const { c } = await diagnose(node, 'bad-repo');
      expect(c.cause).toBe('not-found');
      expect(c.registryCheck?.result).toBe('repository not found');
    });

    it('no pull secret for an htpasswd registry: auth, the pod has no pull secret', async () => {
      const { c } = await diagnose(node, 'no-secret');
      expect(c.cause).toBe('auth');
      expect(c.summary).toContain('the pod has no pull secret');
      expect(c.evidence.some((e) => NO_CREDENTIALS_WORDING[node.runtime].test(e.text))).toBe(true);
      expect(c.fixes.map((f) => f.command).join('\n')).toContain(`--docker-server=${CORP}`);
    });

    it('secret in another namespace: secret-missing, and where it is', async () => {
      const { c } = await diagnose(node, 'other-ns');
      expect(c.cause).toBe('secret-missing');
      const entry = c.secrets.entries.find((e) => e.name === 'elsewhere');
      expect(entry?.status).toBe('missing');
      expect(entry?.note).toContain(`exists in namespace ${otherNs}`);
      expect(c.fixes[0]?.command).toContain(`kubectl -n ${otherNs} get secret elsewhere -o yaml`);
    });

    it('Opaque secret: auth, the kubelet ignores a secret of that type', async () => {
      const { c } = await diagnose(node, 'opaque');
      expect(c.cause).toBe('auth');
      expect(c.secrets.entries[0]).toMatchObject({
        name: 'opaque-creds',
        status: 'wrong-type',
        type: 'Opaque',
      });
    });

    it('secret keyed to the host without the port: auth, with the near miss explained', async () => {
      const { c } = await diagnose(node, 'no-port');
      expect(c.cause).toBe('auth');
      expect(c.secrets.entries[0]?.status).toBe('no-matching-entry');
      expect(c.secrets.entries[0]?.note).toMatch(/registry\.corp\.test.*registry\.corp\.test:5000/);
    });

    it('wrong password: auth, the matching credentials are rejected (here and on the node)', async () => {
      const { c } = await diagnose(node, 'wrong-password');
      expect([c.cause, c.confidence]).toEqual(['auth', 'high']);
      expect(c.secrets.entries[0]).toMatchObject({
        status: 'ok',
        matchedKey: CORP,
        username: CORP_USER.username,
      });
      expect(c.registryCheck?.result).toBe('credentials rejected');
    });

    it('secret attached to the service account: healthy, and shows the service-account path', async () => {
      const { run, d } = await diagnose(node, 'via-sa');
      expect(run.code).toBe(0);
      expect(d.healthy).toBe(true);
      expect(d.credentials[0]).toMatchObject({
        secret: 'corp-pull',
        via: 'service-account',
        key: CORP,
      });
      const text = await imagepull(info, ['diagnose', '-n', nsOf(node), 'via-sa']);
      expect(text.stdout).toContain('with secret corp-pull (via the service account)');
    });

    it('429 front: rate-limit', async () => {
      const { c } = await diagnose(node, 'rate-limit');
      expect(c.cause).toBe('rate-limit');
      expect(c.registryCheck?.result).toBe('rate limited');
    });

    it('nothing listening: network, connection refused', async () => {
      const { c } = await diagnose(node, 'refused');
      expect(c.cause).toBe('network');
      expect(c.evidence.some((e) => /connection refused/.test(e.text))).toBe(true);
      expect(c.reproduce).toBe(
        `kubectl imagepull reproduce --node ${node.name} --pod ${nsOf(node)}/refused`,
      );
    });

    it("TLS from an unknown authority: tls, with the fix in the node runtime's own trust directory", async () => {
      const { c } = await diagnose(node, 'tls');
      expect(c.cause).toBe('tls');
      expect(c.fixes[0]?.command).toContain(
        node.runtime === 'cri-o'
          ? '/etc/containers/certs.d/registry.untrusted.test/ca.crt'
          : '/etc/containerd/certs.d/registry.untrusted.test/hosts.toml',
      );
    });

    it('arm64-only image on an amd64 node: platform, with what the index offers', async () => {
      const { c, d } = await diagnose(node, 'platform');
      expect(c.cause).toBe('platform');
      expect(d.node?.architecture).toBe('amd64');
      expect(c.registryCheck?.detail).toContain('linux/arm64');
      expect(c.evidence.some((e) => e.source === 'node' && /amd64/.test(e.text))).toBe(true);
    });

    it("invalid reference: invalid-reference with the parser's reason", async () => {
      const { c } = await diagnose(node, 'invalid');
      expect(c.cause).toBe('invalid-reference');
      expect(c.summary).toMatch(/lowercase/);
    });

    it('Never policy with the image absent: never-pull', async () => {
      const { c } = await diagnose(node, 'never');
      expect(c.cause).toBe('never-pull');
      expect(c.fixes[0]?.command).toContain('"imagePullPolicy":"IfNotPresent"');
    });

    it(
      node.runtime === 'cri-o'
        ? "an image policy.json requires a signature for, unsigned: policy, in CRI-O's words"
        : 'the repository CRI-O requires signed: pulls here (containerd has no policy.json)',
      async () => {
        if (node.runtime !== 'cri-o') {
          await waitForPhase(info, nsOf(node), 'signed', ['Succeeded']);
          expect((await diagnose(node, 'signed')).run.code).toBe(0);
          return;
        }
        const { run, c } = await diagnose(node, 'signed');
        expect(run.code).toBe(1);
        expect(c.cause).toBe('policy');
        expect(c.evidence.some((e) => /signature/i.test(e.text))).toBe(true);
        expect(c.fixes[0]?.description).toContain('/etc/containers/policy.json');
      },
    );

    it('a failing init container is diagnosed as such', async () => {
      const { c } = await diagnose(node, 'init-fails');
      expect([c.container, c.kind, c.cause]).toEqual(['init', 'init', 'not-found']);
    });
  },
);

describe.each(RUNTIME_NODES)('diagnose with faults on $label only', (node) => {
  it('DNS broken here only: dns, and the same image runs on the peer node', async () => {
    const ns = nsOf(node);
    const here = nodeOf(node.name);
    // A tag no other scenario uses: the Never-policy pod waits for v1.0.0 on each node and would
    // count as "the same image failing there" until its kubelet notices the image arrived.
    const image = `${PLAIN}/kip/app:v1.4.0`;
    await start(node, aPod('dns-ok').withImage(image), node.peer);
    await waitForPhase(info, ns, 'dns-ok', ['Succeeded']);
    await breakDns(here);
    try {
      await start(node, aPod('dns-broken').withImage(image));
      await waitForEvent(info, ns, 'dns-broken', 'Failed', /no such host/);
      const { c } = await diagnose(node, 'dns-broken');
      expect(c.cause).toBe('dns');
      expect(c.summary).toContain(`${node.name} cannot resolve registry.plain.test`);
      expect(c.scope.sameImageRunning).toContain(`${ns}/dns-ok on ${node.peer}`);
      // Pods of other scenarios on this node that retry during the fault fail with DNS too; the
      // scope may then say that instead (both are true of a node whose resolver is broken).
      expect(c.scope.summary).toMatch(
        new RegExp(
          `runs on ${node.peer} but fails on ${node.name}|also fails? to pull on ${node.name}: likely a node-level problem`,
        ),
      );
    } finally {
      // The pod goes first: once the fault is gone its next retry would pull and cache the image.
      await kubectl(info.kubeconfig, ['-n', ns, 'delete', 'pod', 'dns-broken', '--wait=true']);
      await restoreDns(here);
    }
  });

  it('egress blackholed here: network, i/o timeout', async () => {
    const ns = nsOf(node);
    const here = nodeOf(node.name);
    const corp = REGISTRIES.find((r) => r.id === 'corp')!;
    await blackholeEgress(here, corp.address);
    try {
      await start(
        node,
        aPod('blackholed').withImage(`${CORP}/kip/app:v1.4.1`).withPullSecret('corp-pull'),
      );
      // containerd 1.6 and CRI-O give up when their dialer does (30 s); containerd 2.x's pull
      // runs until the kubelet's two-minute CRI deadline (DeadlineExceeded), so allow well past it.
      await waitForEvent(info, ns, 'blackholed', 'Failed', /Failed to pull image/, 200_000);
      const { c } = await diagnose(node, 'blackholed');
      expect(c.cause).toBe('network');
      expect(c.evidence.some((e) => /i\/o timeout/.test(e.text))).toBe(true);
    } finally {
      // The pod goes first: once the fault is gone its next retry would pull and cache the image.
      await kubectl(info.kubeconfig, ['-n', ns, 'delete', 'pod', 'blackholed', '--wait=true']);
      await restoreEgress(here);
    }
  });

  it('imagefs full here: disk', async () => {
    const ns = nsOf(node);
    const here = nodeOf(node.name);
    // The big image must really be downloaded: no copy under any name (the slow registry's too,
    // pull-progress.test.ts) may be on the node, or the pull needs no space at all.
    for (const ref of [`${PLAIN}/kip/big:v1`, `${SLOW}/kip/big:v1`])
      await crictlOnNode(here, info.crictl, ['rmi', ref]).catch(() => undefined);
    // Not to the brim: DiskPressure's reclaim would delete the pause image under the new pod.
    await fillImagefs(here, 'enospc');
    try {
      await start(node, aPod('disk-full').withImage(`${PLAIN}/kip/big:v1`));
      await waitForEvent(info, ns, 'disk-full', 'Failed', /no space left on device/);
      const { c } = await diagnose(node, 'disk-full');
      expect(c.cause).toBe('disk');
      expect(c.fixes[0]?.command).toContain('crictl rmi --prune');
      // The numbers come from the kubelet (stats/summary), without a probe on the node.
      expect(c.evidence.map((e) => e.text).join('\n')).toMatch(
        new RegExp(`imagefs on ${node.name}: .*available.*\\(stats/summary\\)`),
      );
    } finally {
      // The pod goes first: once the fault is gone its next retry would pull and cache the image.
      await kubectl(info.kubeconfig, ['-n', ns, 'delete', 'pod', 'disk-full', '--wait=true']);
      await clearImagefs(here);
    }
  });
});
