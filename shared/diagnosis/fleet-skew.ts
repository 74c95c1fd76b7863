/**
 * Mutable-tag skew across the fleet: the same reference (a tag, not a digest) resolved to
 * different image IDs on different nodes, grouped by digest with the nodes that run each. Seen
 * even when nothing fails: `IfNotPresent` keeps whatever a node pulled first.
 */
import { parseImageReference } from '../image-reference.js';
import type { PodFacts } from './evidence.js';

/** One digest a tag resolved to, and where. */
export interface SkewDigest {
  readonly digest: string;
  readonly nodes: readonly string[];
  readonly pods: number;
}

/** A reference that resolves to more than one digest across the fleet. */
export interface TagSkew {
  readonly image: string;
  readonly digests: readonly SkewDigest[];
}

/** Running containers by canonical reference, then by digest: filled page by page. */
export type SkewTally = Map<string, Map<string, { nodes: Set<string>; pods: number }>>;

/** Adds a pod's running containers with a mutable reference to the tally. */
export function tallyRunning(tally: SkewTally, pod: PodFacts): void {
  for (const c of pod.containers) {
    if (!c.running || !c.imageID) continue;
    const parsed = parseImageReference(c.image);
    if (!parsed.ok || !parsed.ref.isMutable) continue;
    const digest = /sha256:[0-9a-f]{64}/.exec(c.imageID)?.[0];
    if (!digest) continue;
    const byDigest = tally.get(parsed.ref.canonical) ?? new Map();
    const entry = byDigest.get(digest) ?? { nodes: new Set<string>(), pods: 0 };
    entry.pods++;
    if (pod.nodeName) entry.nodes.add(pod.nodeName);
    byDigest.set(digest, entry);
    tally.set(parsed.ref.canonical, byDigest);
  }
}

/** The references that resolve to more than one digest, most pods first within each. */
export function skewOf(tally: SkewTally): TagSkew[] {
  return [...tally.entries()]
    .filter(([, byDigest]) => byDigest.size > 1)
    .map(([image, byDigest]) => ({
      image,
      digests: [...byDigest.entries()]
        .map(([digest, e]) => ({ digest, nodes: [...e.nodes].sort(), pods: e.pods }))
        .sort((a, b) => b.pods - a.pods || a.digest.localeCompare(b.digest)),
    }))
    .sort((a, b) => a.image.localeCompare(b.image));
}
