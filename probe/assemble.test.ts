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
  rawProxy: { HTTPS_PROXY: 'http://proxy:3128' },
  registry: { summary: [], caFiles: [], problems: [] },
  credentialProviders: { configs: [], flagsFrom: 'flag files', lines: [] },
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

  it('notes when the network checks went through the runtime proxy', () => {
    const proxied: CheckRun = {
      ...run,
      checks: {
        ...run.checks,
        dns: {
          ...ok,
          detail: { host: 'proxy', addresses: ['10.0.0.3'], proxy: 'http://proxy:3128' },
        },
      },
    };
    expect(
      assembleReport(request, facts, proxied, new Date(0), 42, 'ssh').notes?.join('\n'),
    ).toMatch(/went through the runtime's proxy http:\/\/proxy:3128/);
    expect(assembleReport(request, facts, run, new Date(0), 42, 'ssh').notes ?? []).toEqual([]);
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

describe('a kubelet credential provider', () => {
  const refused = {
    status: 'failed' as const,
    durationMs: 5,
    error:
      'failed to pull and unpack image "registry.corp.io:5000/team/app:v1": failed to resolve reference: pulling from host registry.corp.io:5000 failed with status code [manifests v1]: 401 Unauthorized',
  };
  const provider = {
    name: 'corp-provider',
    matchedBy: 'registry.corp.io:5000/team',
    binary: '/opt/cp/corp-provider',
  };
  const withProvider = (checks: Partial<CheckRun['checks']>): CheckRun => ({
    ...run,
    checks: {
      ...run.checks,
      pullAnonymous: refused,
      pullWithCredentials: { status: 'skipped', durationMs: 0, error: 'no credentials given' },
      ...checks,
    },
  });
  const judge = (r: CheckRun) => {
    const report = assembleReport(request, facts, r, new Date(0), 42, 'pod');
    expect(validateProbeReport(JSON.parse(JSON.stringify(report)))).toMatchObject({ ok: true });
    return judgeNode('node-2', report, 'none');
  };

  it('whose credentials pull: nothing to fix on this node, the kubelet gets working credentials', () => {
    const v = judge(
      withProvider({
        credentialProvider: {
          ...ok,
          detail: {
            providers: [{ ...provider, status: 'ok', registries: ['registry.corp.io:5000'] }],
            usedKey: 'registry.corp.io:5000',
          },
        },
        pullWithProvider: { ...ok, detail: { imageRef: 'sha256:abc' } },
      }),
    );
    expect(v.domain).toBe('none');
    expect(v.summary).toContain("the kubelet's credential provider corp-provider returns");
    expect(v.checks.pullWithProvider).toBe('ok');
  });

  it('that fails: credentials, naming the provider and carrying its error', () => {
    const error = 'corp-provider exited with 1: token endpoint unreachable';
    const v = judge(
      withProvider({
        credentialProvider: {
          status: 'failed',
          durationMs: 3,
          error,
          detail: { providers: [{ ...provider, status: 'failed', error }] },
        },
        pullWithProvider: {
          status: 'skipped',
          durationMs: 0,
          error: 'no credentials from the credential providers',
        },
      }),
    );
    expect(v).toMatchObject({ domain: 'credentials', cause: 'auth' });
    expect(v.summary).toContain('corp-provider gives none for this image');
    expect(v.evidence[0]).toBe(error);
  });

  it('whose credentials are refused: credentials, the provider account', () => {
    const v = judge(
      withProvider({
        credentialProvider: {
          ...ok,
          detail: {
            providers: [{ ...provider, status: 'ok', registries: ['registry.corp.io:5000'] }],
            usedKey: 'registry.corp.io:5000',
          },
        },
        pullWithProvider: refused,
      }),
    );
    expect(v).toMatchObject({ domain: 'credentials', cause: 'auth' });
    expect(v.summary).toMatch(/refused with the credentials .* corp-provider returns/);
  });

  it('names a provider that wants a service account token, which the probe cannot give it', () => {
    const tokenFacts: NodeFacts = {
      ...facts,
      credentialProviders: {
        configs: [
          {
            file: '/etc/kubernetes/cp.yaml',
            config: {
              providers: [
                {
                  name: 'vault-provider',
                  matchImages: ['registry.corp.io:5000'],
                  args: [],
                  env: [],
                  wantsServiceAccountToken: true,
                },
              ],
            },
          },
        ],
        flagsFrom: 'kubelet PID 1',
        lines: [],
      },
    };
    const report = assembleReport(request, tokenFacts, run, new Date(0), 42, 'pod');
    expect(report.notes?.join('\n')).toMatch(
      /vault-provider ask for the pod's service account token/,
    );
  });
});

describe('a node whose runtime reaches the registry through a proxy or a mirror', () => {
  const lookupFailed = {
    status: 'failed' as const,
    durationMs: 2,
    error: 'queryA ENOTFOUND registry.corp.io',
    detail: { host: 'registry.corp.io', addresses: [] },
  };
  const skippedTcp = { status: 'skipped' as const, durationMs: 0, error: 'no address' };
  const directFails = (checks: Partial<CheckRun['checks']>): CheckRun => ({
    ...run,
    checks: {
      ...run.checks,
      dns: lookupFailed,
      tcp: { ...skippedTcp, detail: { address: '' } },
      tls: skippedTcp,
      registryApi: skippedTcp,
      ...checks,
    },
  });
  const judgeWith = (r: CheckRun, nodeFacts: NodeFacts = facts) =>
    judgeNode(
      'node-2',
      assembleReport(request, nodeFacts, r, new Date(0), 42, 'pod'),
      'kubelet-match',
    );

  it('pulls anyway: judged by the pull, and the direct DNS failure is named as not the fault', () => {
    const v = judgeWith(
      directFails({ pullAnonymous: { ...ok, detail: { imageRef: 'sha256:abc' } } }),
      { ...facts, proxy: {} },
    );
    expect(v.domain).toBe('none');
    expect(v.evidence.at(-1)).toMatch(
      /cannot reach registry\.corp\.io \(queryA ENOTFOUND registry\.corp\.io\), yet its runtime pulls: it goes another way \(a mirror\), so that is not the fault/,
    );
  });

  const PROXY = 'http://proxy.corp.io:3128';
  const viaProxy = (checks: Partial<CheckRun['checks']>): CheckRun => ({
    ...run,
    checks: {
      ...run.checks,
      dns: { ...ok, detail: { host: 'proxy.corp.io', addresses: ['10.0.0.3'], proxy: PROXY } },
      tcp: { ...ok, detail: { address: '10.0.0.3:3128', proxy: PROXY } },
      ...checks,
    },
  });

  it("names the proxy when the node cannot resolve it, not the registry's DNS", () => {
    const proxyDown = {
      status: 'failed' as const,
      durationMs: 4,
      error: 'proxyconnect tcp: dial tcp: lookup proxy.corp.io: no such host',
    };
    const v = judgeWith(
      viaProxy({
        dns: {
          status: 'failed',
          durationMs: 2,
          error: 'queryA ENOTFOUND proxy.corp.io',
          detail: { host: 'proxy.corp.io', addresses: [], proxy: PROXY },
        },
        pullAnonymous: proxyDown,
        pullWithCredentials: proxyDown,
      }),
    );
    expect(v).toMatchObject({ domain: 'network', cause: 'dns' });
    expect(v.summary).toBe(
      `node-2 cannot resolve its runtime's proxy ${PROXY} (HTTPS_PROXY of the runtime's service)`,
    );
  });

  it('blames the proxy, not the CAs, when it refuses the CONNECT', () => {
    const error = `proxy ${PROXY} answered CONNECT registry.corp.io:5000 with HTTP/1.1 403 Forbidden`;
    const v = judgeWith(viaProxy({ tls: { status: 'failed', durationMs: 3, error } }));
    expect(v).toMatchObject({ domain: 'network', cause: 'network' });
    expect(v.summary).toContain(`runtime proxy ${PROXY} does not tunnel to registry.corp.io:5000`);
    expect(v.evidence).toEqual([error]);
  });

  it('through a working proxy, a 401 is still credentials', () => {
    const refused = {
      status: 'failed' as const,
      durationMs: 5,
      error:
        'pulling from host registry.corp.io:5000 failed with status code [manifests v1]: 401 Unauthorized',
    };
    const v = judgeWith(viaProxy({ pullAnonymous: refused, pullWithCredentials: refused }));
    expect(v).toMatchObject({ domain: 'credentials', cause: 'auth' });
  });

  it('without a proxy and without a working pull, the DNS failure is still the verdict', () => {
    const failedPull = {
      status: 'failed' as const,
      durationMs: 5,
      error: 'dial tcp: lookup registry.corp.io: no such host',
    };
    const v = judgeWith(
      directFails({ pullAnonymous: failedPull, pullWithCredentials: failedPull }),
      {
        ...facts,
        proxy: {},
      },
    );
    expect(v).toMatchObject({ domain: 'network', cause: 'dns' });
  });
});
