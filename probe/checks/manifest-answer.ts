// When the runtime's own pull outlasts its check, asks the registry itself what it answers for
// the manifest: CRI-O (containers/image) retries a 429 with backoff for longer than the check's
// timeout, so the pull only says "timed out" while the registry is plainly rate limiting. A HEAD,
// anonymous: Docker Hub does not count a HEAD as a pull, and no credential leaves the node.
import type { CheckResult } from '../../shared/probe/report.js';
import { parseImageReference } from '../../shared/image-reference.js';
import type { NodeAccess } from '../node/node-access.js';
import type { NodeTrust } from '../node/trust.js';
import { registryGet } from './registry-api.js';
import { runCheck } from './run-check.js';
import type { TlsTarget } from './tls.js';

const ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

/** The registry's anonymous answer to a HEAD of the image's manifest; failed for a 429 or a 5xx. */
export function checkManifestAnswer(
  access: NodeAccess,
  target: TlsTarget,
  trust: NodeTrust,
  image: string,
  timeoutMs: number,
): Promise<CheckResult<{ readonly status: number; readonly retryAfter?: string }>> {
  return runCheck(timeoutMs, async (signal) => {
    const parsed = parseImageReference(image);
    if (!parsed.ok) return { status: 'skipped', error: parsed.reason };
    const ref = parsed.ref.digest ?? parsed.ref.tag ?? 'latest';
    const path = `/v2/${parsed.ref.repository}/manifests/${ref}`;
    const answer = await registryGet(
      access,
      target,
      trust,
      path,
      { accept: ACCEPT },
      signal,
      0,
      'HEAD',
    );
    const retry = answer.headers['retry-after'];
    const retryAfter = Array.isArray(retry) ? retry[0] : retry;
    const detail = { status: answer.status, ...(retryAfter ? { retryAfter } : {}) };
    const refused = answer.status === 429 || answer.status >= 500;
    return refused
      ? {
          status: 'failed',
          error: `HEAD ${path} answered HTTP ${answer.status}${answer.status === 429 ? ' Too Many Requests' : ''}${retryAfter ? ` (Retry-After: ${retryAfter})` : ''}`,
          detail,
        }
      : { status: 'ok', detail };
  });
}
