/**
 * Cold start of the release's runtimes: the linux/amd64 single executable (SEA) against an empty
 * SEA made from the same node binary (its own floor: a SEA maps a larger file and checks its blob
 * before running anything), and the node-on-path launcher against `node -e 0`.
 */
import { execFile } from 'node:child_process';
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { buildSea } from '../../scripts/release/sea.js';
import { MIN_NODE_MAJOR } from '../../scripts/release/platforms.js';
import { envWithoutExtraCas, medianWallMs } from './measure.js';
import type { StartFigure } from './cold-start.js';

const RUNS = 31;

/** The SEA's and the launcher's start figures, each against its own floor. */
export async function benchReleaseStart(bin: string): Promise<{
  emptySeaMs: number;
  nodeMs: number;
  sea: StartFigure[];
  launcher: StartFigure[];
}> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'kip-bench-sea-'));
  try {
    const empty = path.join(work, 'empty.js');
    await writeFile(empty, '0\n');
    const emptySea = path.join(work, 'empty-sea');
    const sea = path.join(work, 'kubectl-imagepull-sea');
    await buildSea(empty, emptySea);
    // The SEA carries the plain bundle, as the release builds it (scripts/build.mjs).
    const plain = path.join(work, 'plain.js');
    await promisify(execFile)(
      process.execPath,
      [path.resolve(import.meta.dirname, '../../scripts/build.mjs')],
      {
        cwd: path.resolve(import.meta.dirname, '../..'),
        env: {
          ...process.env,
          KIP_BUILD_OUTFILE: plain,
          KIP_BUILD_CODE_CACHE: '0',
          KIP_BUILD_SEA_LOADER: path.join(work, 'sea-loader.js'),
        },
      },
    );
    await buildSea(plain, sea, process.execPath, path.join(work, 'sea-loader.js'));
    // The launcher as the node-on-path archives carry it, next to the script it runs.
    const launcher = path.join(work, 'launcher', 'kubectl-imagepull');
    await mkdir(path.dirname(launcher));
    const text = await readFile(
      path.resolve(import.meta.dirname, '../../scripts/release/launcher.sh'),
      'utf8',
    );
    await writeFile(launcher, text.replaceAll('@MIN_NODE_MAJOR@', String(MIN_NODE_MAJOR)));
    await chmod(launcher, 0o755);
    await copyFile(bin, path.join(work, 'launcher', 'kubectl-imagepull.js'));

    const commands = [
      { what: 'empty SEA', cmd: emptySea, args: [] },
      { what: 'node -e 0', cmd: process.execPath, args: ['-e', '0'] },
      { what: 'SEA --help', cmd: sea, args: ['--help'] },
      { what: 'SEA diagnose --help', cmd: sea, args: ['diagnose', '--help'] },
      { what: 'SEA version', cmd: sea, args: ['version'] },
      { what: 'launcher --help', cmd: launcher, args: ['--help'] },
      { what: 'launcher diagnose --help', cmd: launcher, args: ['diagnose', '--help'] },
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
      launcher: [5, 6].map((i) => figure(i, nodeMs)),
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
