/**
 * The kubelet's image pull back-off: after each failed pull the next try waits twice as long,
 * from 10 s up to a 5 minute cap. From the pod's Failed events we can tell how many tries there
 * were and when the next one is due.
 */
import type { EventFacts } from './evidence.js';
import type { BackoffReport } from './verdict.js';

const INITIAL_SECONDS = 10;
const MAX_SECONDS = 300;

/** The wait after the n-th consecutive failure (n >= 1). */
export function backoffDelaySeconds(failures: number): number {
  if (failures < 1) return 0;
  return Math.min(MAX_SECONDS, INITIAL_SECONDS * 2 ** Math.min(failures - 1, 16));
}

/** Counts pull failures for one container and works out when the kubelet will try again. */
export function backoffFromEvents(
  events: readonly EventFacts[],
  container: string,
  nowMs: number,
): BackoffReport | undefined {
  const failures = events.filter(
    (e) =>
      isAboutContainer(e, container) &&
      e.reason === 'Failed' &&
      /Failed to pull image/i.test(e.message),
  );
  const attempts = failures.reduce((sum, e) => sum + Math.max(1, e.count), 0);
  if (attempts === 0) return undefined;
  const last = failures
    .map((e) => Date.parse(e.lastSeen ?? e.firstSeen ?? ''))
    .filter((t) => !Number.isNaN(t))
    .sort((a, b) => b - a)[0];
  const delaySeconds = backoffDelaySeconds(attempts);
  const retry =
    'once the cause is fixed, delete the pod (or restart its workload) to retry at once instead of waiting';
  if (last === undefined) return { attempts, delaySeconds, note: retry };
  const next = last + delaySeconds * 1000;
  const due =
    next <= nowMs
      ? 'the next try is due now'
      : `the next try is in about ${Math.ceil((next - nowMs) / 1000)}s`;
  return {
    attempts,
    lastFailure: new Date(last).toISOString(),
    nextRetryAt: new Date(next).toISOString(),
    delaySeconds,
    note: `${attempts} failed pull${attempts === 1 ? '' : 's'}; ${due}; ${retry}`,
  };
}

/** Events name their container in fieldPath, e.g. `spec.containers{app}` or `spec.initContainers{init}`. */
export function isAboutContainer(event: EventFacts, container: string): boolean {
  if (!event.fieldPath) return true;
  return event.fieldPath.endsWith(`{${container}}`);
}
