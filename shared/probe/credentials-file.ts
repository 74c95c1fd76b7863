// Reads the credentials file mounted into the probe for the credentialed pull. Its content is
// secret: no message from here ever quotes it.

/** Credentials for the CRI AuthConfig: username and password, or the docker `auth` field. */
export type ProbeCredentials =
  | { readonly kind: 'basic'; readonly username: string; readonly password: string }
  | { readonly kind: 'auth'; readonly auth: string };

/** The credentials, or why the file cannot be used (never quoting it). */
export type CredentialsParse =
  | { readonly ok: true; readonly credentials: ProbeCredentials }
  | { readonly ok: false; readonly problem: string };

/** Parses `{ "username": ..., "password": ... }` or `{ "auth": base64("user:pass") }`. */
export function parseCredentialsFile(text: string): CredentialsParse {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'credentials file is not valid JSON' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, problem: 'credentials file is not a JSON object' };
  }
  const { username, password, auth } = parsed as Record<string, unknown>;
  if (typeof username === 'string' && typeof password === 'string' && username !== '') {
    return { ok: true, credentials: { kind: 'basic', username, password } };
  }
  if (typeof auth === 'string' && auth !== '')
    return { ok: true, credentials: { kind: 'auth', auth } };
  return {
    ok: false,
    problem: 'credentials file needs string fields username and password, or auth',
  };
}
