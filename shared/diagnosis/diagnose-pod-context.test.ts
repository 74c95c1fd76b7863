import { describe, expect, it } from 'vitest';
import { API_VERSION } from '../api-version.js';
import { diagnosePod } from './diagnose-pod.js';
import {
  aPod,
  DEFAULT_IMAGE,
  dockerConfigSecret,
  NOW,
  pullFailed,
} from './testing/evidence-builders.js';

const NOT_FOUND = (image: string) =>
  pullFailed(image, `failed to resolve reference "${image}": ${image}: not found`);
const DNS = (image: string) =>
  pullFailed(image, 'dial tcp: lookup registry.example.com on 10.0.0.2:53: no such host');

describe('diagnosePod: which containers', () => {
  it('counts a container whose pull failed before its status caught up (still ContainerCreating)', () => {
    const image = 'registry.example.com/team/app:9';
    const diagnosis = diagnosePod(
      aPod()
        .container('app', image)
        .waiting('ContainerCreating')
        .withEvent({ message: DNS(image) })
        .build(),
      NOW,
    );
    expect(diagnosis.healthy).toBe(false);
    expect(diagnosis.containers[0]?.cause).toBe('dns');
  });

  it('does not count a container that is merely being created', () => {
    const diagnosis = diagnosePod(
      aPod().container('app', DEFAULT_IMAGE).waiting('ContainerCreating').build(),
      NOW,
    );
    expect(diagnosis.healthy).toBe(true);
  });

  it('diagnoses a failing init container from its own event', () => {
    const image = 'registry.example.com/team/migrate:3';
    const diagnosis = diagnosePod(
      aPod()
        .container('migrate', image, { kind: 'init' })
        .waiting('ErrImagePull')
        .withEvent({ message: NOT_FOUND(image) })
        .container('app', DEFAULT_IMAGE)
        .waiting('PodInitializing')
        .build(),
      NOW,
    );
    expect(diagnosis.containers.map((c) => [c.container, c.kind, c.cause])).toEqual([
      ['migrate', 'init', 'not-found'],
    ]);
  });

  it('patches initContainers, not containers, for an init container with policy Never', () => {
    const [verdict] = diagnosePod(
      aPod()
        .container('migrate', DEFAULT_IMAGE, { kind: 'init', policy: 'Never' })
        .waiting(
          'ErrImageNeverPull',
          `Container image "${DEFAULT_IMAGE}" is not present with pull policy of Never`,
        )
        .build(),
      NOW,
    ).containers;
    expect(verdict?.fixes[0]?.command).toContain('"initContainers":[{"name":"migrate"');
  });

  it('diagnoses an ephemeral container without mixing in the app container events', () => {
    const diagnosis = diagnosePod(
      aPod()
        .container('app', DEFAULT_IMAGE)
        .waiting('ImagePullBackOff')
        .withEvent({ message: DNS(DEFAULT_IMAGE) })
        .container('debugger', 'busybox:1.36', { kind: 'ephemeral' })
        .waiting('ErrImagePull')
        .withEvent({ message: NOT_FOUND('docker.io/library/busybox:1.36') })
        .build(),
      NOW,
    );
    const byName = Object.fromEntries(diagnosis.containers.map((c) => [c.container, c]));
    expect(byName.app?.cause).toBe('dns');
    expect(byName.debugger).toMatchObject({ kind: 'ephemeral', cause: 'not-found' });
    expect(byName.debugger?.evidence.map((l) => l.text).join('\n')).not.toContain('lookup');
  });
});

describe('diagnosePod: healthy pods and credentials', () => {
  const healthy = () =>
    aPod()
      .container('app', DEFAULT_IMAGE)
      .running()
      .withPullSecret('regcred', dockerConfigSecret('registry.example.com', 'ci-bot', 'hunter2'))
      .serviceAccount('builder', ['regcred'])
      .build();

  it('reports a running pod as healthy with no verdicts', () => {
    const diagnosis = diagnosePod(healthy(), NOW);
    expect(diagnosis).toMatchObject({
      apiVersion: API_VERSION,
      kind: 'PodDiagnosis',
      healthy: true,
    });
    expect(diagnosis.containers).toEqual([]);
  });

  it('shows the credential the kubelet uses, reached through the service account', () => {
    expect(diagnosePod(healthy(), NOW).credentials).toEqual([
      {
        container: 'app',
        image: DEFAULT_IMAGE,
        registry: 'registry.example.com',
        secret: 'regcred',
        via: 'service-account',
        key: 'registry.example.com',
        username: 'ci-bot',
      },
    ]);
  });

  it('shows an anonymous pull as a credential use without a secret', () => {
    const [use] = diagnosePod(
      aPod().container('web', 'nginx:1.25').running().build(),
      NOW,
    ).credentials;
    expect(use).toMatchObject({ container: 'web', registry: 'docker.io', secret: undefined });
  });
});

describe('diagnosePod: what could not be read', () => {
  it.each([
    {
      name: 'events forbidden',
      pod: () => aPod().waiting('ErrImagePull', '401 Unauthorized').eventsUnreadable(),
      note: 'cannot read events (events is forbidden',
    },
    {
      name: 'a pull secret forbidden',
      pod: () => aPod().waiting('ErrImagePull').withPullSecret('regcred', 'forbidden'),
      note: 'cannot read secret regcred (RBAC): the pull-secret audit is incomplete',
    },
    {
      name: 'the pod not scheduled',
      pod: () => aPod().waiting('ErrImagePull').unscheduled(),
      note: 'the pod is not scheduled to a node yet',
    },
    {
      name: 'siblings out of reach',
      pod: () =>
        aPod().waiting('ErrImagePull').siblingsReach('namespace', 'cannot list pods cluster-wide'),
      note: 'cannot list pods cluster-wide',
    },
  ])('notes $name', ({ pod, note }) => {
    const notes = diagnosePod(pod().build(), NOW).notes;
    expect(notes.some((n) => n.includes(note))).toBe(true);
  });

  it('still classifies from the status message when events are forbidden', () => {
    const [verdict] = diagnosePod(
      aPod()
        .waiting('ErrImagePull', 'unexpected status: 401 Unauthorized')
        .eventsUnreadable()
        .build(),
      NOW,
    ).containers;
    expect(verdict?.cause).toBe('auth');
    expect(verdict?.evidence[0]).toEqual({
      source: 'status',
      text: 'ErrImagePull: unexpected status: 401 Unauthorized',
    });
  });

  it('says why the node could not be read', () => {
    const diagnosis = diagnosePod(
      aPod()
        .onUnreadableNode('node-b', { status: 'forbidden', message: 'nodes "node-b" is forbidden' })
        .waiting('ErrImagePull')
        .build(),
      NOW,
    );
    expect(diagnosis.node).toEqual({
      name: 'node-b',
      note: 'cannot read node: nodes "node-b" is forbidden',
    });
  });

  it('notes an unreadable service account in the secret audit', () => {
    const [verdict] = diagnosePod(
      aPod().waiting('ErrImagePull').serviceAccount('builder', 'forbidden').build(),
      NOW,
    ).containers;
    expect(verdict?.secrets.serviceAccount.status).toBe('unreadable');
    expect(verdict?.secrets.notes.join('\n')).toContain('cannot read service account builder');
  });
});

describe('diagnosePod: the workload in fix commands', () => {
  const notFound = () =>
    aPod('web-5d4f8c7b9-q2w3e')
      .waiting('ErrImagePull')
      .withEvent({ message: NOT_FOUND(DEFAULT_IMAGE) })
      .registry('app', {
        kind: 'not-found',
        what: 'tag',
        closestTags: ['1.4.1'],
        evidence: 'no tag 1.4.2',
      });

  it.each([
    {
      name: 'a ReplicaSet with pod-template-hash is its Deployment',
      pod: () => notFound().ownedByDeployment('web', '5d4f8c7b9'),
      target: 'deployment/web',
      retry: 'kubectl -n shop rollout restart deployment/web',
    },
    {
      name: 'a StatefulSet is itself',
      pod: () => notFound().ownedBy('StatefulSet', 'db'),
      target: 'statefulset/db',
      retry: 'kubectl -n shop rollout restart statefulset/db',
    },
    {
      name: 'a bare ReplicaSet is not guessed to be a Deployment',
      pod: () => notFound().ownedBy('ReplicaSet', 'web-legacy'),
      target: 'replicaset/web-legacy',
      retry: 'kubectl -n shop delete pod web-5d4f8c7b9-q2w3e',
    },
    {
      name: 'a pod without owner is the pod',
      pod: () => notFound(),
      target: 'pod/web-5d4f8c7b9-q2w3e',
      retry: 'kubectl -n shop delete pod web-5d4f8c7b9-q2w3e',
    },
  ])('$name', ({ pod, target, retry }) => {
    const [verdict] = diagnosePod(pod().build(), NOW).containers;
    expect(verdict?.fixes[0]?.command).toBe(
      `kubectl -n shop set image ${target} app=registry.example.com/team/app:1.4.1`,
    );
    expect(verdict?.fixes.at(-1)?.command).toBe(retry);
  });
});
