// The registry client on the way to a registry, as a user's machine meets it: nothing listening,
// a name that does not resolve, a silent peer, certificates it must not trust, Docker Hub's 429,
// a broken registry, a CONNECT proxy (HTTPS_PROXY / NO_PROXY), and a CA from NODE_EXTRA_CA_CERTS.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegistryRef } from '../../plugin/registry/types.js';
import { freePort } from '../cluster/images/temp-registry.js';
import { clientHarness } from './support/client-harness.js';
import {
  PROXIED_NAME,
  startRegistryFixture,
  type RegistryFixture,
} from './support/registry-fixture.js';

const execFileAsync = promisify(execFile);
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

let fx: RegistryFixture;
const { seen, clientFor, check, rightCredentials, secrets } = clientHarness(() => fx);

beforeAll(async () => {
  fx = await startRegistryFixture();
}, 600_000);

afterAll(async () => {
  await fx?.stop();
});

describe('network failures', () => {
  it('names a refused connection', async () => {
    const host = `127.0.0.1:${await freePort()}`;
    expect(await check(host, 'kip/app', 'v1')).toMatchObject({
      kind: 'network',
      failure: 'refused',
      code: 'ECONNREFUSED',
      target: host,
    });
  });

  it('names a host that does not resolve', async () => {
    const result = await check('no-such-host.invalid', 'kip/app', 'v1');
    expect(result).toMatchObject({
      kind: 'network',
      failure: 'dns',
      target: 'no-such-host.invalid:443',
    });
  });

  it('times out on a peer that never answers', async () => {
    const started = Date.now();
    const result = await check(fx.silent.host, 'kip/app', 'v1', { timeoutMs: 500 });
    expect(result).toMatchObject({ kind: 'network', failure: 'timeout', code: 'ETIMEDOUT' });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it.each([
    { name: 'a CA we do not trust', server: 'untrusted', code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' },
    {
      name: 'an untrusted CA sent along',
      server: 'untrustedChain',
      code: 'SELF_SIGNED_CERT_IN_CHAIN',
    },
    {
      name: 'a certificate for another name',
      server: 'wrongName',
      code: 'ERR_TLS_CERT_ALTNAME_INVALID',
    },
    {
      name: 'a self-signed certificate',
      server: 'selfSigned',
      code: 'DEPTH_ZERO_SELF_SIGNED_CERT',
    },
  ] as const)('names TLS failures: $name', async ({ server, code }) => {
    expect(await check(fx[server].host, 'kip/app', 'v1')).toMatchObject({
      kind: 'network',
      failure: 'tls',
      code,
    });
  });

  it('stops when the caller aborts', async () => {
    const controller = new AbortController();
    const pending = clientFor().checkManifest(
      { registry: fx.silent.host, repository: 'kip/app', reference: 'v1' },
      { signal: controller.signal },
    );
    setTimeout(() => controller.abort(), 100);
    expect(await pending).toMatchObject({ kind: 'network', failure: 'aborted' });
  });
});

describe('registry answers', () => {
  it('reads Docker Hub rate-limit headers from a 429', async () => {
    expect(await check(fx.rateLimited.host, 'library/nginx', 'latest')).toMatchObject({
      kind: 'rate-limited',
      rateLimit: {
        limit: { count: 100, windowSeconds: 21600 },
        remaining: { count: 0, windowSeconds: 21600 },
        source: '203.0.113.7',
      },
      evidence: { status: 429, errors: [{ code: 'TOOMANYREQUESTS' }] },
    });
  });

  it('reports a 503 as a registry error with its code', async () => {
    expect(await check(fx.broken.host, 'kip/app', 'v1')).toMatchObject({
      kind: 'registry-error',
      problem: 'server-error',
      evidence: { status: 503, errors: [{ code: 'UNAVAILABLE' }] },
    });
  });
});

describe('proxy', () => {
  const ref = (): RegistryRef => ({
    registry: `${PROXIED_NAME}:${fx.anonymous.port}`,
    repository: 'kip/app',
    reference: 'v1.4.1',
  });

  it('tunnels through HTTPS_PROXY (the name resolves only at the proxy)', async () => {
    const before = fx.proxy.connects.length;
    const result = await check(ref().registry, 'kip/app', 'v1.4.1', {
      env: { HTTPS_PROXY: fx.proxy.url },
    });
    expect(result).toMatchObject({ kind: 'exists' });
    expect(fx.proxy.connects.slice(before)).toContain(ref().registry);
  });

  it('goes direct for NO_PROXY hosts', async () => {
    const before = fx.proxy.connects.length;
    const result = await check(ref().registry, 'kip/app', 'v1.4.1', {
      env: { HTTPS_PROXY: fx.proxy.url, NO_PROXY: `.kip.test` },
    });
    expect(result).toMatchObject({ kind: 'network', failure: 'dns' });
    expect(fx.proxy.connects.length).toBe(before);
  });

  it('blames the proxy when it cannot reach the registry', async () => {
    const result = await check('no-such-host.invalid', 'kip/app', 'v1', {
      env: { https_proxy: fx.proxy.url },
    });
    expect(result).toMatchObject({ kind: 'network', failure: 'proxy', target: fx.proxy.host });
  });
});

describe('CA from NODE_EXTRA_CA_CERTS', () => {
  const runChild = async (env: Record<string, string>, extraCa?: string): Promise<unknown> => {
    const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
    const script = path.join(REPO_ROOT, 'test', 'integration', 'support', 'check-manifest-cli.ts');
    const args = [script, fx.anonymous.host, 'kip/app', 'v1.4.1', ...(extraCa ? [extraCa] : [])];
    const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
    if (!env.NODE_EXTRA_CA_CERTS) delete childEnv.NODE_EXTRA_CA_CERTS;
    const { stdout } = await execFileAsync(tsx, args, { env: childEnv });
    return JSON.parse(stdout) as unknown;
  };

  it('is trusted by default, and still trusted when another extra CA is passed', async () => {
    expect(await runChild({ NODE_EXTRA_CA_CERTS: fx.ca.cert })).toMatchObject({ kind: 'exists' });
    expect(await runChild({ NODE_EXTRA_CA_CERTS: fx.ca.cert }, fx.otherCa.cert)).toMatchObject({
      kind: 'exists',
    });
  });

  it('is needed: without it the registry is untrusted', async () => {
    expect(await runChild({})).toMatchObject({ kind: 'network', failure: 'tls' });
  });
});

describe('limits', () => {
  it('refuses a body over the size cap', async () => {
    const ref = { registry: fx.anonymous.host, repository: 'kip/multi', reference: 'v1' };
    const result = await clientFor({ maxResponseBytes: 64 }).platformsOf(ref);
    seen.push(result);
    expect(result).toMatchObject({ kind: 'registry-error', problem: 'too-large' });
  });
});

describe('secrets', () => {
  it('never appear in any result, even through a proxy or a failure', async () => {
    const viaProxy = { env: { HTTPS_PROXY: fx.proxy.url }, credentials: rightCredentials() };
    await check(`${PROXIED_NAME}:${fx.basic.port}`, 'kip/app', 'v1.4.1', viaProxy);
    await check('no-such-host.invalid', 'kip/app', 'v1', { credentials: rightCredentials() });
    await check(fx.rateLimited.host, 'kip/app', 'v1', { credentials: rightCredentials() });
    const text = JSON.stringify(seen);
    for (const secret of secrets()) expect(text).not.toContain(secret);
  });
});
