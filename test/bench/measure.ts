/** Runs commands repeatedly and reduces their wall times (and peak RSS) to medians. */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/** A command line and the environment it runs in (the caller's when `env` is absent). */
export interface CommandLine {
  readonly cmd: string;
  readonly args: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * Runs each command `runs` times, interleaved so that a busy moment on the machine hits all of
 * them alike, and returns the median wall time of each in ms. `okCodes` are the exit codes that
 * count as a successful run (diagnose exits 1 when it found a pull problem).
 */
export function medianWallMs(
  commands: readonly CommandLine[],
  runs: number,
  okCodes: readonly number[] = [0],
): number[] {
  const times: number[][] = commands.map(() => []);
  for (let i = 0; i < runs; i += 1) {
    commands.forEach((c, k) => {
      const start = performance.now();
      const run = spawnSync(c.cmd, c.args, { stdio: ['ignore', 'ignore', 'pipe'], env: c.env });
      times[k]!.push(performance.now() - start);
      if (run.status === null || !okCodes.includes(run.status))
        throw new Error(`${describe(c)} exited ${run.status ?? run.signal}:\n${run.stderr}`);
    });
  }
  return times.map(median);
}

/** Wall time and peak RSS of one run, from GNU time (`/usr/bin/time -f '%e %M'`). */
export interface ResourceUse {
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly stdout: string;
}

/** Runs the command once under GNU time and returns what it used and printed. */
export function measureResources(c: CommandLine, okCodes: readonly number[] = [0]): ResourceUse {
  const run = spawnSync('/usr/bin/time', ['-f', 'kip-bench %e %M', c.cmd, ...c.args], {
    env: c.env,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const line = /kip-bench ([\d.]+) (\d+)\s*$/.exec(run.stderr);
  if (!line || run.status === null || !okCodes.includes(run.status))
    throw new Error(`${describe(c)} exited ${run.status ?? run.signal}:\n${run.stderr}`);
  return { seconds: Number(line[1]), peakRssMb: Number(line[2]) / 1024, stdout: run.stdout };
}

function describe(c: CommandLine): string {
  return [c.cmd, ...c.args].join(' ');
}

/**
 * `env` (the caller's by default) without NODE_EXTRA_CA_CERTS. With it, every Node process parses
 * those certificates and Node's own root store before its first line (~75 ms with a system
 * bundle); kubectl pays nothing of the kind, and the `node -e 0` floor is inflated with it.
 */
export function envWithoutExtraCas(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const without = { ...env };
  delete without.NODE_EXTRA_CA_CERTS;
  return without;
}
