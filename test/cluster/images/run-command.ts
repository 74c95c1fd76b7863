// Thin wrappers over node:child_process so failures carry the command line
// and stderr (a bare "exit code 1" from skopeo or tar is useless in CI logs).
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** Options shared by the helpers: extra environment and working directory. */
export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

/** Runs a command to completion and returns its stdout; throws with stderr on failure. */
export async function runCommand(
  file: string,
  args: string[],
  opts: RunOptions = {},
): Promise<string> {
  try {
    const { stdout } = await execFileAsync(file, args, {
      env: { ...process.env, ...opts.env },
      cwd: opts.cwd,
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    throw new Error(`command failed: ${file} ${args.join(' ')}\n${e.stderr ?? ''}${e.message}`, {
      cause: err,
    });
  }
}

/** Starts a long-running command whose stdout is a stream we consume (e.g. `tar -c`). */
export function spawnStreaming(file: string, args: string[], opts: RunOptions = {}): ChildProcess {
  return spawn(file, args, {
    env: { ...process.env, ...opts.env },
    cwd: opts.cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Resolves once a child exits with code 0; rejects with its collected stderr otherwise. */
export function waitForSuccess(child: ChildProcess, label: string): Promise<void> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${label} failed (code ${code}, signal ${signal}): ${stderr}`));
    });
  });
}

/** Sends SIGTERM (then SIGKILL after a grace period) and waits until the process is gone. */
export async function stopProcess(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  try {
    await exited;
  } finally {
    clearTimeout(timer);
  }
}
