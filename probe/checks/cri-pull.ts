// Pulls the image through the node's own runtime over CRI, as the kubelet does, once without and
// once with the pod's credentials. The runtime's error text is the evidence, kept verbatim. An
// image that was absent before is removed again afterwards, so reproducing leaves the node's
// image cache as it found it.
import type { CheckResult, PullDetail } from '../../shared/probe/report.js';
import { CriCallError, type CriClient } from '../cri/client.js';
import type { CriAuth } from '../cri/messages.js';
import { runCheck, type CheckOutcome } from './run-check.js';

/** Removes the image when the pull added it and nothing else names it; says what happened. */
async function restoreCache(
  client: CriClient,
  image: string,
  timeoutMs: number,
): Promise<Pick<PullDetail, 'removedAfter' | 'cleanupError'>> {
  try {
    const after = await client.imageStatus(image, timeoutMs);
    if (after === undefined) return { removedAfter: false };
    // RemoveImage drops every name of the image: leave it if it also carries a name we did not add.
    if (after.repoTags.length > 1) {
      return {
        removedAfter: false,
        cleanupError: `not removed: the image is also tagged ${after.repoTags.join(', ')}`,
      };
    }
    await client.removeImage(image, timeoutMs);
    return { removedAfter: true };
  } catch (err) {
    return {
      removedAfter: false,
      cleanupError: `removing the pulled image failed: ${(err as Error).message}`,
    };
  }
}

async function pullOnce(
  client: CriClient,
  image: string,
  auth: CriAuth | undefined,
  timeoutMs: number,
): Promise<CheckOutcome<PullDetail>> {
  const before = await client.imageStatus(image, timeoutMs);
  const alreadyPresent = before !== undefined;
  let imageRef: string;
  try {
    imageRef = await client.pullImage(image, auth, timeoutMs);
  } catch (err) {
    const grpcStatus = err instanceof CriCallError ? err.codeName : undefined;
    return {
      status: 'failed',
      error: (err as Error).message,
      detail: { alreadyPresent, ...(grpcStatus ? { grpcStatus } : {}) },
    };
  }
  const cleanup = alreadyPresent ? {} : await restoreCache(client, image, timeoutMs);
  return { status: 'ok', detail: { imageRef, alreadyPresent, ...cleanup } };
}

/** Pulls `image` through the runtime, with `auth` when given; ok when the runtime stored it. */
export function checkCriPull(
  client: CriClient,
  image: string,
  auth: CriAuth | undefined,
  timeoutMs: number,
): Promise<CheckResult<PullDetail>> {
  // The pull and its cleanup share the deadline; the runtime also gets it as grpc-timeout.
  return runCheck(timeoutMs, () => pullOnce(client, image, auth, timeoutMs));
}
