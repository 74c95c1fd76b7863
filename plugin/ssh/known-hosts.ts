// Decides whether an sshd's host key is the one known_hosts names for it, the way OpenSSH reads
// that file: comma-separated patterns with `*`/`?` wildcards and `!` negation, `[host]:port` for
// ports other than 22, hashed names (`|1|salt|hmac`), and the @revoked marker. Anything but an
// exact match is a refusal: reproduce never adds or accepts a key on its own.
import { createHash, createHmac } from 'node:crypto';
import { hostPortName } from './ssh-address.js';

/** One key line of a known_hosts file. */
export interface KnownHost {
  readonly line: number;
  readonly marker?: 'revoked' | 'cert-authority';
  readonly patterns: string;
  readonly keyType: string;
  /** The key blob (base64-decoded), as the server sends it. */
  readonly key: Buffer;
}

/** The host key check's answer. */
export type HostKeyCheck =
  | { kind: 'trusted'; line: number }
  | { kind: 'unknown' }
  | { kind: 'changed'; lines: readonly number[] }
  | { kind: 'revoked'; line: number };

/** Parses every usable key line; comments, blanks and malformed lines are skipped. */
export function parseKnownHosts(text: string): KnownHost[] {
  const entries: KnownHost[] = [];
  text.split('\n').forEach((raw, i) => {
    const fields = raw.trim().split(/\s+/);
    if (fields[0] === undefined || fields[0] === '' || fields[0].startsWith('#')) return;
    let marker: KnownHost['marker'];
    if (fields[0] === '@revoked' || fields[0] === '@cert-authority') {
      marker = fields.shift()!.slice(1) as KnownHost['marker'];
    }
    const [patterns, keyType, base64] = fields;
    if (!patterns || !keyType || !base64 || !/^[A-Za-z0-9+/]+=*$/.test(base64)) return;
    entries.push({
      line: i + 1,
      ...(marker ? { marker } : {}),
      patterns,
      keyType,
      key: Buffer.from(base64, 'base64'),
    });
  });
  return entries;
}

const wildcard = (pattern: string): RegExp =>
  new RegExp(
    `^${pattern
      .split('')
      .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
      .join('')}$`,
    'i',
  );

function matchesHashed(pattern: string, name: string): boolean {
  const [, magic, salt, hash] = pattern.split('|');
  if (magic !== '1' || !salt || !hash) return false;
  const mac = createHmac('sha1', Buffer.from(salt, 'base64')).update(name).digest('base64');
  return mac === hash;
}

/** True when the pattern list names `name` (`host` or `[host]:port`) and no negation excludes it. */
export function patternsMatch(patterns: string, name: string): boolean {
  if (patterns.startsWith('|')) return matchesHashed(patterns, name);
  let matched = false;
  for (const pattern of patterns.split(',')) {
    const negated = pattern.startsWith('!');
    if (!wildcard(negated ? pattern.slice(1) : pattern).test(name)) continue;
    if (negated) return false;
    matched = true;
  }
  return matched;
}

/** The key type a host key blob starts with (`ssh-ed25519`, `ssh-rsa`, ...). */
export function keyTypeOf(key: Buffer): string {
  if (key.length < 4) return '';
  const length = key.readUInt32BE(0);
  return key.subarray(4, 4 + length).toString('latin1');
}

/** OpenSSH's fingerprint of a key blob: `SHA256:` and unpadded base64. */
export function fingerprintOf(key: Buffer): string {
  return `SHA256:${createHash('sha256').update(key).digest('base64').replace(/=+$/, '')}`;
}

/** Checks the key an sshd at host:port presented against known_hosts entries. */
export function checkHostKey(
  entries: readonly KnownHost[],
  host: string,
  port: number,
  key: Buffer,
): HostKeyCheck {
  const name = hostPortName(host, port);
  const forHost = entries.filter(
    (e) => e.marker !== 'cert-authority' && patternsMatch(e.patterns, name),
  );
  const revoked = forHost.find((e) => e.marker === 'revoked' && e.key.equals(key));
  if (revoked) return { kind: 'revoked', line: revoked.line };
  const exact = forHost.find((e) => e.marker === undefined && e.key.equals(key));
  if (exact) return { kind: 'trusted', line: exact.line };
  // Another key of the same type on file means the key changed; only other types, that it is new
  // to us in this type. OpenSSH also refuses the second case unless told otherwise.
  const type = keyTypeOf(key);
  const others = forHost.filter((e) => e.marker === undefined && e.keyType === type);
  return others.length > 0
    ? { kind: 'changed', lines: others.map((e) => e.line) }
    : { kind: 'unknown' };
}
