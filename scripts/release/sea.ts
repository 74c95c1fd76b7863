/**
 * Node.js single executable applications (SEA) for every release platform: one preparation blob
 * made with the pinned linux-x64 node, injected into each target's pinned node binary
 * (runtimes.ts), so no platform needs a Node.js of its own.
 *
 * The blob has neither a code cache nor a snapshot ("useCodeCache"/"useSnapshot" unset): both
 * are V8 data for the platform that made them, while a blob of plain script and assets works on
 * every target of the same Node.js version, and is the same bytes at every build. The bundle
 * rides as the asset `main.js` and a small loader (scripts/build.mjs seaLoaderSource) is the main
 * script: it answers `--help` and `--version` from text rendered at build time without compiling
 * the bundle, and compiles it otherwise with a V8 code cache kept per user, made on the user's
 * own machine (measured on Node 22: `--help` takes half the CPU time of running the plain bundle
 * as the main script, other commands the same).
 *
 * Per platform: Windows binaries lose their Authenticode signature before injection (else the
 * certificate table is left pointing into the moved data); darwin binaries get the blob in a
 * NODE_SEA segment (LIEF drops the old signature) and are then signed ad hoc with rcodesign,
 * which Apple Silicon requires to run anything. Not with the hardened-runtime flag: without the
 * entitlements a Developer ID signature carries, it would refuse V8's JIT.
 */
import { execFile } from 'node:child_process';
import { chmod, copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { ReleasePlatform } from './platforms.js';
import { BIN } from './platforms.js';

const run = promisify(execFile);

/** The fuse Node's binary carries; postject flips it to tell node a blob is injected. */
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

/**
 * Writes the preparation blob to `blob` with the pinned linux-x64 `node`: `loader` as the main
 * script, `script` (the plain bundle) as the asset `main.js`.
 */
export async function buildSeaBlob(
  node: string,
  loader: string,
  script: string,
  blob: string,
): Promise<void> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'kip-sea-'));
  try {
    // The blob records paths as given: fixed relative ones keep it reproducible.
    await copyFile(loader, path.join(work, 'kubectl-imagepull.js'));
    await copyFile(script, path.join(work, 'main.js'));
    const config = path.join(work, 'sea-config.json');
    await writeFile(
      config,
      JSON.stringify({
        main: 'kubectl-imagepull.js',
        output: 'sea.blob',
        disableExperimentalSEAWarning: true,
        useSnapshot: false,
        useCodeCache: false,
        assets: { 'main.js': 'main.js' },
      }),
    );
    await run(node, ['--experimental-sea-config', config], { cwd: work });
    await copyFile(path.join(work, 'sea.blob'), blob);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The tools a platform's executable is made with. */
export interface SeaTools {
  /** rcodesign, for the darwin targets' ad-hoc signature. */
  readonly rcodesign: string;
}

/**
 * Writes `output`, the executable for `platform`: the vendor's `node` (already checked against
 * its pins and signature) with `blob` injected.
 */
export async function buildExecutable(
  platform: ReleasePlatform,
  node: string,
  blob: string,
  output: string,
  tools: SeaTools,
): Promise<void> {
  if (platform.os === 'windows')
    await run('osslsigncode', ['remove-signature', '-in', node, '-out', output]);
  else await copyFile(node, output);
  await chmod(output, 0o755);
  const postject = createRequire(import.meta.url).resolve('postject/dist/cli.js');
  await run(
    process.execPath,
    [
      postject,
      output,
      'NODE_SEA_BLOB',
      blob,
      '--sentinel-fuse',
      SEA_FUSE,
      ...(platform.os === 'darwin' ? ['--macho-segment-name', 'NODE_SEA'] : []),
    ],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  if (platform.os === 'darwin')
    await run(tools.rcodesign, ['sign', '--binary-identifier', BIN, output], {
      maxBuffer: 16 * 1024 * 1024,
    });
}
