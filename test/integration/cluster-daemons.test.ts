/**
 * The harness's PID file is what `cluster:down` reads to stop every daemon. Nodes start at the same
 * time, so concurrent records must all survive; one CI run lost every record this way and left the
 * control plane running. Real processes (`sleep`), a scratch state directory.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

type Daemons = typeof import('../cluster/daemons.js');

let dir: string;
let daemons: Daemons;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kip-daemons-'));
  // layout.ts reads KIP_CLUSTER_DIR when first imported, so set it before the dynamic import.
  process.env.KIP_CLUSTER_DIR = dir;
  await mkdir(path.join(dir, 'logs'));
  daemons = await import('../cluster/daemons.js');
});

afterAll(async () => {
  const records = await daemons.readRecords().catch(() => []);
  await Promise.all(records.map((r) => daemons.stopDaemon(r.pid, 0)));
  await rm(dir, { recursive: true, force: true });
  delete process.env.KIP_CLUSTER_DIR;
});

describe('the harness PID file', () => {
  it('keeps every record when daemons start concurrently, and down stops them all', async () => {
    const started = await Promise.all(
      Array.from({ length: 12 }, (_, i) => daemons.startDaemon(`sleeper-${i}`, 'sleep', ['300'])),
    );
    const records = await daemons.readRecords();
    expect(records.map((r) => r.pid).sort()).toEqual(started.map((r) => r.pid).sort());
    expect(started.every((r) => daemons.isAlive(r.pid))).toBe(true);

    await Promise.all(records.map((r) => daemons.stopDaemon(r.pid)));
    // stopDaemon returns after the signal; the kernel reaps the child a moment later.
    await expect
      .poll(() => started.filter((r) => daemons.isAlive(r.pid)).length, { timeout: 5000 })
      .toBe(0);
  });

  it('refuses a torn PID file instead of reading it as "nothing runs"', async () => {
    await writeFile(path.join(dir, 'pids.json'), '[{"name":"etcd","pid":1');
    await expect(daemons.readRecords()).rejects.toThrow(/pids\.json is not valid JSON/);
    await rm(path.join(dir, 'pids.json'));
    await expect(daemons.readRecords()).resolves.toEqual([]);
  });
});
