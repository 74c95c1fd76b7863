import { describe, expect, it } from 'vitest';
import { sshHostOf } from './probe-over-ssh.js';

describe('sshHostOf', () => {
  const addresses = [
    { type: 'Hostname', address: 'node-2' },
    { type: 'ExternalIP', address: '203.0.113.7' },
    { type: 'InternalIP', address: '10.0.0.12' },
  ];

  it.each([
    { name: 'InternalIP first', list: addresses, override: undefined, want: '10.0.0.12' },
    {
      name: 'ExternalIP when there is no InternalIP',
      list: addresses.filter((a) => a.type !== 'InternalIP'),
      override: undefined,
      want: '203.0.113.7',
    },
    { name: '--ssh-host over both', list: addresses, override: 'bastion-nat', want: 'bastion-nat' },
  ])('$name', ({ list, override, want }) => {
    expect(sshHostOf('node-2', list, override)).toBe(want);
  });

  it('refuses a node with neither, pointing at --ssh-host', () => {
    expect(() => sshHostOf('node-2', [{ type: 'Hostname', address: 'node-2' }])).toThrow(
      'node node-2 reports no InternalIP or ExternalIP to reach over SSH',
    );
  });
});
