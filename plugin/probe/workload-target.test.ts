import { describe, expect, it } from 'vitest';
import { fixtureApi } from '../testing/fixture-api.js';
import { aFixturePod, aWorkload } from '../testing/workload-fixtures.js';
import { failingContainerOf, templatePodFacts } from './workload-target.js';

describe('templatePodFacts (API answers from hand-written fixtures)', () => {
  const template = {
    spec: {
      serviceAccountName: 'puller',
      imagePullSecrets: [{ name: 'own' }],
      initContainers: [{ name: 'init', image: 'registry.corp.test:5000/kip/init:v1' }],
      containers: [{ name: 'main', image: 'registry.corp.test:5000/kip/app:v1.4.1' }],
    },
  };
  const account = {
    resource: 'serviceaccounts',
    object: {
      metadata: { name: 'puller', namespace: 'shop' },
      imagePullSecrets: [{ name: 'sa-secret' }, { name: 'own' }],
    },
  };

  it("takes a Deployment's images and the template's and service account's secrets", async () => {
    const api = fixtureApi([aWorkload('deployments', 'web', { spec: { template } }), account]);
    const pod = await templatePodFacts(api, 'shop', { kind: 'Deployment', name: 'web' });
    expect(pod.imagePullSecrets).toEqual(['own', 'sa-secret']);
    expect(pod.containers.map((c) => [c.kind, c.name, c.image])).toEqual([
      ['init', 'init', 'registry.corp.test:5000/kip/init:v1'],
      ['regular', 'main', 'registry.corp.test:5000/kip/app:v1.4.1'],
    ]);
  });

  it("reads a CronJob's job template", async () => {
    const api = fixtureApi([
      aWorkload('cronjobs', 'nightly', { spec: { jobTemplate: { spec: { template } } } }),
    ]);
    const pod = await templatePodFacts(api, 'shop', { kind: 'CronJob', name: 'nightly' });
    expect(pod.containers.at(-1)?.image).toBe('registry.corp.test:5000/kip/app:v1.4.1');
    expect(pod.imagePullSecrets).toEqual(['own']); // the service account is not there: its part is empty
  });

  it('a workload that does not exist is NotFound', async () => {
    await expect(
      templatePodFacts(fixtureApi([]), 'shop', { kind: 'StatefulSet', name: 'db' }),
    ).rejects.toThrow('statefulset "db" not found in namespace "shop"');
  });
});

describe('failingContainerOf (API answers from hand-written fixtures)', () => {
  it("names the container the workload's current pods cannot pull", async () => {
    const api = fixtureApi([
      aWorkload('daemonsets', 'agent', { status: { updateRevision: 'agent-1' } }),
      aFixturePod('agent-x', {
        app: 'agent',
        ownerKind: 'DaemonSet',
        ownerName: 'agent',
        node: 'node-1',
        image: 'registry.plain.test/kip/app:v9',
        state: { waiting: 'ImagePullBackOff', message: 'Back-off pulling image' },
        labels: { 'controller-revision-hash': '1' },
      }),
    ]);
    expect(await failingContainerOf(api, 'shop', { kind: 'DaemonSet', name: 'agent' })).toBe(
      'main',
    );
  });

  it('is undefined for a CronJob that never ran', async () => {
    const api = fixtureApi([aWorkload('cronjobs', 'nightly')]);
    expect(
      await failingContainerOf(api, 'shop', { kind: 'CronJob', name: 'nightly' }),
    ).toBeUndefined();
  });
});
