/**
 * Which credentials the node-side pull should use. First the entry the kubelet itself would pick
 * from the pod's pull secrets; failing that, a "near miss" (right host, but a different port, an
 * Opaque secret, ...) so that reproduce can show the credentials work once the kubelet gets them.
 */
import type { ImageReference } from '../image-reference.js';
import { decodePullSecret, lookupCredentials, type RegistryCredential } from '../pull-secrets.js';

/** One secret as read from the API: its name, type and raw (base64) data. */
export interface RawSecret {
  readonly name: string;
  readonly type?: string;
  readonly data?: Readonly<Record<string, string>>;
}

/** The chosen credential, where it came from, and why. */
export interface ChosenCredential {
  readonly source: 'kubelet-match' | 'near-miss' | 'none';
  readonly secret?: string;
  readonly key?: string;
  readonly credential?: RegistryCredential;
  readonly why: string;
}

/** Picks credentials for `ref` from the pod's secrets, in the pod's order. */
export function chooseCredentials(
  secrets: readonly RawSecret[],
  ref: ImageReference,
): ChosenCredential {
  for (const s of secrets) {
    const decoded = decodePullSecret(s.type, s.data);
    if (!decoded.ok) continue;
    const match = lookupCredentials(decoded.credentials, ref).matches[0];
    if (match?.credential.hasAuth) {
      return {
        source: 'kubelet-match',
        secret: s.name,
        key: match.credential.key,
        credential: match.credential,
        why: `the entry the kubelet uses (${s.name}: ${match.credential.key})`,
      };
    }
  }
  for (const s of secrets) {
    const credential = nearMiss(s, ref);
    if (credential) {
      return {
        source: 'near-miss',
        secret: s.name,
        key: credential.key,
        credential,
        why: `not used by the kubelet, but names ${ref.host} (${s.name}: ${credential.key})`,
      };
    }
  }
  return { source: 'none', why: 'no pull secret of the pod has credentials for this registry' };
}

/**
 * A credential the kubelet would not use but that is meant for this registry: one of the near
 * misses `diagnose` names (a wildcard or path key with another port, a key without the port, ...),
 * an entry of an Opaque secret the kubelet would otherwise match, or any key for the same host.
 */
function nearMiss(s: RawSecret, ref: ImageReference): RegistryCredential | undefined {
  // Decode as a docker config whatever the declared type: an Opaque secret often holds one.
  const asConfig =
    s.data?.['.dockerconfigjson'] !== undefined
      ? 'kubernetes.io/dockerconfigjson'
      : 'kubernetes.io/dockercfg';
  const decoded = decodePullSecret(asConfig, s.data);
  if (!decoded.ok) return undefined;
  const lookup = lookupCredentials(decoded.credentials, ref);
  const named = new Set([
    ...lookup.matches.map((m) => m.credential.key),
    ...lookup.nearMisses.map((m) => m.key),
  ]);
  const usable = decoded.credentials.filter((c) => c.hasAuth);
  return (
    usable.find((c) => named.has(c.key)) ??
    usable.find((c) => hostOf(c.key) === ref.host.toLowerCase())
  );
}

function hostOf(key: string): string {
  const noScheme = key.replace(/^[a-z]+:\/\//i, '');
  const hostPort = noScheme.split('/')[0] ?? '';
  return hostPort.replace(/:\d+$/, '').toLowerCase();
}
