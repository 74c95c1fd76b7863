import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandSshPath, parseSshConfig, resolveSshHost } from './ssh-config.js';

const CONFIG = `# global defaults
ServerAliveInterval 30
User fallback

Host bastion
  HostName 203.0.113.10
  User ops

Host node-* !node-9
  User admin
  Port=2222
  IdentityFile ~/.ssh/nodes_ed25519
  ProxyJump ops@bastion:22,second-hop
  UserKnownHostsFile "~/.ssh/known_hosts.d/%h" /etc/ssh/other

Host 10.0.*
  IdentityFile ~/.ssh/by_address
  ConnectTimeout 5
  ForwardX11 yes

Match host node-3
  User never-applied

Host *
  User everyone
  IdentityFile ~/.ssh/id_ed25519
`;

describe('ssh_config for a node', () => {
  const blocks = parseSshConfig(CONFIG);

  it('takes the first value of each keyword from every matching Host block, by name or address', () => {
    expect(resolveSshHost(blocks, ['node-3', '10.0.0.5'])).toEqual({
      // `User fallback` sits before any Host line: an implicit Host * that comes first.
      user: 'fallback',
      port: 2222,
      identityFiles: ['~/.ssh/nodes_ed25519', '~/.ssh/by_address', '~/.ssh/id_ed25519'],
      proxyJump: 'ops@bastion:22',
      userKnownHostsFile: '~/.ssh/known_hosts.d/%h',
      connectTimeoutSeconds: 5,
      ignored: ['Match', 'forwardx11'],
    });
  });

  it('honours a negated pattern', () => {
    const o = resolveSshHost(blocks, ['node-9', '192.168.1.9']);
    expect(o.port).toBeUndefined();
    expect(o.identityFiles).toEqual(['~/.ssh/id_ed25519']);
  });

  it('gives HostName for an alias', () => {
    expect(resolveSshHost(parseSshConfig(CONFIG), ['bastion']).hostName).toBe('203.0.113.10');
  });

  it('turns a jump off with ProxyJump none, and drops IdentityFile none', () => {
    const o = resolveSshHost(
      parseSshConfig('Host a\n ProxyJump none\n IdentityFile none\nHost *\n ProxyJump j\n'),
      ['a'],
    );
    expect(o.proxyJump).toBeUndefined();
    expect(o.identityFiles).toEqual([]);
  });

  it('expands ~, %d, %h, %r, %u and %%', () => {
    const t = { home: '/home/me', host: '10.0.0.5', remoteUser: 'root', localUser: 'me' };
    expect(expandSshPath('~/.ssh/k_%h_%r_%u_%%', t)).toBe('/home/me/.ssh/k_10.0.0.5_root_me_%');
    expect(expandSshPath('%d/x', t)).toBe('/home/me/x');
  });

  it('never throws on any text or name', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (text, name) => {
        expect(Array.isArray(resolveSshHost(parseSshConfig(text), [name]).identityFiles)).toBe(
          true,
        );
      }),
    );
  });
});
