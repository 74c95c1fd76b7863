import type { CommandDeps } from './commands/command.js';
import type { Renderer } from './render/renderer.js';
import { VERSION } from './version.js';

/**
 * Assembles what commands use to reach the outside world. Heavy clients (the Kubernetes API,
 * ssh2) will be added here as functions that import them on first use, so `--help` stays fast.
 */
export function buildDeps(render: Renderer): CommandDeps {
  return { version: VERSION, render };
}
