import { describe, expect, it } from 'vitest';
import { hostPortName, parseSshAddress } from './ssh-address.js';

describe('parseSshAddress', () => {
  it.each([
    { name: 'host only', text: 'bastion', want: { host: 'bastion' } },
    { name: 'user and host', text: 'ops@bastion', want: { user: 'ops', host: 'bastion' } },
    {
      name: 'user, host and port',
      text: 'ops@10.0.0.5:2222',
      want: { user: 'ops', host: '10.0.0.5', port: 2222 },
    },
    { name: 'bracketed IPv6 with port', text: '[fd00::1]:22', want: { host: 'fd00::1', port: 22 } },
    { name: 'bare IPv6', text: 'fd00::1', want: { host: 'fd00::1' } },
    {
      name: 'an @ in the user name',
      text: 'me@corp@jump',
      want: { user: 'me@corp', host: 'jump' },
    },
  ])('$name', ({ text, want }) => {
    expect(parseSshAddress(text)).toEqual({ ok: true, address: want });
  });

  it.each([
    { name: 'empty user', text: '@jump', reason: 'empty user in "@jump"' },
    { name: 'no host', text: 'ops@:22', reason: 'no host in "ops@:22"' },
    { name: 'port not a number', text: 'jump:ssh', reason: 'invalid port "ssh" in "jump:ssh"' },
    {
      name: 'port out of range',
      text: 'jump:70000',
      reason: 'invalid port "70000" in "jump:70000"',
    },
    { name: 'empty', text: '', reason: 'no host in ""' },
  ])('refuses $name', ({ text, reason }) => {
    expect(parseSshAddress(text)).toEqual({ ok: false, reason });
  });
});

describe('hostPortName', () => {
  it('leaves port 22 implicit and brackets other ports', () => {
    expect(hostPortName('10.0.0.5', 22)).toBe('10.0.0.5');
    expect(hostPortName('10.0.0.5', 2222)).toBe('[10.0.0.5]:2222');
  });
});
