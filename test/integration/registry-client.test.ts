// The registry client against real registries: CNCF distribution over TLS with a throwaway CA,
// anonymous, with htpasswd, and with token auth through our token server. The network path
// (refused, unresolvable, untrusted, proxied, rate-limited) is in registry-client-network.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closestTags } from '../../shared/closest-tags.js';
import { lookupImage } from '../cluster/images/catalog.js';
import { APP_TAGS } from '../cluster/images/image-set.js';
import { clientHarness } from './support/client-harness.js';
import { startRegistryFixture, type RegistryFixture } from './support/registry-fixture.js';

let fx: RegistryFixture;
const { seen, clientFor, check, rightCredentials, secrets } = clientHarness(() => fx);

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

describe('secrets', () => {
  it('never appear in any result', () => {
    expect(seen.length).toBeGreaterThan(15);
    const text = JSON.stringify(seen);
    for (const secret of secrets()) expect(text).not.toContain(secret);
  });
});
