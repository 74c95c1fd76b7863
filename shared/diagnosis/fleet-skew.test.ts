import { describe, expect, it } from 'vitest';
import type { PodFacts } from './evidence.js';
import { aPod } from './testing/evidence-builders.js';
import { skewOf, tallyRunning, type SkewTally } from './fleet-skew.js';

const A = `sha256:${'a'.repeat(64)}`;
const B = `sha256:${'b'.repeat(64)}`;

function running(name: string, node: string, image: string, digest: string): PodFacts {
  return aPod(name)
    .onNode(node)
    .container('main', image)
    .running(`registry.example.com/app@${digest}`)
    .build().pod;
}

describe('mutable-tag skew', () => {
  it('groups one tag resolving to two digests by digest and node, even when nothing fails', () => {
    const tally: SkewTally = new Map();
    for (const pod of [
      running('a', 'node-1', 'registry.example.com/app:v1', A),
      running('b', 'node-1', 'registry.example.com/app:v1', A),
      running('c', 'node-2', 'registry.example.com/app:v1', B),
      running('d', 'node-3', 'registry.example.com/other:v1', A),
    ])
      tallyRunning(tally, pod);
    expect(skewOf(tally)).toEqual([
      {
        image: 'registry.example.com/app:v1',
        digests: [
          { digest: A, nodes: ['node-1'], pods: 2 },
          { digest: B, nodes: ['node-2'], pods: 1 },
        ],
      },
    ]);
  });

  it('ignores references pinned by digest and containers not running', () => {
    const tally: SkewTally = new Map();
    tallyRunning(tally, running('a', 'node-1', `registry.example.com/app@${A}`, A));
    tallyRunning(tally, running('b', 'node-2', `registry.example.com/app@${A}`, B));
    tallyRunning(
      tally,
      aPod('c').container('main', 'registry.example.com/app:v1').waiting('ErrImagePull').build()
        .pod,
    );
    expect(skewOf(tally)).toEqual([]);
  });
});
