/**
 * Opens the one SSH connection `reproduce --via ssh` uses per node, optionally through a jump
 * host: offers the given keys and the agent's, and accepts the server only when its host key is
 * the one known_hosts names for it. Every way this can fail becomes one ProbeError line (exit 4)
 * that says which side refused and what to do.
 */
import { readFile } from 'node:fs/promises';
import {
  Client,
  utils,
  type AgentAuthMethod,
  type ConnectConfig,
  type PublicKeyAuthMethod,
} from 'ssh2';
import { ProbeError, UsageError } from '../errors.js';
import {
  checkHostKey,
  fingerprintOf,
  keyTypeOf,
  parseKnownHosts,
  type HostKeyCheck,
  type KnownHost,
} from './known-hosts.js';
import { hostPortName } from './ssh-address.js';
import type { SshSettings } from './ssh-settings.js';

/** Where one connection goes and what to call it in messages (the node name). */
export interface SshEndpoint {
  readonly label: string;
  readonly host: string;
  readonly port: number;
  readonly user: string;
}

/** An open connection; close() ends it and the jump connection under it. */
export interface SshConnection {
  readonly client: Client;
  readonly where: string;
  close(): void;
}

/** What the keys and known_hosts files gave. */
interface Credentials {
  readonly keys: readonly { file: string; key: Buffer }[];
  readonly knownHosts: readonly KnownHost[];
}

async function readKeys(settings: SshSettings): Promise<{ file: string; key: Buffer }[]> {
  const keys: { file: string; key: Buffer }[] = [];
  for (const file of settings.keyFiles) {
    const text = await readFile(file).catch((err: NodeJS.ErrnoException) => {
      if (settings.keysExplicit)
        throw new UsageError(`cannot read --ssh-key ${file}: ${err.code ?? err.message}`);
      return undefined;
    });
    if (text === undefined) continue;
    const parsed = utils.parseKey(text);
    if (parsed instanceof Error) {
      if (!settings.keysExplicit) continue;
      throw new UsageError(`cannot use --ssh-key ${file}: ${parsed.message}`, {
        hint: /passphrase|encrypted/i.test(parsed.message)
          ? 'load the key into ssh-agent (ssh-add) instead; the agent is used through SSH_AUTH_SOCK'
          : undefined,
      });
    }
    keys.push({ file, key: text });
  }
  return keys;
}

async function readKnownHosts(settings: SshSettings): Promise<KnownHost[]> {
  const text = await readFile(settings.knownHostsFile, 'utf8').catch(
    (err: NodeJS.ErrnoException) => {
      if (settings.knownHostsExplicit)
        throw new UsageError(
          `cannot read --ssh-known-hosts ${settings.knownHostsFile}: ${err.code ?? err.message}`,
        );
      return '';
    },
  );
  return parseKnownHosts(text);
}

/** Reads the key files and known_hosts once, for every node. */
export async function loadSshCredentials(settings: SshSettings): Promise<Credentials> {
  const [keys, knownHosts] = await Promise.all([readKeys(settings), readKnownHosts(settings)]);
  if (keys.length === 0 && !settings.agent)
    throw new UsageError('no SSH key to offer', {
      hint: 'pass --ssh-key PATH, put a key in ~/.ssh (id_ed25519, id_ecdsa, id_rsa), or start ssh-agent (SSH_AUTH_SOCK)',
    });
  return { keys, knownHosts };
}

function authMethods(
  user: string,
  creds: Credentials,
  agent?: string,
): (PublicKeyAuthMethod | AgentAuthMethod)[] {
  const keys = creds.keys.map((k): PublicKeyAuthMethod => ({
    type: 'publickey',
    username: user,
    key: k.key,
  }));
  const agentMethod: AgentAuthMethod[] = agent ? [{ type: 'agent', username: user, agent }] : [];
  return [...keys, ...agentMethod];
}

function hostKeyRefusal(
  end: SshEndpoint,
  file: string,
  check: HostKeyCheck,
  key: Buffer,
): ProbeError {
  const at = `${end.label} (${hostPortName(end.host, end.port)})`;
  const print = `${keyTypeOf(key)} ${fingerprintOf(key)}`;
  if (check.kind === 'changed')
    return new ProbeError(
      `refusing SSH to ${at}: its host key ${print} differs from the one in ${file} (line ${check.lines.join(', ')}); the node was rebuilt or someone is in between`,
      {
        hint: `if the node was rebuilt, check the new key out of band, then replace the old one: ssh-keygen -R '${hostPortName(end.host, end.port)}' -f ${file}`,
      },
    );
  if (check.kind === 'revoked')
    return new ProbeError(
      `refusing SSH to ${at}: its host key ${print} is marked @revoked in ${file} (line ${check.line})`,
    );
  return new ProbeError(`refusing SSH to ${at}: its host key ${print} is not in ${file}`, {
    hint: `check the fingerprint out of band, then add the key: ssh-keyscan -p ${end.port} ${end.host} >> ${file} (or pass --ssh-known-hosts FILE)`,
  });
}

/** Maps an ssh2 failure to one line naming the side that refused. */
function connectError(
  end: SshEndpoint,
  err: Error & { level?: string },
  offered: string,
): ProbeError {
  const at = `${end.user}@${hostPortName(end.host, end.port)}`;
  if (err.level === 'client-authentication')
    return new ProbeError(`sshd on ${end.label} (${at}) refused every key offered (${offered})`, {
      hint: `authorize one of them for ${end.user} on the node (~${end.user}/.ssh/authorized_keys), or pass --ssh-user, --ssh-key, or load the right key into ssh-agent`,
    });
  if (/timed out/i.test(err.message))
    return new ProbeError(`no SSH answer from ${end.label} at ${at}: ${err.message}`, {
      hint: 'is sshd running there and reachable from here? pass --ssh-host, --ssh-port or --ssh-jump',
    });
  return new ProbeError(`cannot connect over SSH to ${end.label} at ${at}: ${err.message}`, {
    hint: 'is sshd running there and reachable from here? pass --ssh-host, --ssh-port or --ssh-jump',
  });
}

/** Connects one client (over `sock` for a hop through the jump host) and logs in. */
function connectOne(
  end: SshEndpoint,
  settings: SshSettings,
  creds: Credentials,
  sock?: NodeJS.ReadableStream,
): Promise<Client> {
  const client = new Client();
  let refusal: ProbeError | undefined;
  const offered =
    [...creds.keys.map((k) => k.file), ...(settings.agent ? ['ssh-agent'] : [])].join(', ') ||
    'none';
  const config: ConnectConfig = {
    host: end.host,
    port: end.port,
    username: end.user,
    readyTimeout: settings.connectTimeoutMs,
    authHandler: authMethods(end.user, creds, settings.agent),
    hostVerifier: (key: Buffer) => {
      const check = checkHostKey(creds.knownHosts, end.host, end.port, key);
      if (check.kind === 'trusted') return true;
      refusal = hostKeyRefusal(end, settings.knownHostsFile, check, key);
      return false;
    },
    ...(sock ? { sock: sock as ConnectConfig['sock'] } : {}),
  };
  return new Promise((resolve, reject) => {
    client.once('ready', () => {
      client.removeAllListeners('error');
      // A connection that dies later fails the channel in use; that is where it is reported.
      client.on('error', () => undefined);
      resolve(client);
    });
    client.once('error', (err) => {
      client.end();
      reject(refusal ?? connectError(end, err, offered));
    });
    client.connect(config);
    // Nagle's algorithm off: without ssh2's native crypto addon (absent from the single-file
    // build) a packet goes out in more than one write, and every SFTP read then waited ~200 ms
    // for the node's delayed ACK. No effect over a jump host's channel; the jump's own socket
    // gets it when it connects here.
    client.setNoDelay(true);
  });
}

/** Opens a direct-tcpip channel from the jump host to the node's sshd. */
function hop(jump: Client, jumpLabel: string, end: SshEndpoint): Promise<NodeJS.ReadableStream> {
  return new Promise((resolve, reject) => {
    jump.forwardOut('127.0.0.1', 0, end.host, end.port, (err, channel) =>
      err
        ? reject(
            new ProbeError(
              `jump host ${jumpLabel} cannot reach ${end.label} at ${hostPortName(end.host, end.port)}: ${err.message}`,
            ),
          )
        : resolve(channel),
    );
  });
}

/** Opens the connection to one node, through the jump host when one is set. */
export async function openSsh(
  end: SshEndpoint,
  settings: SshSettings,
  creds: Credentials,
): Promise<SshConnection> {
  const where = `ssh ${end.user}@${hostPortName(end.host, end.port)}`;
  if (!settings.jump) {
    const client = await connectOne(end, settings, creds);
    return { client, where, close: () => client.end() };
  }
  const j = settings.jump;
  const jumpEnd: SshEndpoint = {
    label: `jump host ${j.host}`,
    host: j.host,
    port: j.port ?? 22,
    user: j.user ?? end.user,
  };
  const jump = await connectOne(jumpEnd, settings, creds);
  try {
    const sock = await hop(jump, hostPortName(jumpEnd.host, jumpEnd.port), end);
    const client = await connectOne(end, settings, creds, sock);
    return {
      client,
      where: `${where} via ${jumpEnd.user}@${hostPortName(jumpEnd.host, jumpEnd.port)}`,
      close: () => {
        client.end();
        jump.end();
      },
    };
  } catch (err) {
    jump.end();
    throw err;
  }
}
