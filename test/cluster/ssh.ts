/**
 * A real OpenSSH sshd on every node, started by the node's supervisor inside the node's network
 * and mount namespaces, so an SSH session sees exactly that node: its containerd socket, resolver,
 * CA bundle and injected faults. Keys are made per cluster under the state directory: one host
 * key per node, a client key that root's authorized_keys accepts, a second client key that it
 * does not (for the refused-key scenario), and a known_hosts file listing every node.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { NODES, STATE_DIR, paths, type NodeSpec } from './layout.js';
import { run } from './run-command.js';

/** The port every node's sshd listens on, at the node's address. */
export const SSH_PORT = 22;

/** Where the cluster's SSH files are, as tests use them. */
export interface SshFiles {
  /** A private key root's authorized_keys accepts on every node. */
  readonly clientKey: string;
  /** A private key no node accepts. */
  readonly refusedKey: string;
  /** known_hosts listing every node's host key at its address. */
  readonly knownHosts: string;
  readonly user: 'root';
  readonly port: number;
}

const sshDir = () => path.join(STATE_DIR, 'ssh');

async function keygen(file: string, comment: string): Promise<string> {
  await run('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', comment, '-f', file]);
  return (await readFile(`${file}.pub`, 'utf8')).trim();
}

/** The sshd_config of one node: key auth for root only, forwarding on, everything in NODE_DIR. */
export function sshdConfig(node: NodeSpec, nodeDir: string, authorizedKeys: string): string {
  return [
    `ListenAddress ${node.address}:${SSH_PORT}`,
    `HostKey ${path.join(nodeDir, 'ssh_host_ed25519_key')}`,
    'PidFile none',
    `AuthorizedKeysFile ${authorizedKeys}`,
    // The state directory sits under /tmp, which StrictModes would reject as world-writable.
    'StrictModes no',
    'PermitRootLogin prohibit-password',
    'PasswordAuthentication no',
    'KbdInteractiveAuthentication no',
    'UsePAM no',
    'AllowTcpForwarding yes',
    'AllowStreamLocalForwarding yes',
    // As on most distributions' nodes; the plugin reads files over it (and falls back to cat).
    'Subsystem sftp internal-sftp',
    'X11Forwarding no',
    'PrintMotd no',
    'LogLevel VERBOSE',
    '',
  ].join('\n');
}

/** Makes the keys, each node's sshd_config and host key, and the known_hosts file. */
export async function prepareSsh(): Promise<SshFiles> {
  const dir = sshDir();
  await mkdir(dir, { recursive: true });
  const clientKey = path.join(dir, 'client_ed25519');
  const refusedKey = path.join(dir, 'refused_ed25519');
  const authorizedKeys = path.join(dir, 'authorized_keys');
  await writeFile(authorizedKeys, `${await keygen(clientKey, 'kip-test-client')}\n`);
  await keygen(refusedKey, 'kip-test-refused');
  const known: string[] = [];
  for (const node of NODES) {
    const nodeDir = paths.node(node.name);
    await mkdir(nodeDir, { recursive: true });
    const hostKey = await keygen(path.join(nodeDir, 'ssh_host_ed25519_key'), `kip-${node.name}`);
    const [type, blob] = hostKey.split(' ');
    known.push(`${node.address} ${type} ${blob}`);
    await writeFile(path.join(nodeDir, 'sshd_config'), sshdConfig(node, nodeDir, authorizedKeys));
  }
  const knownHosts = path.join(dir, 'known_hosts');
  await writeFile(knownHosts, `${known.join('\n')}\n`);
  return { clientKey, refusedKey, knownHosts, user: 'root', port: SSH_PORT };
}
