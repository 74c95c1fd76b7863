/** The text of every configuration file a node needs: containerd, CNI, kubelet, its init script. */
import { CERTS_DIRS } from './runtime-config.js';
import { CORP_USER, DNS, REGISTRIES, criSocket, type NodeSpec } from './layout.js';

/** The legacy node's containerd 1.6 (config version 2) with the CRI plugin, cgroupfs and a per-host registry dir. */
export function containerdConfig(pauseRef: string, runcBinary?: string): string {
  const binary = runcBinary ? `\n        BinaryName = "${runcBinary}"` : '';
  return `version = 2
root = "/var/lib/containerd"
state = "/run/containerd"
disabled_plugins = ["io.containerd.snapshotter.v1.aufs", "io.containerd.snapshotter.v1.btrfs", "io.containerd.snapshotter.v1.zfs", "io.containerd.snapshotter.v1.devmapper"]

[grpc]
  address = "/run/containerd/containerd.sock"

[plugins."io.containerd.grpc.v1.cri"]
  sandbox_image = "${pauseRef}"
  [plugins."io.containerd.grpc.v1.cri".containerd]
    snapshotter = "overlayfs"
    default_runtime_name = "runc"
    [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc]
      runtime_type = "io.containerd.runc.v2"
      [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options]
        SystemdCgroup = false${binary}
  [plugins."io.containerd.grpc.v1.cri".cni]
    bin_dir = "/usr/lib/cni"
    conf_dir = "/etc/containerd/cni"
  [plugins."io.containerd.grpc.v1.cri".registry]
    config_path = "${CERTS_DIRS}"
`;
}

/** Where a node finds the runc wrapper, when the harness needs one (see runcOomWrapper). */
export const RUNC_WRAPPER = '/etc/containerd/runc-oom-clamp';

/**
 * A runc wrapper for machines whose root lacks CAP_SYS_RESOURCE (some sandboxed CI VMs): there
 * the kernel refuses any negative oom_score_adj, and the kubelet asks for -998 on every pod
 * sandbox, so runc init dies ("can't get final child's PID from pipe: EOF"). The wrapper raises
 * negative values to 0 in the bundle's config.json or exec's process.json, then execs the real
 * runc. It is installed only when the capability is missing; everything else is untouched.
 */
export function runcOomWrapper(): string {
  return runcWrapper(
    'if (.process.oomScoreAdj // 0) < 0 then .process.oomScoreAdj = 0 else . end',
    'if (.oomScoreAdj // 0) < 0 then .oomScoreAdj = 0 else . end',
  );
}

/**
 * A runc wrapper that rewrites, with jq, the bundle's config.json (`--bundle`) or the exec's
 * process.json (`--process`) before it execs the real runc: the two filters say how.
 */
export function runcWrapper(bundleFilter: string, processFilter: string): string {
  return `#!/bin/sh
prev=""
for arg in "$@"; do
  case "$prev" in
    --bundle|-b) file="$arg/config.json"; filter='${bundleFilter}' ;;
    --process|-p) file="$arg"; filter='${processFilter}' ;;
  esac
  prev="$arg"
done
if [ -n "\${file:-}" ] && [ -f "$file" ]; then
  jq "$filter" "$file" > "$file.kip" && mv "$file.kip" "$file"
fi
exec runc "$@"
`;
}

/** A bridge + host-local pod network private to the node's network namespace. */
export function cniConflist(node: NodeSpec): string {
  return JSON.stringify(
    {
      cniVersion: '0.4.0',
      name: 'kip-pods',
      plugins: [
        {
          type: 'bridge',
          bridge: 'cni0',
          isGateway: true,
          ipMasq: false,
          hairpinMode: true,
          ipam: {
            type: 'host-local',
            ranges: [[{ subnet: node.podCidr }]],
            routes: [{ dst: '0.0.0.0/0' }],
          },
        },
        { type: 'portmap', capabilities: { portMappings: true } },
      ],
    },
    null,
    2,
  );
}

/** The node's resolver: the test DNS server, which serves the registries' names. */
export function resolvConf(server: string = DNS.good): string {
  return `# kip test node resolver\nnameserver ${server}\noptions timeout:2 attempts:2\n`;
}

/** KubeletConfiguration for a node whose pods live under cgroup /kip-NODE. */
export function kubeletConfig(node: NodeSpec, clientCaFile: string): string {
  return `apiVersion: kubelet.config.k8s.io/v1beta1
kind: KubeletConfiguration
address: ${node.address}
port: 10250
readOnlyPort: 0
healthzBindAddress: 127.0.0.1
containerRuntimeEndpoint: unix://${criSocket(node.runtime)}
cgroupDriver: cgroupfs
# 1.35+ refuses cgroup v1 unless told; this VM is cgroup v1 (hybrid).
failCgroupV1: false
cgroupRoot: /kip-${node.name}
failSwapOn: false
protectKernelDefaults: false
authentication:
  anonymous: {enabled: false}
  webhook: {enabled: false}
  x509: {clientCAFile: ${clientCaFile}}
authorization: {mode: AlwaysAllow}
registerNode: true
podCIDR: ${node.podCidr}
resolvConf: /etc/resolv.conf
clusterDomain: cluster.local
serializeImagePulls: ${node.serializeImagePulls}
${node.maxParallelImagePulls ? `maxParallelImagePulls: ${node.maxParallelImagePulls}\n` : ''}# NodeLogQuery (GA, gate locked on in 1.36+) answers only with both; the kubelet logs to
# /var/log/kubelet.log (no journald in the node), which the query's file fallback reads.
enableSystemLogHandler: true
enableSystemLogQuery: ${node.logQuery}
# Image GC off: a scenario that fills imagefs must stay full until the test clears it.
imageGCHighThresholdPercent: 100
imageGCLowThresholdPercent: 99
# Thresholds low enough that the shared VM disk never evicts by accident, but a filled imagefs
# still raises DiskPressure as it would on a real node.
evictionHard:
  memory.available: 100Mi
  nodefs.available: 1%
  nodefs.inodesFree: 1%
  imagefs.available: 2%
evictionPressureTransitionPeriod: 10s
nodeStatusUpdateFrequency: 5s
enforceNodeAllocatable: [pods]
`;
}

/**
 * The node's supervisor, run as `unshare --mount` inside the node's netns. It joins the node's
 * cgroup, gives the node a private /run, /var/lib, /var/log, resolver, CA bundle and runtime
 * config, with imagefs on a tmpfs of its own size, then starts the runtime and the kubelet.
 * RUNTIME picks containerd (2.x, its binaries first on PATH so it finds its own shim), the legacy
 * Debian containerd, or CRI-O (its images copied into containers-storage with skopeo: no registry
 * serves the pause or probe image, and `ctr import` does not reach CRI-O's storage).
 */
export function nodeInitScript(): string {
  return `#!/bin/sh
set -eu
for h in /sys/fs/cgroup/*/; do
  [ -d "$h$NODE_CGROUP" ] && echo $$ > "$h$NODE_CGROUP/cgroup.procs"
done
[ -n "\${RUNTIME_BIN:-}" ] && export PATH="$RUNTIME_BIN:$PATH"
mount --make-rslave /
# Then shared within the node, as systemd makes / on real nodes: CRI-O refuses a HostToContainer
# hostPath mount (the probe's host root) whose source mount is private. The host's root is not
# a peer, so nothing the node mounts reaches the host.
mount --make-rshared /
mount --bind "$NODE_DIR/varlib" /var/lib
mkdir -p "$IMAGEFS" /var/lib/kubelet
mount -t tmpfs -o size="$IMAGEFS_BYTES" kip-imagefs "$IMAGEFS"
mount -t tmpfs -o mode=0755 kip-run /run
mkdir -p /run/containerd /run/crio /run/netns /run/lock
mount --bind "$NODE_DIR/log" /var/log
mount --bind "$NODE_DIR/resolv.conf" /etc/resolv.conf
mount --bind "$NODE_DIR/ca-certificates.crt" /etc/ssl/certs/ca-certificates.crt
mount --bind "$NODE_DIR/etc-containerd" /etc/containerd
if [ "$RUNTIME" = cri-o ]; then
  mkdir -p /etc/containers /etc/crio
  mount --bind "$NODE_DIR/etc-containers" /etc/containers
  mount --bind "$NODE_DIR/etc-crio" /etc/crio
fi
wait_socket() {
  i=0
  until [ -S "$1" ]; do
    i=$((i+1)); [ $i -gt 600 ] && { echo "$RUNTIME did not create $1" >&2; exit 1; }
    sleep 0.1
  done
}
# The node's sshd: same namespaces and cgroup as everything else the node runs.
mkdir -p /run/sshd
/usr/sbin/sshd -D -e -f "$NODE_DIR/sshd_config" > "$NODE_DIR/sshd.log" 2>&1 &
case "$RUNTIME" in
  cri-o)
    store="containers-storage:[overlay@/var/lib/containers/storage+/run/containers/storage]"
    skopeo --insecure-policy copy -q "docker-archive:$PAUSE_ARCHIVE" "$store$PAUSE_REF"
    if [ -n "\${PROBE_ARCHIVE:-}" ]; then
      skopeo --insecure-policy copy -q "docker-archive:$PROBE_ARCHIVE" "$store$PROBE_REF"
    fi
    mkdir -p /var/lib/crio /var/log/crio/pods
    crio --config /etc/crio/crio.conf > "$NODE_DIR/runtime.log" 2>&1 &
    wait_socket "$CRI_SOCKET"
    ;;
  *)
    containerd --config /etc/containerd/config.toml > "$NODE_DIR/runtime.log" 2>&1 &
    wait_socket "$CRI_SOCKET"
    ctr --address "$CRI_SOCKET" -n k8s.io images import "$PAUSE_ARCHIVE" > /dev/null
    if [ -n "\${PROBE_ARCHIVE:-}" ]; then
      ctr --address "$CRI_SOCKET" -n k8s.io images import "$PROBE_ARCHIVE" > /dev/null
      # Pinned, as CRI-O's pinned_images pins it there: the kubelet's image GC (DiskPressure
      # reclaim included) skips pinned images on containerd 1.7+; 1.6 ignores the label. The 2.x
      # node also names it in pinned_images, which is what pins its image-ID reference.
      ctr --address "$CRI_SOCKET" -n k8s.io images label "$PROBE_REF" io.cri-containerd.pinned=pinned > /dev/null
    fi
    ;;
esac
"$KUBELET" --config "$NODE_DIR/kubelet.yaml" --kubeconfig "$NODE_DIR/kubelet.kubeconfig" \\
  --hostname-override "$NODE_NAME" --node-ip "$NODE_IP" --v=2 \\
  --image-credential-provider-config "$NODE_DIR/credential-provider.yaml" \\
  --image-credential-provider-bin-dir "$NODE_DIR/credential-provider-bin" \\
  > /var/log/kubelet.log 2>&1 &
echo ready > "$NODE_DIR/started"
wait
`;
}

/** The repository prefix the test credential provider answers for; no other test uses it. */
export const PROVIDED_REPOSITORY = (() => {
  const corp = REGISTRIES.find((r) => r.id === 'corp')!;
  return `${corp.host}:${corp.port}/kip/multi`;
})();

/** The test plugin's name, as the kubelet finds it in its bin dir. */
export const TEST_PROVIDER = 'kip-test-provider';

/**
 * A kubelet CredentialProviderConfig naming the test plugin for PROVIDED_REPOSITORY (a path
 * prefix, so kip/multi-wrong and kip/multi-broken match too). The args and env are there to be
 * passed: the plugin refuses to answer without them, which proves they reached it.
 */
export function credentialProviderConfig(): string {
  return `apiVersion: kubelet.config.k8s.io/v1
kind: CredentialProviderConfig
providers:
  - name: ${TEST_PROVIDER}
    matchImages:
      - "${PROVIDED_REPOSITORY}"
    defaultCacheDuration: "0s"
    apiVersion: credentialprovider.kubelet.k8s.io/v1
    args: ["--answer-for", "${PROVIDED_REPOSITORY}"]
    env:
      - name: KIP_PROVIDER_MODE
        value: test
`;
}

/**
 * The test credential provider plugin: a CredentialProviderResponse with the corp registry's
 * credentials for REPO (good), REPO-wrong (a wrong password), and a failure for REPO-broken, the
 * way a cloud plugin fails when its token service is down. It never caches (cacheDuration 0s), so
 * each pull asks again.
 */
export function credentialProviderPlugin(): string {
  return `#!/bin/sh
[ "\${KIP_PROVIDER_MODE:-}" = test ] || { echo "${TEST_PROVIDER}: KIP_PROVIDER_MODE is not set" >&2; exit 2; }
[ "\${1:-}" = --answer-for ] || { echo "${TEST_PROVIDER}: usage: --answer-for REPOSITORY" >&2; exit 2; }
key="$2"
request=$(cat)
case "$request" in
  *'"image":"'"$key"'-broken"'*)
    echo "${TEST_PROVIDER}: token service unavailable: dial tcp 10.213.0.99:443: connect: connection refused" >&2
    exit 1 ;;
  *'"image":"'"$key"'-wrong"'*) password='not-the-password' ;;
  *'"image":"'"$key"'"'*) password='${CORP_USER.password}' ;;
  *) echo "${TEST_PROVIDER}: not asked for $key" >&2; exit 1 ;;
esac
printf '{"apiVersion":"credentialprovider.kubelet.k8s.io/v1","kind":"CredentialProviderResponse","cacheKeyType":"Image","cacheDuration":"0s","auth":{"%s":{"username":"%s","password":"%s"}}}\n' "$key" '${CORP_USER.username}' "$password"
`;
}
