// Runs CNCF distribution (`docker-registry serve`) on a free loopback port over
// a given filesystem storage dir: used to seed the storage with skopeo and by
// tests to serve copies of it.
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { stopProcess } from './run-command.js';

/** A running registry process and the host:port it answers plain HTTP on. */
export interface RunningRegistry {
  host: string;
  process: ChildProcess;
  /** Stops the process and waits for it to exit. */
  stop(): Promise<void>;
}

/** Asks the kernel for a currently free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function registryConfig(storageDir: string, host: string): string {
  // Upload purging is off: it would otherwise walk (and may delete from) storage copies in the background.
  return [
    'version: 0.1',
    'log:',
    '  level: warn',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${JSON.stringify(path.resolve(storageDir))}`,
    '  maintenance:',
    '    uploadpurging:',
    '      enabled: false',
    'http:',
    `  addr: ${host}`,
    '',
  ].join('\n');
}

async function waitUntilReady(
  child: ChildProcess,
  host: string,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`docker-registry exited early (${child.exitCode}): ${output()}`);
    try {
      const res = await fetch(`http://${host}/v2/`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`docker-registry on ${host} did not become ready: ${output()}`);
}

/** Starts a registry serving `storageDir`; its config file is written into `workDir`. */
export async function startRegistry(
  registryBin: string,
  storageDir: string,
  workDir: string,
): Promise<RunningRegistry> {
  const host = `127.0.0.1:${await freePort()}`;
  const configFile = path.join(workDir, `registry-${host.replace(':', '-')}.yml`);
  await writeFile(configFile, registryConfig(storageDir, host));
  const child = spawn(registryBin, ['serve', configFile], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  // Drain both pipes (a full pipe would block the registry) and keep the tail for error messages.
  const keep = (chunk: Buffer): void => {
    log = (log + chunk.toString()).slice(-8192);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const stop = (): Promise<void> => stopProcess(child);
  try {
    await waitUntilReady(child, host, () => log);
  } catch (err) {
    await stop();
    throw err;
  }
  return { host, process: child, stop };
}

/** Runs `fn` against a temporary registry over `storageDir`, always stopping it afterwards. */
export async function withRegistry<T>(
  registryBin: string,
  storageDir: string,
  workDir: string,
  fn: (host: string) => Promise<T>,
): Promise<T> {
  const registry = await startRegistry(registryBin, storageDir, workDir);
  try {
    return await fn(registry.host);
  } finally {
    await registry.stop();
  }
}
