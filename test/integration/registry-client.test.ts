// The registry client against real registries (CNCF distribution over TLS: anonymous, htpasswd,
// token auth through our token server) and against the failures a user's machine meets on the
// way: refused, unresolvable, silent, untrusted, rate-limited, broken, and a proxy in between.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeHttpTransport } from '../../plugin/registry/node-transport.js';
import { RegistryClient } from '../../plugin/registry/registry-client.js';
import type {
  RegistryClientOptions,
  RegistryCredentials,
  RegistryRef,
} from '../../plugin/registry/types.js';
import { closestTags } from '../../shared/closest-tags.js';
import { lookupImage } from '../cluster/images/catalog.js';
import { APP_TAGS } from '../cluster/images/image-set.js';
import { freePort } from '../cluster/images/temp-registry.js';
import {
  PROXIED_NAME,
  startRegistryFixture,
  type RegistryFixture,
} from './support/registry-fixture.js';

const execFileAsync = promisify(execFile);
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

let fx: RegistryFixture;
/** Every result any test got, checked at the end for leaked secrets. */
const seen: unknown[] = [];

interface ClientSetup extends RegistryClientOptions {
  env?: Record<string, string>;
  trustCa?: boolean;
}

function clientFor(setup: ClientSetup = {}): RegistryClient {
  const { env = {}, trustCa = true, ...options } = setup;
  const transport = new NodeHttpTransport({
    env,
    ...(trustCa ? { extraCaPem: fx.ca.pem } : {}),
    connectTimeoutMs: 2000,
  });
  return new RegistryClient(transport, options);
}

async function check(registry: string, repository: string, reference: string, setup?: ClientSetup) {
  const result = await clientFor(setup).checkManifest({ registry, repository, reference });
  seen.push(result);
  return result;
}

function rightCredentials(): RegistryCredentials {
  return { username: fx.user.username, password: fx.user.password };
}

beforeAll(async () => {
  fx = await startRegistryFixture();
}, 600_000);

afterAll(async () => {
  await fx?.stop();
});

describe('anonymous registry', () => {
  it('finds an existing tag, with the digest that was pushed', async () => {
    const result = await check(fx.anonymous.host, 'kip/app', 'v1.4.1');
    expect(result).toMatchObject({
      kind: 'exists',
      digest: lookupImage(fx.images.catalog, 'kip/app', 'v1.4.1').digest,
    });
  });

  it('reports a missing tag and suggests the closest existing ones', async () => {
    const ref = { registry: fx.anonymous.host, repository: 'kip/app', reference: 'v1.4.2' };
    const result = await check(ref.registry, ref.repository, ref.reference);
    expect(result).toMatchObject({
      kind: 'not-found',
      missing: 'tag',
      evidence: { status: 404, errors: [{ code: 'MANIFEST_UNKNOWN' }] },
    });
    const tags = await clientFor({ tagPageSize: 2 }).listTags(ref);
    seen.push(tags);
    expect(tags.kind === 'tags' && [...tags.tags].sort()).toEqual([...APP_TAGS].sort());
    expect(tags.kind === 'tags' && closestTags(ref.reference, tags.tags)[0]).toBe('v1.4.1');
  });

  it('reports a missing repository as such', async () => {
    const result = await check(fx.anonymous.host, 'kip/nope', 'v1');
    expect(result).toMatchObject({
      kind: 'not-found',
      missing: 'repository',
      evidence: { errors: [{ code: 'NAME_UNKNOWN' }] },
    });
  });

  it('finds a manifest by digest and reports an unknown digest as a missing manifest', async () => {
    const digest = lookupImage(fx.images.catalog, 'kip/multi', 'v1').digest;
    expect(await check(fx.anonymous.host, 'kip/multi', digest)).toMatchObject({
      kind: 'exists',
      digest,
    });
    const missing = `sha256:${'0'.repeat(64)}`;
    expect(await check(fx.anonymous.host, 'kip/multi', missing)).toMatchObject({
      kind: 'not-found',
      missing: 'manifest',
    });
  });

  it.each([
    { repository: 'kip/arm-only', reference: 'v1', source: 'index', platforms: ['linux/arm64'] },
    {
      repository: 'kip/multi',
      reference: 'v1',
      source: 'index',
      platforms: ['linux/amd64', 'linux/arm64'],
    },
    { repository: 'kip/app', reference: 'v1.0.0', source: 'config', platforms: ['linux/amd64'] },
  ])(
    'platforms of $repository:$reference come from the $source',
    async ({ repository, reference, source, platforms }) => {
      const result = await clientFor().platformsOf({
        registry: fx.anonymous.host,
        repository,
        reference,
      });
      seen.push(result);
      expect(result.kind).toBe('platforms');
      if (result.kind !== 'platforms') return;
      expect(result.source).toBe(source);
      expect(result.platforms.map((p) => `${p.os}/${p.architecture}`).sort()).toEqual(platforms);
    },
  );
});

describe('htpasswd registry', () => {
  it.each([
    {
      name: 'no credentials',
      credentials: undefined,
      want: {
        kind: 'unauthorized',
        reason: 'no-credentials',
        evidence: { status: 401, challenge: 'basic' },
      },
    },
    {
      name: 'a wrong password',
      credentials: () => ({ ...rightCredentials(), password: 'wrong-password' }),
      want: { kind: 'unauthorized', reason: 'rejected' },
    },
    { name: 'the right password', credentials: rightCredentials, want: { kind: 'exists' } },
  ])('with $name', async ({ credentials, want }) => {
    const result = await check(
      fx.basic.host,
      'kip/app',
      'v1.4.1',
      credentials ? { credentials: credentials() } : {},
    );
    expect(result).toMatchObject(want);
  });
});

describe('token registry', () => {
  it.each([
    {
      name: 'no credentials',
      credentials: undefined,
      want: { kind: 'unauthorized', reason: 'no-credentials', evidence: { challenge: 'bearer' } },
    },
    {
      name: 'a wrong password',
      credentials: () => ({ ...rightCredentials(), password: 'wrong-password' }),
      want: { kind: 'unauthorized', reason: 'rejected' },
    },
    { name: 'the right password', credentials: rightCredentials, want: { kind: 'exists' } },
    {
      name: 'an identity token',
      credentials: () => ({ identityToken: fx.user.identityToken }),
      want: { kind: 'exists' },
    },
  ])('with $name', async ({ credentials, want }) => {
    const result = await check(
      fx.token.host,
      'kip/app',
      'v1.4.1',
      credentials ? { credentials: credentials() } : {},
    );
    expect(result).toMatchObject(want);
  });

  it('asks the token server for pull on exactly the repository', async () => {
    const before = fx.tokenServer.events.length;
    await check(fx.token.host, 'kip/arm-only', 'v1', { credentials: rightCredentials() });
    const asked = fx.tokenServer.events.slice(before);
    expect(asked).toContainEqual(
      expect.objectContaining({
        outcome: 'issued',
        account: 'alice',
        service: 'kip-registry',
        scopes: ['repository:kip/arm-only:pull'],
      }),
    );
  });

  it('says denied when the account may not pull that repository', async () => {
    const result = await check(fx.token.host, 'kip/multi', 'v1', {
      credentials: rightCredentials(),
    });
    expect(result).toMatchObject({ kind: 'unauthorized', reason: 'denied' });
  });

  it('reads platforms through the token, config blob included', async () => {
    const result = await clientFor({ credentials: rightCredentials() }).platformsOf({
      registry: fx.token.host,
      repository: 'kip/app',
      reference: 'v1.4.0',
    });
    seen.push(result);
    expect(result).toMatchObject({
      kind: 'platforms',
      source: 'config',
      platforms: [{ os: 'linux', architecture: 'amd64' }],
    });
  });
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

describe('secrets', () => {
  it('never appear in any result', () => {
    const text = JSON.stringify(seen);
    expect(seen.length).toBeGreaterThan(20);
    const basic = Buffer.from(`${fx.user.username}:${fx.user.password}`).toString('base64');
    for (const secret of [fx.user.password, fx.user.identityToken, basic])
      expect(text).not.toContain(secret);
  });
});
