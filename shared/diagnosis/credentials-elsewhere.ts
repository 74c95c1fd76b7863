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

/**
 * The secrets with an entry the kubelet would use for `ref` that the pod does not get: in its own
 * namespace but not referenced (first), or in another namespace.
 */
export function credentialsElsewhere(
  secrets: readonly NamespacedPullSecret[],
  ref: ImageReference,
  namespace: string,
  referenced: readonly string[] = [],
  limit = 5,
): CredentialElsewhere[] {
  const found: CredentialElsewhere[] = [];
  const ordered = [
    ...secrets.filter((s) => s.namespace === namespace),
    ...secrets.filter((s) => s.namespace !== namespace),
  ];
  for (const s of ordered) {
    if (!s.decoded.ok || (s.namespace === namespace && referenced.includes(s.name))) continue;
    const match = lookupCredentials(s.decoded.credentials, ref).matches[0];
    if (match) found.push({ namespace: s.namespace, secret: s.name, key: match.credential.key });
    if (found.length >= limit) break;
  }
  return found;
}
