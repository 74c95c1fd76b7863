/**
 * Reproducible release archives, so the same files always give the same sha256: tar.gz by GNU tar
 * with sorted names, zero mtimes and root ownership, gzip'd without a name or timestamp
 * (gzip -n); zip written here, entries sorted, every timestamp the format's earliest
 * (1980-01-01 00:00, which it stores without a time zone) and no extra fields.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { constants, crc32, deflateRawSync } from 'node:zlib';

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

/** 1980-01-01 in MS-DOS date format (year-1980 << 9 | month << 5 | day); time 00:00:00 is 0. */
const DOS_EPOCH_DATE = (1 << 5) | 1;
/** "Made by" Unix (3), spec 2.0: the external attributes' high half is then the file's mode. */
const MADE_BY_UNIX = (3 << 8) | 20;
const S_IFREG = 0o100000;

/** Writes `files` (flat, no directories) as a reproducible zip at `output`, deflated. */
export async function writeZip(output: string, files: readonly ArchiveFile[]): Promise<void> {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const f of [...files].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const data = await readFile(f.from);
    const packed = deflateRawSync(data, { level: constants.Z_BEST_COMPRESSION });
    const name = Buffer.from(f.name, 'utf8');
    // The fields local and central headers share, from "version needed" to the name's length.
    const common = Buffer.alloc(26);
    common.writeUInt16LE(20, 0);
    common.writeUInt16LE(0, 2);
    common.writeUInt16LE(8, 4);
    common.writeUInt16LE(0, 6);
    common.writeUInt16LE(DOS_EPOCH_DATE, 8);
    common.writeUInt32LE(crc32(data), 10);
    common.writeUInt32LE(packed.length, 14);
    common.writeUInt32LE(data.length, 18);
    common.writeUInt16LE(name.length, 22);
    common.writeUInt16LE(0, 24);
    const local = Buffer.concat([u32(0x04034b50), common, name, packed]);
    const entry = Buffer.alloc(16);
    entry.writeUInt16LE(0, 0); // comment length
    entry.writeUInt16LE(0, 2); // disk
    entry.writeUInt16LE(0, 4); // internal attributes
    entry.writeUInt32LE(((S_IFREG | f.mode) << 16) >>> 0, 6);
    entry.writeUInt32LE(offset, 10);
    central.push(
      Buffer.concat([u32(0x02014b50), u16(MADE_BY_UNIX), common, entry.subarray(0, 14), name]),
    );
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length, 8);
  end.writeUInt16LE(central.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  await mkdir(path.dirname(output), { recursive: true });
  await writeFile(output, Buffer.concat([...locals, directory, end]));
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}

/** The sha256 of a file, hex. */
export async function sha256Hex(file: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(file))
    .digest('hex');
}
