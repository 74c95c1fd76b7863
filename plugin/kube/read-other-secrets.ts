/**
 * Pull secrets of other namespaces, read only when a failing image looks like a credential
 * problem and none of the pod's own secrets match its registry: one bounded page of
 * dockerconfigjson secrets, decoded in memory and never printed. RBAC refusing it is no error.
 */
import type { V1SecretList } from '@kubernetes/client-node';
import { classifyMessage } from '../../shared/classify.js';
import type { NamespacedPullSecret } from '../../shared/diagnosis/credentials-elsewhere.js';
import type { Lookup, PodFacts, SecretFacts } from '../../shared/diagnosis/evidence.js';
import { isPullFailure } from '../../shared/diagnosis/scope.js';
import { parseImageReference } from '../../shared/image-reference.js';
import { decodePullSecret } from '../../shared/pull-secrets.js';
import { lookupCredentials } from '../../shared/registry-keyring.js';
import type { ApiConnection } from './connect.js';

const CREDENTIAL_CAUSES = new Set(['auth', 'auth-or-not-found', 'secret-missing']);

/** True when some failing container reads as a credential problem its own secrets do not solve. */
export function needsOtherSecrets(
  pod: PodFacts,
  secrets: Readonly<Record<string, Lookup<SecretFacts>>>,
): boolean {
  return pod.containers.filter(isPullFailure).some((c) => {
    const text = [c.waiting?.reason, c.waiting?.message].filter(Boolean).join(': ');
    if (!CREDENTIAL_CAUSES.has(classifyMessage(text).cause)) return false;
    const parsed = parseImageReference(c.image);
    if (!parsed.ok) return false;
    return !Object.values(secrets).some(
      (s) =>
        s.status === 'found' &&
        s.value.decoded.ok &&
        lookupCredentials(s.value.decoded.credentials, parsed.ref).matches.length > 0,
    );
  });
}

/**
 * One page of the cluster's docker-config secrets; the pod's namespace alone when listing across
 * namespaces is refused; empty when that is refused too.
 */
export async function readOtherSecrets(
  conn: ApiConnection,
  namespace: string,
): Promise<NamespacedPullSecret[]> {
  for (const where of [
    '/api/v1/secrets',
    `/api/v1/namespaces/${encodeURIComponent(namespace)}/secrets`,
  ]) {
    try {
      const list = await conn.get<V1SecretList>('list secrets', where, {
        fieldSelector: 'type=kubernetes.io/dockerconfigjson',
        limit: 500,
      });
      return list.items.map((s) => ({
        namespace: s.metadata?.namespace ?? namespace,
        name: s.metadata?.name ?? '',
        decoded: decodePullSecret(s.type, s.data),
      }));
    } catch {
      // Refused (RBAC): try the narrower read, then give up; the audit just cannot say where.
    }
  }
  return [];
}
