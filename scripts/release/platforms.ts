/**
 * The platforms a release covers. Every archive carries its own runtime: the pinned Node.js
 * binary of its target (runtimes.ts) with the plugin injected as a single executable application
 * (sea.ts), so no platform needs Node.js installed.
 */
import type { RuntimeTarget } from './runtimes.js';

/** One krew platform of a release. */
export interface ReleasePlatform {
  /** krew's selector labels (Go's GOOS/GOARCH). */
  readonly os: 'linux' | 'darwin' | 'windows';
  readonly arch: 'amd64' | 'arm64';
  /** The pinned Node.js binary the executable is made from. */
  readonly runtime: RuntimeTarget;
}

/** Every platform the release builds, in the order the manifest lists them. */
export const RELEASE_PLATFORMS: readonly ReleasePlatform[] = [
  { os: 'linux', arch: 'amd64', runtime: 'linux-x64' },
  { os: 'linux', arch: 'arm64', runtime: 'linux-arm64' },
  { os: 'darwin', arch: 'amd64', runtime: 'darwin-x64' },
  { os: 'darwin', arch: 'arm64', runtime: 'darwin-arm64' },
  { os: 'windows', arch: 'amd64', runtime: 'win-x64' },
  { os: 'windows', arch: 'arm64', runtime: 'win-arm64' },
];

/** The krew plugin name; kubectl finds it as kubectl-<name>. */
export const PLUGIN_NAME = 'imagepull';

/** The executable's name, without the .exe Windows adds. */
export const BIN = `kubectl-${PLUGIN_NAME}`;

/** The executable's file name on `platform` (the manifest's `bin`). */
export function binName(platform: ReleasePlatform): string {
  return platform.os === 'windows' ? `${BIN}.exe` : BIN;
}

/** Windows users get a .zip (what Explorer opens, and krew accepts); the others a .tar.gz. */
export function archiveFormat(platform: ReleasePlatform): 'zip' | 'tar.gz' {
  return platform.os === 'windows' ? 'zip' : 'tar.gz';
}

/** The archive's file name for `version` (without the v) on `platform`. */
export function archiveName(version: string, platform: ReleasePlatform): string {
  return `kubectl-${PLUGIN_NAME}_v${version}_${platform.os}_${platform.arch}.${archiveFormat(platform)}`;
}

/** Where a release's files are published. */
export const RELEASE_BASE_URI =
  'https://github.com/kubectl-imagepull/kubectl-imagepull/releases/download';

/** The repository of the published probe image; the release appends :v<version>@<digest>. */
export const PROBE_REPOSITORY = 'ghcr.io/kubectl-imagepull/imagepull-probe';
