// The node as the probe pod sees it: the host's root filesystem mounted under a prefix (default
// /host) and the host's network namespace (hostNetwork). Paths in and out of this module are host
// paths (/etc/resolv.conf), so reports name files as a node admin knows them, not as they appear
// inside the probe's container.
import { spawn } from 'node:child_process';
import { access, readdir, readFile, readlink, stat, statfs } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import type {
  NodeAccess,
  NodeResolver,
  NodeRunOptions,
  NodeRunResult,
  StatFs,
} from './node-access.js';
import { lookupWithResolvConf } from './resolver-lookup.js';
import { resolveUnderRoot } from './host-path.js';

const MISSING = new Set(['ENOENT', 'ENOTDIR']);
const isMissing = (err: unknown): boolean => MISSING.has((err as NodeJS.ErrnoException).code ?? '');

/** Opens a stream once it is connected; rejects with the connection error. */
function connected(socket: net.Socket, signal?: AbortSignal): Promise<Duplex> {
  return new Promise((resolve, reject) => {
    signal?.addEventListener('abort', () => socket.destroy(new Error('aborted')));
    socket.once('connect', () => {
      socket.removeListener('error', reject);
      resolve(socket);
    });
    socket.once('error', reject);
  });
}

const CHROOT_PATHS = ['/usr/sbin/chroot', '/usr/bin/chroot', '/sbin/chroot', '/bin/chroot'];

/** The probe image's chroot(8); Node.js itself cannot change root. */
async function findChroot(): Promise<string> {
  for (const candidate of CHROOT_PATHS) {
    try {
      await access(candidate);
      return candidate;
    } catch {
      // try the next
    }
  }
  throw new Error('the probe image has no chroot, so node programs cannot run from it');
}

/** Access to the host's files under a prefix, and to its network from the pod's host netns. */
export class HostFs implements NodeAccess {
  constructor(readonly prefix: string) {}

  get where(): string {
    return this.prefix;
  }

  /** Where a host path is inside the probe, the host's own symlinks followed within its root. */
  local(hostPath: string): string {
    return resolveUnderRoot(this.prefix, hostPath);
  }

  async read(hostPath: string): Promise<string | undefined> {
    try {
      return await readFile(this.local(hostPath), 'utf8');
    } catch (err) {
      if (isMissing(err)) return undefined;
      throw err;
    }
  }

  async readlink(hostPath: string): Promise<string | undefined> {
    try {
      // The link itself, not its target: only the directories above it are resolved.
      const local = path.join(this.local(path.dirname(hostPath)), path.basename(hostPath));
      return await readlink(local);
    } catch {
      return undefined;
    }
  }

  /**
   * chroot into the mounted host root, so the program finds its interpreter, libraries and files
   * where the kubelet's copy does; the probe already shares the host's network.
   */
  async run(
    program: string,
    args: readonly string[],
    options: NodeRunOptions,
  ): Promise<NodeRunResult> {
    const chroot = await findChroot();
    return new Promise((resolve, reject) => {
      const child = spawn(chroot, [this.prefix, program, ...args], {
        env: { ...options.env },
        stdio: ['pipe', 'pipe', 'pipe'],
        signal: options.signal,
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
      child.stdin.on('error', () => {}); // a plugin that exits without reading stdin
      child.stdin.end(options.stdin);
    });
  }

  async pidsNamed(comm: string): Promise<number[]> {
    const pids: number[] = [];
    for (const pid of (await this.list('/proc')).filter((n) => /^\d+$/.test(n))) {
      const name = await this.read(`/proc/${pid}/comm`).catch(() => undefined);
      if (name?.trim() === comm) pids.push(Number(pid));
    }
    return pids;
  }

  async list(hostDir: string): Promise<string[]> {
    try {
      return (await readdir(this.local(hostDir))).sort();
    } catch (err) {
      if (isMissing(err)) return [];
      throw err;
    }
  }

  async isSocket(hostPath: string): Promise<boolean> {
    try {
      return (await stat(this.local(hostPath))).isSocket();
    } catch {
      return false;
    }
  }

  dialSocket(hostPath: string): Promise<Duplex> {
    return connected(net.connect(this.local(hostPath)));
  }

  dialTcp(address: string, port: number, signal: AbortSignal): Promise<Duplex> {
    return connected(net.connect({ host: address, port }), signal);
  }

  lookup(host: string, node: NodeResolver, signal: AbortSignal) {
    return lookupWithResolvConf(host, node, signal);
  }

  async statfs(hostPath: string): Promise<StatFs> {
    const s = await statfs(this.local(hostPath), { bigint: true });
    return {
      blockSize: Number(s.bsize),
      blocks: Number(s.blocks),
      blocksAvailable: Number(s.bavail),
      inodes: Number(s.files),
      inodesFree: Number(s.ffree),
    };
  }
}
