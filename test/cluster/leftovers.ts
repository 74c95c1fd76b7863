/**
 * What a stopped cluster must not leave behind: processes, network namespaces, the bridge,
 * cgroups, mounts, state directories. `down` and CI both check it.
 */
import { readdir, readFile, access } from 'node:fs/promises';
import { BRIDGE, ETCD_DATA_DIR, STATE_DIR } from './layout.js';
import { run } from './run-command.js';

const OUR_BINARIES =
  /(^|\/)(kubelet|kube-apiserver|kube-controller-manager|kube-scheduler|etcd|containerd|containerd-shim-runc-v2|crio|conmon|docker-registry|dnsmasq|nginx|pause|sshd)(\s|:|$)/;

/** Lists every leftover found, one line each; empty when the machine is clean. */
export async function findLeftovers(): Promise<string[]> {
  // Killed processes and released namespaces take a moment to disappear: look a few times.
  let found: string[] = [];
  for (let attempt = 0; attempt < 10; attempt++) {
    found = await scanOnce();
    if (found.length === 0) return found;
    await new Promise((r) => setTimeout(r, 500));
  }
  return found;
}

async function scanOnce(): Promise<string[]> {
  const found: string[] = [];
  for (const pid of await readdir('/proc').then((e) => e.filter((n) => /^\d+$/.test(n)))) {
    // A killed process may linger a moment as a zombie until init reaps it; it holds nothing.
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
    if (/^\d+ \(.*\) [ZX] /s.test(stat) || stat === '') continue;
    const cmd = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    const argv = cmd.split('\0').join(' ');
    // Node processes are known by their cgroup (a node's containerd has no kip path in argv).
    const cgroup = await readFile(`/proc/${pid}/cgroup`, 'utf8').catch(() => '');
    const ours = OUR_BINARIES.test(argv.split(' ')[0] ?? '') && argv.includes('kip');
    if (ours || cgroup.includes('/kip-')) found.push(`process ${pid}: ${argv.slice(0, 120)}`);
  }
  const netns = await run('ip', ['netns', 'list'], { allowFailure: true });
  for (const line of netns.split('\n'))
    if (line.startsWith('kip-')) found.push(`network namespace ${line.split(' ')[0]}`);
  const link = await run('ip', ['link', 'show', BRIDGE.name], { allowFailure: true });
  if (link.trim()) found.push(`bridge ${BRIDGE.name}`);
  for (const h of await readdir('/sys/fs/cgroup')) {
    const entries = await readdir(`/sys/fs/cgroup/${h}`).catch(() => [] as string[]);
    for (const e of entries)
      if (e.startsWith('kip-')) found.push(`cgroup /sys/fs/cgroup/${h}/${e}`);
  }
  const mounts = await readFile('/proc/self/mountinfo', 'utf8');
  for (const line of mounts.split('\n'))
    if (/kip/.test(line)) found.push(`mount ${line.split(' ')[4]}`);
  for (const dir of [STATE_DIR, ETCD_DATA_DIR]) {
    if (
      await access(dir).then(
        () => true,
        () => false,
      )
    )
      found.push(`directory ${dir}`);
  }
  return found;
}
