// The kubelet's keyring: which pull-secret keys it would use for an image, and which keys almost
// matched (kubernetes pkg/credentialprovider keyring.go). Split from pull-secrets.ts, which decodes
// the secrets these keys come from.
import type { ImageReference } from './image-reference.js';
import type { RegistryCredential } from './pull-secrets.js';

/** How a credential's key matched: as the exact host, via Docker Hub's legacy key, by path, or by glob. */
export type CredentialMatchKind = 'exact' | 'docker-hub-alias' | 'path-prefix' | 'wildcard';
/** A credential the kubelet would try for the image. */
export interface CredentialMatch {
  readonly credential: RegistryCredential;
  readonly kind: CredentialMatchKind;
}
/** A key that looks meant for the image but that the kubelet will not use, and why. */
export interface NearMiss {
  readonly key: string;
  readonly why: string;
}
/** The credentials the kubelet would try, in its order, and the keys that almost matched. */
export interface CredentialLookup {
  readonly matches: readonly CredentialMatch[];
  readonly nearMisses: readonly NearMiss[];
}

/** A key or image reduced to what keyring.go compares: host[:port] and path. */
interface KeyUrl {
  readonly host: string;
  readonly path: string;
}

// Go's url.Parse refuses spaces, control characters and these in a host, and a non-digit port.
const HOST_WITH_PORT = /^(?:\[[^\]]*\]|[^:[\]]*)(?::\d*)?$/;
const isBadHost = (host: string): boolean =>
  host === '' || [...host].some((c) => c <= ' ' || c === '\u007f' || '"<>\\^`{|}'.includes(c));

/** keyring.go Add: drop http(s)://, keep host and path, and treat /v1/ and /v2/ as the bare host. */
function normaliseKey(key: string): KeyUrl | undefined {
  const rest = key.replace(/^https?:\/\//, '');
  const cut = rest.search(/[/?#]/);
  const authority = cut === -1 ? rest : rest.slice(0, cut);
  const host = authority.slice(authority.lastIndexOf('@') + 1);
  if (isBadHost(host) || !HOST_WITH_PORT.test(host)) return undefined;
  const after = cut === -1 ? '' : rest.slice(cut);
  let path = after.startsWith('/') ? (after.split(/[?#]/)[0] ?? '') : '';
  if (/^\/v[12]\//.test(path)) path = path.slice(3);
  return { host, path: path === '/' ? '' : path };
}

/** keyring.go splitURL (net.SplitHostPort): a host without a port keeps any brackets. */
function splitHost(host: string): { labels: string[]; port: string } {
  const match = /^\[([^\]]*)\]:(\d*)$/.exec(host) ?? /^([^:[\]]*):(\d*)$/.exec(host);
  return { labels: (match?.[1] ?? host).split('.'), port: match?.[2] ?? '' };
}

/** filepath.Match for one label: '*' and '?' are globs; classes and escapes compare literally. */
function globMatch(pattern: string, name: string): boolean {
  if (/[[\\]/.test(pattern)) return pattern === name;
  let p = 0;
  let n = 0;
  let star = -1;
  let starN = 0;
  while (n < name.length) {
    const c = pattern[p];
    if (c === '*') [star, starN, p] = [p, n, p + 1];
    else if (c !== undefined && (c === '?' || c === name[n])) [p, n] = [p + 1, n + 1];
    else if (star !== -1) [p, n, starN] = [star + 1, starN + 1, starN + 1];
    else return false;
  }
  while (pattern[p] === '*') p += 1;
  return p === pattern.length;
}

const hostsMatch = (glob: string[], target: string[]): boolean =>
  glob.length === target.length && glob.every((label, i) => globMatch(label, target[i] ?? ''));

/** keyring.go URLsMatch: same port, same number of labels, each label globbed, path a prefix. */
function urlsMatch(glob: KeyUrl, target: KeyUrl): boolean {
  const g = splitHost(glob.host);
  const t = splitHost(target.host);
  return g.port === t.port && target.path.startsWith(glob.path) && hostsMatch(g.labels, t.labels);
}

/** keyring.go isDefaultRegistryMatch: also true for a registry with neither '.' nor ':' (localhost). */
const isDefaultRegistryMatch = (ref: ImageReference): boolean =>
  ref.registry === 'docker.io' || !/[.:]/.test(ref.registry);

const isGlob = (host: string): boolean => /[*?]/.test(host);
const joined = (url: KeyUrl): string => url.host + url.path;
const lower = (url: KeyUrl): KeyUrl => ({
  host: url.host.toLowerCase(),
  path: url.path.toLowerCase(),
});

function matchKind(url: KeyUrl): CredentialMatchKind {
  if (isGlob(url.host)) return 'wildcard';
  return url.path === '' ? 'exact' : 'path-prefix';
}

interface Entry {
  readonly credential: RegistryCredential;
  readonly url: KeyUrl | undefined;
}

/** Keyring order: distinct keys sorted in reverse, so 'reg.io/team' comes before 'reg.io'. */
function findMatches(
  entries: readonly Entry[],
  target: KeyUrl,
  ref: ImageReference,
): CredentialMatch[] {
  const keys = [...new Set(entries.flatMap((e) => (e.url ? [joined(e.url)] : [])))];
  keys.sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
  const matches: CredentialMatch[] = [];
  for (const key of keys) {
    const withKey = entries.filter((e) => e.url && joined(e.url) === key);
    const url = withKey[0]?.url;
    if (url === undefined || !urlsMatch(url, target)) continue;
    for (const e of withKey) matches.push({ credential: e.credential, kind: matchKind(url) });
  }
  // Docker Hub's legacy key is a fallback, used only when no key matched at all.
  if (matches.length > 0 || !isDefaultRegistryMatch(ref)) return matches;
  return entries
    .filter((e) => e.url && joined(e.url) === 'index.docker.io')
    .map((e) => ({ credential: e.credential, kind: 'docker-hub-alias' as const }));
}

/** Explains why a key that looks meant for this image does not match it, or undefined. */
function explainMiss(
  key: string,
  url: KeyUrl,
  target: KeyUrl,
  ref: ImageReference,
  firstMatch?: string,
): string | undefined {
  const g = splitHost(url.host);
  const t = splitHost(target.host);
  const has = `secret has ${key}`;
  // Case is reported only when it is the whole difference; otherwise compare hosts ignoring it.
  const sameHost = hostsMatch(
    g.labels.map((label) => label.toLowerCase()),
    t.labels.map((label) => label.toLowerCase()),
  );
  if (urlsMatch(lower(url), lower(target))) {
    return `${has}, image uses ${ref.registry}/${ref.repository} (keys are compared case-sensitively)`;
  }
  if (sameHost && g.port !== t.port)
    return `${has}, image uses ${ref.registry} (the port must match)`;
  if (sameHost) {
    const v1v2 = /^\/v[12]$/.test(url.path)
      ? '; the kubelet drops /v1/ and /v2/ only with the trailing slash'
      : '';
    return `${has}, which covers only repositories starting with '${url.path.slice(1)}'; image repository is '${ref.repository}'${v1v2}`;
  }
  return explainHostMiss(has, url, g.labels, t.labels, ref, firstMatch);
}

function explainHostMiss(
  has: string,
  url: KeyUrl,
  keyLabels: string[],
  hostLabels: string[],
  ref: ImageReference,
  firstMatch?: string,
): string | undefined {
  const host = url.host.toLowerCase();
  const [shorter, longer] =
    keyLabels.length < hostLabels.length ? [keyLabels, hostLabels] : [hostLabels, keyLabels];
  const isSuffix = shorter.every(
    (label, i) => label.toLowerCase() === longer[longer.length - shorter.length + i]?.toLowerCase(),
  );
  if (isGlob(url.host) && shorter.length !== longer.length) {
    const literal = keyLabels.slice(keyLabels.findLastIndex((label) => isGlob(label)) + 1);
    if (literal.length > 0 && literal.join('.') === hostLabels.slice(-literal.length).join('.')) {
      return `${has}, image uses ${ref.registry} (each * matches exactly one label: ${keyLabels.length} labels in the key, ${hostLabels.length} in the host)`;
    }
  }
  if (ref.isDockerHub && /(?:^|\.)docker\.(?:io|com)(?::\d*)?$/.test(host)) {
    if (joined(lower(url)) === 'index.docker.io' && joined(url) !== 'index.docker.io') {
      return `${has}; the kubelet recognises the Docker Hub key only in lowercase`;
    }
    if (joined(url) === 'index.docker.io') {
      return `${has}; the kubelet uses it for Docker Hub only when no other key matches, and ${firstMatch ?? 'another key'} matched first`;
    }
    return `${has}, which the kubelet does not treat as Docker Hub (use docker.io or https://index.docker.io/v1/)`;
  }
  if (shorter.length >= 2 && shorter.length < longer.length && isSuffix) {
    return `${has}, image uses ${ref.registry} (the host must match exactly; subdomains do not count)`;
  }
  return host.includes(ref.host.toLowerCase())
    ? `${has}, which does not match ${ref.registry}/${ref.repository} the way the kubelet compares keys`
    : undefined;
}

/** The kubelet's keyring semantics: scheme stripped, host (with port) must match exactly or by *. wildcard per label, path prefix match on the repository, Docker Hub spellings (docker.io, index.docker.io, https://index.docker.io/v1/) equivalent; most specific match first. */
export function lookupCredentials(
  credentials: readonly RegistryCredential[],
  ref: ImageReference,
): CredentialLookup {
  // The kubelet looks up the normalised name without tag or digest (parsers.ParseImageName).
  const target: KeyUrl = { host: ref.registry, path: `/${ref.repository}` };
  const entries: Entry[] = credentials.map((credential) => ({
    credential,
    url: normaliseKey(credential.key),
  }));
  const matches = findMatches(entries, target, ref);
  const used = new Set(matches.map((m) => m.credential));
  const nearMisses: NearMiss[] = [];
  for (const { credential, url } of entries) {
    if (used.has(credential)) continue;
    const why =
      url === undefined
        ? credential.key.toLowerCase().includes(ref.host.toLowerCase())
          ? `secret key ${credential.key} is not a valid registry address, so the kubelet ignores it`
          : undefined
        : explainMiss(credential.key, url, target, ref, matches[0]?.credential.key);
    if (why !== undefined) nearMisses.push({ key: credential.key, why });
  }
  return { matches, nearMisses };
}
