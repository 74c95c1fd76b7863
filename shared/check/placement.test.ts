import { describe, expect, it } from 'vitest';
import type { PlacementNode, PodSpecFacts } from './check-types.js';
import { eligibleNodes, isPlatformOffered } from './placement.js';

const node = (
  name: string,
  labels: Record<string, string> = {},
  taints: PlacementNode['taints'] = [],
): PlacementNode => ({
  name,
  labels: { 'kubernetes.io/arch': 'amd64', ...labels },
  taints,
  architecture: labels['kubernetes.io/arch'] ?? 'amd64',
  os: 'linux',
});
const NODES = [
  node('a'),
  node('b', { 'kubernetes.io/arch': 'arm64', pool: 'arm' }),
  node('gpu', { pool: 'gpu' }, [{ key: 'gpu', value: 'true', effect: 'NoSchedule' }]),
];
const spec = (s: Partial<PodSpecFacts> = {}): PodSpecFacts => ({
  serviceAccountName: 'default',
  imagePullSecrets: [],
  containers: [],
  nodeSelector: {},
  requiredTerms: [],
  tolerations: [],
  ...s,
});

describe('eligibleNodes', () => {
  it.each([
    ['no constraints: every untainted node', spec(), ['a', 'b']],
    ['nodeSelector', spec({ nodeSelector: { pool: 'arm' } }), ['b']],
    [
      'required node affinity, In',
      spec({
        requiredTerms: [
          { matchExpressions: [{ key: 'kubernetes.io/arch', operator: 'In', values: ['arm64'] }] },
        ],
      }),
      ['b'],
    ],
    [
      'affinity terms are ORed',
      spec({
        requiredTerms: [
          { matchExpressions: [{ key: 'pool', operator: 'In', values: ['arm'] }] },
          { matchFields: [{ key: 'metadata.name', operator: 'In', values: ['a'] }] },
        ],
      }),
      ['a', 'b'],
    ],
    [
      'NotIn and DoesNotExist',
      spec({ requiredTerms: [{ matchExpressions: [{ key: 'pool', operator: 'DoesNotExist' }] }] }),
      ['a'],
    ],
    [
      'a toleration for the taint',
      spec({
        tolerations: [{ key: 'gpu', operator: 'Equal', value: 'true', effect: 'NoSchedule' }],
      }),
      ['a', 'b', 'gpu'],
    ],
    ['tolerate everything', spec({ tolerations: [{ operator: 'Exists' }] }), ['a', 'b', 'gpu']],
    [
      'a toleration for another effect',
      spec({ tolerations: [{ key: 'gpu', operator: 'Exists', effect: 'NoExecute' }] }),
      ['a', 'b'],
    ],
  ])('%s', (_name, s, expected) => {
    expect(eligibleNodes(s, NODES).map((n) => n.name)).toEqual(expected);
  });
});

describe('isPlatformOffered', () => {
  it.each([
    [['linux/amd64'], 'a', true],
    [['linux/arm64'], 'a', false],
    [['linux/arm64/v8'], 'b', true],
    [['linux/amd64', 'linux/arm64'], 'b', true],
  ])('%j on %s: %s', (platforms, name, expected) => {
    expect(
      isPlatformOffered(
        platforms,
        NODES.find((n) => n.name === name)!,
      ),
    ).toBe(expected);
  });
});
