/**
 * Lists pods page by page (`limit` + `continue`) so a large cluster never has to arrive in one
 * response. Callers that can, consume pages as they come (`forEachPodPage`) to keep memory flat.
 */
import type { V1Pod } from '@kubernetes/client-node';
import type { KubeConnection } from './connect.js';

const PAGE_SIZE = 500;

/** Calls `visit` with each page of pods in `namespace` (all namespaces when undefined). */
export async function forEachPodPage(
  conn: KubeConnection,
  namespace: string | undefined,
  visit: (pods: readonly V1Pod[]) => void,
  options: { labelSelector?: string; fieldSelector?: string; maxPods?: number } = {},
): Promise<{ truncated: boolean }> {
  let token: string | undefined;
  let seen = 0;
  do {
    const page = await conn.call('list pods', () =>
      namespace
        ? conn.core.listNamespacedPod({
            namespace,
            limit: PAGE_SIZE,
            _continue: token,
            labelSelector: options.labelSelector,
            fieldSelector: options.fieldSelector,
          })
        : conn.core.listPodForAllNamespaces({
            limit: PAGE_SIZE,
            _continue: token,
            labelSelector: options.labelSelector,
            fieldSelector: options.fieldSelector,
          }),
    );
    visit(page.items);
    seen += page.items.length;
    token = page.metadata?._continue || undefined;
    if (options.maxPods !== undefined && seen >= options.maxPods && token)
      return { truncated: true };
  } while (token);
  return { truncated: false };
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
