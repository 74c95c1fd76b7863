#!/usr/bin/env bash
# Builds the container runtimes of the test cluster's current nodes from the Go module proxy, into
# a cache keyed by version (the legacy node runs Debian's containerd 1.6, which needs no build):
#   containerd-$CONTAINERD_VERSION/  containerd, ctr, containerd-shim-runc-v2
#   crio-$CRIO_VERSION/              crio, pinns
# Each part is skipped when its cache directory is complete, and the two build in parallel.
set -euo pipefail
# Defaults from the one version table (env overrides).
# shellcheck source=../versions.env
eval "$(sed -n 's/^\([A-Z0-9_]*\)=/VERSIONS_\1=/p' "$(dirname "$0")/../versions.env")"

CONTAINERD_VERSION=${CONTAINERD_VERSION:-$VERSIONS_CONTAINERD_VERSION}
CRIO_VERSION=${CRIO_VERSION:-$VERSIONS_CRIO_VERSION}
CACHE=${KIP_CACHE:-/var/cache/kubectl-imagepull}
export GOTOOLCHAIN=local GOFLAGS=-mod=mod

build_containerd() {
  local out="$CACHE/containerd-$CONTAINERD_VERSION"
  [ -x "$out/containerd" ] && [ -x "$out/ctr" ] && [ -x "$out/containerd-shim-runc-v2" ] && return 0
  echo "building containerd $CONTAINERD_VERSION" >&2
  local tmp="$out.tmp"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  # containerd 2.x installs directly; the version ldflag is what `containerd --version` and the
  # CRI Version call (the node's containerRuntimeVersion) report.
  local pkg=github.com/containerd/containerd/v2
  CGO_ENABLED=0 GOBIN="$tmp" go install -trimpath \
    -ldflags "-s -w -X $pkg/version.Version=$CONTAINERD_VERSION -X $pkg/version.Revision=kip" \
    "$pkg/cmd/containerd@$CONTAINERD_VERSION" "$pkg/cmd/ctr@$CONTAINERD_VERSION" \
    "$pkg/cmd/containerd-shim-runc-v2@$CONTAINERD_VERSION"
  rm -rf "$out"
  mv "$tmp" "$out"
}

build_crio() {
  local out="$CACHE/crio-$CRIO_VERSION"
  [ -x "$out/crio" ] && [ -x "$out/pinns" ] && return 0
  echo "building cri-o $CRIO_VERSION" >&2
  local work tmp="$out.tmp"
  work=$(mktemp -d)
  rm -rf "$tmp"
  mkdir -p "$tmp"
  (
    cd "$work"
    local gomod
    gomod=$(go mod download -json "github.com/cri-o/cri-o@$CRIO_VERSION" | sed -n 's/.*"GoMod": "\(.*\)".*/\1/p')
    local dir
    dir=$(go mod download -json "github.com/cri-o/cri-o@$CRIO_VERSION" | sed -n 's/.*"Dir": "\(.*\)".*/\1/p')
    # A wrapper module copying CRI-O's own require and replace lines, so every dependency is the
    # version upstream ships. Its pinned k8s.io/cri-client pre-release is not served by the proxy;
    # the release of the same minor is.
    {
      echo "module kip.local/criobuild"
      grep -E '^go ' "$gomod"
      echo "require github.com/cri-o/cri-o $CRIO_VERSION"
      awk '/^require \(/{p=1;next} p&&/^\)/{p=0} p' "$gomod" | grep -v '^\s*//' | awk '{print "require " $1 " " $2}'
      awk '/^replace \(/{p=1;next} p&&/^\)/{p=0} p' "$gomod" | grep -v '^\s*//' | awk '{print "replace " $0}'
      grep -E '^replace [^(]' "$gomod" || true
      echo "replace k8s.io/cri-client => k8s.io/cri-client v0.36.1"
    } > go.mod
    printf 'package main\nimport _ "github.com/cri-o/cri-o/cmd/crio"\nfunc main(){}\n' > tools.go
    export GONOSUMDB=github.com/cri-o,k8s.io,sigs.k8s.io
    go mod tidy >/dev/null 2>&1 || go mod tidy
    local pkg=github.com/cri-o/cri-o/internal/version
    CGO_ENABLED=1 go build -trimpath \
      -tags "containers_image_ostree_stub containers_image_openpgp exclude_graphdriver_btrfs exclude_graphdriver_devicemapper seccomp" \
      -ldflags "-s -w -X $pkg.version=${CRIO_VERSION#v} -X $pkg.gitCommit=kip -X $pkg.buildDate=1970-01-01T00:00:00Z" \
      -o "$tmp/crio" github.com/cri-o/cri-o/cmd/crio
    # pinns (the namespace pinner CRI-O runs for every sandbox) is C in the module itself.
    cc -std=c99 -Os -static -o "$tmp/pinns" "$dir"/pinns/src/*.c
  )
  rm -rf "$work" "$out"
  mv "$tmp" "$out"
}

mkdir -p "$CACHE"
build_containerd > "$CACHE/.build-containerd.log" 2>&1 &
containerd_pid=$!
status=0
build_crio || status=$?
wait "$containerd_pid" || { echo "containerd build failed:" >&2; tail -30 "$CACHE/.build-containerd.log" >&2; status=1; }
[ "$status" = 0 ] || { echo "error: building the runtimes failed" >&2; exit 1; }
echo "$CACHE/containerd-$CONTAINERD_VERSION"
echo "$CACHE/crio-$CRIO_VERSION"
