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

describe('a blob host the node cannot resolve', () => {
  const lookupError = 'lookup blobs.cdn.test: no such host';
  const failedPull = {
    status: 'failed' as const,
    durationMs: 5,
    error: `failed to do request: Head "https://blobs.cdn.test/x": dial tcp: ${lookupError}`,
  };
  const blobRun: CheckRun = {
    ...run,
    checks: {
      ...run.checks,
      blobDns: {
        status: 'failed',
        durationMs: 2,
        error: `${lookupError} (the registry redirects layer downloads to blobs.cdn.test)`,
        detail: { host: 'blobs.cdn.test', addresses: [] },
      },
      pullAnonymous: failedPull,
      pullWithCredentials: failedPull,
    },
  };

  it('is valid in the report and named in the verdict, not lumped with the registry host', () => {
    const report = assembleReport(request, facts, blobRun, new Date(0), 42, 'pod');
    expect(validateProbeReport(JSON.parse(JSON.stringify(report)))).toMatchObject({ ok: true });
    const verdict = judgeNode('node-2', report, 'kubelet-match');
    expect(verdict).toMatchObject({ domain: 'network', cause: 'dns' });
    expect(verdict.summary).toContain('resolves registry.corp.io but not blobs.cdn.test');
    expect(verdict.checks.blobDns).toBe('failed');
  });

  it('leaves the verdict alone when the pull fails for another reason', () => {
    const notFound = {
      ...failedPull,
      error: 'rpc error: code = NotFound desc = failed to resolve reference: not found',
    };
    const report = assembleReport(
      request,
      facts,
      {
        ...blobRun,
        checks: { ...blobRun.checks, pullAnonymous: notFound, pullWithCredentials: notFound },
      },
      new Date(0),
      42,
      'pod',
    );
    expect(judgeNode('node-2', report, 'kubelet-match').cause).toBe('not-found');
  });
});
