/**
 * The verdict for a pull that has not finished: still pulling at a normal rate, queued behind
 * another pull on the node, slow, or stuck. The kubelet sets no deadline of its own; the runtime's
 * progress timeout and the node's own recent pulls are the yardsticks.
 */
import type { Cause, Confidence } from '../causes.js';
import { pullSlots, type KubeletConfigFacts } from './kubelet-config.js';
import { formatBytes } from './node-filesystems.js';
import {
  MIN_RATE_SAMPLE_MS,
  nodeRateFor,
  parseFailedPullMessage,
  type FinishedPull,
  type PullInFlight,
} from './pull-events.js';
import type { EventFacts } from './evidence.js';
import type { EvidenceLine, PullOnNode, PullReport } from './verdict.js';

/** containerd's `image_pull_progress_timeout` default: a pull with no progress this long is cancelled. */
export const PROGRESS_TIMEOUT_MS = 5 * 60_000;
/** Slower than this many times the expected time is slow: registries normally vary within 2x. */
export const SLOW_FACTOR = 3;
/**
 * Past the progress timeout and this many times the expected time, a pull with no Pulled event
 * has most likely stopped rather than slowed.
 */
export const STUCK_FACTOR = 10;
/** Under a minute nobody is kept waiting, and a rate from so short a pull is noise. */
export const MIN_SLOW_MS = 60_000;
/** With no history on the node, the rate a pull should at least reach (a modest cloud link). */
export const ASSUMED_BYTES_PER_SECOND = 20_000_000;
/** How many of the node's finished pulls the report lists. */
const RECENT_SHOWN = 5;

/** What a runtime says when it gives up on a pull that stopped moving. */
const NO_PROGRESS = /because of no progress/;
const CANCELED = /context canceled/;

/** What the judgement needs; `config` undefined means configz could not be read. */
export interface PullProgressInput {
  readonly node: string;
  readonly own: PullInFlight;
  /** This container's own events (an earlier attempt's Failed, if any). */
  readonly ownEvents: readonly EventFacts[];
  /** Pulls in flight on the node, this one excluded. */
  readonly others: readonly PullInFlight[];
  readonly finished: readonly FinishedPull[];
  readonly config?: KubeletConfigFacts;
  readonly registrySizeBytes?: number;
}

/** A cause, how sure, one sentence, the evidence lines and the report for `-o json`. */
export interface PullJudgement {
  readonly cause: Cause;
  readonly confidence: Confidence;
  readonly summary: string;
  readonly evidence: readonly EvidenceLine[];
  readonly report: PullReport;
}

/** Judges one pull in flight at `nowMs`: cancelled before, queued, then by its rate. */
export function judgePull(input: PullProgressInput, nowMs: number): PullJudgement {
  const startedMs = Date.parse(input.own.since);
  const elapsedMs = Math.max(0, nowMs - startedMs);
  const size = sizeOf(input);
  const nodeRate = nodeRateFor(input.finished, size.bytes);
  const ahead = pullsAhead(input);
  const slots = pullSlots(input.config);
  const report = baseReport(input, elapsedMs, size, nodeRate);
  const lines: EvidenceLine[] = [
    {
      source: 'event',
      text: `Pulling image "${input.own.image}" since ${input.own.since} (${minutes(elapsedMs)})`,
    },
    ...nodeLines(input, ahead, slots),
  ];
  const pullingMs = Math.max(0, nowMs - Math.max(startedMs, queuedUntil(input, startedMs, slots)));
  return (
    judgeCancelled(input, report, lines, elapsedMs) ??
    judgeQueue(input, report, lines, ahead, slots) ??
    judgeRate(report, lines, pullingMs, size.bytes, nodeRate, input.node)
  );
}

function baseReport(
  input: PullProgressInput,
  elapsedMs: number,
  size: { bytes?: number; from?: 'registry' | 'node-events' },
  nodeRate: number | undefined,
): PullReport {
  return {
    image: input.own.image,
    since: input.own.since,
    seconds: Math.round(elapsedMs / 1000),
    sizeBytes: size.bytes,
    sizeFrom: size.from,
    nodeBytesPerSecond: nodeRate,
    serializeImagePulls: input.config?.serializeImagePulls,
    maxParallelImagePulls: input.config?.maxParallelImagePulls,
    inFlightOnNode: input.others.map((p) => onNode(p, input.finished)),
    recentOnNode: input.finished.slice(0, RECENT_SHOWN).map((f) => ({
      pod: `${f.namespace}/${f.pod}`,
      image: f.image,
      seconds: seconds(f.durationMs),
      includingWaitingSeconds: seconds(f.includingWaitingMs),
      sizeBytes: f.sizeBytes,
    })),
  };
}

/** An earlier attempt the runtime cancelled for no progress: this retry is likely to stall too. */
function judgeCancelled(
  input: PullProgressInput,
  report: PullReport,
  lines: readonly EvidenceLine[],
  elapsedMs: number,
): PullJudgement | undefined {
  const cancelled = lastCancellation(input.ownEvents, input.own.image);
  if (!cancelled) return undefined;
  return {
    cause: 'pull-stuck',
    confidence: NO_PROGRESS.test(cancelled.message) ? 'high' : 'medium',
    summary: `an earlier pull of ${input.own.image} on ${input.node} was cancelled for making no progress; the kubelet is trying again (${minutes(elapsedMs)} so far)`,
    evidence: [...lines, { source: 'event', text: cancelled.message }],
    report,
  };
}

/** As many pulls ahead as the node has slots (or any, when its configuration is unknown). */
function judgeQueue(
  input: PullProgressInput,
  report: PullReport,
  lines: readonly EvidenceLine[],
  ahead: readonly PullInFlight[],
  slots: number | undefined,
): PullJudgement | undefined {
  if (ahead.length === 0 || (slots !== undefined && ahead.length < slots)) return undefined;
  const first = onNode(ahead[0]!, input.finished);
  const why =
    slots === undefined
      ? 'if pulls are serialised (the kubelet default; its configz could not be read)'
      : slots === 1
        ? 'serializeImagePulls: true'
        : `maxParallelImagePulls: ${slots} reached`;
  const sizeText = first.sizeBytes !== undefined ? `, ${formatBytes(first.sizeBytes)}` : '';
  return {
    cause: 'pull-queued',
    confidence: slots === undefined ? 'low' : 'high',
    summary: `the pull of ${input.own.image} waits behind ${first.image} (pod ${first.pod}, pulling since ${first.since}${sizeText}) on ${input.node}: ${why}`,
    evidence: lines,
    report: { ...report, ahead: first },
  };
}

function judgeRate(
  report: PullReport,
  lines: readonly EvidenceLine[],
  pullingMs: number,
  sizeBytes: number | undefined,
  nodeRate: number | undefined,
  node: string,
): PullJudgement {
  const took = minutes(pullingMs);
  if (sizeBytes === undefined) {
    if (pullingMs >= PROGRESS_TIMEOUT_MS)
      return {
        cause: 'pull-stuck',
        confidence: 'medium',
        summary: `${node} has been pulling ${report.image} for ${took} with no Pulled event, past containerd's 5m progress timeout; its size is unknown, so it may also be a very slow pull`,
        evidence: lines,
        report,
      };
    return {
      cause: 'pulling',
      confidence: 'low',
      summary: `${node} is still pulling ${report.image} (${took} so far; its size is unknown, so the rate cannot be judged)`,
      evidence: lines,
      report,
    };
  }
  const rate = nodeRate ?? ASSUMED_BYTES_PER_SECOND;
  const expectedMs = (1000 * sizeBytes) / rate;
  const estimate = pullingMs > 0 ? Math.round((1000 * sizeBytes) / pullingMs) : undefined;
  const withRate: PullReport = {
    ...report,
    expectedSeconds: Math.round(expectedMs / 1000),
  };
  const yardstick = nodeRate
    ? `this node's recent pulls ran at ${formatBytes(nodeRate)}/s`
    : `assuming at least ${formatBytes(ASSUMED_BYTES_PER_SECOND)}/s, with no recent pulls on the node to compare`;
  if (pullingMs >= PROGRESS_TIMEOUT_MS && pullingMs > STUCK_FACTOR * expectedMs)
    return {
      cause: 'pull-stuck',
      confidence: 'medium',
      summary: `${node} has been pulling ${report.image} (${formatBytes(sizeBytes)}) for ${took}, over ${STUCK_FACTOR}x the expected ${minutes(expectedMs)} and past containerd's 5m progress timeout, with no Pulled event: the download has most likely stopped (containerd 2.1+ does not cancel a layer that stalls before its first bytes are counted)`,
      evidence: [
        ...lines,
        {
          source: 'node',
          text: `expected about ${minutes(expectedMs)} for ${formatBytes(sizeBytes)}: ${yardstick}`,
        },
      ],
      report: { ...withRate, bytesPerSecond: estimate },
    };
  if (pullingMs > Math.max(SLOW_FACTOR * expectedMs, MIN_SLOW_MS))
    return {
      cause: 'pull-slow',
      confidence: nodeRate ? 'medium' : 'low',
      summary: `${node} has been pulling ${report.image} (${formatBytes(sizeBytes)}) for ${took}, expected about ${minutes(expectedMs)}: at most ${formatBytes(estimate ?? 0)}/s where ${yardstick}`,
      evidence: [
        ...lines,
        {
          source: 'node',
          text: `expected about ${minutes(expectedMs)} for ${formatBytes(sizeBytes)}: ${yardstick}`,
        },
      ],
      report: { ...withRate, bytesPerSecond: estimate },
    };
  return {
    cause: 'pulling',
    confidence: nodeRate ? 'high' : 'medium',
    summary: `${node} is still pulling ${report.image} (${formatBytes(sizeBytes)}), ${took} of about ${minutes(expectedMs)} expected: ${yardstick}`,
    evidence: lines,
    report: { ...withRate, bytesPerSecond: nodeRate },
  };
}

/** The image's size: the registry's word first, else an earlier Pulled of it on the node. */
function sizeOf(input: PullProgressInput): { bytes?: number; from?: 'registry' | 'node-events' } {
  if (input.registrySizeBytes !== undefined)
    return { bytes: input.registrySizeBytes, from: 'registry' };
  const seen = input.finished.find((f) => f.image === input.own.image && f.sizeBytes);
  return seen ? { bytes: seen.sizeBytes, from: 'node-events' } : {};
}

/** Pulls of other pods on the node that started before this one, oldest first. */
function pullsAhead(input: PullProgressInput): PullInFlight[] {
  const mine = Date.parse(input.own.since);
  return input.others.filter((p) => Date.parse(p.since) < mine);
}

/**
 * With one pull at a time, a pull that started before this one and finished after it began held
 * the queue until then: the time spent behind it is waiting, not pulling.
 */
function queuedUntil(
  input: PullProgressInput,
  startedMs: number,
  slots: number | undefined,
): number {
  if (slots !== undefined && slots !== 1) return startedMs;
  const ends = input.finished.map((f) => Date.parse(f.at ?? '')).filter((at) => at > startedMs);
  return ends.length > 0 ? Math.max(...ends) : startedMs;
}

function nodeLines(
  input: PullProgressInput,
  ahead: readonly PullInFlight[],
  slots: number | undefined,
): EvidenceLine[] {
  const lines: EvidenceLine[] = [];
  if (input.config?.serializeImagePulls !== undefined) {
    const mode =
      slots === 1
        ? 'serializeImagePulls: true (one pull at a time)'
        : slots === Infinity
          ? 'serializeImagePulls: false, no maxParallelImagePulls (no limit)'
          : `serializeImagePulls: false, maxParallelImagePulls: ${slots}`;
    lines.push({ source: 'node', text: `kubelet on ${input.node}: ${mode} (configz)` });
  }
  for (const p of ahead)
    lines.push({
      source: 'scope',
      text: `${p.namespace}/${p.pod} is pulling ${p.image} since ${p.since} on ${input.node}`,
    });
  const waited = input.finished.find(
    (f) =>
      f.includingWaitingMs !== undefined &&
      f.durationMs !== undefined &&
      f.includingWaitingMs - f.durationMs >= MIN_RATE_SAMPLE_MS,
  );
  if (waited)
    lines.push({
      source: 'event',
      text: `${waited.namespace}/${waited.pod} pulled ${waited.image} in ${minutes(waited.durationMs!)} after waiting ${minutes(waited.includingWaitingMs! - waited.durationMs!)} in the kubelet's queue`,
    });
  return lines;
}

/** The latest Failed of this image that a runtime's progress timeout or a cancellation caused. */
function lastCancellation(events: readonly EventFacts[], image: string): EventFacts | undefined {
  return events
    .filter(
      (e) =>
        e.reason === 'Failed' &&
        parseFailedPullMessage(e.message) === image &&
        (NO_PROGRESS.test(e.message) || CANCELED.test(e.message)),
    )
    .sort((a, b) => (Date.parse(b.lastSeen ?? '') || 0) - (Date.parse(a.lastSeen ?? '') || 0))[0];
}

function onNode(p: PullInFlight, finished: readonly FinishedPull[]): PullOnNode {
  const size = finished.find((f) => f.image === p.image && f.sizeBytes)?.sizeBytes;
  return { pod: `${p.namespace}/${p.pod}`, image: p.image, since: p.since, sizeBytes: size };
}

function seconds(ms: number | undefined): number | undefined {
  return ms === undefined ? undefined : Math.round(ms / 100) / 10;
}

/** "45s", "3m10s", "1h2m": how long, as kubectl prints ages. */
export function minutes(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${s % 60 ? `${s % 60}s` : ''}`;
  return `${Math.floor(m / 60)}h${m % 60 ? `${m % 60}m` : ''}`;
}
