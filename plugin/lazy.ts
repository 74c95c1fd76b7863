/**
 * The one door to the heavy half (lazy-cluster.ts), so `--help`, `version` and `explain` never
 * load it. Run from source this is a plain dynamic import; in the built executable the build
 * (scripts/build.mjs) swaps the import for a module that compiles the embedded bundle once.
 */

/** What the read half exports: diagnose's reading of the API and the registry, no client-node. */
export type ReadModules = typeof import('./lazy-read.js');

/** Loads diagnose's read path on first use (its own small embedded bundle when built). */
export function loadReadPath(): Promise<ReadModules> {
  return import('./lazy-read.js');
}

/** What the heavy half exports: the kube and registry functions commands call. */
export type ClusterModules = typeof import('./lazy-cluster.js');

/** Loads the Kubernetes and registry code on first use; later calls get the same modules. */
export function loadCluster(): Promise<ClusterModules> {
  return import('./lazy-cluster.js');
}
