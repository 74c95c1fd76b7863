/**
 * Chooses what the kubelet's own words say about one container: the newest specific "Failed to
 * pull image" event wins over the waiting message, which on old clusters says only "Back-off
 * pulling image". A missing pull secret is reported by its own pod-level event.
 */
import { classifyMessage, type Classification } from '../classify.js';
import type { ContainerFacts, EventFacts } from './evidence.js';
import { isAboutContainer } from './backoff.js';
import { sandboxRuntimeFailures } from './runtime-down.js';
import type { EvidenceLine } from './verdict.js';

/** The chosen classification and the verbatim lines that support it. */
export interface PickedClassification {
  readonly classification: Classification;
  readonly evidence: readonly EvidenceLine[];
  readonly missingSecretEvents: readonly string[];
}

/** Picks the best classification for the container from its events and status. */
export function pickClassification(
  container: ContainerFacts,
  events: readonly EventFacts[],
  classify: (text: string) => Classification = classifyMessage,
): PickedClassification {
  const mine = events.filter((e) => isAboutContainer(e, container.name));
  const pullFailures = mine
    .filter((e) => e.reason === 'Failed' && !/^Error: /.test(e.message))
    .sort((a, b) => timeOf(b) - timeOf(a));
  // A sandbox the runtime could not make (pod-level): only worth it when the runtime is to blame.
  const sandboxFailures = sandboxRuntimeFailures(events).sort((a, b) => timeOf(b) - timeOf(a));
  const secretEvents = events
    .filter((e) => e.reason === 'FailedToRetrieveImagePullSecret')
    .map((e) => e.message);
  const candidates: { text: string; source: EvidenceLine['source'] }[] = [
    ...pullFailures.map((e) => ({ text: e.message, source: 'event' as const })),
    ...statusLine(container),
    ...sandboxFailures.map((e) => ({ text: e.message, source: 'event' as const })),
    ...secretEvents.map((text) => ({ text, source: 'event' as const })),
  ];
  const classified = candidates.map((c) => ({ ...c, result: classify(c.text) }));
  const best = classified.find((c) => c.result.cause !== 'unknown') ?? classified[0];
  const evidence: EvidenceLine[] = [];
  if (best) evidence.push({ source: best.source, text: best.text });
  for (const c of classified) {
    if (c !== best && c.result.cause !== 'unknown' && evidence.length < 4)
      evidence.push({ source: c.source, text: c.text });
  }
  const fallback = classify(container.waiting?.reason ?? '');
  return { classification: best?.result ?? fallback, evidence, missingSecretEvents: secretEvents };
}

/** The waiting state as `kubectl describe` shows it: reason, then the runtime's message. */
function statusLine(c: ContainerFacts): { text: string; source: 'status' }[] {
  const w = c.waiting;
  if (!w?.reason && !w?.message) return [];
  const text = [w.reason, w.message].filter(Boolean).join(': ');
  return [{ text, source: 'status' }];
}

function timeOf(e: EventFacts): number {
  const t = Date.parse(e.lastSeen ?? e.firstSeen ?? '');
  return Number.isNaN(t) ? 0 : t;
}
