// Reads OpenSSH client configuration (ssh_config(5)) for `reproduce --via ssh`: the per-host
// User, Port, HostName, IdentityFile, ProxyJump, UserKnownHostsFile, IdentityAgent and
// ConnectTimeout people already keep in ~/.ssh/config for their nodes. Pure: the caller reads the
// files (Include included) and passes their text in.

/** One `Host` (or unsupported `Match`) block and the keyword lines under it, in order. */
export interface SshConfigBlock {
  /** Host patterns; undefined for a `Match` block, which this reader does not evaluate. */
  readonly patterns?: readonly string[];
  readonly options: readonly (readonly [keyword: string, value: string])[];
}

/** What the config says for one host; every field is the first value obtained, as in OpenSSH. */
export interface SshHostOptions {
  readonly hostName?: string;
  readonly user?: string;
  readonly port?: number;
  readonly identityFiles: readonly string[];
  readonly identityAgent?: string;
  readonly proxyJump?: string;
  readonly userKnownHostsFile?: string;
  readonly connectTimeoutSeconds?: number;
  /** Keywords seen for this host that this reader does not apply (for a note, not an error). */
  readonly ignored: readonly string[];
}

/** Splits a config line into keyword and value: `Key value`, `Key=value`, quotes removed. */
function splitLine(line: string): [string, string] | undefined {
  const m = /^\s*([A-Za-z][A-Za-z0-9]*)\s*(?:=\s*|\s+)(.*?)\s*$/.exec(line);
  if (!m) return undefined;
  const value = m[2]!.replace(/^"(.*)"$/, '$1');
  return [m[1]!.toLowerCase(), value];
}

/** Words of a value, honouring double quotes (Host patterns, several IdentityFile-like lists). */
function words(value: string): string[] {
  return [...value.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');
}

/**
 * Parses config text into blocks; lines before the first Host belong to an implicit `Host *`.
 * `Include` must already be expanded in place by the caller (plugin/ssh/ssh-config-file.ts).
 */
export function parseSshConfig(text: string): SshConfigBlock[] {
  const blocks: { patterns?: string[]; options: [string, string][] }[] = [
    { patterns: ['*'], options: [] },
  ];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const kv = splitLine(line);
    if (!kv) continue;
    const [keyword, value] = kv;
    if (keyword === 'host') blocks.push({ patterns: words(value), options: [] });
    else if (keyword === 'match') blocks.push({ options: [] });
    else blocks[blocks.length - 1]!.options.push([keyword, value]);
  }
  return blocks;
}

/** ssh_config pattern matching: `*` and `?` wildcards, case-insensitive, no other syntax. */
function globMatch(pattern: string, name: string): boolean {
  const re = pattern
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${re}$`, 'i').test(name);
}

/** A Host line matches when some pattern matches and no negated (`!`) pattern does. */
function hostMatches(patterns: readonly string[], names: readonly string[]): boolean {
  let matched = false;
  for (const p of patterns) {
    const negated = p.startsWith('!');
    const pattern = negated ? p.slice(1) : p;
    if (!names.some((n) => globMatch(pattern, n))) continue;
    if (negated) return false;
    matched = true;
  }
  return matched;
}

const APPLIED = new Set([
  'hostname',
  'user',
  'port',
  'identityfile',
  'identityagent',
  'proxyjump',
  'userknownhostsfile',
  'connecttimeout',
]);
// Keywords that change nothing this reader needs to honour for a read-only probe connection.
const HARMLESS = new Set([
  'include',
  'serveraliveinterval',
  'serveralivecountmax',
  'forwardagent',
  'addkeystoagent',
  'usekeychain',
  'loglevel',
  'compression',
  'controlmaster',
  'controlpath',
  'controlpersist',
  'sendenv',
  'setenv',
  'hashknownhosts',
  'identitiesonly',
  'preferredauthentications',
  'pubkeyauthentication',
  'passwordauthentication',
  'stricthostkeychecking',
  'tcpkeepalive',
  'visualhostkey',
  'globalknownhostsfile',
  'requesttty',
  'remotecommand',
]);

/**
 * The options for a host known by several `names` (the node's name, then its address): a block
 * applies when its Host patterns match any of them; each keyword keeps its first value, except
 * IdentityFile, which accumulates. `Match` blocks are skipped and named in `ignored`.
 */
export function resolveSshHost(
  blocks: readonly SshConfigBlock[],
  names: readonly string[],
): SshHostOptions {
  const first = new Map<string, string>();
  const identityFiles: string[] = [];
  const ignored = new Set<string>();
  for (const block of blocks) {
    if (block.patterns === undefined) {
      ignored.add('Match');
      continue;
    }
    if (!hostMatches(block.patterns, names)) continue;
    for (const [keyword, value] of block.options) {
      if (keyword === 'identityfile') {
        if (value.toLowerCase() !== 'none') identityFiles.push(value);
      } else if (APPLIED.has(keyword)) {
        if (!first.has(keyword)) first.set(keyword, value);
      } else if (!HARMLESS.has(keyword)) ignored.add(keyword);
    }
  }
  const port = Number(first.get('port'));
  const timeout = Number(first.get('connecttimeout'));
  const jump = first.get('proxyjump');
  const knownHosts = first.get('userknownhostsfile');
  return {
    ...(first.has('hostname') ? { hostName: first.get('hostname')! } : {}),
    ...(first.has('user') ? { user: first.get('user')! } : {}),
    ...(Number.isInteger(port) && port > 0 && port < 65536 ? { port } : {}),
    identityFiles,
    ...(first.has('identityagent') ? { identityAgent: first.get('identityagent')! } : {}),
    // Only the first hop of a chain; `none` turns a jump from an earlier block off.
    ...(jump && jump.toLowerCase() !== 'none' ? { proxyJump: jump.split(',')[0]!.trim() } : {}),
    ...(knownHosts ? { userKnownHostsFile: words(knownHosts)[0]! } : {}),
    ...(Number.isFinite(timeout) && timeout > 0 ? { connectTimeoutSeconds: timeout } : {}),
    ignored: [...ignored].sort(),
  };
}

/**
 * Expands the tokens ssh_config allows in paths: `~` and `%d` (home), `%h` (the host name), `%r`
 * (the remote user), `%u` (the local user), `%%`.
 */
export function expandSshPath(
  value: string,
  t: { home: string; host: string; remoteUser: string; localUser: string },
): string {
  const withHome = value.replace(/^~(?=\/|$)/, t.home);
  return withHome.replace(/%([dhru%])/g, (_, c: string) =>
    c === 'd'
      ? t.home
      : c === 'h'
        ? t.host
        : c === 'r'
          ? t.remoteUser
          : c === 'u'
            ? t.localUser
            : '%',
  );
}
