/**
 * The configuration files of the current runtimes as their nodes run them: containerd 2.x in
 * config version 4 with an `imports` drop-in, and CRI-O with crio.conf + crio.conf.d, the
 * containers registries.conf (+ registries.conf.d), policy.json and storage.conf. The probe's
 * parsers are tested on exactly these files (test/e2e/runtime-configs.test.ts reads them back).
 */
import { MIRRORED_HOST, PULL_PROGRESS_TIMEOUT, REGISTRIES } from './layout.js';
import { runcWrapper } from './node-config.js';

const PLAIN = REGISTRIES.find((r) => r.id === 'plain')!.host;

/**
 * containerd's per-host registry directories on the 2.x node. Two directories joined by `:` is
 * containerd 2.x's own default; on the Transfer Service pull path of 2.1+ the CRI plugin hands the
 * whole string to the transfer registry as one directory, so the hosts.toml files in it are never
 * read (the mirror bug the probe detects). The 1.6 node gets the same value and splits it.
 */
export const CERTS_DIRS = '/etc/containerd/certs.d:/etc/docker/certs.d';

/** The repository CRI-O's policy.json requires a sigstore signature for; nothing signs it. */
export const SIGNED_REPOSITORY = `${PLAIN}/kip/signed`;

/** containerd 2.x main config (version 4): server settings as plugins, CRI in an import. */
export function containerdV4Config(): string {
  return `version = 4
root = "/var/lib/containerd"
state = "/run/containerd"
imports = ["/etc/containerd/conf.d/*.toml"]
disabled_plugins = ["io.containerd.snapshotter.v1.aufs", "io.containerd.snapshotter.v1.btrfs", "io.containerd.snapshotter.v1.zfs", "io.containerd.snapshotter.v1.devmapper", "io.containerd.nri.v1.nri"]

[plugins."io.containerd.server.v1.grpc"]
  address = "/run/containerd/containerd.sock"
`;
}

/** The CRI part of the 2.x node's config, as an imported drop-in (conf.d/10-cri.toml). */
export function containerdCriDropIn(
  pauseRef: string,
  runcBinary?: string,
  probeRef?: string,
): string {
  const binary = runcBinary ? `\n        BinaryName = '${runcBinary}'` : '';
  // The CRI plugin marks an image pinned (image GC and DiskPressure reclaim skip it) only when it
  // is named here as the image is imported: a label set afterwards with ctr lands on the tag but
  // not on the image-ID reference the kubelet deletes by, so the probe image could be reclaimed.
  const probe = probeRef ? `\n    probe = '${probeRef}'` : '';
  return `version = 4

[plugins.'io.containerd.cri.v1.images']
  snapshotter = 'overlayfs'
  image_pull_progress_timeout = '${PULL_PROGRESS_TIMEOUT}'
  [plugins.'io.containerd.cri.v1.images'.pinned_images]
    sandbox = '${pauseRef}'${probe}
  [plugins.'io.containerd.cri.v1.images'.registry]
    config_path = '${CERTS_DIRS}'

[plugins.'io.containerd.cri.v1.runtime']
  [plugins.'io.containerd.cri.v1.runtime'.containerd]
    default_runtime_name = 'runc'
    [plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.runc]
      runtime_type = 'io.containerd.runc.v2'
      [plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes.runc.options]
        SystemdCgroup = false${binary}
  [plugins.'io.containerd.cri.v1.runtime'.cni]
    bin_dirs = ['/usr/lib/cni']
    conf_dir = '/etc/containerd/cni'
`;
}

/** hosts.toml sending MIRRORED_HOST's pulls to the plain registry, as a pull-through mirror would. */
export function mirroredHostsToml(): string {
  return `server = "https://${MIRRORED_HOST}"

[host."https://${PLAIN}"]
  capabilities = ["pull", "resolve"]
`;
}

/** Paths CRI-O's config names; the node's supervisor creates them inside its namespaces. */
export interface CrioPaths {
  readonly pinns: string;
  readonly runtime: string;
}

/** /etc/crio/crio.conf: storage on the node's imagefs, cgroupfs, conmon and runc from Debian. */
export function crioConfig(paths: CrioPaths): string {
  return `[crio]
root = "/var/lib/containers/storage"
runroot = "/run/containers/storage"
storage_driver = "overlay"
log_dir = "/var/log/crio/pods"
version_file = "/run/crio/version"
clean_shutdown_file = "/var/lib/crio/clean.shutdown"

[crio.api]
listen = "/var/run/crio/crio.sock"

[crio.runtime]
default_runtime = "runc"
cgroup_manager = "cgroupfs"
conmon_cgroup = "pod"
selinux = false
apparmor_profile = "unconfined"
pinns_path = "${paths.pinns}"
namespaces_dir = "/run/crio/ns"
container_exits_dir = "/run/crio/exits"
container_attach_socket_dir = "/run/crio"
enable_criu_support = false

[crio.runtime.runtimes.runc]
runtime_path = "${paths.runtime}"
runtime_type = "oci"
runtime_root = "/run/runc"
monitor_path = "/usr/bin/conmon"
monitor_cgroup = "pod"

[crio.image]
signature_policy = "/etc/containers/policy.json"
pull_progress_timeout = "${PULL_PROGRESS_TIMEOUT}"

[crio.network]
network_dir = "/etc/crio/cni"
plugin_dirs = ["/usr/lib/cni"]

[crio.metrics]
enable_metrics = false

[crio.nri]
enable_nri = false
`;
}

/** A crio.conf.d drop-in, as distributions ship them: the sandbox image and what stays pinned. */
export function crioDropIn(pauseRef: string, pinned: readonly string[]): string {
  const list = [pauseRef, ...pinned].map((r) => `"${r}"`).join(', ');
  return `[crio.image]
pause_image = "${pauseRef}"
pinned_images = [${list}]
`;
}

/** /etc/containers/registries.conf: fully qualified names only, as the kubelet always sends. */
export function registriesConf(): string {
  return `unqualified-search-registries = []
short-name-mode = "enforcing"
`;
}

/** A registries.conf.d drop-in: MIRRORED_HOST pulled through the plain registry. */
export function registriesDropIn(): string {
  return `[[registry]]
prefix = "${MIRRORED_HOST}"
location = "${MIRRORED_HOST}"

[[registry.mirror]]
location = "${PLAIN}"
`;
}

/**
 * policy.json: anything goes, except SIGNED_REPOSITORY, which needs a sigstore signature made
 * with the key at keyPath. Nothing signs it, so CRI-O refuses the pull as policy.
 */
export function policyJson(keyPath: string): string {
  return JSON.stringify(
    {
      default: [{ type: 'insecureAcceptAnything' }],
      transports: {
        docker: {
          [SIGNED_REPOSITORY]: [
            {
              type: 'sigstoreSigned',
              keyPath,
              signedIdentity: { type: 'matchRepository' },
            },
          ],
        },
      },
    },
    null,
    2,
  );
}

/** /etc/containers/storage.conf, so skopeo and CRI-O agree on where the node's images live. */
export function storageConf(): string {
  return `[storage]
driver = "overlay"
runroot = "/run/containers/storage"
graphroot = "/var/lib/containers/storage"
`;
}

/**
 * The OCI runtime wrapper of the CRI-O node. CRI-O passes the kubelet's hugepage limits on, and
 * runc then fails with "cannot set hugetlb limit" on hosts that list hugetlb in /proc/cgroups
 * without mounting it (this VM); containerd drops them itself. The wrapper deletes them from the
 * bundle, and raises a negative oom_score_adj to 0 when the machine forbids it (see
 * runcOomWrapper), then execs the real runc.
 */
export function crioRuncWrapper(clampOom: boolean): string {
  // Without CAP_SYS_RESOURCE (the clamp's case) root also cannot grant it: containerd gives a
  // privileged container the capabilities it has itself, CRI-O every capability it knows, and
  // runc then fails with "unable to apply caps: operation not permitted". Drop that one.
  const caps =
    'if .capabilities then .capabilities |= with_entries(.value |= map(select(. != "CAP_SYS_RESOURCE"))) else . end';
  const oom = clampOom
    ? ` | if (.process.oomScoreAdj // 0) < 0 then .process.oomScoreAdj = 0 else . end | .process |= (${caps})`
    : '';
  const execOom = clampOom
    ? `if (.oomScoreAdj // 0) < 0 then .oomScoreAdj = 0 else . end | ${caps}`
    : '.';
  return runcWrapper(`del(.linux.resources.hugepageLimits)${oom}`, execOom);
}
