// The probe on a node whose runtime has mirrors for the registry (containerd certs.d hosts.toml):
// each mirror is checked in the runtime's order with the node's resolver and trust, and a dead
// one is named even when the real containerd falls back to the next host and the pull works.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { judgeNode } from '../../shared/probe/verdict.js';
import { buildProbe, probeTrusted } from './support/probe-run.js';
import { startProbeWorld, TRUSTED_NAME, type ProbeWorld } from './support/probe-world.js';

let world: ProbeWorld;
let hostsToml: string;
let original: string;

beforeAll(async () => {
  await buildProbe();
  world = await startProbeWorld();
  hostsToml = path.join(
    world.prefix,
    `etc/containerd/certs.d/${TRUSTED_NAME}:${world.port}/hosts.toml`,
  );
  original = await readFile(hostsToml, 'utf8');
}, 600_000);

afterAll(async () => {
  await world?.stop();
});

const probe = async (name: string) =>
  (
    await probeTrusted(world, name, {
      hasCredentials: true,
      credentialsPath: world.credentialsFile,
    })
  ).report;

describe('a runtime with mirrors', () => {
  it('checks the mirror the world already has (the registry by IP, with its CA): ok', async () => {
    const report = await probe('mirror-ok');
    expect(report.checks.mirrors).toMatchObject({
      status: 'ok',
      detail: {
        endpoints: [
          {
            url: `https://127.0.0.1:${world.port}`,
            status: 'ok',
            address: `127.0.0.1:${world.port}`,
            httpStatus: 401,
          },
        ],
      },
    });
  }, 180_000);

  it('names a dead mirror tried first, while containerd falls back and the pull works', async () => {
    // Port 1 on loopback refuses at once: containerd logs "trying next host" and goes on.
    await writeFile(
      hostsToml,
      `[host."https://127.0.0.1:1"]\n  capabilities = ["pull", "resolve"]\n\n${original}`,
    );
    try {
      const report = await probe('mirror-dead');
      expect(report.checks.mirrors?.status).toBe('failed');
      expect(report.checks.mirrors?.detail?.endpoints.map((e) => [e.url, e.status])).toEqual([
        ['https://127.0.0.1:1', 'failed'],
        [`https://127.0.0.1:${world.port}`, 'ok'],
      ]);
      expect(report.checks.mirrors?.error).toMatch(
        /^mirror https:\/\/127\.0\.0\.1:1: TCP: .*ECONNREFUSED/,
      );
      // The real runtime fell back to the next host: the credentialed pull worked.
      expect(report.checks.pullWithCredentials.status).toBe('ok');
      const verdict = judgeNode('node-1', report, 'kubelet-match');
      expect(verdict.domain).toBe('credentials');
      expect(verdict.evidence.at(-1)).toMatch(
        /^mirror https:\/\/127\.0\.0\.1:1: TCP: .*\(the runtime tries its mirrors before the registry/,
      );
    } finally {
      await writeFile(hostsToml, original);
    }
  }, 180_000);
});
