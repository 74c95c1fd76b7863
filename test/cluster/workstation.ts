/**
 * The user's workstation: a network namespace on the test network whose resolver is the test DNS
 * and which trusts the registry CA, so the plugin can ask the registries from "the user's side"
 * exactly as a user on the corporate network would, while the host's own resolver stays untouched.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DNS, STATE_DIR, paths } from './layout.js';
import { createHost } from './network.js';
import { resolvConf } from './node-config.js';
import { withResolvConf } from './private-resolv.js';

/** The workstation's network namespace and address. */
export const WORKSTATION = { netns: 'kip-user', address: '10.213.0.5' } as const;

const dir = () => path.join(STATE_DIR, 'workstation');

/** Creates the workstation's namespace and its resolv.conf. */
export async function createWorkstation(): Promise<void> {
  await mkdir(dir(), { recursive: true });
  await writeFile(path.join(dir(), 'resolv.conf'), resolvConf(DNS.good));
  await createHost(WORKSTATION.netns, [WORKSTATION.address]);
}

/**
 * The argv prefix that runs a command on the workstation: its netns, a private mount namespace
 * with the workstation's resolv.conf bound over /etc/resolv.conf, nothing else changed.
 */
export function onWorkstation(
  cmd: string,
  args: readonly string[],
): { cmd: string; args: string[] } {
  const inPrivate = withResolvConf(path.join(dir(), 'resolv.conf'), cmd, args);
  return {
    cmd: 'nsenter',
    args: [`--net=/run/netns/${WORKSTATION.netns}`, '--', inPrivate.cmd, ...inPrivate.args],
  };
}

/** Environment for commands on the workstation: trusts the registry CA like a corporate laptop. */
export function workstationEnv(): Record<string, string> {
  return { NODE_EXTRA_CA_CERTS: path.join(paths.pki, 'registry-ca.crt') };
}
