import { describe, expect, it } from 'vitest';
import { closestTags, editDistance } from './closest-tags.js';

const APP = ['v1.0.0', 'v1.4.0', 'v1.4.1', 'latest'];

describe('closestTags', () => {
  it.each([
    {
      name: 'next patch suggests the patch before it',
      wanted: 'v1.4.2',
      tags: APP,
      want: ['v1.4.1', 'v1.4.0', 'v1.0.0'],
    },
    {
      name: 'unknown minor prefers the same major',
      wanted: 'v1.5.0',
      tags: APP,
      want: ['v1.4.0', 'v1.4.1', 'v1.0.0'],
    },
    {
      name: 'missing leading v still matches versions',
      wanted: '1.4.2',
      tags: APP,
      want: ['v1.4.1', 'v1.4.0', 'v1.0.0'],
    },
    { name: 'typo of latest', wanted: 'lastest', tags: APP, want: ['latest'] },
    { name: 'partial version', wanted: 'v1.4', tags: APP, want: ['v1.4.0', 'v1.4.1', 'v1.0.0'] },
    {
      name: 'same flavour first',
      wanted: '1.25.3-alpine',
      tags: ['1.25.3', '1.25.2-alpine', '1.24.0-alpine', 'alpine'],
      want: ['1.25.2-alpine', '1.24.0-alpine', '1.25.3'],
    },
    { name: 'nothing close', wanted: 'production', tags: ['v1', 'dev'], want: [] },
    { name: 'no tags at all', wanted: 'v1.0.0', tags: [], want: [] },
    {
      name: 'never the wanted tag itself',
      wanted: 'v1.4.1',
      tags: APP,
      want: ['v1.4.0', 'v1.0.0'],
    },
    {
      name: 'a newer equally distant tag ranks after the older',
      wanted: 'v1.4.2',
      tags: ['v1.4.3', 'v1.4.1'],
      want: ['v1.4.1', 'v1.4.3'],
    },
  ])('$name', ({ wanted, tags, want }) => {
    expect(closestTags(wanted, tags)).toEqual(want);
  });

  it('honours n', () => {
    expect(closestTags('v1.4.2', APP, 1)).toEqual(['v1.4.1']);
    expect(closestTags('v1.4.2', APP, 0)).toEqual([]);
  });

  it('stays quick on a large repository', () => {
    const tags = Array.from({ length: 10_000 }, (_, i) => `v${Math.floor(i / 100)}.${i % 100}.0`);
    const started = performance.now();
    expect(closestTags('v42.7.1', tags)[0]).toBe('v42.7.0');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['latest', 'lastest', 1],
    ['kitten', 'sitting', 3],
  ])('%s -> %s = %i', (a, b, want) => {
    expect(editDistance(a, b)).toBe(want);
  });
});
