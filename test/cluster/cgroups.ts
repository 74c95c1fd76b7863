/**
 * Per-node cgroups. Each node's kubelet gets `cgroupRoot: /kip-NODE` and its supervisor shell joins
 * that cgroup in every hierarchy, so everything the node starts (containerd, shims, pod processes)
 * lands under it: `down` kills whatever is in the subtree and nothing escapes.
 */
import { readdir, readFile, writeFile, mkdir, rmdir, stat } from 'node:fs/promises';
import path from 'node:path';

const ROOT = '/sys/fs/cgroup';

/** The cgroup name of a node (the kubelet's cgroupRoot, without the leading slash). */
export function nodeCgroup(node: string): string {
  return `kip-${node}`;
}

async function hierarchies(): Promise<string[]> {
  const entries = await readdir(ROOT, { withFileTypes: true });
  // Symlinks such as cpu,cpuacct -> cpu would be visited twice; only real directories count.
  return entries.filter((e) => e.isDirectory()).map((e) => path.join(ROOT, e.name));
}

/** Creates the node's cgroup in every hierarchy (cpuset needs its cpus/mems copied from the parent). */
export async function createNodeCgroups(node: string): Promise<void> {
  for (const h of await hierarchies()) {
    const dir = path.join(h, nodeCgroup(node));
    await mkdir(dir, { recursive: true });
    for (const file of ['cpuset.cpus', 'cpuset.mems']) {
      const parent = await readFile(path.join(h, file), 'utf8').catch(() => undefined);
      if (parent !== undefined) await writeFile(path.join(dir, file), parent.trim() || '0');
    }
  }
}

/** Every PID anywhere under the node's cgroup (read from the pids hierarchy, which v1 always has). */
export async function pidsInNodeCgroup(node: string): Promise<number[]> {
  const pids: number[] = [];
  const walk = async (dir: string): Promise<void> => {
    const procs = await readFile(path.join(dir, 'cgroup.procs'), 'utf8').catch(() => '');
    pids.push(...procs.split('\n').filter(Boolean).map(Number));
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries) if (e.isDirectory()) await walk(path.join(dir, e.name));
  };
  for (const h of await hierarchies()) await walk(path.join(h, nodeCgroup(node)));
  return [...new Set(pids)];
}

/** Kills every process under the node's cgroup until none is left, then removes the cgroups. */
export async function destroyNodeCgroups(node: string): Promise<void> {
  for (let round = 0; round < 50; round++) {
    const pids = await pidsInNodeCgroup(node);
    if (pids.length === 0) break;
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Exited between the read and the kill.
      }
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  for (const h of await hierarchies()) await removeTree(path.join(h, nodeCgroup(node)));
}

async function removeTree(dir: string): Promise<void> {
  const isDir = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDir) return;
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (e.isDirectory()) await removeTree(path.join(dir, e.name));
  }
  // A cgroup can stay busy for a moment after its last process died.
  for (let i = 0; i < 20; i++) {
    try {
      await rmdir(dir);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
