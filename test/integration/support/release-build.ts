/**
 * The release build as the integration tests run it: scripts/release/main.ts (what `npm run
 * release` runs after the build) into a scratch directory, after checking that what it needs is
 * here. Each missing prerequisite fails the suite with what to install; none is skipped.
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  archiveFormat,
  archiveName,
  binName,
  type ReleasePlatform,
} from '../../../scripts/release/platforms.js';
import { rcodesignPath } from '../../../scripts/release/rcodesign.js';
import { RCODESIGN_VERSION } from '../../../scripts/release/runtimes.js';

const execFileAsync = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../../..');

/** package.json's version, which the release's file names carry. */
export const VERSION = (
  JSON.parse(spawnSync('cat', [path.join(root, 'package.json')], { encoding: 'utf8' }).stdout) as {
    version: string;
  }
).version;

function onPath(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/** Throws naming each of the release build's prerequisites that is missing, and how to get it. */
export function requireReleaseTools(): void {
  const missing: string[] = [];
  if (!existsSync(path.join(root, 'dist/probe/kip-probe.cjs')))
    missing.push('dist/probe/kip-probe.cjs: run `npm run build` first (npm test does)');
  for (const [cmd, pkg] of [
    ['osslsigncode', 'osslsigncode'],
    ['openssl', 'openssl'],
    ['python3', 'python3-pip'],
    ['tar', 'tar'],
  ] as const)
    if (!onPath(cmd)) missing.push(`${cmd}: apt-get install ${pkg}`);
  if (!existsSync(rcodesignPath()))
    missing.push(
      `rcodesign ${RCODESIGN_VERSION} at ${rcodesignPath()}: built by scripts/setup.sh ` +
        '(cargo install apple-codesign, about 4 minutes cold)',
    );
  if (missing.length > 0)
    throw new Error(
      `the release build's prerequisites are missing (run \`bash .ci/run\` or \`bash scripts/setup.sh\`):\n  ${missing.join('\n  ')}`,
    );
}

/** Runs the release build into `out`, asynchronously: it takes about a minute. */
export async function buildRelease(out: string, env: Record<string, string> = {}): Promise<void> {
  await execFileAsync(
    path.join(root, 'node_modules/.bin/tsx'),
    [path.join(root, 'scripts/release/main.ts')],
    { env: { ...process.env, ...env, KIP_RELEASE_OUT: out }, timeout: 900_000 },
  );
}

/**
 * Unpacks `p`'s archive from `release` into `scratch`, once (python3's zipfile for the zip, as
 * any unzip would); returns the executable's path.
 */
export function unpackArchive(release: string, scratch: string, p: ReleasePlatform): string {
  const dir = path.join(scratch, `unpacked-${p.os}-${p.arch}`);
  if (!existsSync(dir)) {
    execFileSync('mkdir', ['-p', dir]);
    const archive = path.join(release, archiveName(VERSION, p));
    if (archiveFormat(p) === 'zip') execFileSync('python3', ['-m', 'zipfile', '-e', archive, dir]);
    else execFileSync('tar', ['-xzf', archive, '-C', dir]);
  }
  return path.join(dir, binName(p));
}
