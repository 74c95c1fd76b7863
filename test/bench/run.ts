// Measures the plugin's cold start (`--help`) against bare Node, the floor it cannot go below.
// Prints the figures only; nothing here fails a build. Run with `npm run bench`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const RUNS = 15;
const bin = resolve(import.meta.dirname, '../../dist/kubectl-imagepull');

function medianMs(command: string, args: readonly string[]): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    const run = spawnSync(command, args, { stdio: 'ignore' });
    times.push(performance.now() - start);
    if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${run.status}`);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

if (!existsSync(bin)) {
  throw new Error(`${bin} is missing: run \`npm run build\` first`);
}
const node = medianMs(process.execPath, ['-e', '0']);
const help = medianMs(bin, ['--help']);
console.log(`node -e 0:                    ${node.toFixed(1)} ms (median of ${RUNS})`);
console.log(`kubectl-imagepull --help:     ${help.toFixed(1)} ms (median of ${RUNS})`);
console.log(`ratio:                        ${(help / node).toFixed(2)}x`);
