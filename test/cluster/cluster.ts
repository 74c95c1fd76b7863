/** Brings the whole test cluster up and down. `up` is idempotent: it first removes leftovers. */
import { mkdir, rm, writeFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  CACHE_DIR,
  ETCD_DATA_DIR,
  NODES,
  STATE_DIR,
  criSocket,
  imagefsPath,
  paths,
} from './layout.js';
import { checkPrerequisites } from './prerequisites.js';
import { ensureK8sBinaries, ensureRuntimeBinaries } from './binaries.js';
import { createClusterPki } from './cluster-pki.js';
import { createBridge, destroyNetwork } from './network.js';
import { startControlPlane } from './control-plane.js';
import { startDns } from './dns.js';
import { createWorkstation } from './workstation.js';
import { startRegistries } from './registries.js';
import { nodeCtr, runtimeVersion, startNode } from './node.js';
import { prepareSsh } from './ssh.js';
import { destroyNodeCgroups } from './cgroups.js';
import { readRecords, stopDaemon, isAlive, logTail } from './daemons.js';
import { writeKubeconfig } from './kubeconfig.js';
import { run, waitFor } from './run-command.js';
import { applyRestrictedRbac } from './rbac.js';
import { buildTestImages } from './images/build-images.js';
import { buildProbeImage } from './images/probe-image.js';
import { probeBundlePath } from './probe-bundle.js';
import type { ClusterInfo } from './cluster-info.js';

/** Starts everything and returns what tests need to talk to it (also written to cluster.json). */
export async function startCluster(log: (line: string) => void = () => {}): Promise<ClusterInfo> {
  await checkPrerequisites();
  // The addresses are fixed, so one cluster per machine. A live one belongs to another run (a
  // developer's cluster:up, another suite): clearing it would break that run halfway, and that
  // run's teardown would then leave ours behind. Only a dead cluster's remains are cleared.
  const live = (await readRecords()).filter((r) => isAlive(r.pid));
  if (live.length > 0) {
    throw new Error(
      `a test cluster is already running (${live.map((r) => r.name).join(', ')}): stop it with \`npm run cluster:down\`, or run against it with KIP_REUSE_CLUSTER=1`,
    );
  }
  await stopCluster();
  try {
    return await bringUp(log);
  } catch (err) {
    // A half-started cluster must not outlive the failure; KIP_KEEP_CLUSTER=1 keeps it to debug.
    if (process.env.KIP_KEEP_CLUSTER !== '1') await stopCluster();
    throw err;
  }
}

async function bringUp(log: (line: string) => void): Promise<ClusterInfo> {
  const started = Date.now();
  const step = (what: string) =>
    log(`[cluster ${((Date.now() - started) / 1000).toFixed(1)}s] ${what}`);
  await mkdir(paths.logs, { recursive: true });
  step('building or finding Kubernetes binaries and test images');
  const [bins, runtimeBins, images] = await Promise.all([
    ensureK8sBinaries(),
    ensureRuntimeBinaries(),
    buildTestImages(CACHE_DIR),
  ]);
  const bundle = await probeBundlePath();
  if (!bundle)
    throw new Error('no probe bundle (dist/probe/kip-probe.cjs): run `npm run build` first');
  const probe = await buildProbeImage(CACHE_DIR, bundle);
  step('issuing certificates');
  await createClusterPki();
  await writeKubeconfig(paths.adminKubeconfig, 'kip-admin', 'admin');
  await writeKubeconfig(paths.restrictedKubeconfig, 'kip-restricted', 'restricted');
  await writeKubeconfig(paths.nobodyKubeconfig, 'kip-nobody', 'nobody');
  step('creating network');
  await createBridge();
  await startDns();
  await createWorkstation();
  await startRegistries(images.registryStorage);
  step('starting control plane');
  await startControlPlane(bins);
  step('starting nodes');
  const ssh = await prepareSsh();
  const nodeInputs = {
    kubelet: bins.kubelet,
    pauseArchive: images.pauseArchive,
    pauseRef: images.pauseRef,
    trustedCaFile: path.join(paths.pki, 'registry-ca.crt'),
    probeArchive: probe.archive,
    probeRef: probe.ref,
    runtimeBins,
    policyKeyFile: path.join(paths.pki, 'policy.pub'),
  };
  const records = await Promise.all(NODES.map((n) => startNode(n, nodeInputs)));
  const info: ClusterInfo = {
    kubeconfig: paths.adminKubeconfig,
    restrictedKubeconfig: paths.restrictedKubeconfig,
    nobodyKubeconfig: paths.nobodyKubeconfig,
    crictl: bins.crictl,
    stateDir: STATE_DIR,
    nodes: NODES.map((n, i) => ({
      name: n.name,
      runtime: n.runtime,
      runtimeVersion: runtimeVersion(n),
      criSocket: criSocket(n.runtime),
      imagefs: imagefsPath(n.runtime),
      address: n.address,
      pid: records[i]!.pid,
      preloads: [
        { archive: images.pauseArchive, ref: images.pauseRef },
        ...(probe.archive ? [{ archive: probe.archive, ref: probe.ref }] : []),
      ],
      ctr: nodeCtr(n, runtimeBins),
    })),
    catalog: images.catalog,
    probeImage: probe.ref,
    ssh,
  };
  await writeFile(paths.info, JSON.stringify(info, null, 2));
  await waitForNodesReady(records.map((r) => r.pid));
  step('nodes Ready; applying RBAC and waiting for the default service account');
  await applyRestrictedRbac(info.kubeconfig);
  await waitFor(
    'default service account',
    async () =>
      (
        await run(
          'kubectl',
          ['--kubeconfig', info.kubeconfig, 'get', 'serviceaccount', 'default', '-o', 'name'],
          { allowFailure: true },
        )
      ).trim() || undefined,
    60_000,
  );
  step('cluster ready');
  return info;
}

async function waitForNodesReady(pids: number[]): Promise<void> {
  await waitFor(
    'nodes Ready',
    async () => {
      for (const [i, pid] of pids.entries()) {
        if (!isAlive(pid)) {
          const node = NODES[i]!.name;
          const tail = await readFile(path.join(paths.node(node), 'kubelet.log'), 'utf8').catch(
            () => '',
          );
          const records = await readRecords();
          const supervisor = records.find((r) => r.pid === pid);
          throw new Error(
            `${node} stopped:\n${supervisor ? await logTail(supervisor) : ''}\n${tail.split('\n').slice(-20).join('\n')}`,
          );
        }
      }
      const out = await run(
        'kubectl',
        [
          '--kubeconfig',
          paths.adminKubeconfig,
          'get',
          'nodes',
          '-o',
          'jsonpath={range .items[*]}{.metadata.name}={.status.conditions[?(@.type=="Ready")].status}{"\\n"}{end}',
        ],
        { allowFailure: true },
      );
      const ready = out.split('\n').filter((l) => l.endsWith('=True')).length;
      return ready === NODES.length ? true : undefined;
    },
    120_000,
  );
}

/** Stops every process, removes namespaces, cgroups and state. Safe to call when nothing runs. */
export async function stopCluster(): Promise<void> {
  await Promise.all(NODES.map((node) => destroyNodeCgroups(node.name)));
  // Nodes first (their kubelets would otherwise recreate pods), then every daemon at once.
  await Promise.all((await readRecords()).map((record) => stopDaemon(record.pid)));
  await destroyNetwork();
  await rm(STATE_DIR, { recursive: true, force: true });
  await rm(ETCD_DATA_DIR, { recursive: true, force: true });
}
