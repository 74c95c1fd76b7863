/** What a running cluster tells its tests, written to cluster.json by `up` and read by each test file. */
import { readFile } from 'node:fs/promises';
import { paths, type NodeRuntime } from './layout.js';
import type { ImageCatalog } from './images/build-images.js';
import type { SshFiles } from './ssh.js';

/** A running node: its name, address and the PID whose namespaces are the node's. */
export interface ClusterNode {
  readonly name: string;
  /** containerd (2.x), containerd-legacy (Debian's 1.6) or cri-o. */
  readonly runtime: NodeRuntime;
  /** The version the harness built, or `debian` for the legacy node's packaged containerd. */
  readonly runtimeVersion: string;
  /** The node's CRI socket path, as the node names it. */
  readonly criSocket: string;
  /** The node's imagefs mount (containerd's or CRI-O's storage root). */
  readonly imagefs: string;
  readonly address: string;
  readonly pid: number;
  /**
   * Images imported into the node's runtime at start (pause, probe). No registry serves
   * them, so a harness step that can lose them (DiskPressure reclaim) imports them again.
   */
  readonly preloads: readonly PreloadedImage[];
  /** The node's own ctr (containerd nodes; empty for CRI-O, whose images go in with skopeo). */
  readonly ctr: string;
}

/** A docker-archive imported into a node's runtime at start, and the reference it goes in as. */
export interface PreloadedImage {
  readonly archive: string;
  readonly ref: string;
}

/** The cluster as tests see it. */
export interface ClusterInfo {
  readonly kubeconfig: string;
  readonly restrictedKubeconfig: string;
  /** A user with no RBAC permissions at all. */
  readonly nobodyKubeconfig: string;
  readonly crictl: string;
  readonly stateDir: string;
  readonly nodes: readonly ClusterNode[];
  readonly catalog: ImageCatalog;
  /** The probe image every node has cached (absent when the probe was not built). */
  readonly probeImage?: string;
  /** Each node runs sshd at its address: the keys and known_hosts to reach it. */
  readonly ssh: SshFiles;
}

/** Reads cluster.json; fails loudly when no cluster is running (no silent skip). */
export async function readClusterInfo(): Promise<ClusterInfo> {
  try {
    return JSON.parse(await readFile(paths.info, 'utf8')) as ClusterInfo;
  } catch {
    throw new Error(
      `no test cluster is running (${paths.info} is missing): start one with \`npm run cluster:up\` or run the suite through \`npm test\``,
    );
  }
}
