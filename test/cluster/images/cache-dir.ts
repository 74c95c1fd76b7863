// Content-keyed cache of built images: the key covers the builder's sources,
// the busybox binary and the Go toolchain, and a directory only ever appears
// under its final name once complete (built elsewhere, then renamed).
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { access, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const IMAGES_DIR = path.dirname(fileURLToPath(import.meta.url));

/** Name of the marker written last into a complete cache entry. */
export const DONE_MARKER = 'done';

/** sha256 hex of a file, streamed (busybox is a couple of MiB). */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

// The builder's own sources: every module here plus the pause program and its go.mod.
async function builderSources(): Promise<string[]> {
  const own = (await readdir(IMAGES_DIR))
    .filter((n) => n.endsWith('.ts'))
    .map((n) => path.join(IMAGES_DIR, n));
  const pause = (await readdir(path.join(IMAGES_DIR, 'pause')))
    .filter((n) => n.endsWith('.go') || n === 'go.mod')
    .map((n) => path.join(IMAGES_DIR, 'pause', n));
  return [...own, ...pause].sort();
}

/** 12-hex-digit key over the builder sources plus `extra` inputs (busybox hash, go version). */
export async function computeCacheKey(extra: string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const file of await builderSources()) {
    hash
      .update(`${path.relative(IMAGES_DIR, file)}\0`)
      .update(await readFile(file))
      .update('\0');
  }
  for (const part of extra) hash.update(`${part}\0`);
  return hash.digest('hex').slice(0, 12);
}

/** True when `dir` holds a finished cache entry. */
export async function isComplete(dir: string): Promise<boolean> {
  try {
    await access(path.join(dir, DONE_MARKER));
    return true;
  } catch {
    return false;
  }
}

/** Atomically moves a finished build to `finalDir`; if a concurrent build won the race, keeps theirs. */
export async function publish(buildDir: string, finalDir: string): Promise<void> {
  // A leftover without its marker can only come from manual meddling; it is never trusted.
  if (!(await isComplete(finalDir))) await rm(finalDir, { recursive: true, force: true });
  try {
    await rename(buildDir, finalDir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if ((code !== 'ENOTEMPTY' && code !== 'EEXIST') || !(await isComplete(finalDir))) throw err;
    await rm(buildDir, { recursive: true, force: true });
  }
}
