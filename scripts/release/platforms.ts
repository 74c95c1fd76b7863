/**
 * The platforms a release covers and how each gets its runtime. Only linux/amd64 can carry its own
 * Node.js here: a single executable application is made from a node binary of the target platform,
 * and this machine has only its own (no nodejs.org downloads). The others get the same JavaScript
 * behind a small sh launcher that needs Node.js >= 20 on PATH, which the manifest's caveats say.
 */

/** How a platform's archive runs the plugin. */
export type Runtime =
  /** One executable: this machine's node binary with the plugin injected (Node.js SEA). */
  | 'bundled'
  /** kubectl-imagepull is a sh launcher that runs kubectl-imagepull.js with the node on PATH. */
  | 'node-on-path';

/** One krew platform of a release. */
export interface ReleasePlatform {
  readonly os: 'linux' | 'darwin';
  readonly arch: 'amd64' | 'arm64';
  readonly runtime: Runtime;
}

/** Every platform the release builds, in the order the manifest lists them. */
export const RELEASE_PLATFORMS: readonly ReleasePlatform[] = [
  { os: 'linux', arch: 'amd64', runtime: 'bundled' },
  { os: 'linux', arch: 'arm64', runtime: 'node-on-path' },
  { os: 'darwin', arch: 'amd64', runtime: 'node-on-path' },
  { os: 'darwin', arch: 'arm64', runtime: 'node-on-path' },
];

/** The lowest Node.js major the node-on-path archives accept (package.json's engines). */
export const MIN_NODE_MAJOR = 20;

/** The krew plugin name; kubectl finds it as kubectl-<name>. */
export const PLUGIN_NAME = 'imagepull';

/** The file krew links onto PATH (the manifest's `bin`). */
export const BIN = `kubectl-${PLUGIN_NAME}`;

/** The archive's file name for `version` (without the v) on `platform`. */
export function archiveName(version: string, platform: ReleasePlatform): string {
  return `kubectl-${PLUGIN_NAME}_v${version}_${platform.os}_${platform.arch}.tar.gz`;
}

/** Where a release's files are published. */
export const RELEASE_BASE_URI =
  'https://github.com/kubectl-imagepull/kubectl-imagepull/releases/download';

/** The repository of the published probe image; the release appends :v<version>@<digest>. */
export const PROBE_REPOSITORY = 'ghcr.io/kubectl-imagepull/imagepull-probe';
