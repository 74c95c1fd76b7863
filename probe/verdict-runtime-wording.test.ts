// The reproduce verdict on wording of the current runtimes: containerd 1.7+/2.x's one sentence for
// every anonymous 401, settled by the registry's own challenge, and containerd 2.1+ skipping its
// hosts.toml files (said in the verdict whatever it is).
import { describe, expect, it } from 'vitest';
import { PROBE_REPORT_VERSION, type ProbeRequest } from '../shared/probe/report.js';
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
  hasCredentials: false,
  timeoutMs: 20_000,
};

const facts = (registry: Partial<NodeFacts['registry']> = {}): NodeFacts => ({
  name: 'node-1',
  runtime: { ok: false, error: 'no CRI runtime answered' },
  proxy: {},
  rawProxy: {},
  registry: { summary: [], caFiles: [], problems: [], ...registry },
  credentialProviders: { configs: [], flagsFrom: 'flag files', lines: [] },
  problems: [],
});

const ok = { status: 'ok' as const, durationMs: 1 };
const CONTAINERD_2_ANONYMOUS_401 =
  'failed to pull and unpack image "registry.corp.io:5000/app:v1": failed to resolve image: pull access denied, repository does not exist or may require authorization: authorization failed: no basic auth credentials';

const run = (challenge: string | undefined, error = CONTAINERD_2_ANONYMOUS_401): CheckRun => ({
  checks: {
    dns: { ...ok, detail: { host: 'registry.corp.io', addresses: ['10.0.0.9'] } },
    tcp: { ...ok, detail: { address: '10.0.0.9:5000' } },
    tls: { ...ok, detail: { caFiles: [] } },
    registryApi: {
      ...ok,
      detail: { status: 401, tlsVerified: true, ...(challenge ? { challenge } : {}) },
    },
    pullAnonymous: { status: 'failed', durationMs: 5, error },
    pullWithCredentials: { status: 'skipped', durationMs: 0, error: 'no credentials given' },
    disk: { ...ok, detail: { filesystems: [] } },
  },
  notes: [],
});

const judge = (f: NodeFacts, r: CheckRun) =>
  judgeNode('node-1', assembleReport(request, f, r, new Date(0), 42, 'pod'), 'none');

describe('reproduce on containerd 1.7+/2.x credential wording', () => {
  it('a Basic challenge (no anonymous pull of anything): auth, credentials', () => {
    expect(judge(facts(), run('Basic'))).toMatchObject({ domain: 'credentials', cause: 'auth' });
  });

  it('a Bearer challenge (missing and private look alike): still auth-or-not-found', () => {
    // Docker Hub's wording for both: the token it hands out lacks the scope.
    const hub =
      'failed to resolve image: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed';
    expect(judge(facts(), run('Bearer', hub)).cause).toBe('auth-or-not-found');
  });

  it('the same Docker Hub wording with a Basic challenge is about credentials', () => {
    const hub =
      'failed to resolve image: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed';
    expect(judge(facts(), run('Basic', hub)).cause).toBe('auth');
  });

  it('a plain not-found is not touched by the challenge', () => {
    const notFound = 'failed to resolve image: registry.corp.io:5000/app:v1: not found';
    expect(judge(facts(), run('Basic', notFound)).cause).toBe('not-found');
  });
});

describe('reproduce on a containerd that ignores its hosts.toml files', () => {
  const ignored = {
    dirs: ['/etc/containerd/certs.d', '/etc/docker/certs.d'],
    files: ['/etc/containerd/certs.d/registry.corp.io:5000/hosts.toml'],
    runtimeVersion: 'v2.4.2',
    reason:
      'containerd v2.4.2 pulls through its Transfer Service, which reads config_path as one directory',
    workaround: 'set config_path to one directory',
  };

  it('says so in the summary of a failure and in the evidence, with the workaround', () => {
    const refused =
      'failed to resolve image: failed to do request: Head "https://registry.corp.io:5000/v2/app/manifests/v1": dial tcp 10.0.0.9:5000: connect: connection refused';
    const v = judge(facts({ hostsDirsIgnored: ignored }), run('Basic', refused));
    expect(v.cause).toBe('network');
    expect(v.summary).toContain(
      'does not use /etc/containerd/certs.d/registry.corp.io:5000/hosts.toml',
    );
    expect(v.evidence.at(-1)).toContain('Workaround: set config_path to one directory');
  });

  it('says nothing when this registry has no such file', () => {
    const v = judge(facts({ hostsDirsIgnored: { ...ignored, files: [] } }), run('Basic'));
    expect(v.summary).not.toContain('does not use');
    expect(v.evidence.join('\n')).not.toContain('Workaround');
  });
});

describe('reproduce when the runtime retries past the check (CRI-O on a 429)', () => {
  it('takes the registry answer to a HEAD of the manifest: rate-limit, registry', () => {
    const r = run(undefined, 'timed out after 20000 ms');
    const checks = {
      ...r.checks,
      manifestAnswer: {
        status: 'failed' as const,
        durationMs: 3,
        error: 'HEAD /v2/app/manifests/v1 answered HTTP 429 Too Many Requests',
        detail: { status: 429 },
      },
    };
    const v = judge(facts(), { ...r, checks });
    expect(v).toMatchObject({ domain: 'registry', cause: 'rate-limit' });
    expect(v.evidence[0]).toContain('429 Too Many Requests');
  });

  it('without such an answer the timeout stays unexplained', () => {
    expect(judge(facts(), run(undefined, 'timed out after 20000 ms')).cause).toBe('unknown');
  });
});

describe('reproduce with the runtime’s own CRI status', () => {
  const withRuntime = (conditions: NodeFacts['runtimeConditions']): NodeFacts => ({
    ...facts(),
    runtime: {
      ok: true,
      runtime: {
        client: {} as never,
        endpoint: 'unix:///run/containerd/containerd.sock',
        flavour: 'containerd',
        version: {
          version: '0.1.0',
          runtimeName: 'containerd',
          runtimeVersion: 'v2.4.2',
          runtimeApiVersion: 'v1',
        },
      },
    },
    ...(conditions ? { runtimeConditions: conditions } : {}),
  });

  it('reports the conditions with the runtime, and a ready runtime changes nothing', () => {
    const v = judge(
      withRuntime([
        { type: 'RuntimeReady', status: true, reason: '', message: '' },
        { type: 'NetworkReady', status: true, reason: '', message: '' },
      ]),
      run('Basic'),
    );
    expect(v).toMatchObject({ cause: 'auth' });
    expect(v.runtime).toEqual({
      name: 'containerd',
      version: 'v2.4.2',
      endpoint: 'unix:///run/containerd/containerd.sock',
      conditions: [
        { type: 'RuntimeReady', status: true },
        { type: 'NetworkReady', status: true },
      ],
    });
  });

  it('RuntimeReady false is the runtime itself, on the node, with its reason as evidence', () => {
    const v = judge(
      withRuntime([
        {
          type: 'RuntimeReady',
          status: false,
          reason: 'ContainerdNotReady',
          message: 'containerd is still starting',
        },
      ]),
      run('Basic'),
    );
    expect(v).toMatchObject({ domain: 'node', cause: 'runtime' });
    expect(v.summary).toContain('RuntimeReady=false');
    expect(v.evidence).toContain('ContainerdNotReady: containerd is still starting');
  });
});
