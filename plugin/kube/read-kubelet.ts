/**
 * Reads what only the pod's node's kubelet knows, through the API server's node proxy: its live
 * configuration (configz), its filesystem stats (stats/summary) and its own log (NodeLogQuery). Each read has its own short
 * budget and runs beside the others, so a slow or unreachable kubelet never stalls `diagnose`;
 * a refusal (RBAC needs get on nodes/proxy) or a timeout becomes a Lookup, never an error.
 */
import type { KubeletEvidence, Lookup } from '../../shared/diagnosis/evidence.js';
import { parseKubeletConfigz } from '../../shared/diagnosis/kubelet-config.js';
import { parseStatsSummary } from '../../shared/diagnosis/node-filesystems.js';
import { parseKubeletMetrics } from '../../shared/diagnosis/kubelet-metrics.js';
import {
  KUBELET_LOG_PATTERN,
  needsPlainQuery,
  parseKubeletLog,
  type KubeletLog,
} from '../../shared/diagnosis/kubelet-log.js';
import { apiMessage, statusOf } from './api-errors.js';
import type { ApiConnection } from './connect.js';
import type { Query } from './rest-client.js';
import { withTimeout } from './timeout.js';

/** A kubelet answers these in milliseconds; one that takes longer is not worth waiting for. */
export const KUBELET_READ_TIMEOUT_MS = 2000;

/** What to read besides configz and stats/summary. */
export interface KubeletReadOptions {
  /** Read the kubelet's log from this RFC 3339 time on (when a pull failed), else not at all. */
  readonly logSince?: string;
  readonly timeoutMs?: number;
}

/**
 * The node reads of one run, per connection: a workload's pods share a few nodes, and each node's
 * kubelet is asked once however many of its pods are diagnosed.
 */
const perRun = new WeakMap<ApiConnection, Map<string, Promise<unknown>>>();

function once<T>(conn: ApiConnection, key: string, read: () => Promise<T>): Promise<T> {
  let reads = perRun.get(conn);
  if (!reads) perRun.set(conn, (reads = new Map()));
  let pending = reads.get(key) as Promise<T> | undefined;
  if (!pending) reads.set(key, (pending = read()));
  return pending;
}

/** Reads configz, stats/summary and, when asked, the kubelet's log, in parallel; never rejects. */
export async function readKubeletEvidence(
  conn: ApiConnection,
  node: string,
  options: KubeletReadOptions = {},
): Promise<KubeletEvidence> {
  const timeoutMs = options.timeoutMs ?? KUBELET_READ_TIMEOUT_MS;
  const proxy = `/api/v1/nodes/${encodeURIComponent(node)}/proxy`;
  const [config, filesystems, metrics, log] = await Promise.all([
    once(conn, `configz ${node}`, () =>
      boundedRead(
        conn,
        `get configz of node ${node}`,
        `${proxy}/configz`,
        parseKubeletConfigz,
        timeoutMs,
      ),
    ),
    once(conn, `stats ${node}`, () =>
      boundedRead(
        conn,
        `get stats/summary of node ${node}`,
        `${proxy}/stats/summary`,
        parseStatsSummary,
        timeoutMs,
      ),
    ),
    once(conn, `metrics ${node}`, () =>
      readKubeletText(conn, `get metrics of node ${node}`, `${proxy}/metrics`, timeoutMs).then(
        (read) => parsedOr(read, parseKubeletMetrics, 'the metrics hold no kubelet pull figures'),
      ),
    ),
    options.logSince !== undefined
      ? once(conn, `log ${node} ${options.logSince}`, () =>
          readKubeletLog(conn, node, `${proxy}/logs/`, options.logSince!, timeoutMs),
        )
      : undefined,
  ]);
  return { config, filesystems, metrics, ...(log ? { log } : {}) };
}

/**
 * NodeLogQuery: journald honours sinceTime, pattern and tailLines; a kubelet logging to a file
 * under /var/log sends the whole file, so the lines are chosen here too (kubelet-log.ts).
 */
async function readKubeletLog(
  conn: ApiConnection,
  node: string,
  path: string,
  since: string,
  timeoutMs: number,
): Promise<Lookup<KubeletLog>> {
  const what = `get the kubelet log of node ${node}`;
  const query = {
    query: 'kubelet',
    sinceTime: since,
    pattern: KUBELET_LOG_PATTERN,
    tailLines: 2000,
  };
  try {
    const answer = await withTimeout(
      what,
      async () => {
        const first = await conn.getText(what, path, query);
        // A file, not journald: the options are refused, so the whole file it is (capped).
        return needsPlainQuery(first.text) ? conn.getText(what, path, { query: 'kubelet' }) : first;
      },
      timeoutMs,
    );
    return { status: 'found', value: parseKubeletLog(answer.text, answer.contentType) };
  } catch (err) {
    return lookupFailure(err);
  }
}

/** One text GET under its own timeout; failures recorded as a Lookup. */
async function readKubeletText(
  conn: ApiConnection,
  what: string,
  path: string,
  timeoutMs: number,
): Promise<Lookup<string>> {
  try {
    const answer = await withTimeout(what, () => conn.getText(what, path), timeoutMs);
    return { status: 'found', value: answer.text };
  } catch (err) {
    return lookupFailure(err);
  }
}

/** A text read's parsed value, or why there is none. */
function parsedOr<T>(
  read: Lookup<string>,
  parse: (text: string) => T | undefined,
  unreadable: string,
): Lookup<T> {
  if (read.status !== 'found') return read;
  const value = parse(read.value);
  return value === undefined
    ? { status: 'error', message: unreadable }
    : { status: 'found', value };
}

function lookupFailure(err: unknown): Lookup<never> {
  const status = statusOf(err);
  if (status === 403) return { status: 'forbidden', message: apiMessage(err) };
  if (status === 404) return { status: 'missing' };
  return { status: 'error', message: apiMessage(err) };
}

/** One GET under its own timeout, its answer parsed; failures recorded as a Lookup. */
export async function boundedRead<T>(
  conn: ApiConnection,
  what: string,
  path: string,
  parse: (json: unknown) => T | undefined,
  timeoutMs: number,
  query?: Query,
): Promise<Lookup<T>> {
  try {
    const json = await withTimeout(what, () => conn.get<unknown>(what, path, query), timeoutMs);
    const value = parse(json);
    if (value === undefined) return { status: 'error', message: `unexpected answer to ${what}` };
    return { status: 'found', value };
  } catch (err) {
    return lookupFailure(err);
  }
}
