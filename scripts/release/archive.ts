/**
 * Reproducible release archives: GNU tar with sorted names, zero mtimes and root ownership,
 * gzip'd without a name or timestamp (gzip -n), so the same files always give the same sha256.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** One file of an archive: its name inside, where it comes from, its mode. */
export interface ArchiveFile {
  readonly name: string;
  readonly from: string;
  readonly mode: number;
}

/** Writes `files` (flat, no directories) as a reproducible tar.gz at `output`. */
export async function writeArchive(output: string, files: readonly ArchiveFile[]): Promise<void> {
  const stage = await mkdtemp(path.join(os.tmpdir(), 'kip-archive-'));
  try {
    for (const f of files) {
      await copyFile(f.from, path.join(stage, f.name));
      await chmod(path.join(stage, f.name), f.mode);
    }
    await mkdir(path.dirname(output), { recursive: true });
    const names = files.map((f) => f.name).sort();
    // tar and gzip in one pipe; positional arguments keep the file names out of the shell text.
    await run('/bin/bash', [
      '-c',
      'out=$1; dir=$2; shift 2; set -o pipefail; ' +
        'tar --create --file=- --format=gnu --sort=name --mtime=@0 --owner=0 --group=0 ' +
        '--numeric-owner -C "$dir" -- "$@" | gzip -n -9 > "$out"',
      'bash',
      output,
      stage,
      ...names,
    ]);
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}

/** The sha256 of a file, hex. */
export async function sha256Hex(file: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(file))
    .digest('hex');
}
