/**
 * Reads what only the pod's node's kubelet knows, through the API server's node proxy: its live
 * configuration (configz) and its filesystem stats (stats/summary). Each read has its own short
 * budget and runs beside the others, so a slow or unreachable kubelet never stalls `diagnose`;
 * a refusal (RBAC needs get on nodes/proxy) or a timeout becomes a Lookup, never an error.
 */
import type { KubeletEvidence, Lookup } from '../../shared/diagnosis/evidence.js';
import { parseKubeletConfigz } from '../../shared/diagnosis/kubelet-config.js';
import { parseStatsSummary } from '../../shared/diagnosis/node-filesystems.js';
import { apiMessage, statusOf } from './api-errors.js';
import type { ApiConnection } from './connect.js';
import type { Query } from './rest-client.js';
import { withTimeout } from './timeout.js';

/** A kubelet answers these in milliseconds; one that takes longer is not worth waiting for. */
export const KUBELET_READ_TIMEOUT_MS = 2000;

/** Reads configz and stats/summary of `node` in parallel; never rejects. */
export async function readKubeletEvidence(
  conn: ApiConnection,
  node: string,
  timeoutMs = KUBELET_READ_TIMEOUT_MS,
): Promise<KubeletEvidence> {
  const proxy = `/api/v1/nodes/${encodeURIComponent(node)}/proxy`;
  const [config, filesystems] = await Promise.all([
    boundedRead(
      conn,
      `get configz of node ${node}`,
      `${proxy}/configz`,
      parseKubeletConfigz,
      timeoutMs,
    ),
    boundedRead(
      conn,
      `get stats/summary of node ${node}`,
      `${proxy}/stats/summary`,
      parseStatsSummary,
      timeoutMs,
    ),
  ]);
  return { config, filesystems };
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
    const status = statusOf(err);
    if (status === 403) return { status: 'forbidden', message: apiMessage(err) };
    if (status === 404) return { status: 'missing' };
    return { status: 'error', message: apiMessage(err) };
  }
}
