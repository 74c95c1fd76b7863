/**
 * vitest globalSetup for the end-to-end tier: starts the real cluster once for the whole run and
 * tears it down afterwards, even when tests fail. Set KIP_KEEP_CLUSTER=1 to leave it up for
 * debugging, and KIP_REUSE_CLUSTER=1 to run against a cluster already started with cluster:up
 * (neither started nor stopped here).
 */
import { startCluster, stopCluster } from './cluster.js';
import { findLeftovers } from './leftovers.js';
import { readClusterInfo } from './cluster-info.js';
import { buildShipped, removeShipped, SHIPPED_ENV } from '../e2e/support/shipped.js';

/**
 * The release the tier runs (e2e/support/shipped.ts), built beside the cluster's start; a
 * directory already named in KIP_SHIPPED_DIR (a previous run's, kept) is used as it is.
 */
async function shipped(): Promise<{ dir: string; builtHere: boolean }> {
  const given = process.env[SHIPPED_ENV];
  if (given) return { dir: given, builtHere: false };
  process.stderr.write('[e2e] building the linux release the tier runs\n');
  return { dir: await buildShipped(), builtHere: true };
}

export default async function setup(): Promise<() => Promise<void>> {
  if (process.env.KIP_REUSE_CLUSTER === '1') {
    const [, built] = await Promise.all([readClusterInfo(), shipped()]);
    process.env[SHIPPED_ENV] = built.dir;
    return async () => {
      if (built.builtHere && process.env.KIP_KEEP_CLUSTER !== '1') await removeShipped(built.dir);
    };
  }
  const [started, building] = await Promise.allSettled([
    startCluster((line) => process.stderr.write(line + '\n')),
    shipped(),
  ]);
  if (started.status === 'rejected' || building.status === 'rejected') {
    // Nothing may be left behind when either half fails.
    if (started.status === 'fulfilled') await stopCluster();
    if (building.status === 'fulfilled' && building.value.builtHere)
      await removeShipped(building.value.dir);
    throw started.status === 'rejected' ? started.reason : (building as PromiseRejectedResult).reason;
  }
  const [info, built] = [started.value, building.value];
  process.env.KUBECONFIG_KIP = info.kubeconfig;
  process.env[SHIPPED_ENV] = built.dir;
  return async () => {
    if (process.env.KIP_KEEP_CLUSTER === '1') return;
    if (built.builtHere) await removeShipped(built.dir);
    await stopCluster();
    const left = await findLeftovers();
    if (left.length > 0)
      throw new Error(`the test cluster left things behind:\n  ${left.join('\n  ')}`);
  };
}
