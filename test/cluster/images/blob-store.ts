// Content-addressed blob directory shared by every OCI layout we write, so a
// layer used by several images (busybox) is produced and stored only once.
import { createHash } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BlobRef } from './catalog.js';

/** Returns "sha256:<hex>" of a buffer. */
export function sha256Digest(data: Buffer | string): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

/** A directory laid out as OCI `blobs/` (i.e. containing `sha256/<hex>`). */
export class BlobStore {
  /** @param blobsDir the directory that plays the role of a layout's `blobs/` */
  constructor(readonly blobsDir: string) {}

  /** Path a blob with this digest lives at. */
  pathOf(digest: string): string {
    const match = /^sha256:([0-9a-f]{64})$/.exec(digest);
    if (!match?.[1]) throw new Error(`not a sha256 digest: ${digest}`);
    return path.join(this.blobsDir, 'sha256', match[1]);
  }

  /** Stores an in-memory blob (configs, manifests, indexes). */
  async putBytes(data: Buffer | string, mediaType: string): Promise<BlobRef> {
    const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data);
    const digest = sha256Digest(bytes);
    await mkdir(path.join(this.blobsDir, 'sha256'), { recursive: true });
    await writeFile(this.pathOf(digest), bytes);
    return { digest, size: bytes.length, mediaType };
  }

  /** Stores a JSON document in its canonical (compact, key order as given) form. */
  putJson(value: unknown, mediaType: string): Promise<BlobRef> {
    return this.putBytes(JSON.stringify(value), mediaType);
  }

  /** Moves an already-hashed file into the store under its digest. */
  async adoptFile(file: string, digest: string): Promise<void> {
    await mkdir(path.join(this.blobsDir, 'sha256'), { recursive: true });
    await rename(file, this.pathOf(digest));
  }
}
