/**
 * The built executable compiles its main bundle with V8's code cache (scripts/build.mjs): the
 * first run writes it under $XDG_CACHE_HOME/kubectl-imagepull, later runs use it, a cache from
 * another build is replaced rather than kept forever, and a damaged one is just recompiled.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

const BIN = path.resolve(import.meta.dirname, '../../dist/kubectl-imagepull');
let home: string;
const dir = () => path.join(home, 'kubectl-imagepull');
const mainCaches = () => readdirSync(dir()).filter((f) => f.startsWith('main-'));

function run(...args: string[]): string {
  const result = spawnSync(BIN, args, {
    encoding: 'utf8',
    timeout: 30_000,
    env: { PATH: process.env.PATH, HOME: home, XDG_CACHE_HOME: home },
  });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

beforeAll(() => {
  if (!existsSync(BIN))
    throw new Error(`${BIN} is missing: run \`npm run build\` first (npm test does)`);
});
beforeEach(() => {
  home = mkdtempSync(path.join(os.tmpdir(), 'kip-code-cache-'));
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

describe("the main bundle's code cache", () => {
  it('is written by the first run and reused, not rewritten, by the next', () => {
    const first = run('version', '-o', 'json');
    const [cache] = mainCaches();
    expect(cache).toMatch(/^main-[0-9a-f]{16}-.+\.v8$/);
    const written = statSync(path.join(dir(), cache!)).mtimeMs;
    expect(run('version', '-o', 'json')).toBe(first);
    expect(statSync(path.join(dir(), cache!)).mtimeMs).toBe(written);
  });

  it("replaces another build's cache instead of keeping both", () => {
    run('version', '-o', 'json');
    const [current] = mainCaches();
    rmSync(path.join(dir(), current!));
    writeFileSync(path.join(dir(), 'main-0000000000000000-old.v8'), 'stale');
    run('version', '-o', 'json');
    expect(mainCaches()).toEqual([current]);
  });

  it('recompiles over a damaged cache and gives the same answer', () => {
    const expected = run('version', '-o', 'json');
    const [cache] = mainCaches();
    writeFileSync(path.join(dir(), cache!), 'not a V8 code cache');
    expect(run('version', '-o', 'json')).toBe(expected);
    expect(statSync(path.join(dir(), cache!)).size).toBeGreaterThan(1000);
  });
});
