/**
 * Makes one node NotReady the way a hung kubelet does: SIGSTOP its kubelet (containerd, sshd and
 * the node's network keep running), wait for the node lifecycle controller to mark it
 * Ready=Unknown, and SIGCONT it again. The controller-manager's grace period is shortened in
 * control-plane.ts so this takes seconds, not a minute.
 */
import { readFile } from 'node:fs/promises';
import { pidsInNodeCgroup } from './cgroups.js';
import type { ClusterInfo, ClusterNode } from './cluster-info.js';
import { run, waitFor } from './run-command.js';

async function kubeletPid(node: ClusterNode): Promise<number> {
  for (const pid of await pidsInNodeCgroup(node.name)) {
    const argv = (await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '')).split('\0');
    if (argv[0]?.endsWith('/kubelet') && argv.includes(node.name)) return pid;
  }
  throw new Error(`no kubelet process found in ${node.name}'s cgroup`);
}

async function readyStatus(info: ClusterInfo, node: ClusterNode): Promise<string> {
  return (
    await run('kubectl', [
      '--kubeconfig',
      info.kubeconfig,
      'get',
      'node',
      node.name,
      '-o',
      'jsonpath={.status.conditions[?(@.type=="Ready")].status}',
    ])
  ).trim();
}

/** Stops the node's kubelet and waits until the API shows the node as not Ready. */
export async function pauseKubelet(info: ClusterInfo, node: ClusterNode): Promise<void> {
  process.kill(await kubeletPid(node), 'SIGSTOP');
  await waitFor(
    `${node.name} NotReady`,
    async () => ((await readyStatus(info, node)) !== 'True' ? true : undefined),
    90_000,
  );
}

/** Lets the node's kubelet run again and waits until the node is Ready. */
export async function resumeKubelet(info: ClusterInfo, node: ClusterNode): Promise<void> {
  process.kill(await kubeletPid(node), 'SIGCONT');
  await waitFor(
    `${node.name} Ready again`,
    async () => ((await readyStatus(info, node)) === 'True' ? true : undefined),
    90_000,
  );
}
