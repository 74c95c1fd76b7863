// Builds reproducible gzip'd layer tarballs: GNU tar with sorted names, zero
// mtimes and numeric root ownership, then node's gzip (its header carries no
// timestamp or file name), so equal inputs always give equal digests.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { chmod, copyFile, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { BlobStore } from './blob-store.js';
import { spawnStreaming, waitForSuccess } from './run-command.js';

/** OCI media type of a gzip-compressed layer. */
export const LAYER_MEDIA_TYPE = 'application/vnd.oci.image.layer.v1.tar+gzip';

/** One path in a layer; parent directories are created implicitly with mode 0755. */
export type RootfsEntry =
  | { type: 'copy'; path: string; from: string; mode: number }
  | { type: 'data'; path: string; data: string | Buffer; mode: number }
  | { type: 'generated'; path: string; mode: number; write: (file: string) => Promise<void> }
  | { type: 'symlink'; path: string; target: string };

/** A stored layer: its compressed blob plus the uncompressed diff ID configs list. */
export interface Layer {
  digest: string;
  size: number;
  mediaType: string;
  diffId: string;
}

async function materialize(root: string, entry: RootfsEntry): Promise<void> {
  const dest = path.join(root, entry.path);
  await mkdir(path.dirname(dest), { recursive: true, mode: 0o755 });
  if (entry.type === 'symlink') return symlink(entry.target, dest);
  if (entry.type === 'copy') await copyFile(entry.from, dest);
  else if (entry.type === 'data') await writeFile(dest, entry.data);
  else await entry.write(dest);
  await chmod(dest, entry.mode);
}

// mkdir's mode is filtered by the umask, so force 0755 on every directory explicitly.
async function normalizeDirModes(dir: string): Promise<void> {
  await chmod(dir, 0o755);
  for (const child of await readdir(dir, { withFileTypes: true })) {
    if (child.isDirectory()) await normalizeDirModes(path.join(dir, child.name));
  }
}

/** Counts and hashes bytes flowing through, used for the diff ID and the blob digest. */
class HashingPassThrough extends Transform {
  readonly hash = createHash('sha256');
  size = 0;
  override _transform(
    chunk: Buffer,
    _enc: BufferEncoding,
    done: (err?: Error | null, data?: Buffer) => void,
  ): void {
    this.hash.update(chunk);
    this.size += chunk.length;
    done(null, chunk);
  }
  digest(): string {
    return `sha256:${this.hash.digest('hex')}`;
  }
}

async function tarGzip(
  root: string,
  tarBin: string,
  outFile: string,
  level: number,
): Promise<Omit<Layer, 'mediaType'>> {
  // Name the top-level entries instead of "." so the staging dir's own (0700) mode never lands in the image.
  const names = (await readdir(root)).sort();
  const tar = spawnStreaming(tarBin, [
    '--create',
    '--file=-',
    '--format=gnu',
    '--sort=name',
    '--mtime=@0',
    '--owner=0',
    '--group=0',
    '--numeric-owner',
    '-C',
    root,
    '--',
    ...names,
  ]);
  const exited = waitForSuccess(tar, 'tar');
  const raw = new HashingPassThrough();
  const compressed = new HashingPassThrough();
  if (!tar.stdout) throw new Error('tar has no stdout');
  await Promise.all([
    pipeline(tar.stdout, raw, createGzip({ level }), compressed, createWriteStream(outFile)),
    exited,
  ]);
  return { digest: compressed.digest(), size: compressed.size, diffId: raw.digest() };
}

/** Materializes `entries` in a scratch dir, tars + gzips them into `store`, and returns the layer. */
export async function buildLayer(
  entries: RootfsEntry[],
  store: BlobStore,
  scratchDir: string,
  tarBin: string,
  level = 6,
): Promise<Layer> {
  const work = await mkdtemp(path.join(scratchDir, 'layer-'));
  try {
    const root = path.join(work, 'rootfs');
    await mkdir(root, { mode: 0o755 });
    for (const entry of entries) await materialize(root, entry);
    await normalizeDirModes(root);
    const tmpBlob = path.join(work, 'layer.tar.gz');
    const layer = await tarGzip(root, tarBin, tmpBlob, level);
    await store.adoptFile(tmpBlob, layer.digest);
    return { ...layer, mediaType: LAYER_MEDIA_TYPE };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
