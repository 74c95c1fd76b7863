#!/bin/sh
# kubectl-imagepull for platforms whose release carries no Node.js runtime: runs the plugin's
# JavaScript (kubectl-imagepull.js, next to this file) with the `node` on PATH. krew links this
# file into its bin directory, so the symlinks are followed to find where the .js really is.
self=$0
while [ -L "$self" ]; do
  target=$(readlink "$self")
  case $target in
    /*) self=$target ;;
    *) self=$(dirname "$self")/$target ;;
  esac
done
script=$(dirname "$self")/kubectl-imagepull.js

if ! command -v node >/dev/null 2>&1; then
  echo "error: kubectl-imagepull needs Node.js >= @MIN_NODE_MAJOR@ as \`node\` on PATH, and there is none (install Node.js from https://nodejs.org or your package manager)" >&2
  exit 127
fi
# `node --version` prints e.g. v20.11.1 without starting JavaScript, so this check costs ~1 ms.
major=$(node --version 2>/dev/null | sed -n 's/^v\([0-9][0-9]*\)\..*/\1/p')
if [ -z "$major" ] || [ "$major" -lt @MIN_NODE_MAJOR@ ]; then
  echo "error: kubectl-imagepull needs Node.js >= @MIN_NODE_MAJOR@, and \`node\` on PATH is $(node --version 2>/dev/null || echo 'unknown') (install a newer Node.js from https://nodejs.org or your package manager)" >&2
  exit 127
fi
exec node "$script" "$@"
