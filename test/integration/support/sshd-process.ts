// A real OpenSSH sshd standing in for a node's, for the SSH transport's integration suite: it runs
// in a private mount namespace where the probe world's host tree is bound over the paths a node
// has (/etc/resolv.conf, the CA bundle, /etc/containerd, the containerd unit drop-ins, /run with
// the containerd socket, /var/lib), so a session through it sees that "node" exactly as a session
// on a real node would. Keys, host key and known_hosts are made per run; stop() ends it.
import { spawn } from 'node:child_process';
import { execFile } from 'node:child_process';
import { access, constants, mkdir, readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { stopProcess } from '../../cluster/images/run-command.js';
import { keepLog } from './probe-daemons.js';

const execFileAsync = promisify(execFile);

/** The running sshd and the files a client needs. */
export interface Sshd {
  readonly port: number;
  readonly clientKey: string;
  readonly refusedKey: string;
  readonly knownHosts: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function keygen(file: string): Promise<string> {
  await execFileAsync('ssh-keygen', [
    '-q',
    '-t',
    'ed25519',
    '-N',
    '',
    '-C',
    'kip-test',
    '-f',
    file,
  ]);
  return (await readFile(`${file}.pub`, 'utf8')).trim();
}

/** Shell lines that give the namespace the node's view of the host tree under `prefix`. */
function nodeView(prefix: string): string {
  const bind = (from: string, to: string) => `mount --bind '${path.join(prefix, from)}' '${to}'`;
  return [
    'set -e',
    bind('etc/resolv.conf', '/etc/resolv.conf'),
    bind('etc/ssl/certs/ca-certificates.crt', '/etc/ssl/certs/ca-certificates.crt'),
    bind('etc/containerd', '/etc/containerd'),
    bind('etc/systemd/system', '/etc/systemd/system'),
    bind('var/lib', '/var/lib'),
    'mount -t tmpfs kip-ssh-run /run',
    'mkdir -p /run/sshd /run/containerd',
    bind('run/containerd', '/run/containerd'),
  ].join('\n');
}

/** Starts sshd on 127.0.0.1 with the node view of `prefix`; fails with its log if it does not listen. */
export async function startSshd(
  workDir: string,
  prefix: string,
  options: { sftp: boolean; name: string },
): Promise<Sshd> {
  const missing = await Promise.all(
    ['/usr/sbin/sshd', '/usr/bin/ssh-keygen'].map((f) =>
      access(f, constants.X_OK).then(
        () => false,
        () => true,
      ),
    ),
  );
  if (missing.some(Boolean))
    throw new Error(
      "the SSH tests need /usr/sbin/sshd and ssh-keygen: install the Debian packages 'openssh-server' and 'openssh-client'",
    );
  const dir = path.join(workDir, options.name);
  await mkdir(dir, { recursive: true });
  const clientKey = path.join(dir, 'client');
  const refusedKey = path.join(dir, 'refused');
  await writeFile(path.join(dir, 'authorized_keys'), `${await keygen(clientKey)}\n`);
  await keygen(refusedKey);
  const hostKey = (await keygen(path.join(dir, 'host'))).split(' ');
  const port = await freePort();
  const knownHosts = path.join(dir, 'known_hosts');
  await writeFile(knownHosts, `[127.0.0.1]:${port} ${hostKey[0]} ${hostKey[1]}\n`);
  const config = path.join(dir, 'sshd_config');
  await writeFile(
    config,
    [
      `ListenAddress 127.0.0.1:${port}`,
      `HostKey ${path.join(dir, 'host')}`,
      'PidFile none',
      `AuthorizedKeysFile ${path.join(dir, 'authorized_keys')}`,
      'StrictModes no',
      'PermitRootLogin prohibit-password',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'UsePAM no',
      'AllowTcpForwarding yes',
      'AllowStreamLocalForwarding yes',
      ...(options.sftp ? ['Subsystem sftp internal-sftp'] : []),
      '',
    ].join('\n'),
  );
  const script = `${nodeView(prefix)}\nexec /usr/sbin/sshd -D -e -f '${config}'`;
  const child = spawn(
    'unshare',
    ['--mount', '--propagation', 'private', '--', 'sh', '-c', script],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const log = keepLog(child);
  const stop = (): Promise<void> => stopProcess(child, 5000);
  for (const deadline = Date.now() + 10_000; Date.now() < deadline;) {
    if (child.exitCode !== null) break;
    const listening = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1');
      s.once('connect', () => (s.destroy(), resolve(true)));
      s.once('error', () => resolve(false));
    });
    if (listening) return { port, clientKey, refusedKey, knownHosts, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`sshd did not start: ${log()}`);
}
