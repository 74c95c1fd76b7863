/** How the user-side registry check reads in the verdict: always labelled as seen from this machine. */
import type { RegistryFacts } from './evidence.js';

/** A short result word and a detail line for the registry check. */
export function describeRegistryCheck(r: RegistryFacts): {
  seenFrom: 'this machine';
  result: string;
  detail?: string;
} {
  switch (r.kind) {
    case 'exists':
      return {
        seenFrom: 'this machine',
        result: 'exists',
        detail: r.platforms ? `platforms: ${r.platforms.join(', ')}` : r.digest,
      };
    case 'not-found':
      return {
        seenFrom: 'this machine',
        result: `${r.what} not found`,
        detail: r.closestTags.length > 0 ? `closest tags: ${r.closestTags.join(', ')}` : r.evidence,
      };
    case 'unauthorized':
      return {
        seenFrom: 'this machine',
        result: r.withCredentials ? 'credentials rejected' : 'credentials required',
        detail: r.evidence,
      };
    case 'rate-limited':
      return {
        seenFrom: 'this machine',
        result: 'rate limited',
        detail:
          [r.limit && `limit ${r.limit}`, r.remaining && `remaining ${r.remaining}`]
            .filter(Boolean)
            .join(', ') || r.evidence,
      };
    case 'unreachable':
      return { seenFrom: 'this machine', result: `unreachable (${r.failure})`, detail: r.evidence };
    case 'error':
      return { seenFrom: 'this machine', result: 'error', detail: r.evidence };
    case 'skipped':
      return { seenFrom: 'this machine', result: 'skipped', detail: r.why };
  }
}
