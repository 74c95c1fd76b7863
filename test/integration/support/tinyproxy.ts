// A real HTTP proxy (Debian's tinyproxy) on loopback, for the probe's proxied checks. It resolves
// names with the probe world's dnsmasq: it runs in a mount namespace of its own whose
// /etc/resolv.conf names that nameserver, so the machine's resolver is never touched.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { stopProcess } from '../../cluster/images/run-command.js';
import { withResolvConf } from '../../cluster/private-resolv.js';
import { keepLog } from './probe-daemons.js';

/** A running proxy and its URL. */
export interface Proxy {
  readonly url: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/**
 * Starts tinyproxy; `connectPorts` limits where CONNECT may go (others get 403), all if empty;
 * `basicAuth` makes it ask for a Proxy-Authorization (407 without).
 */
export async function startTinyproxy(
  dir: string,
  name: string,
  nameserver: string,
  options: {
    connectPorts?: readonly number[];
    basicAuth?: { user: string; password: string };
  } = {},
): Promise<Proxy> {
  const connectPorts = options.connectPorts ?? [];
  if (!existsSync('/usr/bin/tinyproxy'))
    throw new Error('tinyproxy is missing: apt-get install tinyproxy (.ci/run installs it)');
  const port = await freePort();
  const conf = path.join(dir, `${name}.conf`);
  const resolv = path.join(dir, `${name}-resolv.conf`);
  await writeFile(resolv, `nameserver ${nameserver}\n`);
  await writeFile(
    conf,
    [
      `Port ${port}`,
      'Listen 127.0.0.1',
      'Timeout 30',
      'Allow 127.0.0.1',
      'MaxClients 20',
      'LogLevel Info',
      ...connectPorts.map((p) => `ConnectPort ${p}`),
      ...(options.basicAuth
        ? [`BasicAuth ${options.basicAuth.user} ${options.basicAuth.password}`]
        : []),
      '',
    ].join('\n'),
  );
  const proxy = withResolvConf(resolv, '/usr/bin/tinyproxy', ['-d', '-c', conf]);
  const child = spawn(proxy.cmd, proxy.args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const log = keepLog(child);
  const stop = (): Promise<void> => stopProcess(child);
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; await sleep(100)) {
    if (child.exitCode !== null) break;
    if (log().includes('Accepting connections')) return { url: `http://127.0.0.1:${port}`, stop };
  }
  await stop();
  throw new Error(`tinyproxy did not start on 127.0.0.1:${port}: ${log()}`);
}
