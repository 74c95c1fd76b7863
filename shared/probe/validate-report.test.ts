import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROBE_REPORT_VERSION, type CheckResult, type ProbeReport } from './report.js';
import { validateProbeReport } from './validate-report.js';

const ok = <D>(detail: D): CheckResult<D> => ({ status: 'ok', durationMs: 3, detail });

/** A complete, valid report; tests change one thing at a time. */
function aReport(): ProbeReport {
  return {
    version: PROBE_REPORT_VERSION,
    request: {
      version: PROBE_REPORT_VERSION,
      image: 'registry.corp.example:5000/team/app:v1',
      registry: 'registry.corp.example:5000',
      dialHost: 'registry.corp.example',
      dialPort: 5000,
      hasCredentials: true,
      timeoutMs: 30000,
    },
    node: {
      name: 'node-1',
      resolvConf: { nameservers: ['10.0.0.2'], search: [] },
      runtime: {
        name: 'containerd',
        version: 'v1.7.13',
        endpoint: 'unix:///run/containerd/containerd.sock',
      },
      proxy: {},
      registryConfig: [],
      credentialProviders: [],
    },
    checks: {
      dns: ok({ host: 'registry.corp.example', addresses: ['10.20.0.5'] }),
      tcp: ok({ address: '10.20.0.5:5000' }),
      tls: ok({ subject: 'CN=registry', caFiles: ['/etc/ssl/certs/ca-certificates.crt'] }),
      registryApi: ok({ status: 401, challenge: 'Basic' }),
      pullAnonymous: {
        status: 'failed',
        durationMs: 40,
        error: '401 Unauthorized',
        detail: { alreadyPresent: false },
      },
      pullWithCredentials: ok({
        imageRef: 'sha256:abc',
        alreadyPresent: false,
        removedAfter: true,
      }),
      disk: ok({
        filesystems: [
          {
            path: '/var/lib/containerd',
            role: 'imagefs',
            bytesFree: 1,
            bytesTotal: 2,
            inodesFree: 3,
            inodesTotal: 4,
          },
        ],
      }),
    },
    startedAt: '2025-01-01T00:00:00.000Z',
    durationMs: 900,
    transport: 'pod',
  };
}

type Json = Record<string, unknown>;

/** A JSON copy of the report with the field at `path` (dotted; digits index lists) set, or deleted when `value` is undefined. */
function withField(path: string, value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(aReport())) as Json;
  const keys = path.split('.');
  const last = keys.pop() ?? '';
  const parent = keys.reduce<Json>((o, k) => o[k] as Json, copy);
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return copy;
}

describe('validateProbeReport', () => {
  it('accepts a complete report and returns it', () => {
    const report = aReport();
    expect(validateProbeReport(report)).toEqual({ ok: true, report });
  });

  it('accepts optional parts left out and extra fields from a newer probe', () => {
    expect(validateProbeReport(withField('node', {})).ok).toBe(true);
    expect(validateProbeReport(withField('checks.dns.detail.ttl', 30)).ok).toBe(true);
    expect(validateProbeReport(withField('notes', ['plugins not run'])).ok).toBe(true);
    expect(
      validateProbeReport(
        withField('node.runtime.conditions', [
          { type: 'RuntimeReady', status: false, reason: 'x' },
        ]),
      ).ok,
    ).toBe(true);
  });

  it.each([
    { name: 'another version', path: 'version', value: 'v0', problem: /^report\.version must be/ },
    {
      name: 'a missing check',
      path: 'checks.tls',
      value: undefined,
      problem: /^report\.checks\.tls is missing$/,
    },
    {
      name: 'a bad status',
      path: 'checks.tcp.status',
      value: 'maybe',
      problem: /checks\.tcp\.status/,
    },
    {
      name: 'a negative duration',
      path: 'durationMs',
      value: -1,
      problem: /^report\.durationMs must be a number >= 0$/,
    },
    {
      name: 'addresses not strings',
      path: 'checks.dns.detail.addresses',
      value: [1],
      problem: /dns\.detail\.addresses/,
    },
    {
      name: 'a bad filesystem role',
      path: 'checks.disk.detail.filesystems.0.role',
      value: 'rootfs',
      problem: /filesystems\[0\]\.role/,
    },
    {
      name: 'a bad request port',
      path: 'request.dialPort',
      value: 70000,
      problem: /^report\.request\.dialPort must be a port number$/,
    },
    { name: 'an unparseable date', path: 'startedAt', value: 'yesterday', problem: /startedAt/ },
    {
      name: 'an unknown transport',
      path: 'transport',
      value: 'carrier-pigeon',
      problem: /transport/,
    },
    {
      name: 'a runtime condition without a boolean status',
      path: 'node.runtime.conditions',
      value: [{ type: 'RuntimeReady', status: 'true' }],
      problem: /node\.runtime/,
    },
    {
      name: 'a proxy value not a string',
      path: 'node.proxy',
      value: { HTTPS_PROXY: 1 },
      problem: /node\.proxy/,
    },
  ])('names the problem with $name', ({ path, value, problem }) => {
    const result = validateProbeReport(withField(path, value));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual(expect.stringMatching(problem));
  });

  it.each([null, 3, 'report', [], {}])('rejects %j without throwing', (value) => {
    expect(validateProbeReport(value).ok).toBe(false);
  });

  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateProbeReport(value);
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws when any part of a valid report is replaced by arbitrary JSON', () => {
    const paths = [
      'request',
      'node',
      'checks',
      'checks.dns',
      'checks.dns.detail',
      'checks.disk.detail',
      'node.runtime',
      'startedAt',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        validateProbeReport(withField(path, value));
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips through JSON text', () => {
    expect(validateProbeReport(JSON.parse(JSON.stringify(aReport()))).ok).toBe(true);
  });
});
