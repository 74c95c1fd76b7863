// The host's filesystem as the probe sees it: mounted under a prefix (default /host). Paths in and
// out of this module are host paths (/etc/resolv.conf), so reports name files as a node admin
// knows them, not as they appear inside the probe's container.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const MISSING = new Set(['ENOENT', 'ENOTDIR']);
const isMissing = (err: unknown): boolean => MISSING.has((err as NodeJS.ErrnoException).code ?? '');

/** Read access to the host's files under a prefix. */
export class HostFs {
  constructor(readonly prefix: string) {}

  /** Where a host path is inside the probe. */
  local(hostPath: string): string {
    return path.join(this.prefix, hostPath);
  }

  /** A host file's text, or undefined when it does not exist; other errors throw. */
  async read(hostPath: string): Promise<string | undefined> {
    try {
      return await readFile(this.local(hostPath), 'utf8');
    } catch (err) {
      if (isMissing(err)) return undefined;
      throw err;
    }
  }

  /** Names in a host directory, sorted; empty when it does not exist. */
  async list(hostDir: string): Promise<string[]> {
    try {
      return (await readdir(this.local(hostDir))).sort();
    } catch (err) {
      if (isMissing(err)) return [];
      throw err;
    }
  }

  /** True when the host path is a unix socket. */
  async isSocket(hostPath: string): Promise<boolean> {
    try {
      return (await stat(this.local(hostPath))).isSocket();
    } catch {
      return false;
    }
  }
}
