import { describe, expect, it } from 'vitest';
import { runCaptured } from '../testing/run-in-process.js';
import { sshSettings, toViaOptions } from './reproduce-ssh-flags.js';

const BASE = ['reproduce', '--node', 'node-1', '--image', 'registry.io/app:v1'];

describe('reproduce --via / --ssh-* usage errors (in-process, before any cluster access)', () => {
  it.each([
    {
      name: 'an ssh flag without --via ssh',
      args: ['--ssh-user', 'ops'],
      line: 'error: --ssh-user goes with --via ssh',
    },
    {
      name: 'an unknown --via',
      args: ['--via', 'telnet'],
      line: 'error: invalid values: Argument: via',
    },
    {
      name: 'a malformed jump host',
      args: ['--via', 'ssh', '--ssh-jump', 'ops@jump:ssh'],
      line: 'error: invalid --ssh-jump: invalid port "ssh" in "ops@jump:ssh"',
    },
    {
      name: 'a port out of range',
      args: ['--via', 'ssh', '--ssh-port', '70000'],
      line: 'error: invalid --ssh-port "70000": use a port number 1-65535',
    },
    {
      name: '--ssh-host with several nodes',
      args: ['--via', 'ssh', '--nodes', 'a,b', '--ssh-host', '10.0.0.1'],
      line: 'error: --ssh-host goes with exactly one --node',
    },
    {
      name: '--probe-image with --via ssh',
      args: ['--via', 'ssh', '--probe-image', 'x:1'],
      line: 'error: --probe-image goes with --via pod',
    },
  ])('$name: exit 2, one line', async ({ args, line }) => {
    const run = await runCaptured([...BASE, ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toContain(line);
  });
});

describe('sshSettings', () => {
  const opts = (argv: Record<string, unknown>) => toViaOptions({ via: 'ssh', ...argv });

  it('defaults as OpenSSH does: ~/.ssh keys, ~/.ssh/known_hosts, the agent; root, port 22', () => {
    const s = sshSettings(opts({}), { HOME: '/home/me', SSH_AUTH_SOCK: '/run/agent' }, 90_000);
    expect(s).toEqual({
      user: 'root',
      port: 22,
      keyFiles: ['/home/me/.ssh/id_ed25519', '/home/me/.ssh/id_ecdsa', '/home/me/.ssh/id_rsa'],
      keysExplicit: false,
      agent: '/run/agent',
      knownHostsFile: '/home/me/.ssh/known_hosts',
      knownHostsExplicit: false,
      connectTimeoutMs: 20_000,
      userExplicit: false,
      portExplicit: false,
      jumpExplicit: false,
      configFile: '/home/me/.ssh/config',
      configExplicit: false,
      home: '/home/me',
      localUser: '',
    });
  });

  it('takes repeated --ssh-key in order, and the other flags as given', () => {
    const s = sshSettings(
      opts({
        'ssh-key': ['/k/a', '/k/b'],
        'ssh-user': 'admin',
        'ssh-port': 2222,
        'ssh-jump': 'ops@bastion:2200',
        'ssh-known-hosts': '/k/known',
      }),
      { HOME: '/home/me' },
      15_000,
    );
    expect(s).toMatchObject({
      user: 'admin',
      port: 2222,
      keyFiles: ['/k/a', '/k/b'],
      keysExplicit: true,
      jump: { user: 'ops', host: 'bastion', port: 2200 },
      knownHostsFile: '/k/known',
      knownHostsExplicit: true,
      connectTimeoutMs: 15_000,
    });
    expect(s.agent).toBeUndefined();
  });
});
