/**
 * The kubelet's Pulling / Pulled / Failed events read as a timeline of pulls. The kubelet records
 * `Pulling image "X"` before it queues the pull, so a Pulling with no later Pulled or Failed for X
 * on the same pod is a pull in flight or waiting its turn; `Pulled` says how long it took, how
 * much of that was queueing, and (since Kubernetes 1.30) how big the image was.
 */
import { parseDuration } from '../duration.js';
import type { EventFacts } from './evidence.js';

/** An event from the node's pods, with the pod it is about. */
export interface NodePullEvent extends EventFacts {
  readonly namespace: string;
  readonly pod: string;
}

/** What a `Pulled` event's message says; older kubelets leave out the later parts. */
export interface PulledMessage {
  readonly image: string;
  /** The pull itself. */
  readonly durationMs?: number;
  /** The pull plus its wait in the kubelet's queue (1.27+). */
  readonly includingWaitingMs?: number;
  /** The image's size (1.30+). */
  readonly sizeBytes?: number;
}

/** A pull that has started (perhaps only queued) and not finished. */
export interface PullInFlight {
  readonly namespace: string;
  readonly pod: string;
  readonly image: string;
  /** When the latest Pulling was recorded (ISO). */
  readonly since: string;
  readonly fieldPath?: string;
}

/** A finished pull on the node. */
export interface FinishedPull extends PulledMessage {
  readonly namespace: string;
  readonly pod: string;
  readonly at?: string;
}

/** Pulls within this factor of the image's size compare: small ones are dominated by latency. */
export const SIMILAR_SIZE_FACTOR = 4;
/** Pulls shorter than this were mostly cached layers and say nothing about the network. */
export const MIN_RATE_SAMPLE_MS = 1000;

const QUOTED = String.raw`"([^"]+)"`;
const PULLING = new RegExp(String.raw`^Pulling image ${QUOTED}`);
const FAILED = new RegExp(String.raw`^Failed to pull image ${QUOTED}`);
const PULLED = new RegExp(
  String.raw`^Successfully pulled image ${QUOTED}` +
    String.raw`(?: in (\S+?)(?: \((\S+) including waiting\))?)?\.?(?: Image size: (\d+) bytes\.?)?\s*$`,
);

/** The image a `Pulling image "X"` message names. */
export function parsePullingMessage(message: string): string | undefined {
  return PULLING.exec(message)?.[1];
}

/** The image a `Failed to pull image "X": ...` message names. */
export function parseFailedPullMessage(message: string): string | undefined {
  return FAILED.exec(message)?.[1];
}

/** Parses `Successfully pulled image "X" in 1.2s (3.4s including waiting). Image size: N bytes.` */
export function parsePulledMessage(message: string): PulledMessage | undefined {
  const m = PULLED.exec(message.trim());
  if (!m) return undefined;
  const [, image, took, waiting, size] = m;
  return {
    image: image!,
    durationMs: took ? goDurationMs(took) : undefined,
    includingWaitingMs: waiting ? goDurationMs(waiting) : undefined,
    sizeBytes: size ? Number(size) : undefined,
  };
}

/** Pulls that started and have no later Pulled or Failed for the same pod, container and image. */
export function pullsInFlight(events: readonly NodePullEvent[]): PullInFlight[] {
  const latest = new Map<string, { started?: NodePullEvent; endedMs: number }>();
  for (const e of events) {
    const image = imageOf(e);
    if (!image) continue;
    const key = `${e.namespace}/${e.pod}/${e.fieldPath ?? ''}/${image}`;
    const entry = latest.get(key) ?? { endedMs: -Infinity };
    if (e.reason === 'Pulling') {
      if (!entry.started || timeOf(e) > timeOf(entry.started)) entry.started = e;
    } else entry.endedMs = Math.max(entry.endedMs, timeOf(e));
    latest.set(key, entry);
  }
  const flying: PullInFlight[] = [];
  for (const { started, endedMs } of latest.values()) {
    // Event times have whole seconds: a Pulled in the same second as the Pulling ends it too.
    if (!started?.lastSeen || timeOf(started) <= endedMs) continue;
    flying.push({
      namespace: started.namespace,
      pod: started.pod,
      image: parsePullingMessage(started.message)!,
      since: started.lastSeen,
      fieldPath: started.fieldPath,
    });
  }
  return flying.sort((a, b) => Date.parse(a.since) - Date.parse(b.since));
}

/** The node's finished pulls with what their Pulled events say, newest first. */
export function finishedPulls(events: readonly NodePullEvent[]): FinishedPull[] {
  return events
    .filter((e) => e.reason === 'Pulled')
    .flatMap((e) => {
      const parsed = parsePulledMessage(e.message);
      return parsed ? [{ ...parsed, namespace: e.namespace, pod: e.pod, at: e.lastSeen }] : [];
    })
    .sort((a, b) => (Date.parse(b.at ?? '') || 0) - (Date.parse(a.at ?? '') || 0));
}

function imageOf(e: EventFacts): string | undefined {
  if (e.reason === 'Pulling') return parsePullingMessage(e.message);
  if (e.reason === 'Pulled') return parsePulledMessage(e.message)?.image;
  if (e.reason === 'Failed') return parseFailedPullMessage(e.message);
  return undefined;
}

function timeOf(e: EventFacts): number {
  return Date.parse(e.lastSeen ?? e.firstSeen ?? '') || -Infinity;
}

function goDurationMs(text: string): number | undefined {
  const parsed = parseDuration(text);
  return parsed.kind === 'ok' ? parsed.milliseconds : undefined;
}

/**
 * The node's usual rate in bytes/s: the median of its recent pulls that carry a size and a
 * duration (the pull alone, not the wait), those of a similar size when there are some.
 */
export function nodeRateFor(
  finished: readonly FinishedPull[],
  sizeBytes: number | undefined,
): number | undefined {
  const samples = finished.filter(
    (f) => f.sizeBytes && f.durationMs !== undefined && f.durationMs >= MIN_RATE_SAMPLE_MS,
  );
  const similar = sizeBytes
    ? samples.filter(
        (f) =>
          f.sizeBytes! * SIMILAR_SIZE_FACTOR >= sizeBytes &&
          f.sizeBytes! <= sizeBytes * SIMILAR_SIZE_FACTOR,
      )
    : [];
  const pick = similar.length > 0 ? similar : samples;
  if (pick.length === 0) return undefined;
  const rates = pick.map((f) => (1000 * f.sizeBytes!) / f.durationMs!).sort((a, b) => a - b);
  const mid = Math.floor(rates.length / 2);
  return Math.round(rates.length % 2 ? rates[mid]! : (rates[mid - 1]! + rates[mid]!) / 2);
}
