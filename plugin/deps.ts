import type { CommandDeps } from './commands/command.js';
import { loadCluster, loadReadPath } from './lazy.js';
import type { Env } from './render/colour.js';
import type { Renderer } from './render/renderer.js';
import { VERSION } from './version.js';

/**
 * Assembles what commands use to reach the outside world. Heavy clients (the Kubernetes API,
 * ssh2) are imported by the functions that need them, on first use, so `--help` stays fast.
 */
export function buildDeps(render: Renderer, env: Env, stdin?: NodeJS.ReadableStream): CommandDeps {
  return {
    version: VERSION,
    render,
    env,
    now: () => Date.now(),
    connect: async (options) => (await loadCluster()).connect(options),
    connectApi: async (options) => (await loadReadPath()).connectApi(options),
    // process.stdin is a getter that builds a stream (and loads its modules): only on demand.
    readStdin: () => readAll(stdin ?? process.stdin),
    // The registry client is in the read half: loaded on the first question, not at start.
    registryProbe: (timeoutMs) => async (pod, container, secrets, sizeFor) =>
      (await loadReadPath()).podRegistryProbe(timeoutMs, env)(pod, container, secrets, sizeFor),
  };
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}
