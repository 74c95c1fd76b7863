/** Finds probe objects by their labels and deletes them: Jobs first (their pods follow), then Secrets. */
import { toUserError } from '../kube/api-errors.js';
import type { KubeConnection } from '../kube/connect.js';
import { PROBE_SELECTOR } from './probe-job.js';
import { removeProbe } from './run-probe.js';

/** Removes leftovers in `namespace` (all when undefined); returns "kind ns/name" lines. */
export async function removeLeftovers(
  conn: KubeConnection,
  namespace: string | undefined,
): Promise<string[]> {
  try {
    const labelSelector = PROBE_SELECTOR;
    const [jobs, secrets, pods] = await Promise.all([
      namespace
        ? conn.batch.listNamespacedJob({ namespace, labelSelector })
        : conn.batch.listJobForAllNamespaces({ labelSelector }),
      namespace
        ? conn.core.listNamespacedSecret({ namespace, labelSelector })
        : conn.core.listSecretForAllNamespaces({ labelSelector }),
      namespace
        ? conn.core.listNamespacedPod({ namespace, labelSelector })
        : conn.core.listPodForAllNamespaces({ labelSelector }),
    ]);
    const names = new Map<string, string>();
    for (const o of [...jobs.items, ...secrets.items])
      names.set(`${o.metadata!.namespace}/${o.metadata!.name}`, o.metadata!.namespace!);
    // Pods of a Job are named after it; an orphaned pod's Job name is in its labels.
    for (const p of pods.items) {
      const job = p.metadata?.labels?.['batch.kubernetes.io/job-name'];
      if (job) names.set(`${p.metadata!.namespace}/${job}`, p.metadata!.namespace!);
    }
    const removed: string[] = [];
    for (const [key, ns] of names) {
      await removeProbe(conn, ns, key.slice(ns.length + 1));
      removed.push(`probe ${key}`);
    }
    return removed;
  } catch (err) {
    throw toUserError(err, 'list probe leftovers', conn.server);
  }
}
