/** Cold start of the built plugin against bare Node, the floor it cannot go below. */
import { envWithoutExtraCas, medianWallMs } from './measure.js';

/** One command's median start time and its ratio to `node -e 0`. */
export interface StartFigure {
  readonly what: string;
  readonly ms: number;
  readonly ratio: number;
}

const RUNS = 31;

/**
 * `--help`, `diagnose --help`, `version`, help the build did not render and a static completion,
 * against `node -e 0`; all without NODE_EXTRA_CA_CERTS (measure.ts says why).
 */
export function benchColdStart(bin: string): { nodeMs: number; figures: StartFigure[] } {
  const commands = [
    { what: 'node -e 0', cmd: process.execPath, args: ['-e', '0'] },
    { what: 'kubectl-imagepull --help', cmd: bin, args: ['--help'] },
    { what: 'kubectl-imagepull diagnose --help', cmd: bin, args: ['diagnose', '--help'] },
    { what: 'kubectl-imagepull version', cmd: bin, args: ['version'] },
    // Help the build did not render (plugin/help-table.ts): the whole CLI starts, yargs included.
    {
      what: 'kubectl-imagepull diagnose --help -n x',
      cmd: bin,
      args: ['diagnose', '--help', '-n', 'x'],
    },
    // One <TAB> after `kubectl imagepull diagnose --`: completion without live names.
    {
      what: 'kubectl-imagepull __complete diagnose --',
      cmd: bin,
      args: ['__complete', 'diagnose', '--'],
    },
  ];
  const env = envWithoutExtraCas();
  const [nodeMs = Number.NaN, ...rest] = medianWallMs(
    commands.map((c) => ({ ...c, env })),
    RUNS,
  );
  return {
    nodeMs,
    figures: rest.map((ms, i) => ({ what: commands[i + 1]!.what, ms, ratio: ms / nodeMs })),
  };
}

/** How many runs each cold-start median is taken over. */
export const COLD_START_RUNS = RUNS;
