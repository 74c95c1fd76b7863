/**
 * Cold start of the release's executable: the linux/amd64 single executable (SEA), made as the
 * release makes it from the pinned Node.js (scripts/release/runtimes.ts), against an empty SEA
 * made from the same node binary (its own floor: a SEA maps a larger file and checks its blob
 * before running anything) and against that node's `-e 0`.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { RELEASE_PLATFORMS } from '../../scripts/release/platforms.js';
import { fetchRuntime } from '../../scripts/release/runtime-fetch.js';
import { runtimePin } from '../../scripts/release/runtimes.js';
import { buildExecutable, buildSeaBlob } from '../../scripts/release/sea.js';
import { envWithoutExtraCas, medianWallMs } from './measure.js';
import type { StartFigure } from './cold-start.js';

const RUNS = 31;

/** The SEA's start figures against the empty SEA, and against the pinned node's `-e 0`. */
export async function benchReleaseStart(): Promise<{
  emptySeaMs: number;
  nodeMs: number;
  sea: StartFigure[];
  vsNode: StartFigure[];
}> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'kip-bench-sea-'));
  try {
    const node = (await fetchRuntime(runtimePin('linux-x64'))).binary;
    const linux = RELEASE_PLATFORMS.find((p) => p.runtime === 'linux-x64')!;
    const seaOf = async (loader: string, script: string, name: string) => {
      const blob = path.join(work, `${name}.blob`);
      await buildSeaBlob(node, loader, script, blob);
      const exe = path.join(work, name);
      await buildExecutable(linux, node, blob, exe, { rcodesign: 'unused-on-linux' });
      return exe;
    };
    const empty = path.join(work, 'empty.js');
    await writeFile(empty, '0\n');
    const emptySea = await seaOf(empty, empty, 'empty-sea');
    // The SEA carries the plain bundle behind its loader, as the release builds it.
    const plain = path.join(work, 'plain.js');
    const loader = path.join(work, 'sea-loader.js');
    await promisify(execFile)(
      process.execPath,
      [path.resolve(import.meta.dirname, '../../scripts/build.mjs')],
      {
        cwd: path.resolve(import.meta.dirname, '../..'),
        env: {
          ...process.env,
          KIP_BUILD_OUTFILE: plain,
          KIP_BUILD_CODE_CACHE: '0',
          KIP_BUILD_SEA_LOADER: loader,
        },
      },
    );
    const sea = await seaOf(loader, plain, 'kubectl-imagepull-sea');

    const commands = [
      { what: 'empty SEA', cmd: emptySea, args: [] },
      { what: 'node22 -e 0', cmd: node, args: ['-e', '0'] },
      { what: 'SEA --help', cmd: sea, args: ['--help'] },
      { what: 'SEA diagnose --help', cmd: sea, args: ['diagnose', '--help'] },
      { what: 'SEA version', cmd: sea, args: ['version'] },
    ];
    const env = envWithoutExtraCas();
    const ms = medianWallMs(
      commands.map((c) => ({ ...c, env })),
      RUNS,
    );
    const [emptySeaMs = Number.NaN, nodeMs = Number.NaN] = ms;
    const figure = (i: number, floor: number): StartFigure => ({
      what: commands[i]!.what,
      ms: ms[i]!,
      ratio: ms[i]! / floor,
    });
    return {
      emptySeaMs,
      nodeMs,
      sea: [2, 3, 4].map((i) => figure(i, emptySeaMs)),
      vsNode: [2, 3].map((i) => figure(i, nodeMs)),
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
