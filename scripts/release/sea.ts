/**
 * A Node.js single executable application (SEA): a copy of a node binary with the plugin's script
 * injected, so linux/amd64 users need no Node.js of their own. Node 20 runs an injected CommonJS
 * script whose require() reaches only Node's builtins, which is all the bundle asks for: the
 * heavy half (scripts/build.mjs) is embedded in it and compiled with vm.Script, code cache included.
 *
 * No "useCodeCache" in the SEA config: V8's cache for the main script differs from build to build,
 * which would make the archive irreproducible. Instead the bundle rides as an asset and a small
 * loader (scripts/build.mjs seaLoaderSource) compiles it with a code cache kept per user.
 */
import { execFile } from 'node:child_process';
import { copyFile, chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The fuse Node's binary carries; postject flips it to tell node a blob is injected. */
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

/**
 * Builds `output` from the node binary `node` (this one by default) running `script`; with a
 * `loader`, the loader is the main script and `script` goes in as the asset `main.js`.
 */
export async function buildSea(
  script: string,
  output: string,
  node = process.execPath,
  loader?: string,
): Promise<void> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'kip-sea-'));
  try {
    const blob = path.join(work, 'sea.blob');
    const config = path.join(work, 'sea-config.json');
    // The blob records paths as given: fixed relative ones keep it reproducible.
    await copyFile(loader ?? script, path.join(work, 'kubectl-imagepull.js'));
    if (loader) await copyFile(script, path.join(work, 'main.js'));
    await writeFile(
      config,
      JSON.stringify({
        main: 'kubectl-imagepull.js',
        output: 'sea.blob',
        disableExperimentalSEAWarning: true,
        ...(loader ? { assets: { 'main.js': 'main.js' } } : {}),
      }),
    );
    await run(node, ['--experimental-sea-config', config], { cwd: work });
    await copyFile(node, output);
    await chmod(output, 0o755);
    const postject = createRequire(import.meta.url).resolve('postject/dist/cli.js');
    await run(process.execPath, [
      postject,
      output,
      'NODE_SEA_BLOB',
      blob,
      '--sentinel-fuse',
      SEA_FUSE,
    ]);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
