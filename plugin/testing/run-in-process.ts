import { runCli } from '../main.js';
import type { Command, CommandDeps } from '../commands/command.js';
import type { Env } from '../render/colour.js';

/** What one in-process run of the CLI printed and returned. */
export interface CapturedRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Options for a captured run: environment, whether the sinks claim to be terminals, commands. */
export interface CaptureOptions {
  env?: Env;
  isTTY?: boolean;
  commands?: readonly Command[];
  /** Dependencies to use instead of the real ones (an API connection answering from fixtures). */
  deps?: Partial<CommandDeps>;
}

/** Runs the CLI in-process with string sinks, for command tests (wrangler's runWrangler). */
export async function runCaptured(
  argv: readonly string[],
  options: CaptureOptions = {},
): Promise<CapturedRun> {
  let stdout = '';
  let stderr = '';
  const isTTY = options.isTTY ?? false;
  const io = {
    stdout: { isTTY, write: (chunk: string) => (stdout += chunk) },
    stderr: { isTTY, write: (chunk: string) => (stderr += chunk) },
    env: options.env ?? {},
  };
  const { code } = await runCli(argv, io, options.commands, options.deps);
  return { code, stdout, stderr };
}
