/**
 * The large cluster of #12's benchmarks: 50,000 failing pods on the API server, in ten namespaces
 * of 5,000, seeded once and shared by the single-pod and the fleet figures, so that both are
 * measured where a plugin that lists too much would show it.
 */
import type { ClusterInfo } from '../cluster/cluster-info.js';
import { adminClient, deleteNamespace, seedFleet, type FleetSpec } from './fleet-seed.js';

const NAMESPACES = 10;
const PODS_PER_NAMESPACE = 5000;
const EVENTS_PER_NAMESPACE = 300;

/** The namespaces the large cluster is made of. */
export const LARGE_NAMESPACES: readonly string[] = Array.from(
  { length: NAMESPACES },
  (_, i) => `bench-large-${i}`,
);

/** What seeding made and how long it took. */
export interface LargeCluster {
  readonly pods: number;
  readonly events: number;
  readonly seedSeconds: number;
}

/** Seeds every namespace (removing what a killed run left first). */
export async function seedLargeCluster(
  info: ClusterInfo,
  log: (line: string) => void,
): Promise<LargeCluster> {
  const core = adminClient(info.kubeconfig);
  await deleteLargeCluster(info, log);
  const started = Date.now();
  for (const namespace of LARGE_NAMESPACES) {
    const spec: FleetSpec = {
      namespace,
      pods: PODS_PER_NAMESPACE,
      events: EVENTS_PER_NAMESPACE,
      concurrency: 32,
    };
    await seedFleet(core, spec);
    log(`seeded ${namespace} (${((Date.now() - started) / 1000).toFixed(0)} s so far)`);
  }
  return {
    pods: NAMESPACES * PODS_PER_NAMESPACE,
    events: NAMESPACES * EVENTS_PER_NAMESPACE,
    seedSeconds: (Date.now() - started) / 1000,
  };
}

/** Deletes the namespaces, all at once (the namespace controller empties them in parallel). */
export async function deleteLargeCluster(
  info: ClusterInfo,
  log: (line: string) => void,
): Promise<void> {
  const core = adminClient(info.kubeconfig);
  log(`deleting ${LARGE_NAMESPACES.length} bench-large-* namespaces`);
  await Promise.all(LARGE_NAMESPACES.map((ns) => deleteNamespace(core, ns)));
}
