// The kubelet's credential provider plugins, as the kubelet sees them (kubernetes
// pkg/credentialprovider/plugin): the flags that turn them on, the CredentialProviderConfig that
// lists them, which provider answers for an image (matchImages), the request the kubelet writes
// to a plugin's stdin and the response it accepts on stdout. The probe runs the plugins the same
// way, so a node whose pulls depend on a provider is judged with the credentials it really gets.
import { load } from 'js-yaml';
import type { ImageReference } from '../image-reference.js';
import type { RegistryCredential } from '../pull-secrets.js';

/** The kubelet flags that turn credential provider plugins on. */
export interface CredentialProviderFlags {
  readonly configFile?: string;
  readonly binDir?: string;
}

/** One provider from a CredentialProviderConfig. */
export interface CredentialProvider {
  readonly name: string;
  readonly matchImages: readonly string[];
  /** The credentialprovider.kubelet.k8s.io version the plugin speaks; the kubelet requires one. */
  readonly apiVersion?: string;
  readonly args: readonly string[];
  /** Added to the kubelet's own environment when the plugin runs. */
  readonly env: readonly { readonly name: string; readonly value: string }[];
  readonly defaultCacheDuration?: string;
  /** True when the plugin wants a service account token (KEP-4412), which the probe cannot mint. */
  readonly wantsServiceAccountToken: boolean;
}

/** A parsed CredentialProviderConfig (YAML or JSON). */
export interface CredentialProviderConfig {
  readonly kind?: string;
  readonly providers: readonly CredentialProvider[];
}

function flagValue(text: string, flag: string): string | undefined {
  const match = new RegExp(`--${flag}(?:=|\\s+)(?:"([^"]*)"|'([^']*)'|([^\\s"']+))`).exec(text);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** Finds the credential provider flags in any text that carries kubelet arguments (env file, unit). */
export function parseKubeletCredentialFlags(text: string): CredentialProviderFlags {
  const configFile = flagValue(text, 'image-credential-provider-config');
  const binDir = flagValue(text, 'image-credential-provider-bin-dir');
  return { ...(configFile ? { configFile } : {}), ...(binDir ? { binDir } : {}) };
}

/** The same flags from a running kubelet's argv (/proc/PID/cmdline), where each is one word or two. */
export function credentialFlagsFromArgv(argv: readonly string[]): CredentialProviderFlags {
  const value = (flag: string): string | undefined => {
    let found: string | undefined;
    argv.forEach((arg, i) => {
      // Go's flag package takes the last occurrence; so do we.
      if (arg === `--${flag}` || arg === `-${flag}`) found = argv[i + 1];
      else if (arg.startsWith(`--${flag}=`) || arg.startsWith(`-${flag}=`))
        found = arg.slice(arg.indexOf('=') + 1);
    });
    return found || undefined;
  };
  const configFile = value('image-credential-provider-config');
  const binDir = value('image-credential-provider-bin-dir');
  return { ...(configFile ? { configFile } : {}), ...(binDir ? { binDir } : {}) };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : [];

function readProvider(p: unknown): CredentialProvider[] {
  if (!isObject(p) || typeof p.name !== 'string' || p.name === '') return [];
  const env = Array.isArray(p.env)
    ? p.env.flatMap((e: unknown) =>
        isObject(e) && typeof e.name === 'string'
          ? [{ name: e.name, value: typeof e.value === 'string' ? e.value : '' }]
          : [],
      )
    : [];
  return [
    {
      name: p.name,
      matchImages: strings(p.matchImages),
      ...(typeof p.apiVersion === 'string' ? { apiVersion: p.apiVersion } : {}),
      args: strings(p.args),
      env,
      ...(typeof p.defaultCacheDuration === 'string'
        ? { defaultCacheDuration: p.defaultCacheDuration }
        : {}),
      wantsServiceAccountToken: p.tokenAttributes !== undefined && p.tokenAttributes !== null,
    },
  ];
}

/** Parses a kubelet CredentialProviderConfig file, JSON or YAML; never throws. */
export function parseCredentialProviderConfig(text: string): CredentialProviderConfig {
  let parsed: unknown;
  try {
    parsed = load(text);
  } catch {
    return { providers: [] };
  }
  if (!isObject(parsed)) return { providers: [] };
  const providers = Array.isArray(parsed.providers) ? parsed.providers.flatMap(readProvider) : [];
  return { ...(typeof parsed.kind === 'string' ? { kind: parsed.kind } : {}), providers };
}

/** host[:port] and path of a matchImages entry or an image, the way URLsMatchStr reads them. */
function splitPattern(text: string): { host: string; port: string; path: string } {
  const rest = text.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  const slash = rest.indexOf('/');
  const authority = slash === -1 ? rest : rest.slice(0, slash);
  const path = slash === -1 ? '' : rest.slice(slash);
  const m = /^(.*?)(?::(\d*))?$/.exec(authority);
  return { host: m?.[1] ?? authority, port: m?.[2] ?? '', path };
}

/** filepath.Match on one host label: `*` and `?` glob; anything else compares literally. */
function labelMatch(pattern: string, label: string): boolean {
  const re = new RegExp(
    `^${[...pattern].map((c) => (c === '*' ? '[^/]*' : c === '?' ? '[^/]' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('')}$`,
  );
  return re.test(label);
}

/**
 * The kubelet's matchImages rule (URLsMatchStr): same port, same number of host labels, each label
 * globbed, and the pattern's path a prefix of the image's repository path.
 */
export function matchImagePattern(pattern: string, ref: ImageReference): boolean {
  const p = splitPattern(pattern);
  const t = splitPattern(`${ref.registry}/${ref.repository}`);
  const pl = p.host.split('.');
  const tl = t.host.split('.');
  return (
    p.port === t.port &&
    t.path.startsWith(p.path) &&
    pl.length === tl.length &&
    pl.every((label, i) => labelMatch(label, tl[i] ?? ''))
  );
}

/** The providers the kubelet would run for the image, in config order, with the pattern that matched. */
export function providersForImage(
  config: CredentialProviderConfig,
  ref: ImageReference,
): { provider: CredentialProvider; pattern: string }[] {
  return config.providers.flatMap((provider) => {
    const pattern = provider.matchImages.find((m) => matchImagePattern(m, ref));
    return pattern === undefined ? [] : [{ provider, pattern }];
  });
}

/** What the kubelet writes to the plugin's stdin: the image as its keyring looks it up (no tag). */
export function providerRequest(apiVersion: string, ref: ImageReference): string {
  return JSON.stringify({
    apiVersion,
    kind: 'CredentialProviderRequest',
    image: `${ref.registry}/${ref.repository}`,
  });
}

/** A plugin's answer, with the registries it answered for as keyring entries. */
export type ProviderResponse =
  | {
      readonly ok: true;
      readonly cacheKeyType?: string;
      readonly cacheDuration?: string;
      readonly credentials: readonly RegistryCredential[];
    }
  | { readonly ok: false; readonly problem: string };

/** Reads the plugin's stdout as the kubelet does: JSON, the same apiVersion, the right kind. */
export function parseProviderResponse(stdout: string, apiVersion: string): ProviderResponse {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    return { ok: false, problem: 'the plugin did not print a JSON CredentialProviderResponse' };
  }
  if (!isObject(parsed))
    return { ok: false, problem: 'the plugin did not print a JSON CredentialProviderResponse' };
  if (parsed.kind !== 'CredentialProviderResponse')
    return {
      ok: false,
      problem: `the plugin's response has kind ${JSON.stringify(parsed.kind ?? '')}, expected CredentialProviderResponse`,
    };
  if (parsed.apiVersion !== apiVersion)
    return {
      ok: false,
      problem: `the plugin answered with apiVersion ${JSON.stringify(parsed.apiVersion ?? '')}, but its config says ${apiVersion}`,
    };
  const auth = isObject(parsed.auth) ? parsed.auth : {};
  const credentials = Object.entries(auth).map(([key, value]): RegistryCredential => {
    const v = isObject(value) ? value : {};
    const username = typeof v.username === 'string' ? v.username : undefined;
    const password = typeof v.password === 'string' ? v.password : undefined;
    return {
      key,
      ...(username === undefined ? {} : { username }),
      ...(password === undefined ? {} : { password }),
      hasAuth: Boolean(username) || Boolean(password),
    };
  });
  return {
    ok: true,
    ...(typeof parsed.cacheKeyType === 'string' ? { cacheKeyType: parsed.cacheKeyType } : {}),
    ...(typeof parsed.cacheDuration === 'string' ? { cacheDuration: parsed.cacheDuration } : {}),
    credentials,
  };
}
