#!/usr/bin/env bash
# Builds the Kubernetes binaries the test cluster runs (kube-apiserver, kube-controller-manager,
# kubelet) and crictl from the Go module proxy, into a cache keyed by version.
#
# `go install k8s.io/kubernetes/cmd/...` cannot work: the main module's staging modules are
# required at v0.0.0 and replaced by ./staging paths. A throwaway wrapper module requires
# k8s.io/kubernetes at the wanted tag and replaces each staging module with its published
# v0.MINOR.PATCH twin, generated from that tag's own go.mod.
set -euo pipefail
# Defaults from the one version table (env overrides).
# shellcheck source=../versions.env
eval "$(sed -n 's/^\([A-Z0-9_]*\)=/VERSIONS_\1=/p' "$(dirname "$0")/../versions.env")"

K8S_VERSION=${K8S_VERSION:-$VERSIONS_K8S_VERSION}
CRICTL_VERSION=${CRICTL_VERSION:-$VERSIONS_CRICTL_VERSION}
CACHE=${KIP_CACHE:-/var/cache/kubectl-imagepull}
OUT="$CACHE/k8s-$K8S_VERSION"
CRI_OUT="$CACHE/crictl-$CRICTL_VERSION"
STAGING_VERSION="v0.${K8S_VERSION#v1.}"

export GOTOOLCHAIN=local CGO_ENABLED=0 GOFLAGS=-mod=mod

want=(kube-apiserver kube-controller-manager kube-scheduler kubelet)
# kubectl comes with most machines (the tests use the one on PATH); build it only when absent.
command -v kubectl >/dev/null 2>&1 || want+=(kubectl)

missing=()
for b in "${want[@]}"; do [ -x "$OUT/$b" ] || missing+=("$b"); done

if [ ${#missing[@]} -gt 0 ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  cd "$work"
  gomod=$(go mod download -json "k8s.io/kubernetes@$K8S_VERSION" | sed -n 's/.*"GoMod": "\(.*\)".*/\1/p')
  {
    echo "module kip.local/k8sbuild"
    echo
    grep -E '^(go|godebug) ' "$gomod"
    echo
    echo "require k8s.io/kubernetes $K8S_VERSION"
    echo
    # Staging modules: "k8s.io/NAME => ./staging/src/k8s.io/NAME" becomes the published twin.
    grep -E '^\s*k8s\.io/[a-z0-9-]+ => \./staging/' "$gomod" \
      | awk -v v="$STAGING_VERSION" '{print "replace " $1 " => " $1 " " v}'
  } > go.mod
  # The tag's own require list pins every other dependency; copy it so versions match upstream.
  awk '/^require \(/{p=1;next} p&&/^\)/{p=0} p' "$gomod" | grep -v '^\s*//' \
    | awk '{print "require " $1 " " $2}' | grep -v ' k8s.io/' >> go.mod || true
  # Non-staging replaces upstream carries (none expected, kept in case a tag adds one).
  printf 'package main\nimport _ "k8s.io/kubernetes/cmd/kubelet/app"\nfunc main(){}\n' > tools.go
  go mod tidy >/dev/null 2>&1 || true
  ldflags="-s -w"
  for p in k8s.io/client-go/pkg/version k8s.io/component-base/version; do
    ldflags+=" -X $p.gitVersion=$K8S_VERSION -X $p.gitMajor=1 -X $p.gitMinor=$(echo "$K8S_VERSION" | cut -d. -f2)"
    ldflags+=" -X $p.gitTreeState=clean -X $p.buildDate=1970-01-01T00:00:00Z"
  done
  mkdir -p "$OUT"
  for b in "${missing[@]}"; do
    echo "building $b $K8S_VERSION" >&2
    go build -trimpath -tags selinux,notest -ldflags "$ldflags" -o "$OUT/$b.tmp" "k8s.io/kubernetes/cmd/$b"
    mv "$OUT/$b.tmp" "$OUT/$b"
  done
fi

if [ ! -x "$CRI_OUT/crictl" ]; then
  echo "building crictl $CRICTL_VERSION" >&2
  mkdir -p "$CRI_OUT"
  # `go install crictl@version` needs the module's version list, which the proxy refuses (403) for
  # cri-tools; a wrapper module asks only for the exact version. The checksum database has no
  # entries for this tag nor for the k8s.io pre-releases it pins, so verification is limited to the
  # proxy's content for those two prefixes.
  cwork=$(mktemp -d)
  (
    cd "$cwork"
    printf 'module kip.local/crictlbuild\n\ngo 1.24\n\nrequire sigs.k8s.io/cri-tools %s\n' "$CRICTL_VERSION" > go.mod
    printf 'package main\nimport _ "sigs.k8s.io/cri-tools/cmd/crictl"\nfunc main(){}\n' > tools.go
    export GONOSUMDB=sigs.k8s.io,k8s.io
    go mod tidy
    go build -trimpath -ldflags "-s -w -X sigs.k8s.io/cri-tools/pkg/version.Version=$CRICTL_VERSION" \
      -o "$CRI_OUT/crictl.tmp" sigs.k8s.io/cri-tools/cmd/crictl
  )
  rm -rf "$cwork"
  mv "$CRI_OUT/crictl.tmp" "$CRI_OUT/crictl"
fi
echo "$OUT"
