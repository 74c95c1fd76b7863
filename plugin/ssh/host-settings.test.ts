import { describe, expect, it } from 'vitest';
import { parseSshConfig } from '../../shared/ssh-config.js';
import { settingsForHost } from './host-settings.js';
import type { SshSettings } from './ssh-settings.js';

const base: SshSettings = {
  user: 'root',
  port: 22,
  keyFiles: ['/home/me/.ssh/id_ed25519'],
  keysExplicit: false,
  agent: '/run/agent.sock',
  knownHostsFile: '/home/me/.ssh/known_hosts',
  knownHostsExplicit: false,
  connectTimeoutMs: 20_000,
  home: '/home/me',
  localUser: 'me',
  config: {
    file: '/home/me/.ssh/config',
    blocks: parseSshConfig(`Host node-*
  HostName %h.nodes.internal
  User admin
  Port 2200
  IdentityFile ~/.ssh/nodes
  ProxyJump ops@bastion:2222
  UserKnownHostsFile ~/.ssh/known_%h
  IdentityAgent none
  ConnectTimeout 3
`),
  },
};

describe('settingsForHost', () => {
  it("applies the node's Host block over the defaults", () => {
    const { settings, host } = settingsForHost(base, 'node-3', '10.0.0.3', false);
    expect(host).toBe('node-3.nodes.internal');
    expect(settings).toMatchObject({
      user: 'admin',
      port: 2200,
      keyFiles: ['/home/me/.ssh/nodes', '/home/me/.ssh/id_ed25519'],
      jump: { user: 'ops', host: 'bastion', port: 2222 },
      knownHostsFile: '/home/me/.ssh/known_node-3.nodes.internal',
      connectTimeoutMs: 3000,
    });
    expect(settings.agent).toBeUndefined();
  });

  it('lets every flag win, and --ssh-host win over HostName', () => {
    const flags: SshSettings = {
      ...base,
      user: 'flag-user',
      userExplicit: true,
      port: 2022,
      portExplicit: true,
      keyFiles: ['/k/flag'],
      keysExplicit: true,
      knownHostsFile: '/k/known',
      knownHostsExplicit: true,
      jump: { host: 'flag-jump' },
      jumpExplicit: true,
    };
    const { settings, host } = settingsForHost(flags, 'node-3', '192.0.2.7', true);
    expect(host).toBe('192.0.2.7');
    expect(settings).toMatchObject({
      user: 'flag-user',
      port: 2022,
      keyFiles: ['/k/flag'],
      knownHostsFile: '/k/known',
      jump: { host: 'flag-jump' },
    });
  });

  it('changes nothing for a node no block names', () => {
    const { settings, host } = settingsForHost(base, 'worker-1', '10.0.0.9', false);
    expect(host).toBe('10.0.0.9');
    expect(settings).toEqual(base);
  });
});
