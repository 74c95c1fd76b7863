import { describe, expect, it } from 'vitest';
import { selectorString, type WireSelector } from './label-selector.js';

describe('selectorString', () => {
  it.each<[string, WireSelector | undefined, string | undefined]>([
    ['none', undefined, undefined],
    ['empty', {}, undefined],
    ['matchLabels', { matchLabels: { app: 'web', tier: 'fe' } }, 'app=web,tier=fe'],
    ['a ReplicationController map', { app: 'legacy' }, 'app=legacy'],
    [
      'every operator',
      {
        matchLabels: { app: 'web' },
        matchExpressions: [
          { key: 'env', operator: 'In', values: ['a', 'b'] },
          { key: 'x', operator: 'NotIn', values: ['c'] },
          { key: 'y', operator: 'Exists' },
          { key: 'z', operator: 'DoesNotExist' },
        ],
      },
      'app=web,env in (a,b),x notin (c),y,!z',
    ],
  ])('%s', (_name, selector, expected) => {
    expect(selectorString(selector)).toBe(expected);
  });
});
