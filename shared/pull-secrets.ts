// Decodes image pull secrets and matches their registry keys against an image the way the kubelet
// does (kubernetes pkg/credentialprovider: config.go, keyring.go, secrets/secrets.go). The point is
// to predict which credentials the kubelet hands to the runtime, and to explain the keys that
// almost matched, since "the secret is there but keyed to the wrong host" is a common failure.

/** One credential entry from a pull secret. password/auth/identityToken are secrets: never render them. */
export interface RegistryCredential {
  /** The registry key exactly as written in the secret. */
  readonly key: string;
  readonly username?: string;
  readonly password?: string;
  /** Read for reporting only: the kubelet never passes an identity token from a secret. */
  readonly identityToken?: string;
  /** Whether the kubelet would send a username and a password (from the fields or from auth). */
  readonly hasAuth: boolean;
}

/** The credentials in one pull secret, or why the kubelet cannot use the secret. */
export type PullSecretDecode =
  | {
      readonly ok: true;
      readonly format: 'dockerconfigjson' | 'dockercfg';
      readonly credentials: readonly RegistryCredential[];
    }
  | {
      readonly ok: false;
      readonly problem: 'wrong-type' | 'missing-key' | 'bad-base64' | 'bad-json' | 'bad-auth-field';
      readonly detail: string;
    };

type DecodeFailure = Extract<PullSecretDecode, { ok: false }>;

const SECRET_FORMATS: ReadonlyMap<
  string,
  { format: 'dockerconfigjson' | 'dockercfg'; dataKey: string }
> = new Map([
  ['kubernetes.io/dockerconfigjson', { format: 'dockerconfigjson', dataKey: '.dockerconfigjson' }],
  ['kubernetes.io/dockercfg', { format: 'dockercfg', dataKey: '.dockercfg' }],
] as const);

const NEEDED_TYPE =
  'it needs type kubernetes.io/dockerconfigjson with key .dockerconfigjson ' +
  '(or the legacy kubernetes.io/dockercfg with key .dockercfg)';

const failure = (problem: DecodeFailure['problem'], detail: string): DecodeFailure => ({
  ok: false,
  problem,
  detail,
});

/** Standard base64; `padded` picks Go's StdEncoding (padding required) or RawStdEncoding (none). */
function decodeBase64(text: string, padded: boolean): Uint8Array | undefined {
  const shapeOk = padded
    ? /^[A-Za-z0-9+/]*={0,2}$/.test(text) && text.length % 4 === 0
    : /^[A-Za-z0-9+/]*$/.test(text) && text.length % 4 !== 1;
  if (!shapeOk) return undefined;
  try {
    return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}

// ignoreBOM keeps a byte-order mark so JSON.parse rejects it, as Go's json.Unmarshal does.
const utf8 = (bytes: Uint8Array): string =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Go's encoding/json matches field names case-insensitively, and the last matching key wins. */
function field(object: Record<string, unknown>, name: string): unknown {
  let found: unknown;
  for (const [key, value] of Object.entries(object)) {
    if (key.toLowerCase() === name) found = value;
  }
  return found;
}

/** A string field as Go decodes it: absent or null is '', any other non-string is an error. */
function stringField(entry: Record<string, unknown>, name: string): string | undefined {
  const value = field(entry, name);
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : undefined;
}

/** config.go decodeDockerConfigFieldAuth: base64("user:pass"), padded or not. */
function decodeAuthField(auth: string): { username: string; password: string } | undefined {
  // Go's decoders skip line breaks; the padding decision looks at the trimmed text.
  const bytes = decodeBase64(auth.replace(/[\r\n]/g, ''), auth.trim().endsWith('='));
  if (bytes === undefined) return undefined;
  const text = utf8(bytes);
  const colon = text.indexOf(':');
  if (colon === -1) return undefined;
  return { username: text.slice(0, colon), password: text.slice(colon + 1) };
}

/** One auths entry, as config.go's DockerConfigEntry.UnmarshalJSON reads it. */
function readEntry(key: string, entry: unknown): RegistryCredential | DecodeFailure {
  if (entry !== null && !isObject(entry)) {
    return failure('bad-json', `auths entry '${key}' is not an object`);
  }
  const fields = entry ?? {};
  let username = stringField(fields, 'username');
  let password = stringField(fields, 'password');
  const auth = stringField(fields, 'auth');
  if (username === undefined || password === undefined || auth === undefined) {
    return failure('bad-json', `auths entry '${key}': username, password and auth must be strings`);
  }
  if (auth !== '') {
    // The kubelet lets a non-empty auth override separate username/password fields.
    const decoded = decodeAuthField(auth);
    if (decoded === undefined) {
      return failure(
        'bad-auth-field',
        `auths entry '${key}': auth is not base64 of 'username:password'`,
      );
    }
    ({ username, password } = decoded);
  }
  // The kubelet's DockerConfigEntry has no identity token: it is kept only to be reported.
  const token = field(fields, 'identitytoken');
  return {
    key,
    ...(username === '' ? {} : { username }),
    ...(password === '' ? {} : { password }),
    ...(typeof token === 'string' && token !== '' ? { identityToken: token } : {}),
    hasAuth: username !== '' && password !== '',
  };
}

function readAuths(auths: unknown): RegistryCredential[] | DecodeFailure {
  // Go leaves a map nil for JSON null or an absent field: no credentials, not an error.
  if (auths === undefined || auths === null) return [];
  if (!isObject(auths)) return failure('bad-json', 'auths is not an object of registry entries');
  const credentials: RegistryCredential[] = [];
  for (const [key, entry] of Object.entries(auths)) {
    const read = readEntry(key, entry);
    if ('problem' in read) return read;
    credentials.push(read);
  }
  return credentials;
}

function wrongTypeDetail(
  type: string | undefined,
  data: Readonly<Record<string, string>> | undefined,
): string {
  const shown = type === undefined || type === '' ? 'no type (so it is Opaque)' : `type ${type}`;
  const holds =
    data !== undefined && Object.hasOwn(data, '.dockerconfigjson')
      ? ' even though it holds .dockerconfigjson'
      : '';
  return `secret has ${shown}; the kubelet ignores it for image pulls${holds}: ${NEEDED_TYPE}`;
}

function missingKeyDetail(
  type: string,
  dataKey: string,
  data: Readonly<Record<string, string>> | undefined,
): string {
  const keys = Object.keys(data ?? {});
  if (keys.includes(dataKey)) return `secret of type ${type} has an empty ${dataKey}`;
  const other = dataKey === '.dockercfg' ? '.dockerconfigjson' : '.dockercfg';
  const hint = keys.includes(other)
    ? `; it has ${other}, which the kubelet reads only from a secret of the matching type`
    : ` (${keys.length === 0 ? 'no data' : `keys: ${keys.join(', ')}`})`;
  return `secret of type ${type} has no ${dataKey} key${hint}`;
}

/** Decodes a pull secret from its API type and base64 data, as the kubelet would read it. */
export function decodePullSecret(
  type: string | undefined,
  data: Readonly<Record<string, string>> | undefined,
): PullSecretDecode {
  const expected = type === undefined ? undefined : SECRET_FORMATS.get(type);
  if (type === undefined || expected === undefined)
    return failure('wrong-type', wrongTypeDetail(type, data));
  const { format, dataKey } = expected;
  const encoded = data !== undefined && Object.hasOwn(data, dataKey) ? data[dataKey] : undefined;
  // The kubelet skips a secret whose data key is absent or empty (secrets.go: len(bytes) > 0).
  if (typeof encoded !== 'string' || encoded === '') {
    return failure('missing-key', missingKeyDetail(type, dataKey, data));
  }
  const bytes = decodeBase64(encoded, true);
  if (bytes === undefined) return failure('bad-base64', `${dataKey} is not valid base64`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(utf8(bytes));
  } catch {
    // The parser's own message quotes the input, which may hold a password: say less.
    return failure('bad-json', `${dataKey} is not valid JSON`);
  }
  if (parsed !== null && !isObject(parsed))
    return failure('bad-json', `${dataKey} is not a JSON object`);
  const auths = format === 'dockerconfigjson' && parsed !== null ? field(parsed, 'auths') : parsed;
  const credentials = readAuths(auths);
  return Array.isArray(credentials) ? { ok: true, format, credentials } : credentials;
}

/** A redacted, printable view: key, username, hasAuth — never the password. */
export function describeCredential(c: RegistryCredential): {
  key: string;
  username?: string;
  hasAuth: boolean;
} {
  return {
    key: c.key,
    ...(c.username === undefined ? {} : { username: c.username }),
    hasAuth: c.hasAuth,
  };
}

export {
  lookupCredentials,
  type CredentialLookup,
  type CredentialMatch,
  type CredentialMatchKind,
  type NearMiss,
} from './registry-keyring.js';
