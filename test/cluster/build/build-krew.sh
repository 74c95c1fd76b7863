#!/usr/bin/env bash
# Builds krew's own tools from the Go module proxy, into a cache keyed by version:
#   kubectl-krew            the krew CLI (`kubectl krew install --manifest=... --archive=...`)
#   validate-krew-manifest  the manifest checker krew-index runs on every submitted manifest
# The release test (test/integration/krew.test.ts) installs the plugin with both.
#
# Same wrapper-module approach as build-k8s.sh: `go install sigs.k8s.io/krew/cmd/krew@VERSION`
# needs the module's version list, which the proxy refuses. v0.4.4 rather than v0.4.5 because the
# proxy answers 403 for v0.4.5's files.
set -euo pipefail
# Defaults from the one version table (env overrides).
# shellcheck source=../versions.env
eval "$(sed -n 's/^\([A-Z0-9_]*\)=/VERSIONS_\1=/p' "$(dirname "$0")/../versions.env")"

KREW_VERSION=${KREW_VERSION:-$VERSIONS_KREW_VERSION}
CACHE=${KIP_CACHE:-/var/cache/kubectl-imagepull}
OUT="$CACHE/krew-$KREW_VERSION"

export GOTOOLCHAIN=local CGO_ENABLED=0 GOFLAGS=-mod=mod

if [ -x "$OUT/kubectl-krew" ] && [ -x "$OUT/validate-krew-manifest" ]; then
  echo "$OUT"
  exit 0
fi

echo "building kubectl-krew and validate-krew-manifest $KREW_VERSION" >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
printf 'module kip.local/krewbuild\n\ngo 1.24\n\nrequire sigs.k8s.io/krew %s\n' "$KREW_VERSION" > go.mod
printf 'package main\nimport (\n\t_ "sigs.k8s.io/krew/cmd/krew"\n\t_ "sigs.k8s.io/krew/cmd/validate-krew-manifest"\n)\nfunc main(){}\n' > tools.go
# krew's go.mod pins k8s.io modules whose checksum-database entries may be missing, as for crictl.
export GONOSUMDB=sigs.k8s.io,k8s.io
go mod tidy
mkdir -p "$OUT"
# krew prints its version from these (`kubectl krew version`); its self-update checks compare them.
ldflags="-s -w -X sigs.k8s.io/krew/internal/version.gitTag=$KREW_VERSION"
go build -trimpath -ldflags "$ldflags" -o "$OUT/kubectl-krew.tmp" sigs.k8s.io/krew/cmd/krew
go build -trimpath -ldflags "-s -w" -o "$OUT/validate-krew-manifest.tmp" \
  sigs.k8s.io/krew/cmd/validate-krew-manifest
mv "$OUT/kubectl-krew.tmp" "$OUT/kubectl-krew"
mv "$OUT/validate-krew-manifest.tmp" "$OUT/validate-krew-manifest"
echo "$OUT"
