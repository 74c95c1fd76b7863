/**
 * Secrets in other namespaces that hold credentials for an image's registry: secrets never cross
 * namespaces, so a working pull elsewhere often rides on one the pod's namespace lacks.
 */
import type { ImageReference } from '../image-reference.js';
import type { PullSecretDecode } from '../pull-secrets.js';
import { lookupCredentials } from '../registry-keyring.js';

/** A decoded pull secret of some namespace. */
export interface NamespacedPullSecret {
  readonly namespace: string;
  readonly name: string;
  readonly decoded: PullSecretDecode;
}

/** A secret elsewhere that the kubelet would match for the image, and the key it would use. */
export interface CredentialElsewhere {
  readonly namespace: string;
  readonly secret: string;
  readonly key: string;
}

/** The secrets outside `namespace` with an entry the kubelet would use for `ref`. */
export function credentialsElsewhere(
  secrets: readonly NamespacedPullSecret[],
  ref: ImageReference,
  namespace: string,
  limit = 5,
): CredentialElsewhere[] {
  const found: CredentialElsewhere[] = [];
  for (const s of secrets) {
    if (s.namespace === namespace || !s.decoded.ok) continue;
    const match = lookupCredentials(s.decoded.credentials, ref).matches[0];
    if (match) found.push({ namespace: s.namespace, secret: s.name, key: match.credential.key });
    if (found.length >= limit) break;
  }
  return found;
}
