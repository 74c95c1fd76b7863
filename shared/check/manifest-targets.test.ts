import { describe, expect, it } from 'vitest';
import { manifestContents } from './manifest-targets.js';

const pod = (name: string, image: string) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name },
  spec: { containers: [{ name: 'main', image }] },
});
const template = {
  spec: {
    initContainers: [{ name: 'init', image: 'i:1' }],
    containers: [{ name: 'main', image: 'a:1' }],
    nodeSelector: { pool: 'x' },
    tolerations: [{ operator: 'Exists' }],
  },
};

describe('manifestContents', () => {
  it.each([
    [
      'Deployment',
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'w', namespace: 'shop' },
        spec: { template },
      },
    ],
    [
      'StatefulSet',
      { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'w' }, spec: { template } },
    ],
    [
      'DaemonSet',
      { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'w' }, spec: { template } },
    ],
    [
      'ReplicaSet',
      { apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'w' }, spec: { template } },
    ],
    [
      'ReplicationController',
      {
        apiVersion: 'v1',
        kind: 'ReplicationController',
        metadata: { name: 'w' },
        spec: { template },
      },
    ],
    ['Job', { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'w' }, spec: { template } }],
    [
      'CronJob',
      {
        apiVersion: 'batch/v1',
        kind: 'CronJob',
        metadata: { name: 'w' },
        spec: { jobTemplate: { spec: { template } } },
      },
    ],
  ])('reads the pod template of a %s', (kind, doc) => {
    const c = manifestContents([{ source: 'f.yaml#1', doc }]);
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    expect(c.targets[0]).toMatchObject({ kind, name: 'w' });
    expect(c.targets[0]!.spec.containers.map((x) => `${x.kind}:${x.image}`)).toEqual([
      'init:i:1',
      'regular:a:1',
    ]);
    expect(c.targets[0]!.spec.nodeSelector).toEqual({ pool: 'x' });
  });

  it('expands Lists, skips objects without pods and empty documents, keeps Secrets', () => {
    const c = manifestContents([
      {
        source: 'f.yaml#1',
        doc: { apiVersion: 'v1', kind: 'List', items: [pod('a', 'x:1'), pod('b', 'y:1')] },
      },
      { source: 'f.yaml#2', doc: null },
      { source: 'f.yaml#3', doc: { apiVersion: 'v1', kind: 'Service', metadata: { name: 's' } } },
      {
        source: 'f.yaml#4',
        doc: {
          apiVersion: 'v1',
          kind: 'Secret',
          metadata: { name: 'regcred' },
          type: 'kubernetes.io/dockerconfigjson',
        },
      },
      {
        source: 'f.yaml#5',
        doc: { apiVersion: 'cert-manager.io/v1', kind: 'Certificate', metadata: { name: 'c' } },
      },
    ]);
    expect(c.ok && c.targets.map((t) => `${t.source} ${t.name}`)).toEqual([
      'f.yaml#1[0] a',
      'f.yaml#1[1] b',
    ]);
    expect(c.ok && c.objects.map((o) => o.name)).toEqual(['regcred']);
    expect(c.ok && c.skipped).toHaveLength(2);
  });

  it.each([
    [
      'an unknown kind',
      { apiVersion: 'apps/v1', kind: 'Deploymnet', metadata: { name: 'w' } },
      'f.yaml#1: unknown kind "Deploymnet" (apps/v1)',
    ],
    ['not an object', 'just text', 'f.yaml#1: not a Kubernetes object'],
    ['no kind', { apiVersion: 'v1' }, 'f.yaml#1: not a Kubernetes object'],
  ])('%s is refused with one line', (_name, doc, reason) => {
    const c = manifestContents([{ source: 'f.yaml#1', doc }]);
    expect(c.ok).toBe(false);
    if (!c.ok) expect(c.reason.startsWith(reason)).toBe(true);
  });
});
