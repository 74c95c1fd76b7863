/**
 * What ships, for the end-to-end tier: the release's linux/amd64 and linux/arm64 archives, built
 * once per run by the tier's global setup (scripts/release/, as `npm run release` builds them)
 * and unpacked into a directory each. Every test runs the plugin from the amd64 one (the Node 22
 * single executable with kubectl's completion helper beside it), not the development bundle.
 */
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RELEASE_PLATFORMS } from '../../../scripts/release/platforms.js';
import {
  buildRelease,
  requireReleaseTools,
  unpackArchive,
} from '../../integration/support/release-build.js';

/** Where the global setup says it put the unpacked release; the test workers inherit it. */
export const SHIPPED_ENV = 'KIP_SHIPPED_DIR';

/** Debian's arm64 cross runtime libraries: what qemu-user needs to load the dynamic arm64 node. */
export const ARM64_SYSROOT = '/usr/aarch64-linux-gnu';

/** Builds and unpacks the two linux archives; returns the directory to put in SHIPPED_ENV. */
export async function buildShipped(): Promise<string> {
  requireReleaseTools();
  const root = await mkdtemp(path.join(os.tmpdir(), 'kip-shipped-'));
  const release = path.join(root, 'release');
  await buildRelease(release, { KIP_RELEASE_PLATFORMS: 'linux/amd64,linux/arm64' });
  for (const arch of ['amd64', 'arm64'] as const)
    unpackArchive(
      release,
      root,
      RELEASE_PLATFORMS.find((x) => x.os === 'linux' && x.arch === arch)!,
    );
  // The arm64 executable runs through qemu-user, as binfmt would run it on this machine.
  const arm64 = path.join(root, 'unpacked-linux-arm64', 'kubectl-imagepull');
  await mkdir(path.join(root, 'arm64'));
  const launcher = path.join(root, 'arm64', 'kubectl-imagepull');
  await writeFile(
    launcher,
    `#!/bin/sh\nexec qemu-aarch64-static -L ${ARM64_SYSROOT} '${arm64}' "$@"\n`,
  );
  await chmod(launcher, 0o755);
  return root;
}

/** Removes what buildShipped made. */
export async function removeShipped(root: string): Promise<void> {
  await rm(root, { recursive: true, force: true });
}

/**
 * The directory to put first on PATH for the shipped executable of `arch`: for amd64 the
 * unpacked archive itself (kubectl-imagepull and kubectl_complete-imagepull), for arm64 a
 * launcher through qemu-user.
 */
export function shippedBinDir(arch: 'amd64' | 'arm64' = 'amd64'): string {
  const root = process.env[SHIPPED_ENV];
  if (!root || !existsSync(root))
    throw new Error(
      `${SHIPPED_ENV} is not set or gone: the end-to-end tier's global setup builds the release ` +
        'it runs (test/cluster/global-setup.ts); run the tier through vitest (npm test)',
    );
  if (arch === 'arm64') return path.join(root, 'arm64');
  return path.join(root, 'unpacked-linux-amd64');
}
