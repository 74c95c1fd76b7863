/** Starts one test node: a kubelet and its runtime in the node's own network and mount namespaces. */
import { copyFile, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  CONTAINERD_VERSION,
  CRIO_VERSION,
  MIRRORED_HOST,
  type NodeSpec,
  criSocket,
  imagefsPath,
  nodeNetns,
  paths,
} from './layout.js';
import { createHost } from './network.js';
import { createNodeCgroups, nodeCgroup } from './cgroups.js';
import {
  containerdConfig,
  cniConflist,
  credentialProviderConfig,
  credentialProviderPlugin,
  TEST_PROVIDER,
  kubeletConfig,
  nodeInitScript,
  resolvConf,
  RUNC_WRAPPER,
  runcOomWrapper,
} from './node-config.js';
import {
  containerdCriDropIn,
  containerdV4Config,
  crioConfig,
  crioDropIn,
  crioRuncWrapper,
  mirroredHostsToml,
  policyJson,
  registriesConf,
  registriesDropIn,
  storageConf,
} from './runtime-config.js';
import { startDaemon, type DaemonRecord } from './daemons.js';
import { writeKubeconfig } from './kubeconfig.js';

/** What a node needs from the rest of the harness. */
export interface NodeInputs {
  readonly kubelet: string;
  readonly pauseArchive: string;
  readonly pauseRef: string;
  readonly trustedCaFile: string;
  /** The probe image, imported into the node's runtime so `reproduce` finds it cached. */
  readonly probeArchive?: string;
  readonly probeRef?: string;
  /** Where the runtimes built here live (build/build-runtimes.sh). */
  readonly runtimeBins: RuntimeBins;
  /** A public key (PEM) no image is signed with: CRI-O's policy.json requires it for one repository. */
  readonly policyKeyFile: string;
}

/** The directories of the runtimes built from the Go module proxy, keyed by version. */
export interface RuntimeBins {
  readonly containerd: string;
  readonly crio: string;
}

/** The runtime's version string as the node reports it (`containerd://...`, `cri-o://...`). */
export function runtimeVersion(node: NodeSpec): string {
  if (node.runtime === 'cri-o') return CRIO_VERSION;
  return node.runtime === 'containerd' ? CONTAINERD_VERSION : 'debian';
}

/** Lays out the node's files, creates its netns and cgroups, and starts its supervisor. */
export async function startNode(node: NodeSpec, inputs: NodeInputs): Promise<DaemonRecord> {
  const dir = paths.node(node.name);
  await writeNodeFiles(node, dir, inputs);
  await createHost(nodeNetns(node.name), [node.address]);
  await createNodeCgroups(node.name);
  const env = {
    ...process.env,
    NODE_NAME: node.name,
    NODE_IP: node.address,
    NODE_DIR: dir,
    NODE_CGROUP: nodeCgroup(node.name),
    IMAGEFS_BYTES: String(node.imagefsBytes),
    IMAGEFS: imagefsPath(node.runtime),
    RUNTIME: node.runtime,
    RUNTIME_BIN: runtimeBinDir(node, inputs.runtimeBins),
    CRI_SOCKET: criSocket(node.runtime),
    PAUSE_ARCHIVE: inputs.pauseArchive,
    PAUSE_REF: inputs.pauseRef,
    KUBELET: inputs.kubelet,
    PROBE_ARCHIVE: inputs.probeArchive ?? '',
    PROBE_REF: inputs.probeRef ?? '',
  };
  return startDaemon(
    node.name,
    'nsenter',
    [
      `--net=/run/netns/${nodeNetns(node.name)}`,
      '--',
      'unshare',
      '--mount',
      '--propagation',
      'slave',
      '--',
      '/bin/sh',
      path.join(dir, 'node-init.sh'),
    ],
    env,
  );
}

/** The ctr that matches the node's containerd; empty on the CRI-O node. */
export function nodeCtr(node: NodeSpec, bins: RuntimeBins): string {
  if (node.runtime === 'cri-o') return '';
  return node.runtime === 'containerd' ? path.join(bins.containerd, 'ctr') : 'ctr';
}

function runtimeBinDir(node: NodeSpec, bins: RuntimeBins): string {
  if (node.runtime === 'containerd') return bins.containerd;
  return node.runtime === 'cri-o' ? bins.crio : '';
}

async function writeNodeFiles(node: NodeSpec, dir: string, inputs: NodeInputs): Promise<void> {
  for (const sub of ['varlib', 'log', 'etc-containerd/cni', 'etc-containerd/conf.d']) {
    await mkdir(path.join(dir, sub), { recursive: true });
  }
  // The kubelet logs to the node's /var/log/kubelet.log (where NodeLogQuery's file fallback looks);
  // NODE_DIR/kubelet.log stays the place to read it from the host.
  await rm(path.join(dir, 'kubelet.log'), { force: true });
  await symlink(path.join('log', 'kubelet.log'), path.join(dir, 'kubelet.log'));
  // Every node gets the same mirror for MIRRORED_HOST, in its runtime's own format.
  const mirrorDir = path.join(dir, 'etc-containerd', 'certs.d', MIRRORED_HOST);
  await mkdir(mirrorDir, { recursive: true });
  await writeFile(path.join(mirrorDir, 'hosts.toml'), mirroredHostsToml());
  const clamp = !(await canLowerOomScore());
  if (node.runtime === 'cri-o') await writeCrioFiles(dir, inputs, clamp);
  else await writeContainerdFiles(node, dir, inputs, clamp);
  await writeFile(path.join(dir, 'etc-containerd', 'cni', '10-kip.conflist'), cniConflist(node));
  if (node.runtime === 'cri-o') {
    // CRI-O reads CNI config from its own directory: the same conflist as every node.
    await mkdir(path.join(dir, 'etc-crio', 'cni'), { recursive: true });
    await writeFile(path.join(dir, 'etc-crio', 'cni', '10-kip.conflist'), cniConflist(node));
  }
  await writeFile(path.join(dir, 'resolv.conf'), resolvConf());
  // The node trusts the registries' CA the way most nodes do: through the system bundle.
  const system = await readFile('/etc/ssl/certs/ca-certificates.crt', 'utf8');
  await writeFile(
    path.join(dir, 'ca-certificates.crt'),
    system + (await readFile(inputs.trustedCaFile, 'utf8')),
  );
  await copyFile(inputs.trustedCaFile, path.join(dir, 'etc-containerd', 'kip-registry-ca.crt'));
  await writeFile(
    path.join(dir, 'kubelet.yaml'),
    kubeletConfig(node, path.join(paths.pki, 'ca.crt')),
  );
  await writeKubeconfig(
    path.join(dir, 'kubelet.kubeconfig'),
    `system:node:${node.name}`,
    `kubelet-${node.name}`,
  );
  await writeFile(path.join(dir, 'node-init.sh'), nodeInitScript(), { mode: 0o755 });
  await writeFile(path.join(dir, 'credential-provider.yaml'), credentialProviderConfig());
  await mkdir(path.join(dir, 'credential-provider-bin'), { recursive: true });
  await writeFile(
    path.join(dir, 'credential-provider-bin', TEST_PROVIDER),
    credentialProviderPlugin(),
    { mode: 0o755 },
  );
}

async function writeContainerdFiles(
  node: NodeSpec,
  dir: string,
  inputs: NodeInputs,
  clamp: boolean,
): Promise<void> {
  const etc = path.join(dir, 'etc-containerd');
  if (clamp)
    await writeFile(path.join(etc, path.basename(RUNC_WRAPPER)), runcOomWrapper(), { mode: 0o755 });
  const runc = clamp ? RUNC_WRAPPER : undefined;
  if (node.runtime === 'containerd-legacy') {
    await writeFile(path.join(etc, 'config.toml'), containerdConfig(inputs.pauseRef, runc));
    return;
  }
  await writeFile(path.join(etc, 'config.toml'), containerdV4Config());
  await writeFile(
    path.join(etc, 'conf.d', '10-cri.toml'),
    containerdCriDropIn(inputs.pauseRef, runc, inputs.probeRef),
  );
}

async function writeCrioFiles(dir: string, inputs: NodeInputs, clamp: boolean): Promise<void> {
  const crio = path.join(dir, 'etc-crio');
  const containers = path.join(dir, 'etc-containers');
  for (const sub of [path.join(crio, 'crio.conf.d'), path.join(containers, 'registries.conf.d')]) {
    await mkdir(sub, { recursive: true });
  }
  await mkdir(path.join(containers, 'certs.d'), { recursive: true });
  const runtime = '/etc/crio/runc-wrapper';
  await writeFile(path.join(crio, 'runc-wrapper'), crioRuncWrapper(clamp), { mode: 0o755 });
  await writeFile(
    path.join(crio, 'crio.conf'),
    crioConfig({ pinns: path.join(inputs.runtimeBins.crio, 'pinns'), runtime }),
  );
  await writeFile(
    path.join(crio, 'crio.conf.d', '10-kip.conf'),
    crioDropIn(inputs.pauseRef, inputs.probeRef ? [inputs.probeRef] : []),
  );
  await writeFile(path.join(containers, 'registries.conf'), registriesConf());
  await writeFile(
    path.join(containers, 'registries.conf.d', '50-kip-mirror.conf'),
    registriesDropIn(),
  );
  await copyFile(inputs.policyKeyFile, path.join(containers, 'kip-policy.pub'));
  await writeFile(
    path.join(containers, 'policy.json'),
    policyJson('/etc/containers/kip-policy.pub'),
  );
  await writeFile(path.join(containers, 'storage.conf'), storageConf());
}

/** CAP_SYS_RESOURCE (bit 24) is what lets runc set the negative oom_score_adj the kubelet asks for. */
async function canLowerOomScore(): Promise<boolean> {
  const status = await readFile('/proc/self/status', 'utf8');
  const eff = /CapEff:\s*([0-9a-f]+)/.exec(status)?.[1] ?? '0';
  return (BigInt(`0x${eff}`) & (1n << 24n)) !== 0n;
}
