// Finds the node's running kubelet through /proc: its command line holds the flags wherever they
// came from (a unit, a drop-in, an env file, a wrapper script), and its environment is what the
// kubelet hands its credential provider plugins. On a host with several kubelets (kind, or this
// project's test cluster) the one sharing our network namespace is the node we were sent to.
import type { NodeAccess } from './node-access.js';

/** The running kubelet: its PID, argv and, when readable, its environment. */
export interface KubeletProcess {
  readonly pid: number;
  readonly argv: readonly string[];
  readonly environ?: Readonly<Record<string, string>>;
}

const splitNul = (text: string): string[] => text.split('\0').filter((s) => s !== '');

/** `KEY=value` entries of /proc/PID/environ. */
export function parseEnviron(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const entry of splitNul(text)) {
    const eq = entry.indexOf('=');
    if (eq > 0) env[entry.slice(0, eq)] = entry.slice(eq + 1);
  }
  return env;
}

async function readArgv(host: NodeAccess, pid: number): Promise<string[]> {
  try {
    return splitNul((await host.read(`/proc/${pid}/cmdline`)) ?? '');
  } catch {
    return []; // the process exited, or is not ours to read
  }
}

/** The kubelet of this node, or undefined when none runs as a process of its own (k3s embeds it). */
export async function findKubelet(host: NodeAccess): Promise<KubeletProcess | undefined> {
  const found: { pid: number; argv: string[] }[] = [];
  for (const pid of await host.pidsNamed('kubelet')) {
    const argv = await readArgv(host, pid);
    if (argv.length > 0) found.push({ pid, argv });
  }
  let chosen = found.length === 1 ? found[0] : undefined;
  // Several kubelets: only one shares our network namespace. None doing so means we cannot tell.
  const ours = found.length > 1 ? await host.readlink('/proc/self/ns/net') : undefined;
  for (const k of ours === undefined ? [] : found) {
    if ((await host.readlink(`/proc/${k.pid}/ns/net`)) === ours) chosen ??= k;
  }
  if (!chosen) return undefined;
  const environText = await host.read(`/proc/${chosen.pid}/environ`).catch(() => undefined);
  return {
    pid: chosen.pid,
    argv: chosen.argv,
    ...(environText ? { environ: parseEnviron(environText) } : {}),
  };
}
