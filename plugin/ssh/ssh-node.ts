/**
 * The node reached over one SSH connection, from the node's own point of view: files are read
 * with its `cat`, names resolved with its `getent` (its nsswitch, /etc/hosts and resolver), TCP
 * connections opened by its sshd (direct-tcpip, so they leave from the node's network), and the
 * runtime's CRI socket reached through OpenSSH's streamlocal forwarding. Nothing is written on the
 * node, and no credential ever goes into a command line: the credentialed pull travels inside the
 * CRI request over the forwarded socket.
 */
import type { Duplex } from 'node:stream';
import type { Client, ClientChannel, SFTPWrapper } from 'ssh2';
import type { CheckOutcome } from '../../probe/checks/run-check.js';
import type {
  DnsDetail,
  NodeAccess,
  NodeResolver,
  NodeRunOptions,
  NodeRunResult,
  StatFs,
} from '../../probe/node/node-access.js';
import {
  parseGetentAhosts,
  parseStatFs,
  runScript,
  shellCommand,
  STAT_FS_FORMAT,
} from '../../shared/probe/node-commands.js';

/** What one command printed and how it ended. */
interface ExecResult {
  readonly code: number | null;
  readonly stdout: Buffer;
  readonly stderr: string;
}

const MISSING = /No such file or directory|Not a directory/;
/** SFTP status NO_SUCH_FILE; servers also answer a path through a non-directory with it. */
const SFTP_NO_SUCH_FILE = 2;
const isSftpMissing = (err: unknown): boolean =>
  (err as { code?: unknown }).code === SFTP_NO_SUCH_FILE;

/** NodeAccess over an open ssh2 connection; the caller owns (and ends) the connection. */
export class SshNode implements NodeAccess {
  // Gathering reads dozens of small files; one SFTP session answers each in a round trip, where
  // a command costs a session and a shell. Nodes without the sftp subsystem fall back to `cat`.
  private sftpSession: Promise<SFTPWrapper | undefined> | undefined;

  constructor(
    private readonly client: Client,
    readonly where: string,
  ) {}

  private sftp(): Promise<SFTPWrapper | undefined> {
    this.sftpSession ??= new Promise((resolve) =>
      this.client.sftp((err, sftp) => resolve(err ? undefined : sftp)),
    );
    return this.sftpSession;
  }

  /** Runs one command through the node's shell and collects its output. */
  exec(program: string, args: readonly string[], signal?: AbortSignal): Promise<ExecResult> {
    return new Promise((resolve, reject) => {
      this.client.exec(shellCommand(program, args), (err, channel) => {
        if (err) return reject(err);
        const out: Buffer[] = [];
        let stderr = '';
        signal?.addEventListener('abort', () => channel.close());
        channel.on('data', (chunk: Buffer) => out.push(chunk));
        channel.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
        channel.on('close', (code: number | null) =>
          resolve({ code: code ?? null, stdout: Buffer.concat(out), stderr }),
        );
      });
    });
  }

  async read(hostPath: string): Promise<string | undefined> {
    const sftp = await this.sftp();
    if (sftp)
      return new Promise((resolve, reject) =>
        sftp.readFile(hostPath, (err, data) =>
          err
            ? isSftpMissing(err)
              ? resolve(undefined)
              : reject(new Error(`cannot read ${hostPath}: ${err.message}`))
            : resolve(data.toString('utf8')),
        ),
      );
    const r = await this.exec('cat', ['--', hostPath]);
    if (r.code === 0) return r.stdout.toString('utf8');
    if (MISSING.test(r.stderr)) return undefined;
    throw new Error(r.stderr.trim() || `cat ${hostPath} exited with ${r.code}`);
  }

  async readlink(hostPath: string): Promise<string | undefined> {
    const sftp = await this.sftp();
    if (sftp)
      return new Promise((resolve) =>
        sftp.readlink(hostPath, (err, target) => resolve(err ? undefined : target)),
      );
    const r = await this.exec('readlink', ['--', hostPath]);
    return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
  }

  /**
   * Runs a node program through `sh -s`, the script (exports, then exec with a heredoc for stdin)
   * sent on the channel: nothing of the environment or stdin shows in the node's process list.
   */
  run(program: string, args: readonly string[], options: NodeRunOptions): Promise<NodeRunResult> {
    const script = runScript(program, args, options.env, options.stdin);
    if (script === undefined)
      return Promise.reject(new Error(`cannot pass that input to ${program} through a shell`));
    return new Promise((resolve, reject) => {
      this.client.exec('LC_ALL=C sh -s', (err, channel) => {
        if (err) return reject(err);
        let stdout = '';
        let stderr = '';
        options.signal.addEventListener('abort', () => channel.close());
        channel.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
        channel.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
        channel.on('close', (code: number | null) =>
          resolve({ code: options.signal.aborted ? null : (code ?? null), stdout, stderr }),
        );
        channel.end(script);
      });
    });
  }

  /** One grep over every /proc/PID/comm: a round trip per process would cost seconds on a WAN. */
  async pidsNamed(comm: string): Promise<number[]> {
    const r = await this.exec('sh', [
      '-c',
      'grep -lxF -e "$1" /proc/[0-9]*/comm 2>/dev/null; true',
      'sh',
      comm,
    ]);
    return [...r.stdout.toString('utf8').matchAll(/^\/proc\/(\d+)\/comm$/gm)].map((m) =>
      Number(m[1]),
    );
  }

  async list(hostDir: string): Promise<string[]> {
    const sftp = await this.sftp();
    if (sftp)
      return new Promise((resolve, reject) =>
        sftp.readdir(hostDir, (err, entries) =>
          err
            ? isSftpMissing(err)
              ? resolve([])
              : reject(new Error(`cannot list ${hostDir}: ${err.message}`))
            : resolve(
                entries
                  .map((e) => e.filename)
                  .filter((n) => n !== '.' && n !== '..')
                  .sort(),
              ),
        ),
      );
    const r = await this.exec('ls', ['-1A', '--', hostDir]);
    if (r.code !== 0) {
      if (MISSING.test(r.stderr)) return [];
      throw new Error(r.stderr.trim() || `ls ${hostDir} exited with ${r.code}`);
    }
    return r.stdout.toString('utf8').split('\n').filter(Boolean).sort();
  }

  async isSocket(hostPath: string): Promise<boolean> {
    const sftp = await this.sftp();
    if (sftp)
      return new Promise((resolve) =>
        sftp.stat(hostPath, (err, stats) => resolve(!err && stats.isSocket())),
      );
    return (await this.exec('test', ['-S', hostPath])).code === 0;
  }

  dialSocket(hostPath: string): Promise<Duplex> {
    return new Promise((resolve, reject) => {
      this.client.openssh_forwardOutStreamLocal(hostPath, (err, channel) =>
        err ? reject(socketError(hostPath, err)) : resolve(channel),
      );
    });
  }

  dialTcp(address: string, port: number, signal: AbortSignal): Promise<Duplex> {
    return new Promise((resolve, reject) => {
      let channel: ClientChannel | undefined;
      signal.addEventListener('abort', () => channel?.close());
      // The originator address is informational for sshd; the node picks the real source.
      this.client.forwardOut('127.0.0.1', 0, address, port, (err, opened) => {
        if (err)
          return reject(new Error(`connect ${address}:${port} from the node: ${sshReason(err)}`));
        channel = opened;
        resolve(opened);
      });
    });
  }

  async lookup(
    host: string,
    node: NodeResolver,
    signal: AbortSignal,
  ): Promise<CheckOutcome<DnsDetail>> {
    const resolver = node.resolvConf?.nameservers.join(', ') || 'the node resolver';
    const r = await this.exec('getent', ['ahosts', host], signal);
    const addresses = parseGetentAhosts(r.stdout.toString('utf8'));
    if (r.code === 0 && addresses.length > 0)
      return { status: 'ok', detail: { host, addresses, resolver } };
    // getent says nothing on stderr: exit 2 is "not found", anything else a resolver failure.
    const why = r.code === 2 ? 'no such host' : r.stderr.trim() || `getent exited with ${r.code}`;
    return {
      status: 'failed',
      error: `lookup ${host} on ${resolver}: ${why}`,
      detail: { host, addresses: [], resolver },
    };
  }

  async statfs(hostPath: string): Promise<StatFs> {
    const r = await this.exec('stat', ['-f', '-c', STAT_FS_FORMAT, '--', hostPath]);
    const parsed = r.code === 0 ? parseStatFs(r.stdout.toString('utf8')) : undefined;
    if (!parsed) throw new Error(r.stderr.trim() || `stat -f ${hostPath} printed no numbers`);
    return parsed;
  }
}

/** ssh2 prefixes channel failures with "(SSH) Channel open failure: "; the reason is what counts. */
function sshReason(err: Error): string {
  return err.message.replace(/^\(SSH\) Channel open failure:\s*/, '') || err.message;
}

function socketError(hostPath: string, err: Error): Error {
  const reason = sshReason(err);
  return new Error(
    /administratively prohibited/i.test(reason)
      ? `sshd does not allow forwarding to ${hostPath} (AllowStreamLocalForwarding): ${reason}`
      : `open ${hostPath} on the node: ${reason}`,
  );
}
