import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { shippedBinDir } from './support/shipped.js';

const binDir = shippedBinDir();
const env = { ...process.env, PATH: `${binDir}${delimiter}${process.env['PATH'] ?? ''}` };

/** Runs kubectl with the released executable first on PATH, as a user who installed it would. */
function kubectl(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync('kubectl', args, { env, encoding: 'utf8', timeout: 30_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('kubectl finds the released plugin on PATH', () => {
  beforeAll(() => {
    try {
      execFileSync('kubectl', ['version', '--client'], { env, stdio: 'ignore' });
    } catch {
      throw new Error(
        'kubectl is not on PATH: the plugin discovery tests run the plugin through kubectl, so ' +
          'install kubectl (any recent release) and put it on PATH, or run `bash .ci/run`, which ' +
          'sets up the end-to-end prerequisites',
      );
    }
    if (!existsSync(resolve(binDir, 'kubectl-imagepull')))
      throw new Error(`${binDir}/kubectl-imagepull is missing: the release build did not make it`);
  });

  it('lists kubectl-imagepull in `kubectl plugin list`', () => {
    const run = kubectl('plugin', 'list');
    expect(run.stdout).toContain(resolve(binDir, 'kubectl-imagepull'));
  });

  it('runs `kubectl imagepull --help`', () => {
    const run = kubectl('imagepull', '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('kubectl imagepull <command> [flags]');
  });

  it('passes the exit code of a usage error through kubectl', () => {
    const run = kubectl('imagepull', 'frobnicate');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('error: unknown argument: frobnicate\n');
  });
});
