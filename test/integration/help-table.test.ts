/**
 * The executable prints help and version texts rendered at build time without compiling the
 * plugin (plugin/help-table.ts, scripts/build.mjs). Each must be exactly what the CLI itself
 * prints for those arguments, and anything else must still reach the CLI.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { helpInvocations } from '../../plugin/help-table.js';
import { runCaptured } from '../../plugin/testing/run-in-process.js';
import { VERSION } from '../../plugin/version.js';

const pkg = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8'),
) as {
  version: string;
};

/** What the CLI prints in-process, as the build would print it: vitest's integration tier runs the
 * plugin without the build's version (its `define` does not reach this tier's imports). */
async function printedInProcess(words: readonly string[]): Promise<string> {
  return (await runCaptured(words)).stdout.replaceAll(VERSION, pkg.version);
}

const BIN = path.resolve(import.meta.dirname, '../../dist/kubectl-imagepull');
const cache = mkdtempSync(path.join(os.tmpdir(), 'kip-help-table-'));

function runBuilt(argv: readonly string[]) {
  return spawnSync(BIN, argv, {
    encoding: 'utf8',
    timeout: 30_000,
    env: { PATH: process.env.PATH, XDG_CACHE_HOME: cache },
  });
}

beforeAll(() => {
  if (!existsSync(BIN))
    throw new Error(`${BIN} is missing: run \`npm run build\` first (npm test does)`);
});
afterAll(() => rmSync(cache, { recursive: true, force: true }));

describe('help rendered at build time', () => {
  it.each(helpInvocations().map((argv) => ({ argv: argv.join(' '), words: argv })))(
    '`$argv` prints what the CLI prints, without compiling the plugin',
    async ({ words }) => {
      const built = runBuilt(words);
      expect(built.status).toBe(0);
      expect(built.stderr).toBe('');
      expect(built.stdout).toBe(await printedInProcess(words));
      expect(built.stdout.length).toBeGreaterThan(0);
      // The code cache is written only when the bundle was compiled.
      expect(readdirSync(cache)).toEqual([]);
    },
  );

  it.each(helpInvocations().map((argv) => ({ argv: argv.join(' '), words: argv })))(
    '`$argv` does not depend on the terminal or the colour settings',
    async ({ words }) => {
      const plain = await runCaptured(words);
      const coloured = await runCaptured(words, { isTTY: true, env: { FORCE_COLOR: '1' } });
      expect(coloured).toEqual(plain);
    },
  );

  it('leaves any other arguments to the CLI', async () => {
    for (const words of [
      ['diagnose', '--help', '--verbose'],
      ['--help', 'diagnose'],
    ]) {
      const built = runBuilt(words);
      const inProcess = await runCaptured(words);
      expect({ status: built.status, stdout: built.stdout }).toEqual({
        status: inProcess.code,
        stdout: inProcess.stdout,
      });
    }
    expect(readdirSync(path.join(cache, 'kubectl-imagepull'))).toEqual([
      expect.stringMatching(/^main-/),
    ]);
  });
});
