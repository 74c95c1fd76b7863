import { describe, expect, it } from 'vitest';
import { RegistryClient } from './registry-client.js';
import { RESPONSE_TOO_LARGE, TransportError } from './transport-error.js';
import type { HttpRequest, HttpResponse, HttpTransport, RegistryClientOptions } from './types.js';

type Handler = (req: HttpRequest) => HttpResponse;

function reply(status: number, headers: Record<string, string> = {}, body = ''): HttpResponse {
  return { status, headers, body: Buffer.from(body) };
}

/** A scripted registry: routes on `METHOD URL`, records every request it sees. */
class FakeRegistry implements HttpTransport {
  readonly seen: HttpRequest[] = [];
  private readonly routes = new Map<string, Handler>();

  on(route: string, handler: Handler | HttpResponse): this {
    this.routes.set(route, typeof handler === 'function' ? handler : () => handler);
    return this;
  }

  async request(req: HttpRequest): Promise<HttpResponse> {
    this.seen.push(req);
    const handler = this.routes.get(`${req.method} ${req.url.href}`);
    if (!handler) return reply(599, {}, `no route for ${req.method} ${req.url.href}`);
    return handler(req);
  }

  client(options: RegistryClientOptions = {}): RegistryClient {
    return new RegistryClient(this, options);
  }
}

const REG = 'https://reg.test/v2/kip/app';
const REF = { registry: 'reg.test', repository: 'kip/app', reference: 'v1' };
const CREDS = { username: 'alice', password: 'hunter2-secret' };
const BEARER =
  'Bearer realm="https://auth.test/token",service="reg.test",scope="repository:kip/app:pull"';

function needsToken(ok: HttpResponse): Handler {
  return (req) =>
    req.headers.authorization === 'Bearer T0KEN' ? ok : reply(401, { 'www-authenticate': BEARER });
}

describe('RegistryClient auth', () => {
  it('fetches a Bearer token with Basic credentials and the challenge scope', async () => {
    const fake = new FakeRegistry()
      .on(
        `HEAD ${REG}/manifests/v1`,
        needsToken(reply(200, { 'docker-content-digest': 'sha256:abc' })),
      )
      .on(
        'GET https://auth.test/token?service=reg.test&scope=repository%3Akip%2Fapp%3Apull',
        reply(200, {}, '{"token":"T0KEN"}'),
      );
    expect(await fake.client({ credentials: CREDS }).checkManifest(REF)).toMatchObject({
      kind: 'exists',
      digest: 'sha256:abc',
    });
    const tokenRequest = fake.seen.find((r) => r.url.host === 'auth.test');
    expect(tokenRequest?.headers.authorization).toBe(
      `Basic ${Buffer.from('alice:hunter2-secret').toString('base64')}`,
    );
  });

  it('exchanges an identity token with the refresh-token grant', async () => {
    const fake = new FakeRegistry()
      .on(`HEAD ${REG}/manifests/v1`, needsToken(reply(200)))
      .on('POST https://auth.test/token', (req) => {
        const form = new URLSearchParams(req.body);
        const ok =
          form.get('grant_type') === 'refresh_token' && form.get('refresh_token') === 'id-tok-1234';
        return ok ? reply(200, {}, '{"access_token":"T0KEN"}') : reply(401);
      });
    expect(
      await fake.client({ credentials: { identityToken: 'id-tok-1234' } }).checkManifest(REF),
    ).toMatchObject({ kind: 'exists' });
  });

  it('does not send credentials to a plain-HTTP realm', async () => {
    const fake = new FakeRegistry()
      .on(
        `HEAD ${REG}/manifests/v1`,
        reply(401, { 'www-authenticate': 'Bearer realm="http://auth.test/token",service="s"' }),
      )
      .on('GET http://auth.test/token?service=s&scope=repository%3Akip%2Fapp%3Apull', reply(401));
    const result = await fake.client({ credentials: CREDS }).checkManifest(REF);
    expect(result).toMatchObject({ kind: 'unauthorized', reason: 'no-credentials' });
    expect(fake.seen.every((r) => r.headers.authorization === undefined)).toBe(true);
  });

  it('masks a password the registry echoes back', async () => {
    const body = '{"errors":[{"code":"UNAUTHORIZED","message":"bad password hunter2-secret"}]}';
    const fake = new FakeRegistry()
      .on(`HEAD ${REG}/manifests/v1`, reply(401, { 'www-authenticate': 'Basic realm="r"' }))
      .on(`GET ${REG}/manifests/v1`, reply(401, { 'www-authenticate': 'Basic realm="r"' }, body));
    const result = await fake.client({ credentials: CREDS }).checkManifest(REF);
    expect(result).toMatchObject({ kind: 'unauthorized', reason: 'rejected' });
    expect(JSON.stringify(result)).not.toContain('hunter2-secret');
  });
});

describe('RegistryClient listTags', () => {
  const page = (tags: string[], link?: string): HttpResponse =>
    reply(200, link ? { link } : {}, JSON.stringify({ name: 'kip/app', tags }));

  it('follows Link pages', async () => {
    const fake = new FakeRegistry()
      .on(
        `GET ${REG}/tags/list?n=2`,
        page(['a', 'b'], '</v2/kip/app/tags/list?n=2&last=b>; rel="next"'),
      )
      .on(`GET ${REG}/tags/list?n=2&last=b`, page(['c']));
    expect(await fake.client({ tagPageSize: 2 }).listTags(REF)).toEqual({
      kind: 'tags',
      tags: ['a', 'b', 'c'],
      truncated: false,
    });
  });

  it('stops at maxTags', async () => {
    const fake = new FakeRegistry().on(
      `GET ${REG}/tags/list?n=2`,
      page(['a', 'b'], `<${REG}/tags/list?n=2>; rel="next"`),
    );
    expect(await fake.client({ tagPageSize: 2, maxTags: 1 }).listTags(REF)).toEqual({
      kind: 'tags',
      tags: ['a'],
      truncated: true,
    });
  });

  it('neither loops on a repeated page nor follows another host', async () => {
    const fake = new FakeRegistry()
      .on(`GET ${REG}/tags/list?n=2`, page(['a'], `<${REG}/tags/list?n=2>; rel="next"`))
      .on(
        `GET https://reg.test/v2/kip/other/tags/list?n=2`,
        page(['x'], '<https://evil.test/v2/tags>; rel="next"'),
      );
    expect(await fake.client({ tagPageSize: 2 }).listTags(REF)).toMatchObject({ tags: ['a'] });
    expect(
      await fake.client({ tagPageSize: 2 }).listTags({ ...REF, repository: 'kip/other' }),
    ).toMatchObject({ tags: ['x'] });
    expect(fake.seen.some((r) => r.url.host === 'evil.test')).toBe(false);
  });
});

describe('RegistryClient platformsOf', () => {
  it('reads a single image config from a CDN redirect without sending authorization there', async () => {
    const manifest = JSON.stringify({
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { digest: 'sha256:cfg' },
    });
    const fake = new FakeRegistry()
      .on(`GET ${REG}/manifests/v1`, needsToken(reply(200, {}, manifest)))
      .on(
        `GET ${REG}/blobs/sha256:cfg`,
        needsToken(reply(307, { location: 'https://cdn.test/blob?sig=1' })),
      )
      .on(
        'GET https://cdn.test/blob?sig=1',
        reply(200, {}, '{"os":"linux","architecture":"arm","variant":"v7"}'),
      )
      .on(
        'GET https://auth.test/token?service=reg.test&scope=repository%3Akip%2Fapp%3Apull',
        reply(200, {}, '{"token":"T0KEN"}'),
      );
    const result = await fake.client({ credentials: CREDS }).platformsOf(REF);
    expect(result).toEqual({
      kind: 'platforms',
      source: 'config',
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      platforms: [{ os: 'linux', architecture: 'arm', variant: 'v7' }],
    });
    expect(fake.seen.find((r) => r.url.host === 'cdn.test')?.headers.authorization).toBeUndefined();
  });
});

describe('RegistryClient imageSize', () => {
  const image = (layers: unknown[]) =>
    JSON.stringify({
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { digest: 'sha256:cfg', size: 1000 },
      layers,
    });
  const AMD64 = { os: 'linux', architecture: 'amd64' };

  it('adds up the config and layer sizes of a single image', async () => {
    const fake = new FakeRegistry().on(
      `GET ${REG}/manifests/v1`,
      reply(200, {}, image([{ size: 100_000_000 }, { size: 2345 }])),
    );
    expect(await fake.client().imageSize(REF, AMD64)).toBe(100_003_345);
  });

  it("follows an index to the node's platform, not the first entry", async () => {
    const index = JSON.stringify({
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [
        { digest: 'sha256:arm', platform: { os: 'linux', architecture: 'arm64' } },
        { digest: 'sha256:amd', platform: { os: 'linux', architecture: 'amd64' } },
      ],
    });
    const fake = new FakeRegistry()
      .on(`GET ${REG}/manifests/v1`, reply(200, {}, index))
      .on(`GET ${REG}/manifests/sha256%3Aarm`, reply(200, {}, image([{ size: 1 }])))
      .on(`GET ${REG}/manifests/sha256%3Aamd`, reply(200, {}, image([{ size: 5000 }])));
    expect(await fake.client().imageSize(REF, AMD64)).toBe(6000);
    expect(fake.seen.some((r) => r.url.href.endsWith('sha256%3Aarm'))).toBe(false);
  });

  it('says nothing rather than guess: a layer without a size, no such platform, a 404', async () => {
    const noSize = new FakeRegistry().on(
      `GET ${REG}/manifests/v1`,
      reply(200, {}, image([{ size: 10 }, { digest: 'sha256:x' }])),
    );
    expect(await noSize.client().imageSize(REF, AMD64)).toBeUndefined();
    const armOnly = new FakeRegistry().on(
      `GET ${REG}/manifests/v1`,
      reply(
        200,
        {},
        JSON.stringify({
          mediaType: 'application/vnd.oci.image.index.v1+json',
          manifests: [{ digest: 'sha256:arm', platform: { os: 'linux', architecture: 'arm64' } }],
        }),
      ),
    );
    expect(await armOnly.client().imageSize(REF, AMD64)).toBeUndefined();
    const gone = new FakeRegistry().on(`GET ${REG}/manifests/v1`, reply(404));
    expect(await gone.client().imageSize(REF, AMD64)).toBeUndefined();
  });
});

describe('RegistryClient mapping', () => {
  it('asks Docker Hub at registry-1.docker.io, official images under library/', async () => {
    const fake = new FakeRegistry().on(
      'HEAD https://registry-1.docker.io/v2/library/nginx/manifests/1.27',
      reply(200),
    );
    const ref = { registry: 'docker.io', repository: 'nginx', reference: '1.27' };
    expect(await fake.client().checkManifest(ref)).toMatchObject({ kind: 'exists' });
  });

  it('speaks plain HTTP only to hosts declared so', async () => {
    const fake = new FakeRegistry().on(
      'HEAD http://reg.local:5000/v2/kip/app/manifests/v1',
      reply(200),
    );
    const ref = { ...REF, registry: 'reg.local:5000' };
    expect(
      await fake.client({ plainHttpHosts: ['reg.local:5000'] }).checkManifest(ref),
    ).toMatchObject({ kind: 'exists' });
  });

  it('turns an oversized body into a registry error', async () => {
    const tooBig: HttpTransport = {
      request: () =>
        Promise.reject(
          new TransportError('too big', RESPONSE_TOO_LARGE, 'response', 'reg.test:443'),
        ),
    };
    expect(await new RegistryClient(tooBig).checkManifest(REF)).toMatchObject({
      kind: 'registry-error',
      problem: 'too-large',
    });
  });

  it('lets bugs through instead of disguising them as network failures', async () => {
    const broken: HttpTransport = { request: () => Promise.reject(new TypeError('bug')) };
    await expect(new RegistryClient(broken).checkManifest(REF)).rejects.toThrow('bug');
  });
});
