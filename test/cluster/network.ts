/**
 * The test network: one Linux bridge on the host and a network namespace per test host, joined by
 * veth pairs. Every address is ours (10.213.0.0/24 on kip0); nothing is routed off the machine.
 */
import { BRIDGE } from './layout.js';
import { run, inNetns } from './run-command.js';

/** Creates the bridge with the host's address on it. */
export async function createBridge(): Promise<void> {
  await run('ip', ['link', 'add', BRIDGE.name, 'type', 'bridge']);
  await run('ip', ['addr', 'add', `${BRIDGE.address}/${BRIDGE.prefix}`, 'dev', BRIDGE.name]);
  await run('ip', ['link', 'set', BRIDGE.name, 'up']);
  await allowBridgedTraffic();
}

/**
 * With br_netfilter loaded, bridged frames traverse the host's FORWARD chain; a Docker Engine that
 * ran earlier leaves its policy at DROP, which would silently cut nodes off from the registries.
 */
async function allowBridgedTraffic(): Promise<void> {
  const rules = await run('iptables', ['-S', 'FORWARD'], { allowFailure: true });
  if (rules.includes('-P FORWARD DROP')) {
    await run('iptables', [
      '-I',
      'FORWARD',
      '-i',
      BRIDGE.name,
      '-o',
      BRIDGE.name,
      '-j',
      'ACCEPT',
      '-m',
      'comment',
      '--comment',
      'kip-cluster',
    ]);
  }
}

/** Creates netns `name` with eth0 on the bridge carrying `addresses` (first one primary). */
export async function createHost(name: string, addresses: readonly string[]): Promise<void> {
  const hostSide = `veth-${name.replace(/^kip-/, '')}`.slice(0, 15);
  await run('ip', ['netns', 'add', name]);
  await run('ip', ['link', 'add', hostSide, 'type', 'veth', 'peer', 'name', 'eth0', 'netns', name]);
  await run('ip', ['link', 'set', hostSide, 'master', BRIDGE.name, 'up']);
  for (const address of addresses) {
    await inNetns(name, 'ip', ['addr', 'add', `${address}/${BRIDGE.prefix}`, 'dev', 'eth0']);
  }
  await inNetns(name, 'ip', ['link', 'set', 'lo', 'up']);
  await inNetns(name, 'ip', ['link', 'set', 'eth0', 'up']);
  // No default route on purpose: a test host can reach the bridge and nothing beyond it, so no
  // test can ever send traffic off this machine even if the host forwards packets.
}

/** Removes every kip-* namespace and the bridge (idempotent: used before `up` and by `down`). */
export async function destroyNetwork(): Promise<void> {
  const list = await run('ip', ['netns', 'list'], { allowFailure: true });
  for (const line of list.split('\n')) {
    const name = line.split(' ')[0];
    if (name?.startsWith('kip-'))
      await run('ip', ['netns', 'delete', name], { allowFailure: true });
  }
  await run('ip', ['link', 'delete', BRIDGE.name], { allowFailure: true });
  const rules = await run('iptables', ['-S', 'FORWARD'], { allowFailure: true });
  if (rules.includes('kip-cluster')) {
    await run(
      'iptables',
      [
        '-D',
        'FORWARD',
        '-i',
        BRIDGE.name,
        '-o',
        BRIDGE.name,
        '-j',
        'ACCEPT',
        '-m',
        'comment',
        '--comment',
        'kip-cluster',
      ],
      { allowFailure: true },
    );
  }
}
