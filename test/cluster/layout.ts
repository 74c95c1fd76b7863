/** The fixed shape of the test cluster: names, addresses and paths every harness module agrees on. */
import { readFileSync } from 'node:fs';
import path from 'node:path';

// The version table the build scripts source too (versions.env); the environment overrides it.
const VERSIONS = Object.fromEntries(
  readFileSync(new URL('./versions.env', import.meta.url), 'utf8')
    .split('\n')
    .map((line) => /^([A-Z0-9_]+)=(\S+)/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [m[1]!, m[2]!]),
);
const version = (name: string): string => {
  const value = process.env[name] ?? VERSIONS[name];
  if (!value) throw new Error(`test/cluster/versions.env has no ${name}`);
  return value;
};

/** Kubernetes and crictl versions the harness builds and runs; the binary cache is keyed by them. */
export const K8S_VERSION = version('K8S_VERSION');
export const CRICTL_VERSION = version('CRICTL_VERSION');
/** The current runtimes' versions, built from the Go module proxy (build/build-runtimes.sh). */
export const CONTAINERD_VERSION = version('CONTAINERD_VERSION');
export const CRIO_VERSION = version('CRIO_VERSION');

/** Where slow-to-build artefacts (Go binaries, test images) are cached between runs. */
export const CACHE_DIR = process.env.KIP_CACHE ?? '/var/cache/kubectl-imagepull';

/**
 * Where end-to-end runs record each runtime's wording (test/e2e/support/matrix-record.ts). Outside
 * STATE_DIR, which `down` removes: the table is rendered after the cluster is gone.
 */
export const MATRIX_FILE = process.env.KIP_MATRIX_FILE ?? '/tmp/kip-runtime-matrix.jsonl';

/** Everything a running cluster owns on disk; removed whole by `down`. */
export const STATE_DIR = process.env.KIP_CLUSTER_DIR ?? '/tmp/kip-cluster';

/** etcd's data lives on tmpfs: the VM disk's fsync latency would dominate API server start. */
export const ETCD_DATA_DIR = '/dev/shm/kip-cluster-etcd';

/** The bridge every test host hangs off; the host side carries the API server address. */
export const BRIDGE = { name: 'kip0', address: '10.213.0.1', prefix: 24 } as const;

export const API_SERVER = { address: BRIDGE.address, port: 6443 } as const;
export const ETCD = { client: 'http://127.0.0.1:23790', peer: 'http://127.0.0.1:23800' } as const;
export const SERVICE_CIDR = '10.215.0.0/24';

/** The DNS host: a good resolver and a deliberately broken one (NXDOMAIN for every name). */
export const DNS = { netns: 'kip-dns', good: '10.213.0.2', broken: '10.213.0.3' } as const;

/** One registry endpoint as nodes see it: DNS name, address, port and what makes it special. */
export interface RegistrySpec {
  readonly id: 'plain' | 'corp' | 'limited' | 'untrusted' | 'cdn' | 'slow' | 'stall';
  readonly host: string;
  readonly address: string;
  readonly port: number;
  readonly description: string;
}

/** All registry processes share one network namespace, each on its own address. */
export const REGISTRY_NETNS = 'kip-reg';

export const REGISTRIES: readonly RegistrySpec[] = [
  {
    id: 'plain',
    host: 'registry.plain.test',
    address: '10.213.0.21',
    port: 443,
    description: 'TLS (trusted CA), anonymous pulls',
  },
  {
    id: 'corp',
    host: 'registry.corp.test',
    address: '10.213.0.22',
    port: 5000,
    description: 'TLS (trusted CA), htpasswd basic auth, non-default port',
  },
  {
    id: 'limited',
    host: 'registry.limited.test',
    address: '10.213.0.24',
    port: 443,
    description: 'nginx limit_req front answering 429 toomanyrequests',
  },
  {
    id: 'untrusted',
    host: 'registry.untrusted.test',
    address: '10.213.0.25',
    port: 443,
    description: 'TLS from a CA the nodes do not trust',
  },
  {
    id: 'cdn',
    host: 'registry.cdn.test',
    address: '10.213.0.26',
    port: 443,
    description:
      'nginx front that redirects layer downloads to blobs.cdn.test, a name no DNS knows',
  },
  {
    id: 'slow',
    host: 'registry.slow.test',
    address: '10.213.0.27',
    port: 443,
    description: 'nginx front sending blobs at 1 MiB/s (limit_rate): pulls that take a while',
  },
  {
    id: 'stall',
    host: 'registry.stall.test',
    address: '10.213.0.28',
    port: 443,
    description: 'nginx front whose blobs stop after their first bytes: a pull that stops moving',
  },
];

/**
 * The runtimes' no-progress timeout on the nodes that have one (containerd 2.x
 * image_pull_progress_timeout, default 5m; CRI-O pull_progress_timeout, off by default): short, so
 * a stalled pull is cancelled within a test. containerd 1.6 (node-2) has no such setting.
 */
export const PULL_PROGRESS_TIMEOUT = '30s';

/** Where registry.cdn.test sends blob downloads, as SaaS registries send them to a CDN host. */
export const CDN_BLOB_HOST = 'blobs.cdn.test';

/** A name that resolves but where nothing listens: connection refused. */
export const DEAD_HOST = { host: 'registry.down.test', address: '10.213.0.29' } as const;

/**
 * A registry name that resolves to DEAD_HOST's address (connection refused) but that every node's
 * runtime is configured to pull through a mirror, registry.plain.test: a node whose runtime
 * honours its mirror configuration pulls it; one that ignores it gets "connection refused".
 */
export const MIRRORED_HOST = 'registry.mirrored.test';

/** Credentials of the htpasswd registry; tests scan output for the password to prove redaction. */
export const CORP_USER = { username: 'kip-puller', password: 'S3cret-Pull-Pa55' } as const;

/**
 * The container runtime a node runs: containerd 2.x built here, Debian's containerd 1.6 as the
 * legacy node, or CRI-O built here.
 */
export type NodeRuntime = 'containerd' | 'containerd-legacy' | 'cri-o';

/** One node: a kubelet and its container runtime in their own network and mount namespaces. */
export interface NodeSpec {
  readonly name: string;
  readonly runtime: NodeRuntime;
  readonly address: string;
  readonly podCidr: string;
  readonly imagefsBytes: number;
  readonly serializeImagePulls: boolean;
  /** The kubelet's parallel pull limit when pulls are not serialised (absent: no limit). */
  readonly maxParallelImagePulls?: number;
  /** NodeLogQuery served (`enableSystemLogQuery`): on two nodes, off on node-2 to show the note. */
  readonly logQuery: boolean;
}

export const NODES: readonly NodeSpec[] = [
  {
    name: 'node-1',
    runtime: 'containerd',
    address: '10.213.0.11',
    podCidr: '10.214.1.0/24',
    imagefsBytes: 1536 << 20,
    serializeImagePulls: false,
    logQuery: true,
  },
  {
    name: 'node-2',
    runtime: 'containerd-legacy',
    address: '10.213.0.12',
    podCidr: '10.214.2.0/24',
    imagefsBytes: 1536 << 20,
    serializeImagePulls: true,
    logQuery: false,
  },
  {
    name: 'node-3',
    runtime: 'cri-o',
    address: '10.213.0.13',
    podCidr: '10.214.3.0/24',
    imagefsBytes: 1536 << 20,
    serializeImagePulls: false,
    maxParallelImagePulls: 3,
    logQuery: true,
  },
];

/** Paths inside the state directory. */
export const paths = {
  pki: path.join(STATE_DIR, 'pki'),
  logs: path.join(STATE_DIR, 'logs'),
  pids: path.join(STATE_DIR, 'pids.json'),
  adminKubeconfig: path.join(STATE_DIR, 'admin.kubeconfig'),
  restrictedKubeconfig: path.join(STATE_DIR, 'restricted.kubeconfig'),
  nobodyKubeconfig: path.join(STATE_DIR, 'nobody.kubeconfig'),
  info: path.join(STATE_DIR, 'cluster.json'),
  node: (name: string) => path.join(STATE_DIR, 'nodes', name),
  registry: (id: string) => path.join(STATE_DIR, 'registries', id),
  dns: path.join(STATE_DIR, 'dns'),
} as const;

/** The CRI socket a runtime listens on, as the node (and the kubelet) names it. */
export function criSocket(runtime: NodeRuntime): string {
  return runtime === 'cri-o' ? '/var/run/crio/crio.sock' : '/run/containerd/containerd.sock';
}

/** The directory holding a runtime's images and layers: the node's imagefs. */
export function imagefsPath(runtime: NodeRuntime): string {
  return runtime === 'cri-o' ? '/var/lib/containers' : '/var/lib/containerd';
}

/** The netns name of a node. */
export function nodeNetns(name: string): string {
  return `kip-${name}`;
}
