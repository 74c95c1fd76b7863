import { describe, expect, it } from 'vitest';
import { PROBE_REPORT_VERSION, type ProbeRequest } from '../shared/probe/report.js';
import { validateProbeReport } from '../shared/probe/validate-report.js';
import { judgeNode } from '../shared/probe/verdict.js';
import { assembleReport } from './assemble.js';
import type { NodeFacts } from './gather-node.js';
import type { CheckRun } from './run-checks.js';

const request: ProbeRequest = {
  version: PROBE_REPORT_VERSION,
  image: 'registry.corp.io:5000/app:v1',
  registry: 'registry.corp.io:5000',
  dialHost: 'registry.corp.io',
  dialPort: 5000,
  hasCredentials: true,
  timeoutMs: 20_000,
};

const facts: NodeFacts = {
  name: 'node-2',
  resolvConf: { nameservers: ['10.0.0.2'], search: [] },
  runtime: { ok: false, error: 'no CRI runtime answered' },
  proxy: { HTTPS_PROXY: 'http://proxy:3128' },
  registry: { summary: [], caFiles: [], problems: [] },
  credentialProviders: [],
  problems: [],
};

const ok = { status: 'ok' as const, durationMs: 1 };
const run: CheckRun = {
  checks: {
    dns: { ...ok, detail: { host: 'registry.corp.io', addresses: ['10.0.0.9'] } },
    tcp: { ...ok, detail: { address: '10.0.0.9:5000' } },
    tls: { ...ok, detail: { caFiles: ['/etc/ssl/certs/ca-certificates.crt'] } },
    registryApi: { ...ok, detail: { status: 401, tlsVerified: true } },
    pullAnonymous: {
      status: 'failed',
      durationMs: 5,
      error:
        'pulling from host registry.corp.io:5000 failed with status code [manifests v1]: 401 Unauthorized',
    },
    pullWithCredentials: { ...ok, detail: { imageRef: 'sha256:abc', alreadyPresent: false } },
    disk: { ...ok, detail: { filesystems: [] } },
  },
  notes: [],
};

describe('assembleReport', () => {
  it.each(['pod', 'ssh'] as const)(
    'assembles a valid %s report that judges the same way',
    (transport) => {
      const report = assembleReport(request, facts, run, new Date(0), 42, transport);
      const valid = validateProbeReport(JSON.parse(JSON.stringify(report)));
      expect(valid).toMatchObject({ ok: true });
      expect(report.transport).toBe(transport);
      expect(judgeNode('node-2', report, 'kubelet-match')).toMatchObject({
        domain: 'credentials',
        cause: 'auth',
      });
    },
  );

  it('notes that the network checks do not go through the runtime proxy', () => {
    const report = assembleReport(request, facts, run, new Date(0), 42, 'ssh');
    expect(report.notes?.join('\n')).toMatch(/dial the registry directly/);
  });
});
