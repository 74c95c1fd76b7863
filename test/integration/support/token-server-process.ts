// Runs test/cluster/token-server/main.ts as its own process, as a registry's token realm would
// run, and collects the events it prints (one JSON line each).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stopProcess } from '../../cluster/images/run-command.js';
import type { TokenEvent } from '../../cluster/token-server/server.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** A running token server. */
export interface TokenServerProcess {
  /** the realm URL, https://127.0.0.1:PORT/token */
  realm: string;
  /** token requests seen so far, oldest first */
  events: TokenEvent[];
  stop(): Promise<void>;
}

/** Starts the token server with `configFile` and waits for its listening line. */
export function startTokenServer(configFile: string): Promise<TokenServerProcess> {
  const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
  const main = path.join(REPO_ROOT, 'test', 'cluster', 'token-server', 'main.ts');
  const child = spawn(tsx, [main, '--config', configFile], { stdio: ['ignore', 'pipe', 'pipe'] });
  const events: TokenEvent[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4096)));
  return new Promise((resolve, reject) => {
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines.filter(Boolean)) {
        const event = JSON.parse(line) as { event: string; url?: string };
        if (event.event === 'listening' && event.url) {
          resolve({ realm: event.url, events, stop: () => stopProcess(child) });
        } else if (event.event === 'token-request') events.push(event as TokenEvent);
      }
    });
    child.once('exit', (code) => reject(new Error(`token server exited (${code}): ${stderr}`)));
  });
}
