import { describe, expect, it } from 'vitest';
import type { WorkloadDiagnosis } from '../../shared/workload/rollout-types.js';
import { ExitCode } from '../exit-codes.js';
import { fixtureApi, type FixtureObject } from '../testing/fixture-api.js';
import { runCaptured } from '../testing/run-in-process.js';
import {
  aDeployment,
  aFixturePod,
  aNode,
  aReplicaSet,
  aWorkload,
  anEvent,
} from '../testing/workload-fixtures.js';

const NEW = 'registry.plain.test/kip/app:v1.4.2';
const OLD = 'registry.plain.test/kip/app:v1.4.1';
const OLD_ID = `registry.plain.test/kip/app@sha256:${'d'.repeat(64)}`;
const NOT_FOUND = `Failed to pull image "${NEW}": rpc error: code = NotFound desc = failed to pull and unpack image "${NEW}": failed to resolve image: ${NEW}: not found`;
const failing = { waiting: 'ErrImagePull', message: NOT_FOUND };

function rsPod(
  name: string,
  hash: string,
  image: string,
  state: typeof failing | { running: string },
  node = 'node-1',
): FixtureObject {
  return aFixturePod(name, {
    app: 'web',
    ownerKind: 'ReplicaSet',
    ownerName: `web-${hash}`,
    node,
    image,
    state,
    labels: { 'pod-template-hash': hash },
  });
}

/** Runs the CLI in-process against the fixture API (API answers from hand-written fixtures). */
async function diagnose(objects: readonly FixtureObject[], ...args: string[]) {
  const api = fixtureApi(objects);
  const run = await runCaptured(['diagnose', '-n', 'shop', '--no-registry', ...args], {
    deps: { connectApi: () => Promise.resolve(api), now: () => Date.parse('2026-12-01T10:05:00Z') },
  });
  return { run, api };
}

const rollout: FixtureObject[] = [
  aDeployment('web', '2', 3),
  aReplicaSet('web', 'new7d9f8', '2'),
  aReplicaSet('web', 'old5c6d7', '1'),
  ...['a', 'b', 'c'].map((x) => rsPod(`web-new7d9f8-${x}`, 'new7d9f8', NEW, failing)),
  ...[1, 2, 3, 4, 5].map((i) => rsPod(`web-old5c6d7-${i}`, 'old5c6d7', OLD, { running: OLD_ID })),
  aNode('node-1'),
];

describe('diagnose WORKLOAD (API answers from hand-written fixtures)', () => {
  it('deploy/web: the new ReplicaSet cannot pull, the old one runs; exit 1 with the rollout fixes', async () => {
    const { run, api } = await diagnose(rollout, 'deploy/web', '-o', 'json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(ExitCode.pullProblem);
    const d = JSON.parse(run.stdout) as WorkloadDiagnosis;
    expect(d.kind).toBe('WorkloadDiagnosis');
    expect(d.apiVersion).toMatch(/^imagepull\.kubectl\.dev\//);
    expect(d.verdict).toBe(
      `the new ReplicaSet web-new7d9f8 cannot pull ${NEW} (not found) on 3 of 3 pods; the old ReplicaSet web-old5c6d7 runs v1.4.1 (sha256:dddddddddddd) on 5 pods`,
    );
    expect(d.fixes.map((f) => f.command)).toEqual(
      expect.arrayContaining([
        `kubectl -n shop set image deployment/web main=${OLD}`,
        'kubectl -n shop rollout undo deployment/web',
      ]),
    );
    expect(d.pods).toHaveLength(1);
    // The workload's namespace and selector only: never every pod of the cluster.
    expect(api.requests.some((r) => r.path === '/api/v1/pods')).toBe(false);
  });

  it.each(['deployment/web', 'deployments/web', 'deployment.apps/web'])(
    '%s reads the same',
    async (ref) => {
      const { run } = await diagnose(rollout, ref, '-o', 'json');
      expect((JSON.parse(run.stdout) as WorkloadDiagnosis).workload).toMatchObject({
        kind: 'Deployment',
        name: 'web',
      });
    },
  );

  it('prints the verdict first as text', async () => {
    const { run } = await diagnose(rollout, 'deploy/web');
    expect(run.stdout.split('\n')[0]).toMatch(
      /^✖ Deployment shop\/web: the new ReplicaSet web-new7d9f8 cannot pull/,
    );
    expect(run.stdout).toContain('kubectl -n shop rollout undo deployment/web');
  });

  it('a DaemonSet failing on one node only says so', async () => {
    const ds = (name: string, node: string, state: typeof failing | { running: string }) =>
      aFixturePod(name, {
        app: 'agent',
        ownerKind: 'DaemonSet',
        ownerName: 'agent',
        node,
        image: OLD,
        state,
        labels: { 'controller-revision-hash': '6b7c' },
      });
    const { run } = await diagnose(
      [
        aWorkload('daemonsets', 'agent', { status: { desiredNumberScheduled: 3 } }),
        ds('agent-a', 'node-1', { running: OLD_ID }),
        ds('agent-b', 'node-2', {
          waiting: 'ErrImagePull',
          message: `Failed to pull image "${OLD}": dial tcp: lookup registry.plain.test on 10.0.0.2:53: no such host`,
        }),
        ds('agent-c', 'node-3', { running: OLD_ID }),
        aNode('node-1'),
        aNode('node-2'),
      ],
      'ds/agent',
      '-o',
      'json',
    );
    const d = JSON.parse(run.stdout) as WorkloadDiagnosis;
    expect(d.verdict).toMatch(
      /^the revision agent-6b7c cannot pull .* \(dns\) on 1 of 3 pods, on node-2 only: other nodes pull it/,
    );
  });

  it('cronjob/NAME diagnoses its newest Job', async () => {
    const job = (name: string, at: string) =>
      aWorkload('jobs', name, {
        metadata: {
          creationTimestamp: at,
          ownerReferences: [
            { kind: 'CronJob', name: 'nightly', uid: 'uid-nightly', controller: true },
          ],
        },
        spec: { selector: { matchLabels: { app: name } } },
      });
    const { run } = await diagnose(
      [
        aWorkload('cronjobs', 'nightly'),
        job('nightly-100', '2026-12-01T08:00:00Z'),
        job('nightly-200', '2026-12-01T09:00:00Z'),
        aFixturePod('nightly-200-x', {
          app: 'nightly-200',
          ownerKind: 'Job',
          ownerName: 'nightly-200',
          node: 'node-1',
          image: NEW,
          state: failing,
        }),
      ],
      'cronjob/nightly',
      '-o',
      'json',
    );
    const d = JSON.parse(run.stdout) as WorkloadDiagnosis;
    expect(d.workload.job).toBe('nightly-200');
    expect(d.verdict).toMatch(/^job nightly-200 cannot pull/);
  });

  it.each([
    {
      name: 'a Deployment that does not exist',
      ref: 'deploy/nope',
      line: 'error: deployment "nope" not found in namespace "shop"',
    },
    {
      name: 'a CronJob that never ran',
      ref: 'cronjob/nightly',
      line: 'error: cronjob "nightly" has not run yet: it has no Job in namespace "shop"',
    },
  ])('$name: one line, exit 5', async ({ ref, line }) => {
    const { run } = await diagnose([aWorkload('cronjobs', 'nightly')], ref);
    expect(run.code).toBe(ExitCode.notFound);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe(line);
  });

  it('a Deployment with no pod because of a quota says so', async () => {
    const quota =
      'pods "web-new7d9f8-zz" is forbidden: exceeded quota: compute, requested: pods=1, used: pods=0, limited: pods=0';
    const { run } = await diagnose(
      [
        aDeployment('web', '2', 3),
        aReplicaSet('web', 'new7d9f8', '2', [
          { type: 'ReplicaFailure', status: 'True', reason: 'FailedCreate', message: quota },
        ]),
        anEvent('ReplicaSet', 'web-new7d9f8', 'FailedCreate', `Error creating: ${quota}`),
      ],
      'deploy/web',
      '-o',
      'json',
    );
    expect(run.code).toBe(ExitCode.pullProblem);
    const d = JSON.parse(run.stdout) as WorkloadDiagnosis;
    expect(d.verdict).toMatch(
      /^deployment\/web has no pod: replicaset\/web-new7d9f8 cannot create them \(resource quota exceeded\)/,
    );
    expect(d.fixes.map((f) => f.command)).toContain('kubectl -n shop describe resourcequota');
  });

  it('asks the registry (a stub here) once per image; the closest tag and the old image make one fix', async () => {
    const api = fixtureApi(rollout);
    const asked: string[] = [];
    const run = await runCaptured(['diagnose', '-n', 'shop', 'deploy/web', '-o', 'json'], {
      deps: {
        connectApi: () => Promise.resolve(api),
        registryProbe: () => (pod, container) => {
          asked.push(pod.containers.find((c) => c.name === container)!.image);
          return Promise.resolve({
            kind: 'not-found',
            what: 'tag',
            closestTags: ['v1.4.1'],
            evidence: 'HEAD → 404',
          });
        },
      },
    });
    const d = JSON.parse(run.stdout) as WorkloadDiagnosis;
    expect(asked).toEqual([NEW]);
    expect(d.pods[0]?.containers[0]?.registryCheck?.result).toBe('tag not found');
    // The closest tag is the old revision's image: one fix says so, not two.
    const setImage = `kubectl -n shop set image deployment/web main=${OLD}`;
    expect(d.fixes.filter((f) => f.command === setImage)).toHaveLength(1);
  });

  it('an unknown kind is a usage error', async () => {
    const { run } = await diagnose([], 'svc/web');
    expect(run.code).toBe(ExitCode.usage);
    expect(run.stderr.split('\n')[0]).toMatch(/^error: "svc" is not a kind/);
  });
});
