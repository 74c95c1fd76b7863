/**
 * rcodesign, the ad-hoc signer of the darwin executables, built from crates.io (apple-codesign)
 * into the cache by version: without its notarization features (which pull in the AWS SDK), only
 * its rcodesign binary. `bash scripts/setup.sh` builds it; the release builds it too when missing.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { cacheRoot, RCODESIGN_VERSION } from './runtimes.js';

const run = promisify(execFile);

/** Where the pinned rcodesign is (or will be) installed. */
export function rcodesignPath(): string {
  return path.join(cacheRoot(), `rcodesign-${RCODESIGN_VERSION}`, 'bin', 'rcodesign');
}

/** The pinned rcodesign, built with cargo first if the cache lacks it (minutes when cold). */
export async function ensureRcodesign(log: (line: string) => void): Promise<string> {
  const bin = rcodesignPath();
  if (existsSync(bin)) return bin;
  log(
    `building rcodesign ${RCODESIGN_VERSION} with cargo (cached in ${path.dirname(path.dirname(bin))})`,
  );
  try {
    await run(
      'cargo',
      [
        'install',
        'apple-codesign',
        '--locked',
        '--no-default-features',
        '--bin',
        'rcodesign',
        '--version',
        RCODESIGN_VERSION,
        '--root',
        path.dirname(path.dirname(bin)),
      ],
      { timeout: 1_800_000, maxBuffer: 64 * 1024 * 1024 },
    );
  } catch (err) {
    throw new Error(
      `could not build rcodesign ${RCODESIGN_VERSION} (needs cargo and crates.io): ${(err as Error).message}`,
      { cause: err },
    );
  }
  return bin;
}
