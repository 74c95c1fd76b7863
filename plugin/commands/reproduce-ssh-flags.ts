/**
 * reproduce's `--via` and `--ssh-*` flags: declared, read (pure) and checked here, and turned into
 * SshSettings once the environment (HOME, SSH_AUTH_SOCK) is known, so reproduce.ts stays about
 * what to reproduce rather than how to reach the node.
 */
import path from 'node:path';
import type { Argv } from 'yargs';
import { UsageError } from '../errors.js';
import { stringFlag, type ParsedArgv } from '../global-options.js';
import type { Env } from '../render/colour.js';
import { parseSshAddress, type SshAddress } from '../ssh/ssh-address.js';
import { DEFAULT_KEY_NAMES, DEFAULT_SSH_USER, type SshSettings } from '../ssh/ssh-settings.js';

/** How reproduce reaches the node, as the flags say. */
export interface ViaOptions {
  readonly via: 'pod' | 'ssh';
  readonly sshUser?: string;
  readonly sshKeys: readonly string[];
  readonly sshPort?: number;
  readonly sshJump?: SshAddress;
  readonly sshKnownHosts?: string;
  readonly sshHost?: string;
  readonly sshConfig?: string;
}

const SSH_FLAGS = [
  'ssh-user',
  'ssh-key',
  'ssh-port',
  'ssh-jump',
  'ssh-known-hosts',
  'ssh-host',
  'ssh-config',
];

/** Declares --via and the --ssh-* flags. */
export function viaFlags(yargs: Argv): Argv {
  return yargs
    .option('via', {
      type: 'string',
      choices: ['pod', 'ssh'],
      default: 'pod',
      describe: 'How to reach the node: a privileged probe pod, or SSH to the node itself',
    })
    .option('ssh-user', {
      type: 'string',
      describe: `With --via ssh: the login on the node (default ${DEFAULT_SSH_USER}: the CRI socket is root's)`,
    })
    .option('ssh-key', {
      type: 'string',
      describe:
        'With --via ssh: a private key to offer (repeatable; default ~/.ssh/id_ed25519, id_ecdsa, id_rsa, plus ssh-agent)',
    })
    .option('ssh-port', {
      type: 'number',
      describe: "With --via ssh: the nodes' sshd port (default 22)",
    })
    .option('ssh-jump', {
      type: 'string',
      describe: 'With --via ssh: reach the nodes through this jump host, [user@]host[:port]',
    })
    .option('ssh-known-hosts', {
      type: 'string',
      describe:
        "With --via ssh: the known_hosts file that must list each node's host key (default ~/.ssh/known_hosts)",
    })
    .option('ssh-config', {
      type: 'string',
      describe:
        'With --via ssh: the ssh_config whose Host blocks (matched against the node name and address) set User, Port, HostName, IdentityFile, ProxyJump, UserKnownHostsFile; flags win (default ~/.ssh/config; none to ignore it)',
    })
    .option('ssh-host', {
      type: 'string',
      describe:
        "With --via ssh and one node: the address to connect to instead of the node's InternalIP",
    });
}

const listFlag = (argv: ParsedArgv, name: string): string[] => {
  const value = argv[name];
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.filter((v): v is string => typeof v === 'string' && v !== '');
};

/** Reads --via and the --ssh-* flags; malformed values are usage errors. */
export function toViaOptions(argv: ParsedArgv): ViaOptions {
  const via = stringFlag(argv, 'via') ?? 'pod';
  if (via !== 'pod' && via !== 'ssh')
    throw new UsageError(`invalid --via "${via}": use pod or ssh`);
  const given = SSH_FLAGS.filter((f) => argv[f] !== undefined);
  if (via === 'pod' && given.length > 0) throw new UsageError(`--${given[0]} goes with --via ssh`);
  const jumpText = stringFlag(argv, 'ssh-jump');
  let sshJump: SshAddress | undefined;
  if (jumpText !== undefined) {
    const parsed = parseSshAddress(jumpText);
    if (!parsed.ok) throw new UsageError(`invalid --ssh-jump: ${parsed.reason}`);
    sshJump = parsed.address;
  }
  const port = argv['ssh-port'];
  const portValue = Array.isArray(port) ? port.at(-1) : port;
  if (
    portValue !== undefined &&
    !(Number.isInteger(portValue) && Number(portValue) >= 1 && Number(portValue) <= 65535)
  )
    throw new UsageError(`invalid --ssh-port "${String(portValue)}": use a port number 1-65535`);
  return {
    via,
    sshUser: stringFlag(argv, 'ssh-user'),
    sshKeys: listFlag(argv, 'ssh-key'),
    sshPort: portValue as number | undefined,
    sshJump,
    sshKnownHosts: stringFlag(argv, 'ssh-known-hosts'),
    sshHost: stringFlag(argv, 'ssh-host'),
    sshConfig: stringFlag(argv, 'ssh-config'),
  };
}

/** Checks the combinations only the whole request can judge. */
export function validateVia(
  o: ViaOptions & {
    nodes: readonly string[];
    nodeSelector?: string;
    probeImage?: string;
    probeNamespace?: string;
  },
): void {
  if (o.via !== 'ssh') return;
  if (o.sshHost && (o.nodes.length !== 1 || o.nodeSelector))
    throw new UsageError('--ssh-host goes with exactly one --node');
  if (o.probeImage) throw new UsageError('--probe-image goes with --via pod');
  if (o.probeNamespace) throw new UsageError('--probe-namespace goes with --via pod');
}

/** The SSH settings, with defaults from the environment the way OpenSSH takes them. */
export function sshSettings(o: ViaOptions, env: Env, timeoutMs: number): SshSettings {
  const home = env['HOME'] ?? '';
  const sshDir = path.join(home, '.ssh');
  const agent = env['SSH_AUTH_SOCK'];
  return {
    user: o.sshUser ?? DEFAULT_SSH_USER,
    port: o.sshPort ?? 22,
    keyFiles: o.sshKeys.length > 0 ? o.sshKeys : DEFAULT_KEY_NAMES.map((k) => path.join(sshDir, k)),
    keysExplicit: o.sshKeys.length > 0,
    ...(agent ? { agent } : {}),
    ...(o.sshJump ? { jump: o.sshJump } : {}),
    knownHostsFile: o.sshKnownHosts ?? path.join(sshDir, 'known_hosts'),
    knownHostsExplicit: o.sshKnownHosts !== undefined,
    connectTimeoutMs: Math.min(20_000, timeoutMs),
    userExplicit: o.sshUser !== undefined,
    portExplicit: o.sshPort !== undefined,
    jumpExplicit: o.sshJump !== undefined,
    configFile: o.sshConfig ?? path.join(sshDir, 'config'),
    configExplicit: o.sshConfig !== undefined,
    home,
    localUser: env['USER'] ?? env['LOGNAME'] ?? '',
  };
}
