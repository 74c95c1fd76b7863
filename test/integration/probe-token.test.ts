// The probe against a registry with token auth (a Bearer challenge) whose token service the
// node cannot resolve: the registry itself answers, the real containerd pull fails at the token
// step, and the verdict names the token service's host, not the registry's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { judgeNode } from '../../shared/probe/verdict.js';
import { buildProbe, probeTrusted } from './support/probe-run.js';
import { startProbeWorld, TRUSTED_NAME, type ProbeWorld } from './support/probe-world.js';

// .invalid never resolves (RFC 6761), for the node's dnsmasq and the machine's resolver alike.
const REALM = 'https://token.kip.invalid/token';

let world: ProbeWorld;
let port: number;

beforeAll(async () => {
  await buildProbe();
  world = await startProbeWorld();
  ({ port } = await world.startTokenRegistry(REALM));
}, 600_000);

afterAll(async () => {
  await world?.stop();
});

describe('a Bearer registry whose token service the node cannot resolve', () => {
  it('reports the realm, fails tokenDns, and the verdict names the token host', async () => {
    const { report } = await probeTrusted(world, 'token', { port });
    expect(report.checks.registryApi).toMatchObject({
      status: 'ok',
      detail: { status: 401, challenge: 'Bearer', realm: REALM },
    });
    expect(report.checks.tokenDns).toMatchObject({
      status: 'failed',
      detail: { host: 'token.kip.invalid', addresses: [] },
    });
    // The runtime's own words: it could not fetch a token.
    expect(report.checks.pullAnonymous.error).toMatch(/token\.kip\.invalid/);
    const verdict = judgeNode('node-1', report, 'none');
    expect(verdict).toMatchObject({ domain: 'network', cause: 'dns' });
    expect(verdict.summary).toContain(
      `resolves ${TRUSTED_NAME} but not token.kip.invalid, the token service`,
    );
  }, 180_000);
});
