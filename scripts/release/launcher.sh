#!/bin/sh
# kubectl-imagepull for platforms whose release carries no Node.js runtime: runs the plugin's
# JavaScript (kubectl-imagepull.js, next to this file) with the `node` on PATH. krew links this
# file into its bin directory, so the symlinks are followed to find where the .js really is.
# Only shell built-ins apart from readlink: each process started here is time added to every run.
# The Node.js version is checked by the .js itself, first thing (scripts/build.mjs), which costs
# nothing; a `node --version` here cost a second start of node.
self=$0
while [ -L "$self" ]; do
  target=$(readlink "$self")
  case $target in
    /*) self=$target ;;
    *) self=${self%/*}/$target ;;
  esac
done
case $self in
  */*) dir=${self%/*} ;;
  *) dir=. ;;
esac

if ! command -v node >/dev/null 2>&1; then
  echo "error: kubectl-imagepull needs Node.js >= @MIN_NODE_MAJOR@ as \`node\` on PATH, and there is none (install Node.js from https://nodejs.org or your package manager)" >&2
  exit 127
fi
exec node "$dir/kubectl-imagepull.js" "$@"
