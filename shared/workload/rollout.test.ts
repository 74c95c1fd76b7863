import { describe, expect, it } from 'vitest';
import { diagnosePod } from '../diagnosis/diagnose-pod.js';
import type { PodEvidence, PodFacts } from '../diagnosis/evidence.js';
import { aPod, NOW, pullFailed } from '../diagnosis/testing/evidence-builders.js';
import { diagnoseWorkload } from './rollout.js';
import type { CreationEvidence, RevisionEvidence, WorkloadEvidence } from './rollout-types.js';

const NEW = 'registry.plain.test/kip/app:v1.4.2';
const OLD = 'registry.plain.test/kip/app:v1.4.1';
const OLD_ID = `registry.plain.test/kip/app@sha256:${'c'.repeat(64)}`;
const NO_CREATION: CreationEvidence = { conditions: [], events: [], objects: [] };

function failingPod(name: string, node = 'node-1', image = NEW, hash = 'new1'): PodEvidence {
  return aPod(name)
    .ownedByDeployment('web', hash)
    .onNode(node)
    .container('main', image)
    .waiting('ErrImagePull')
    .withEvent({ message: pullFailed(image, `${image}: not found`) })
    .build();
}

function runningPod(name: string, node = 'node-1', image = OLD, hash = 'old1'): PodFacts {
  const built = aPod(name)
    .ownedByDeployment('web', hash)
    .onNode(node)
    .container('main', image)
    .running(OLD_ID)
    .build();
  return { ...built.pod, phase: 'Running' };
}

function revision(
  name: string,
  isCurrent: boolean,
  failing: PodEvidence[],
  running: PodFacts[],
): RevisionEvidence {
  return {
    name,
    revision: isCurrent ? '2' : '1',
    isCurrent,
    pods: [...failing.map((f) => f.pod), ...running],
    diagnoses: failing.slice(0, 1).map((f) => diagnosePod(f, NOW)),
  };
}

function deployment(revisions: RevisionEvidence[], creation = NO_CREATION): WorkloadEvidence {
  return {
    kind: 'Deployment',
    name: 'web',
    namespace: 'shop',
    revisions,
    creation,
    undiagnosedPods: 0,
  };
}

describe('diagnoseWorkload', () => {
  it('a new ReplicaSet that cannot pull while the old one runs: one verdict, workload fixes', () => {
    const d = diagnoseWorkload(
      deployment([
        revision(
          'web-new1',
          true,
          [failingPod('web-new1-a'), failingPod('web-new1-b'), failingPod('web-new1-c')],
          [],
        ),
        revision(
          'web-old1',
          false,
          [],
          [1, 2, 3, 4, 5].map((i) => runningPod(`web-old1-${i}`)),
        ),
      ]),
    );
    expect(d.kind).toBe('WorkloadDiagnosis');
    expect(d.healthy).toBe(false);
    expect(d.verdict).toBe(
      `the new ReplicaSet web-new1 cannot pull ${NEW} (not found) on 3 of 3 pods; the old ReplicaSet web-old1 runs v1.4.1 (sha256:cccccccccccc) on 5 pods`,
    );
    const commands = d.fixes.map((f) => f.command);
    expect(commands).toContain(`kubectl -n shop set image deployment/web main=${OLD}`);
    expect(commands).toContain('kubectl -n shop rollout undo deployment/web');
    expect(commands.some((c) => c?.includes('pod/'))).toBe(false);
    expect(d.revisions[0]).toMatchObject({ name: 'web-new1', current: true, pods: 3, failing: 3 });
    expect(d.revisions[1]?.images[0]?.imageIds).toEqual([OLD_ID]);
    expect(d.pods).toHaveLength(1);
  });

  it('a DaemonSet whose pods fail on one node only says so', () => {
    const e: WorkloadEvidence = {
      kind: 'DaemonSet',
      name: 'agent',
      namespace: 'shop',
      revisions: [
        {
          ...revision(
            'agent-5c6d',
            true,
            [failingPod('agent-x', 'node-2', OLD)],
            [runningPod('agent-y', 'node-1', OLD)],
          ),
        },
      ],
      creation: NO_CREATION,
      undiagnosedPods: 0,
    };
    const d = diagnoseWorkload(e);
    expect(d.verdict).toMatch(
      /^the revision agent-5c6d cannot pull .* on 1 of 2 pods, on node-2 only: other nodes pull it/,
    );
  });

  it('all pods fine: healthy, naming what runs', () => {
    const d = diagnoseWorkload(
      deployment([revision('web-old1', true, [], [runningPod('web-old1-1')])]),
    );
    expect(d.healthy).toBe(true);
    expect(d.verdict).toBe(
      `deployment/web: no image pull problem (web-old1 ${OLD}: 1 of 1 pod running)`,
    );
    expect(d.fixes).toEqual([]);
  });

  it('a CronJob names its newest Job and never offers a fix aimed at that Job', () => {
    const d = diagnoseWorkload({
      kind: 'CronJob',
      name: 'nightly',
      namespace: 'shop',
      job: 'nightly-2901',
      revisions: [revision('nightly-2901', true, [failingPod('nightly-2901-q')], [])],
      creation: NO_CREATION,
      undiagnosedPods: 2,
    });
    expect(d.verdict).toMatch(/^job nightly-2901 cannot pull/);
    expect(d.workload.job).toBe('nightly-2901');
    expect(d.notes).toContain('cronjob/nightly: its newest Job is nightly-2901');
    expect(d.notes.join('\n')).toMatch(/2 failing pods were not diagnosed/);
    expect(d.fixes.at(-1)?.command).toBe(
      'kubectl -n shop create job --from=cronjob/nightly nightly-retry',
    );
    expect(d.fixes.some((f) => f.command?.includes(' job/'))).toBe(false);
  });

  it.each([
    {
      name: 'quota',
      message:
        'pods "web-new1-x" is forbidden: exceeded quota: compute, requested: pods=1, used: pods=2, limited: pods=2',
      words: /resource quota exceeded/,
      command: 'kubectl -n shop describe resourcequota',
    },
    {
      name: 'admission webhook',
      message: 'admission webhook "policy.example.com" denied the request: images must be signed',
      words: /refused at admission/,
      command: 'kubectl get validatingwebhookconfigurations,mutatingwebhookconfigurations',
    },
    {
      name: 'Pod Security',
      message:
        'pods "web-new1-x" is forbidden: violates PodSecurity "restricted:latest": privileged',
      words: /refused at admission/,
      command: 'kubectl get namespace shop --show-labels',
    },
  ])('no pod yet because of $name: says why and where to look', ({ message, words, command }) => {
    const d = diagnoseWorkload(
      deployment([{ name: 'web-new1', isCurrent: true, pods: [], diagnoses: [] }], {
        desiredReplicas: 3,
        conditions: [{ type: 'ReplicaFailure', status: 'True', reason: 'FailedCreate', message }],
        events: [{ object: 'replicaset/web-new1', reason: 'FailedCreate', message }],
        objects: ['deployment/web', 'replicaset/web-new1'],
      }),
    );
    expect(d.healthy).toBe(false);
    expect(d.verdict).toMatch(words);
    expect(d.verdict).toContain('replicaset/web-new1 cannot create them');
    expect(d.fixes.map((f) => f.command)).toContain(command);
    expect(d.fixes.map((f) => f.command)).toContain('kubectl -n shop describe replicaset/web-new1');
  });

  it('a ReplicaFailure condition without events still gives the reason', () => {
    const d = diagnoseWorkload(
      deployment([], {
        conditions: [
          { type: 'ReplicaFailure', status: 'True', message: 'serviceaccount "robot" not found' },
        ],
        events: [],
        objects: ['deployment/web'],
      }),
    );
    expect(d.verdict).toMatch(/service account missing/);
  });

  it('scaled to zero: not a problem', () => {
    const d = diagnoseWorkload(deployment([], { ...NO_CREATION, desiredReplicas: 0 }));
    expect(d.healthy).toBe(true);
    expect(d.verdict).toBe('deployment/web is scaled to 0 replicas: no pod, so nothing to pull');
  });

  it('a DaemonSet no node takes: says so', () => {
    const d = diagnoseWorkload({
      ...deployment([], { ...NO_CREATION, desiredReplicas: 0 }),
      kind: 'DaemonSet',
      name: 'agent',
    });
    expect(d.verdict).toMatch(/^daemonset\/agent is scheduled on no node/);
  });

  it('no pod and nothing says why: says so and what to look at', () => {
    const d = diagnoseWorkload(
      deployment([], { ...NO_CREATION, desiredReplicas: 2, objects: ['deployment/web'] }),
    );
    expect(d.verdict).toMatch(/no pod yet, and no condition or event says why/);
    expect(d.fixes[0]?.command).toBe('kubectl -n shop describe deployment/web');
  });
});
