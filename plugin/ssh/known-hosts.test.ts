import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  checkHostKey,
  fingerprintOf,
  keyTypeOf,
  parseKnownHosts,
  patternsMatch,
} from './known-hosts.js';

/** An SSH key blob: the type string then some bytes, as the wire format lays it out. */
function blob(type: string, fill: number): Buffer {
  const name = Buffer.from(type);
  const head = Buffer.alloc(4);
  head.writeUInt32BE(name.length);
  return Buffer.concat([head, name, Buffer.alloc(32, fill)]);
}
const ED_A = blob('ssh-ed25519', 1);
const ED_B = blob('ssh-ed25519', 2);
const RSA = blob('ssh-rsa', 3);
const line = (hosts: string, key: Buffer) => `${hosts} ${keyTypeOf(key)} ${key.toString('base64')}`;

function hashed(name: string): string {
  const salt = Buffer.alloc(20, 7);
  return `|1|${salt.toString('base64')}|${createHmac('sha1', salt).update(name).digest('base64')}`;
}

describe('patternsMatch', () => {
  it.each([
    { name: 'exact name', patterns: 'node-1', host: 'node-1', want: true },
    { name: 'one of a list', patterns: 'a,node-1,b', host: 'node-1', want: true },
    { name: 'case-insensitive', patterns: 'NODE-1', host: 'node-1', want: true },
    { name: 'star wildcard', patterns: '10.213.0.*', host: '10.213.0.12', want: true },
    { name: 'question mark', patterns: 'node-?', host: 'node-2', want: true },
    { name: 'dot is literal', patterns: '10.213.0.1', host: '10x213x0x1', want: false },
    {
      name: 'negation wins',
      patterns: '10.213.0.*,!10.213.0.12',
      host: '10.213.0.12',
      want: false,
    },
    {
      name: 'port 22 form does not match other ports',
      patterns: 'h',
      host: '[h]:2222',
      want: false,
    },
    { name: 'bracketed port', patterns: '[h]:2222', host: '[h]:2222', want: true },
    { name: 'hashed name', patterns: hashed('10.213.0.12'), host: '10.213.0.12', want: true },
    {
      name: 'hashed other name',
      patterns: hashed('10.213.0.11'),
      host: '10.213.0.12',
      want: false,
    },
  ])('$name', ({ patterns, host, want }) => {
    expect(patternsMatch(patterns, host)).toBe(want);
  });
});

describe('checkHostKey', () => {
  const file = [
    '# comment',
    '',
    line('10.0.0.1', ED_A),
    line('[10.0.0.1]:2222', ED_B),
    line('10.0.0.2', RSA),
    `@revoked ${line('10.0.0.3', ED_A)}`,
    line('10.0.0.3', ED_A),
    `@cert-authority ${line('*', ED_B)}`,
    'garbage line',
  ].join('\n');
  const entries = parseKnownHosts(file);

  it.each([
    {
      name: 'the key on file',
      host: '10.0.0.1',
      port: 22,
      key: ED_A,
      want: { kind: 'trusted', line: 3 },
    },
    {
      name: 'a port of its own',
      host: '10.0.0.1',
      port: 2222,
      key: ED_B,
      want: { kind: 'trusted', line: 4 },
    },
    {
      name: 'a different key of the same type',
      host: '10.0.0.1',
      port: 22,
      key: ED_B,
      want: { kind: 'changed', lines: [3] },
    },
    {
      name: 'a host not on file',
      host: '10.0.0.9',
      port: 22,
      key: ED_A,
      want: { kind: 'unknown' },
    },
    {
      name: 'only another key type on file',
      host: '10.0.0.2',
      port: 22,
      key: ED_A,
      want: { kind: 'unknown' },
    },
    {
      name: 'a revoked key, even if also listed',
      host: '10.0.0.3',
      port: 22,
      key: ED_A,
      want: { kind: 'revoked', line: 6 },
    },
    {
      name: 'cert-authority lines are not host keys',
      host: '10.0.0.9',
      port: 22,
      key: ED_B,
      want: { kind: 'unknown' },
    },
  ])('$name', ({ host, port, key, want }) => {
    expect(checkHostKey(entries, host, port, key)).toEqual(want);
  });

  it('skips comments, blanks and malformed lines', () => {
    expect(entries.map((e) => e.line)).toEqual([3, 4, 5, 6, 7, 8]);
  });
});

describe('fingerprintOf', () => {
  it('is SHA256 and unpadded base64, as ssh-keygen -l prints it', () => {
    expect(fingerprintOf(ED_A)).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
  });
});
