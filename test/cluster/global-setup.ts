/**
 * vitest globalSetup for the end-to-end tier: starts the real cluster once for the whole run and
 * tears it down afterwards, even when tests fail. Set KIP_KEEP_CLUSTER=1 to leave it up for
 * debugging, and KIP_REUSE_CLUSTER=1 to run against a cluster already started with cluster:up
 * (neither started nor stopped here).
 */
import { startCluster, stopCluster } from './cluster.js';
import { findLeftovers } from './leftovers.js';
import { readClusterInfo } from './cluster-info.js';

export default async function setup(): Promise<() => Promise<void>> {
  if (process.env.KIP_REUSE_CLUSTER === '1') {
    await readClusterInfo();
    return async () => {};
  }
  const info = await startCluster((line) => process.stderr.write(line + '\n'));
  process.env.KUBECONFIG_KIP = info.kubeconfig;
  return async () => {
    if (process.env.KIP_KEEP_CLUSTER === '1') return;
    await stopCluster();
    const left = await findLeftovers();
    if (left.length > 0)
      throw new Error(`the test cluster left things behind:\n  ${left.join('\n  ')}`);
  };
}
