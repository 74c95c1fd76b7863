// Starts the two node daemons the probe talks to: a private containerd (CRI on a socket inside
// the fake host tree) and a dnsmasq on its own loopback address, the node's "nameserver".
import { spawn, type ChildProcess } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { CriClient } from '../../../probe/cri/client.js';
import { stopProcess } from '../../cluster/images/run-command.js';

/** A running daemon. */
export interface Daemon {
  stop(): Promise<void>;
}

/** Keeps the last 8 KiB of a child's output, for start-up error messages. */
export function keepLog(child: ChildProcess): () => string {
  let log = '';
  const keep = (chunk: Buffer): void => {
    log = (log + chunk.toString()).slice(-8192);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => log;
}

/** containerd 1.6 config: everything under `root`, CRI on, cgroupfs, native snapshotter. */
export function containerdConfig(dirs: {
  root: string;
  state: string;
  socket: string;
  opt: string;
  certsDir: string;
}): string {
  return `version = 2
root = "${dirs.root}"
state = "${dirs.state}"
disabled_plugins = ["io.containerd.snapshotter.v1.aufs", "io.containerd.snapshotter.v1.btrfs", "io.containerd.snapshotter.v1.zfs", "io.containerd.snapshotter.v1.devmapper"]

[grpc]
  address = "${dirs.socket}"

[plugins."io.containerd.internal.v1.opt"]
  path = "${dirs.opt}"

[plugins."io.containerd.grpc.v1.cri"]
  [plugins."io.containerd.grpc.v1.cri".containerd]
    snapshotter = "native"
    [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc]
      runtime_type = "io.containerd.runc.v2"
      [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options]
        SystemdCgroup = false
  [plugins."io.containerd.grpc.v1.cri".registry]
    config_path = "${dirs.certsDir}"
`;
}

/** Starts containerd with `configFile` and waits until its CRI answers Version on `socket`. */
export async function startContainerd(
  bin: string,
  configFile: string,
  socket: string,
): Promise<Daemon> {
  const child = spawn(bin, ['--config', configFile], { stdio: ['ignore', 'pipe', 'pipe'] });
  const log = keepLog(child);
  const stop = (): Promise<void> => stopProcess(child, 10_000);
  const client = new CriClient(socket);
  try {
    for (const deadline = Date.now() + 30_000; Date.now() < deadline; await sleep(200)) {
      if (child.exitCode !== null) break;
      if (
        await client.version(1000).then(
          () => true,
          () => false,
        )
      )
        return { stop };
    }
  } finally {
    client.close();
  }
  await stop();
  throw new Error(`containerd did not start: ${log()}`);
}

/** A dnsmasq answering 127.0.0.1 for every *.`domain` name on ADDRESS:53. */
export async function startDnsmasq(
  bin: string,
  domain: string,
): Promise<Daemon & { address: string }> {
  // A random loopback address per run: port 53 stays free for other users of 127.0.0.1.
  const address = `127.${randomInt(64, 250)}.${randomInt(1, 250)}.${randomInt(1, 250)}`;
  const args = [
    '--keep-in-foreground',
    '--conf-file=/dev/null',
    '--no-resolv',
    '--no-hosts',
    '--pid-file=',
    `--listen-address=${address}`,
    '--bind-interfaces',
    '--port=53',
    `--address=/${domain}/127.0.0.1`,
    '--log-facility=-',
  ];
  const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const log = keepLog(child);
  const stop = (): Promise<void> => stopProcess(child);
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; await sleep(100)) {
    if (child.exitCode !== null) break;
    if (log().includes('started')) return { address, stop };
  }
  await stop();
  throw new Error(`dnsmasq did not start on ${address}:53: ${log()}`);
}
