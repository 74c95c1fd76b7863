/** Runs a host command for the harness and fails with its stderr, so a broken step says why. */
import { execa } from 'execa';

/** Options for a harness command. */
export interface RunOptions {
  readonly input?: string;
  readonly allowFailure?: boolean;
  readonly timeoutMs?: number;
  readonly env?: Record<string, string>;
  /** Return stdout and stderr interleaved, as a person at a terminal would read them. */
  readonly combined?: boolean;
}

/** Runs `cmd args`, returning stdout; throws a one-paragraph error naming the command otherwise. */
export async function run(
  cmd: string,
  args: readonly string[],
  opts: RunOptions = {},
): Promise<string> {
  const result = await execa(cmd, args, {
    input: opts.input,
    reject: false,
    timeout: opts.timeoutMs ?? 120_000,
    env: opts.env,
    stdin: opts.input === undefined ? 'ignore' : 'pipe',
    all: opts.combined ?? false,
  });
  if (result.exitCode !== 0 && !opts.allowFailure) {
    const detail = (result.stderr || result.stdout || String(result.exitCode)).trim().slice(-2000);
    throw new Error(`${cmd} ${args.join(' ')} failed: ${detail}`);
  }
  return opts.combined ? (result.all ?? '') : result.stdout;
}

/** Runs a command inside a named network namespace (nsenter keeps /sys and cgroup mounts intact). */
export function inNetns(
  netns: string,
  cmd: string,
  args: readonly string[],
  opts?: RunOptions,
): Promise<string> {
  return run('nsenter', [`--net=/run/netns/${netns}`, '--', cmd, ...args], opts);
}

/** Runs a command in the network and mount namespaces of a process (a node's view of the world). */
export function inNamespacesOf(
  pid: number,
  cmd: string,
  args: readonly string[],
  opts?: RunOptions,
): Promise<string> {
  return run('nsenter', ['-t', String(pid), '-m', '-n', '--', cmd, ...args], opts);
}

/** Polls `check` until it returns a value or the deadline passes; the error names what was awaited. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined>,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      const why = lastError instanceof Error ? `: ${lastError.message}` : '';
      throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what}${why}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}
