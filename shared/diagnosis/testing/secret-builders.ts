/** Pull secrets for tests, built as the API server stores them and decoded by the real decoder. */
import { decodePullSecret } from '../../pull-secrets.js';
import type { SecretFacts } from '../evidence.js';

/** Base64 of UTF-8 text, as the API server stores secret data. */
export function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

/** A real kubernetes.io/dockerconfigjson secret for one registry, decoded as the kubelet would. */
export function dockerConfigSecret(server: string, user: string, pass: string): SecretFacts {
  const config = {
    auths: { [server]: { username: user, password: pass, auth: base64(`${user}:${pass}`) } },
  };
  return rawSecret('kubernetes.io/dockerconfigjson', {
    '.dockerconfigjson': base64(JSON.stringify(config)),
  });
}

/** A secret of any type and data, decoded by the real decoder (Opaque, bad base64, ...). */
export function rawSecret(type: string | undefined, data: Record<string, string>): SecretFacts {
  return { type, decoded: decodePullSecret(type, data) };
}

/** The Opaque secret people create with `kubectl create secret generic --from-file`. */
export function opaqueSecret(server: string, user: string, pass: string): SecretFacts {
  const config = { auths: { [server]: { username: user, password: pass } } };
  return rawSecret('Opaque', { '.dockerconfigjson': base64(JSON.stringify(config)) });
}

/** A dockerconfigjson secret whose data is not base64 at all. */
export function undecodableSecret(): SecretFacts {
  return rawSecret('kubernetes.io/dockerconfigjson', { '.dockerconfigjson': '{not base64}' });
}
