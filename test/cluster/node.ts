/** Starts one test node: a kubelet and containerd in the node's own network and mount namespaces. */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type NodeSpec, nodeNetns, paths } from './layout.js';
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
    PAUSE_ARCHIVE: inputs.pauseArchive,
    KUBELET: inputs.kubelet,
    PROBE_ARCHIVE: inputs.probeArchive ?? '',
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

async function writeNodeFiles(node: NodeSpec, dir: string, inputs: NodeInputs): Promise<void> {
  for (const sub of ['varlib', 'log', 'etc-containerd/cni', 'etc-containerd/certs.d']) {
    await mkdir(path.join(dir, sub), { recursive: true });
  }
  const clamp = !(await canLowerOomScore());
  if (clamp) {
    const wrapper = path.join(dir, 'etc-containerd', path.basename(RUNC_WRAPPER));
    await writeFile(wrapper, runcOomWrapper(), { mode: 0o755 });
  }
  await writeFile(
    path.join(dir, 'etc-containerd', 'config.toml'),
    containerdConfig(inputs.pauseRef, clamp ? RUNC_WRAPPER : undefined),
  );
  await writeFile(path.join(dir, 'etc-containerd', 'cni', '10-kip.conflist'), cniConflist(node));
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

/** CAP_SYS_RESOURCE (bit 24) is what lets runc set the negative oom_score_adj the kubelet asks for. */
async function canLowerOomScore(): Promise<boolean> {
  const status = await readFile('/proc/self/status', 'utf8');
  const eff = /CapEff:\s*([0-9a-f]+)/.exec(status)?.[1] ?? '0';
  return (BigInt(`0x${eff}`) & (1n << 24n)) !== 0n;
}
