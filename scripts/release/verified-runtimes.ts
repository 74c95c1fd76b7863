/**
 * The release's runtimes, ready to modify: every platform's pinned Node.js, fetched or from the
 * cache, checked against its pins and, for darwin and Windows, its vendor's signature.
 */
import os from 'node:os';
import { RELEASE_PLATFORMS } from './platforms.js';
import { fetchRuntime, type FetchedRuntime } from './runtime-fetch.js';
import { NODE_VERSION, runtimePin, type RuntimeTarget } from './runtimes.js';
import { verifyAppleSignature, verifyAuthenticode } from './vendor-signatures.js';

/**
 * Every platform's pinned runtime, fetched or from the cache, each checked against its pins and,
 * for darwin and Windows, its vendor's signature, before anything modifies it.
 */
export async function verifiedRuntimes(
  log: (line: string) => void,
): Promise<Map<RuntimeTarget, FetchedRuntime>> {
  const targets = [...new Set(RELEASE_PLATFORMS.map((p) => p.runtime))];
  const fetched = await inParallel(targets, async (target) => {
    const runtime = await fetchRuntime(runtimePin(target));
    if (runtime.pin.signature === 'apple') await verifyAppleSignature(runtime.binary);
    if (runtime.pin.signature === 'authenticode') await verifyAuthenticode(runtime.binary);
    return runtime;
  });
  log(`Node.js ${NODE_VERSION} for ${targets.join(', ')}: pins and vendor signatures verified`);
  return new Map(fetched.map((r) => [r.pin.target, r]));
}

/** `work` over `items`, as many at once as this machine has processors; results in order. */
export async function inParallel<T, R>(
  items: readonly T[],
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(
    Array.from({ length: Math.min(os.availableParallelism(), items.length) }, lane),
  );
  return results;
}
