/**
 * Faults injected into ONE node, the way they happen in production: a resolver that answers
 * NXDOMAIN, egress to one address dropped by a firewall, an image filesystem that is full.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DNS, nodeNetns, paths, REGISTRIES } from './layout.js';
import { STALL_BACKEND_PORT } from './registry-config.js';
import { BIG_LAYER_BYTES } from './images/image-set.js';
import { resolvConf } from './node-config.js';
import { inNamespacesOf, inNetns, run, waitFor } from './run-command.js';
import type { ClusterNode } from './cluster-info.js';

/** Points the node's resolver at the broken DNS server (same file inode, so the bind mount holds). */
/**
 * Ends every download registry.stall.test is holding open: the stalled pulls fail at once. A pull
 * containerd 2.x never cancels would otherwise keep its pod Terminating and its namespace alive.
 */
export async function releaseStalledPulls(): Promise<void> {
  const stall = REGISTRIES.find((r) => r.id === 'stall')!;
  const res = await fetch(`http://${stall.address}:${STALL_BACKEND_PORT}/release`);
  if (!res.ok)
    throw new Error(`registry.stall.test did not release its stalled pulls: ${res.status}`);
}

export async function breakDns(node: ClusterNode): Promise<void> {
  await writeFile(path.join(paths.node(node.name), 'resolv.conf'), resolvConf(DNS.broken));
  await resolverNoticesChange();
}

/** Restores the node's resolver. */
export async function restoreDns(node: ClusterNode): Promise<void> {
  await writeFile(path.join(paths.node(node.name), 'resolv.conf'), resolvConf(DNS.good));
  await resolverNoticesChange();
}

/**
 * Go's resolver (containerd's) re-reads resolv.conf at most once every 5 seconds, so a change only
 * takes effect after that; waiting here keeps one test's fault from leaking into the next.
 */
function resolverNoticesChange(): Promise<void> {
  return new Promise((r) => setTimeout(r, 5500));
}

const BLACKHOLE_TAG = 'kip-blackhole';

/** Silently drops the node's packets to `address`: connections time out, as behind an allow-list. */
export async function blackholeEgress(node: ClusterNode, address: string): Promise<void> {
  await inNetns(nodeNetns(node.name), 'iptables', [
    '-I',
    'OUTPUT',
    '-d',
    address,
    '-j',
    'DROP',
    '-m',
    'comment',
    '--comment',
    BLACKHOLE_TAG,
  ]);
}

/**
 * Removes every blackhole rule from the node, then kills the node's TCP connections to those
 * addresses. A connection that lived through the blackhole (containerd keeps one HTTP/2
 * connection per registry) is not closed by it: its retransmission timer has backed off to
 * minutes, so the next pull on it stalled long after the rule was gone.
 */
export async function restoreEgress(node: ClusterNode): Promise<void> {
  const netns = nodeNetns(node.name);
  const rules = await inNetns(netns, 'iptables', ['-S', 'OUTPUT']);
  const addresses = new Set<string>();
  for (const rule of rules.split('\n').filter((r) => r.includes(BLACKHOLE_TAG))) {
    const args = rule.replace(/^-A /, '-D ').match(/"[^"]*"|\S+/g) ?? [];
    const destination = /-d (\S+?)(?:\/32)?\s/.exec(rule)?.[1];
    if (destination) addresses.add(destination);
    await inNetns(
      netns,
      'iptables',
      args.map((a) => a.replace(/^"|"$/g, '')),
    );
  }
  for (const address of addresses) await inNetns(netns, 'ss', ['-K', 'dst', address]);
}

const FILL_NAME = 'kip-fill';
const fillFile = (node: ClusterNode): string => `${node.imagefs}/${FILL_NAME}`;

/**
 * Room left by a fill that must make kip/big's pull fail without the kubelet noticing: more than
 * the kubelet's imagefs.available eviction threshold (2% of the node's 1.5 GiB imagefs, ~31 MiB),
 * less than kip/big's 96 MiB layer. The pull meets ENOSPC part-way, containerd aborts the ingest
 * and frees the room again, and the node never reports DiskPressure.
 *
 * Why not fill to the brim: under DiskPressure the kubelet's eviction manager deletes every unused
 * image, the pause image included (containerd 1.6 does not pin it). A pod created just then lost
 * its sandbox to that deletion ("content digest ... not found") and never pulled at all. And a
 * crictl pull made after the reclaim stalled until crictl gave up in 3 of 4 CI runs (cause not
 * pinned down; no pull stalled without DiskPressure).
 */
export const ROOM_BELOW_A_PULL = (BIG_LAYER_BYTES * 2) / 3;

/**
 * How full to make the node's imagefs:
 * - `enospc` (the default) leaves ROOM_BELOW_A_PULL: kip/big fails with "no space left on device"
 *   and nothing else on the node changes;
 * - `brim` leaves 64 KiB: the kubelet raises DiskPressure within an eviction period and reclaims
 *   images;
 * - `pressure` is `brim`, then waits for DiskPressure and its reclaim and fills again what the
 *   reclaim freed, for tests about the kubelet's own reaction (it refuses new pods).
 */
export type ImagefsFill = 'enospc' | 'brim' | 'pressure';

/** Fills the node's imagefs with a file of its own (see ImagefsFill). */
export async function fillImagefs(node: ClusterNode, how: ImagefsFill = 'enospc'): Promise<void> {
  const leave = how === 'enospc' ? ROOM_BELOW_A_PULL : BRIM_ROOM;
  await fillTo(node, fillFile(node), leave);
  if (how !== 'pressure') return;
  await waitFor(
    `${node.name} to report DiskPressure`,
    async () => ((await diskPressure(node)) === 'True' ? true : undefined),
    120_000,
  );
  // The reclaim runs in the same eviction pass that raises the condition; one more period (10 s)
  // and it has certainly finished deleting.
  await new Promise((r) => setTimeout(r, 11_000));
  // Best effort: the condition already holds; what the reclaim freed is taken back if it can be.
  await fillTo(node, `${fillFile(node)}-top-up`, leave, false);
}

const BRIM_ROOM = 64 * 1024;

async function fillTo(
  node: ClusterNode,
  file: string,
  leaveBytes: number,
  required = true,
): Promise<void> {
  const df = await inNamespacesOf(node.pid, 'df', ['-B1', '--output=avail', node.imagefs]);
  const avail = Number(df.trim().split('\n').pop());
  // df's figure can run ahead of what tmpfs will still hand out (pages, and writes the runtime
  // makes meanwhile): on ENOSPC, ask for a little less, a few times, and leave at most a few MiB
  // more than asked.
  for (let attempt = 0, size = avail - leaveBytes; attempt < 24 && size > 0; attempt++) {
    const sized = String(size);
    const ok = await inNamespacesOf(node.pid, 'fallocate', ['-l', sized, file]).then(
      () => true,
      async () => {
        await inNamespacesOf(node.pid, 'rm', ['-f', file]);
        return false;
      },
    );
    if (ok) return;
    size -= Math.max(1 << 20, Math.floor(size / 8));
  }
  if (required)
    throw new Error(
      `could not fill ${node.name}'s imagefs (${file}) to within ${leaveBytes} bytes`,
    );
}

/** Frees what fillImagefs took. */
export async function clearImagefs(node: ClusterNode): Promise<void> {
  // No fill file, no fault: nothing to wait for (test files clear after every test).
  const filled = await inNamespacesOf(node.pid, 'sh', [
    '-c',
    `test -e ${fillFile(node)} && echo yes || true`,
  ]);
  if (filled.trim() !== 'yes') return;
  await inNamespacesOf(node.pid, 'rm', ['-f', fillFile(node), `${fillFile(node)}-top-up`]);
  // A full imagefs raises DiskPressure, and while it lasts the kubelet admits no new pod. The
  // kubelet may notice the full disk only after the file is gone (its eviction manager looks every
  // 10 s, its status goes out every 5 s), so "False" once proves nothing: wait until the node has
  // said False for a whole observation window, or the fault leaks into the next test.
  let falseSince: number | undefined;
  await waitFor(
    `${node.name} to report no DiskPressure for ${STABLE_MS / 1000}s`,
    async () => {
      const ok = (await diskPressure(node)) === 'False';
      falseSince = ok ? (falseSince ?? Date.now()) : undefined;
      return falseSince !== undefined && Date.now() - falseSince >= STABLE_MS ? true : undefined;
    },
    180_000,
  );
  await restorePreloadedImages(node);
}

/**
 * Imports the node's preloaded images again. Under DiskPressure the kubelet's eviction manager
 * deletes every unused image older than imageMinimumGCAge, GC thresholds notwithstanding, and
 * containerd 1.6 does not pin the sandbox image: without this, node-2 loses its pause image and
 * every later pod there sticks in sandbox creation, with no pull event at all.
 */
async function restorePreloadedImages(node: ClusterNode): Promise<void> {
  for (const { archive, ref } of node.preloads) {
    if (node.runtime === 'cri-o') {
      const store =
        'containers-storage:[overlay@/var/lib/containers/storage+/run/containers/storage]';
      await inNamespacesOf(node.pid, 'skopeo', [
        '--insecure-policy',
        'copy',
        '-q',
        `docker-archive:${archive}`,
        `${store}${ref}`,
      ]);
      continue;
    }
    await inNamespacesOf(node.pid, node.ctr, [
      '--address',
      node.criSocket,
      '-n',
      'k8s.io',
      'images',
      'import',
      archive,
    ]);
  }
}

const STABLE_MS = 20_000;

async function diskPressure(node: ClusterNode): Promise<string> {
  const jsonpath = 'jsonpath={.status.conditions[?(@.type=="DiskPressure")].status}';
  const out = await run(
    'kubectl',
    ['--kubeconfig', paths.adminKubeconfig, 'get', 'node', node.name, '-o', jsonpath],
    {
      allowFailure: true,
    },
  );
  return out.trim();
}

/** Runs crictl on the node, against the node's own runtime, as `ssh node crictl ...` would. */
export function crictlOnNode(
  node: ClusterNode,
  crictl: string,
  args: readonly string[],
): Promise<string> {
  return inNamespacesOf(
    node.pid,
    crictl,
    // An explicit (empty) config file keeps crictl from warning that /etc/crictl.yaml is absent.
    ['--config', '/dev/null', '--runtime-endpoint', `unix://${node.criSocket}`, ...args],
    { allowFailure: true, combined: true },
  );
}

/** kubectl with the admin kubeconfig, used by tests to create and inspect scenario objects. */
export function kubectl(
  kubeconfig: string,
  args: readonly string[],
  input?: string,
): Promise<string> {
  return run('kubectl', ['--kubeconfig', kubeconfig, ...args], { input });
}
