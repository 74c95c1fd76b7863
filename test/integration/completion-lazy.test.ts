/**
 * The built executable answers static completions (subcommands, flags) without loading any of its
 * embedded halves, so a <TAB> costs no more than `--help`; live names load only the read half, not
 * @kubernetes/client-node. A half leaves a trace when it loads: it writes its V8 code cache under
 * $XDG_CACHE_HOME/kubectl-imagepull at exit, named after the half (the main bundle's own cache,
 * `main-*`, is written on every first run and is left out here).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

const BIN = path.resolve(import.meta.dirname, '../../dist/kubectl-imagepull');
let cacheHome: string;

/** Runs the executable with a fresh cache directory; returns its stdout and what it cached. */
function run(...args: string[]): { stdout: string; cached: string[] } {
  cacheHome = mkdtempSync(path.join(os.tmpdir(), 'kip-complete-cache-'));
  const result = spawnSync(BIN, args, {
    encoding: 'utf8',
    timeout: 30_000,
    env: { PATH: process.env.PATH, HOME: cacheHome, XDG_CACHE_HOME: cacheHome },
  });
  expect(result.status, result.stderr).toBe(0);
  const dir = path.join(cacheHome, 'kubectl-imagepull');
  const files = existsSync(dir) ? readdirSync(dir) : [];
  return { stdout: result.stdout, cached: files.filter((f) => !f.startsWith('main-')) };
}

beforeAll(() => {
  if (!existsSync(BIN))
    throw new Error(`${BIN} is missing: run \`npm run build\` first (npm test does)`);
});

afterEach(() => rmSync(cacheHome, { recursive: true, force: true }));

describe('completion in the built executable', () => {
  it.each([
    { name: 'subcommands', args: ['__complete', ''] },
    { name: 'flags', args: ['__complete', 'reproduce', '--'] },
    { name: '-o values', args: ['__complete', 'diagnose', '-o', ''] },
  ])('answers $name without loading the Kubernetes client', ({ args }) => {
    const { stdout, cached } = run(...args);
    expect(stdout).toMatch(/\n:4\n$/);
    expect(cached).toEqual([]);
  });

  it('loads it for live names (the control: the trace above is real)', () => {
    const missing = path.join(os.tmpdir(), 'kip-no-such-kubeconfig');
    const { stdout, cached } = run('__complete', '--kubeconfig', missing, 'diagnose', '');
    expect(stdout).toBe(':4\n');
    // Live names come from the read half, which has no client-node either.
    expect(cached).toEqual([expect.stringMatching(/^read-.*\.v8$/)]);
  });
});
