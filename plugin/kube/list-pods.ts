/**
 * Lists pods page by page (`limit` + `continue`) so a large cluster never has to arrive in one
 * response. Callers that can, consume pages as they come (`forEachPodPage`) to keep memory flat.
 *
 * Pages are read as the API server's JSON, not through client-node's model classes: turning a
 * 500-pod page into V1Pod instances (ObjectSerializer) costs more than parsing it, and a fleet
 * scan reads every pod of the cluster. The wire form has V1Pod's shape except that timestamps stay
 * ISO strings, which is what to-facts.ts reads. Requests, auth and errors stay client-node's.
 */
import {
  Observable,
  ResponseContext,
  type ObservableMiddleware,
  type V1Pod,
} from '@kubernetes/client-node';
import type { KubeConnection } from './connect.js';

const PAGE_SIZE = 500;

/** Options for a pod listing. */
export interface ListPodsOptions {
  labelSelector?: string;
  fieldSelector?: string;
  maxPods?: number;
}

/** One page as the API server sent it. */
interface WirePodList {
  items?: V1Pod[];
  metadata?: { continue?: string };
}

/** Calls `visit` with each page of pods in `namespace` (all namespaces when undefined). */
export async function forEachPodPage(
  conn: KubeConnection,
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
    if (options.maxPods !== undefined && seen >= options.maxPods && token) {
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

/** All pods (up to `maxPods`, default 20,000) as one array, for small scopes. */
export async function listAllPods(
  conn: KubeConnection,
  namespace: string | undefined,
  maxPods = 20_000,
): Promise<V1Pod[]> {
  const pods: V1Pod[] = [];
  await forEachPodPage(conn, namespace, (page) => pods.push(...page), { maxPods });
  return pods;
}

async function listPage(
  conn: KubeConnection,
  namespace: string | undefined,
  token: string | undefined,
  options: ListPodsOptions,
): Promise<WirePodList> {
  const wire = keepWireJson();
  const args = {
    limit: PAGE_SIZE,
    _continue: token,
    labelSelector: options.labelSelector,
    fieldSelector: options.fieldSelector,
  };
  const call = { middleware: [wire.middleware], middlewareMergeStrategy: 'append' as const };
  await conn.call('list pods', () =>
    namespace
      ? conn.core.listNamespacedPod({ namespace, ...args }, call)
      : conn.core.listPodForAllNamespaces(args, call),
  );
  return wire.body();
}

/**
 * A response middleware that keeps a successful response's JSON for us and hands client-node an
 * empty list to turn into model objects instead. Error responses pass through untouched, so
 * client-node raises its ApiException exactly as without it.
 */
function keepWireJson(): { middleware: ObservableMiddleware; body: () => WirePodList } {
  let body: WirePodList | undefined;
  const keep = async (response: ResponseContext): Promise<ResponseContext> => {
    if (response.httpStatusCode < 200 || response.httpStatusCode > 299) return response;
    body = JSON.parse(await response.body.text()) as WirePodList;
    const empty = Buffer.from('{"items":[]}');
    return new ResponseContext(response.httpStatusCode, response.headers, {
      text: async () => empty.toString(),
      binary: async () => empty,
    });
  };
  // The object-style API client takes client-node's Observable middleware, not promise-based.
  const middleware: ObservableMiddleware = {
    pre: (request) => new Observable(Promise.resolve(request)),
    post: (response) => new Observable(keep(response)),
  };
  return {
    middleware,
    body: () => {
      if (!body) throw new Error('the pod list response carried no body');
      return body;
    },
  };
}
