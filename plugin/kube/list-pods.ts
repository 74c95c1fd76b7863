/**
 * Lists pods page by page (`limit` + `continue`) so a large cluster never has to arrive in one
 * response. Callers that can, consume pages as they come (`forEachPodPage`) to keep memory flat.
 *
 * Pages are read as the API server's JSON, not through client-node's model classes: turning a
 * 500-pod page into V1Pod instances (ObjectSerializer) costs more than parsing it, and a fleet
 * scan reads every pod of the cluster. The wire form has V1Pod's shape except that timestamps stay
 * ISO strings, which is what to-facts.ts reads.
 */
import type { V1Pod } from '@kubernetes/client-node';
import type { ApiConnection } from './connect.js';

const PAGE_SIZE = 500;

/** Options for a pod listing. */
export interface ListPodsOptions {
  labelSelector?: string;
  fieldSelector?: string;
  maxPods?: number;
  /** Pods per page (default 500). */
  pageSize?: number;
  /** Stop asking for more pages after this time (epoch ms): a bounded read, said to be truncated. */
  deadline?: number;
  /**
   * Served from the API server's watch cache (`resourceVersion=0`: as fresh as its informers),
   * not from etcd. For a selector across namespaces etcd has no key prefix to narrow the read by
   * and scans every pod of the cluster; the cache indexes `spec.nodeName`.
   */
  fromWatchCache?: boolean;
}

/** One page as the API server sent it. */
interface WirePodList {
  items?: V1Pod[];
  metadata?: { continue?: string };
}

/** Calls `visit` with each page of pods in `namespace` (all namespaces when undefined). */
export async function forEachPodPage(
  conn: ApiConnection,
  namespace: string | undefined,
  visit: (pods: readonly V1Pod[]) => void,
  options: ListPodsOptions = {},
): Promise<{ truncated: boolean }> {
  let seen = 0;
  let page = await listPage(conn, namespace, undefined, options);
  for (;;) {
    const pods = page.items ?? [];
    seen += pods.length;
    const token = page.metadata?.continue || undefined;
    const isOverBudget = options.deadline !== undefined && Date.now() > options.deadline;
    if (token && ((options.maxPods !== undefined && seen >= options.maxPods) || isOverBudget)) {
      visit(pods);
      return { truncated: true };
    }
    // Ask for the next page before going through this one: the server works while we do.
    const next = token ? listPage(conn, namespace, token, options) : undefined;
    // A failed prefetch must not go unhandled while `visit` runs; it is awaited just below.
    next?.catch(() => {});
    visit(pods);
    if (!next) return { truncated: false };
    page = await next;
  }
}

async function listPage(
  conn: ApiConnection,
  namespace: string | undefined,
  token: string | undefined,
  options: ListPodsOptions,
): Promise<WirePodList> {
  const where = namespace
    ? `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods`
    : '/api/v1/pods';
  return conn.get<WirePodList>('list pods', where, {
    limit: options.pageSize ?? PAGE_SIZE,
    continue: token,
    // A continued list must not name a resourceVersion: the token carries it.
    resourceVersion: options.fromWatchCache && !token ? '0' : undefined,
    labelSelector: options.labelSelector,
    fieldSelector: options.fieldSelector,
  });
}
