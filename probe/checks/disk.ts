// Measures free bytes and inodes where pulls land: imagefs (the runtime's image filesystem, as it
// reports it over CRI) and nodefs (/var/lib/kubelet). Either one full fails a pull or evicts pods.
import type { CheckResult, FsUsage } from '../../shared/probe/report.js';
import type { CriClient } from '../cri/client.js';
import type { NodeAccess } from '../node/node-access.js';
import { errorText, runCheck } from './run-check.js';

/** The kubelet's root directory, on nodefs. */
const NODEFS = '/var/lib/kubelet';

async function measure(
  host: NodeAccess,
  hostPath: string,
  role: FsUsage['role'],
): Promise<FsUsage> {
  const s = await host.statfs(hostPath);
  // bavail, not bfree: what an unprivileged writer (and the kubelet's eviction) counts as free.
  return {
    path: hostPath,
    role,
    bytesFree: s.blocksAvailable * s.blockSize,
    bytesTotal: s.blocks * s.blockSize,
    inodesFree: s.inodesFree,
    inodesTotal: s.inodes,
  };
}

async function imageFsPaths(client: CriClient | undefined, timeoutMs: number): Promise<string[]> {
  if (client === undefined) throw new Error('no CRI runtime to ask for its image filesystem');
  const filesystems = await client.imageFsInfo(timeoutMs);
  const paths = filesystems.map((fs) => fs.mountpoint).filter((p) => p !== '');
  if (paths.length === 0) throw new Error('the runtime reported no image filesystem');
  return paths;
}

/** The disk check, plus the imagefs path the runtime reported (for the node info). */
export async function checkDisk(
  host: NodeAccess,
  client: CriClient | undefined,
  timeoutMs: number,
): Promise<{ result: CheckResult<{ filesystems: FsUsage[] }>; imageFs?: string }> {
  let imageFs: string | undefined;
  const result = await runCheck(timeoutMs, async () => {
    const filesystems: FsUsage[] = [];
    const errors: string[] = [];
    try {
      for (const path of await imageFsPaths(client, timeoutMs)) {
        imageFs ??= path;
        filesystems.push(await measure(host, path, 'imagefs'));
      }
    } catch (err) {
      errors.push(`imagefs: ${errorText(err)}`);
    }
    try {
      filesystems.push(await measure(host, NODEFS, 'nodefs'));
    } catch (err) {
      errors.push(`nodefs: ${errorText(err)}`);
    }
    const detail = { filesystems };
    return errors.length > 0
      ? { status: 'failed', error: errors.join('; '), detail }
      : { status: 'ok', detail };
  });
  return imageFs === undefined ? { result } : { result, imageFs };
}
