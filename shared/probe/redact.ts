// Masks secrets in text that is about to leave the probe.
import type { ProbeCredentials } from './credentials-file.js';

/** Replaces every occurrence of each secret (and its JSON-escaped form) with `***`. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  // Short values would mask ordinary words and say nothing; real credentials are longer.
  for (const secret of secrets.filter((s) => s.length >= 4)) {
    for (const form of new Set([secret, JSON.stringify(secret).slice(1, -1)]))
      out = out.split(form).join('***');
  }
  return out;
}

/** The secret parts of probe credentials: the password, or the auth field and the password in it. */
export function secretsOf(credentials: ProbeCredentials): string[] {
  if (credentials.kind === 'basic') return [credentials.password];
  let decoded = '';
  try {
    decoded = atob(credentials.auth.trim());
  } catch {
    // Not base64: the runtime will refuse it; only the field itself is secret then.
  }
  const colon = decoded.indexOf(':');
  return colon === -1 ? [credentials.auth] : [credentials.auth, decoded.slice(colon + 1)];
}
