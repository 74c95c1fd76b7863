// Seeded pseudo-random bytes for the "big" image: incompressible so the layer
// really occupies its size on disk, yet identical on every run so the image
// digest (and therefore the cache key's promise) stays stable.
import { createCipheriv, createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const CHUNK = 1024 * 1024;

/** Writes `size` bytes of an AES-256-CTR keystream derived from `seed` to `file`. */
export async function writeDeterministicBytes(
  file: string,
  size: number,
  seed: string,
): Promise<void> {
  // AES-CTR over zeros is a fast, well-distributed keystream; the key is just the seed's hash.
  const key = createHash('sha256').update(seed).digest();
  const cipher = createCipheriv('aes-256-ctr', key, Buffer.alloc(16));
  const zeros = Buffer.alloc(CHUNK);
  const out = createWriteStream(file);
  try {
    for (let written = 0; written < size; written += CHUNK) {
      const chunk = cipher.update(zeros.subarray(0, Math.min(CHUNK, size - written)));
      if (!out.write(chunk)) await once(out, 'drain');
    }
  } finally {
    out.end();
    await once(out, 'close');
  }
}
