import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseImageReference, registryApiHost, type ImageReference } from './image-reference.js';

const HEX = 'a3ed95caeb02ffe68cdd9fd84406680ae93d633cb16422d00e8a7c22955b46d4';
const SHA = `sha256:${HEX}`;

/** Parses a reference the test expects to be valid. */
function parsed(text: string): ImageReference {
  const result = parseImageReference(text);
  if (!result.ok) throw new Error(`expected ${text} to parse: ${result.reason}`);
  return result.ref;
}

describe('parseImageReference: valid references', () => {
  it.each([
    { name: 'bare name', text: 'nginx', canonical: 'docker.io/library/nginx:latest' },
    { name: 'bare name with tag', text: 'nginx:1.27', canonical: 'docker.io/library/nginx:1.27' },
    {
      name: 'docker.io short name',
      text: 'docker.io/nginx',
      canonical: 'docker.io/library/nginx:latest',
    },
    {
      name: 'index.docker.io alias',
      text: 'index.docker.io/library/nginx',
      canonical: 'docker.io/library/nginx:latest',
    },
    {
      name: 'index.docker.io short',
      text: 'index.docker.io/nginx:1',
      canonical: 'docker.io/library/nginx:1',
    },
    { name: 'Docker Hub namespace', text: 'team/app', canonical: 'docker.io/team/app:latest' },
    {
      name: 'Docker Hub explicit namespace',
      text: 'docker.io/team/app:v2',
      canonical: 'docker.io/team/app:v2',
    },
    { name: 'digest only', text: `nginx@${SHA}`, canonical: `docker.io/library/nginx@${SHA}` },
    { name: 'tag and digest', text: `reg.io/a:t@${SHA}`, canonical: `reg.io/a:t@${SHA}` },
    { name: 'port, tag and digest', text: `reg:5000/a:b@${SHA}`, canonical: `reg:5000/a:b@${SHA}` },
    {
      name: 'private registry',
      text: 'registry.corp.test/team/app:1.0',
      canonical: 'registry.corp.test/team/app:1.0',
    },
    {
      name: 'registry with port',
      text: 'registry.corp.test:5000/app',
      canonical: 'registry.corp.test:5000/app:latest',
    },
    { name: 'localhost', text: 'localhost/app', canonical: 'localhost/app:latest' },
    { name: 'localhost:5000', text: 'localhost:5000/app:dev', canonical: 'localhost:5000/app:dev' },
    {
      name: 'bare localhost:5000 is name and tag',
      text: 'localhost:5000',
      canonical: 'docker.io/library/localhost:5000',
    },
    { name: 'IPv4 registry', text: '10.0.0.7:5000/app', canonical: '10.0.0.7:5000/app:latest' },
    { name: 'IPv6 with port', text: '[::1]:5000/app:v1', canonical: '[::1]:5000/app:v1' },
    { name: 'IPv6 without port', text: '[fe80::1]/app', canonical: '[fe80::1]/app:latest' },
    { name: 'deep path', text: 'gcr.io/a/b/c/d:x', canonical: 'gcr.io/a/b/c/d:x' },
    {
      name: 'separators in path',
      text: 'reg.io/a.b/c_d/e__f/g---h',
      canonical: 'reg.io/a.b/c_d/e__f/g---h:latest',
    },
    { name: 'uppercase tag', text: 'app:V1.0-RC_1', canonical: 'docker.io/library/app:V1.0-RC_1' },
    {
      name: 'tag of 128 characters',
      text: `app:${'t'.repeat(128)}`,
      canonical: `docker.io/library/app:${'t'.repeat(128)}`,
    },
    {
      name: 'uppercase registry host',
      text: 'Registry.Corp.io/app',
      canonical: 'Registry.Corp.io/app:latest',
    },
    {
      name: 'uppercase first component is a registry',
      text: 'Team/app',
      canonical: 'Team/app:latest',
    },
    {
      name: 'sha512 digest',
      text: `app@sha512:${HEX}${HEX}`,
      canonical: `docker.io/library/app@sha512:${HEX}${HEX}`,
    },
    {
      name: 'dashes in host',
      text: 'my-reg.example-corp.io/x',
      canonical: 'my-reg.example-corp.io/x:latest',
    },
  ])('$name: $text', ({ text, canonical }) => {
    const ref = parsed(text);
    expect(ref.canonical).toBe(canonical);
    expect(ref.original).toBe(text);
  });

  it.each([
    {
      name: 'Docker Hub',
      text: 'nginx',
      registry: 'docker.io',
      host: 'docker.io',
      port: undefined,
      isDockerHub: true,
    },
    {
      name: 'port',
      text: 'registry.corp.test:5000/a',
      registry: 'registry.corp.test:5000',
      host: 'registry.corp.test',
      port: 5000,
      isDockerHub: false,
    },
    {
      name: 'IPv6',
      text: '[::1]:5000/a',
      registry: '[::1]:5000',
      host: '::1',
      port: 5000,
      isDockerHub: false,
    },
    {
      name: 'IPv6 no port',
      text: '[::1]/a',
      registry: '[::1]',
      host: '::1',
      port: undefined,
      isDockerHub: false,
    },
    {
      name: 'localhost',
      text: 'localhost:5000/a',
      registry: 'localhost:5000',
      host: 'localhost',
      port: 5000,
      isDockerHub: false,
    },
  ])('splits the registry: $name', ({ text, registry, host, port, isDockerHub }) => {
    const ref = parsed(text);
    expect({
      registry: ref.registry,
      host: ref.host,
      port: ref.port,
      isDockerHub: ref.isDockerHub,
    }).toEqual({
      registry,
      host,
      port,
      isDockerHub,
    });
    expect('port' in ref).toBe(port !== undefined);
  });

  it.each([
    {
      name: 'no tag means latest',
      text: 'nginx',
      tag: 'latest',
      digest: undefined,
      isMutable: true,
    },
    {
      name: 'digest only stays untagged',
      text: `nginx@${SHA}`,
      tag: undefined,
      digest: SHA,
      isMutable: false,
    },
    { name: 'tag and digest', text: `nginx:1@${SHA}`, tag: '1', digest: SHA, isMutable: false },
    { name: 'tag only', text: 'nginx:1', tag: '1', digest: undefined, isMutable: true },
  ])('tag and digest: $name', ({ text, tag, digest, isMutable }) => {
    const ref = parsed(text);
    expect({ tag: ref.tag, digest: ref.digest, isMutable: ref.isMutable }).toEqual({
      tag,
      digest,
      isMutable,
    });
    expect(ref.repository).toBe('library/nginx');
  });
});

describe('parseImageReference: invalid references', () => {
  it.each([
    { name: 'empty', text: '', reason: 'image reference is empty' },
    { name: 'whitespace', text: 'nginx latest', reason: 'contains whitespace' },
    { name: 'leading space', text: ' nginx', reason: 'contains whitespace' },
    {
      name: 'uppercase repository',
      text: 'reg.io/Team/App',
      reason: "repository name must be lowercase: 'Team/App'",
    },
    {
      name: 'uppercase Docker Hub name',
      text: 'Team/App',
      reason: "repository name must be lowercase: 'Team/App'",
    },
    { name: 'uppercase single name', text: 'Nginx', reason: 'must be lowercase' },
    { name: 'empty tag', text: 'image:', reason: "'image:' has an empty tag" },
    { name: 'empty digest', text: 'image@', reason: "'image@' has an empty digest" },
    { name: 'empty name before tag', text: ':tag', reason: 'empty repository name' },
    { name: 'empty name after registry', text: 'reg.io/', reason: 'empty repository name' },
    { name: 'empty path component', text: 'reg.io/a//b', reason: 'empty path component' },
    { name: 'leading slash', text: '/app', reason: 'empty path component' },
    { name: 'trailing slash', text: 'team/app/', reason: 'empty path component' },
    {
      name: 'tag too long',
      text: `app:${'t'.repeat(129)}`,
      reason: 'tag may not exceed 128 characters',
    },
    { name: 'tag starting with dot', text: 'app:.v1', reason: "tag '.v1' is invalid" },
    { name: 'tag with colon', text: 'app:a:b', reason: "tag 'a:b' is invalid" },
    { name: 'short sha256', text: 'app@sha256:abc', reason: 'is not algorithm:hex' },
    {
      name: 'sha256 of 63 hex',
      text: `app@sha256:${HEX.slice(1)}`,
      reason: 'sha256 digest must be 64 lowercase hex characters',
    },
    {
      name: 'uppercase sha256 hex',
      text: `app:1@sha256:${HEX.toUpperCase()}`,
      reason: 'lowercase hex',
    },
    {
      name: 'unknown algorithm',
      text: `app@md5:${HEX}`,
      reason: "digest algorithm 'md5' is not supported",
    },
    { name: 'two digests', text: `app@${SHA}@${SHA}`, reason: 'is not algorithm:hex' },
    { name: 'image ID', text: HEX, reason: 'image ID' },
    {
      name: 'underscore in host',
      text: 're_g.io/app',
      reason: "registry host 're_g.io' is not a valid host name",
    },
    { name: 'host label ending in dash', text: 'reg-.io/app', reason: 'is not a valid host name' },
    { name: 'empty port', text: 'reg.io:/app', reason: "registry 'reg.io:' has an empty port" },
    {
      name: 'port not a number',
      text: 'reg.io:http/app',
      reason: "registry port 'http' is not a number",
    },
    { name: 'bad IPv6', text: '[::g]:5000/app', reason: 'is not a valid host name' },
    { name: 'unclosed IPv6', text: '[::1:5000/app', reason: 'is not a valid host' },
    { name: 'double dot in path', text: 'reg.io/a..b', reason: "component 'a..b' is invalid" },
    {
      name: 'trailing separator in path',
      text: 'reg.io/app-',
      reason: "component 'app-' is invalid",
    },
    {
      name: 'name too long',
      text: `reg.io/${'a'.repeat(249)}`,
      reason: 'may not exceed 255 characters',
    },
    { name: 'unicode', text: 'reg.io/äpp', reason: 'is invalid' },
  ])('$name: $text', ({ text, reason }) => {
    const result = parseImageReference(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toContain(reason);
  });

  it('accepts a name of exactly 255 characters', () => {
    expect(parseImageReference(`reg.io/${'a'.repeat(248)}`).ok).toBe(true);
  });
});

describe('registryApiHost', () => {
  it.each([
    { text: 'nginx', host: 'registry-1.docker.io' },
    { text: 'index.docker.io/team/app', host: 'registry-1.docker.io' },
    { text: 'reg.io:5000/app', host: 'reg.io:5000' },
    { text: '[::1]:5000/app', host: '[::1]:5000' },
  ])('$text -> $host', ({ text, host }) => {
    expect(registryApiHost(parsed(text))).toBe(host);
  });
});

const component = fc.stringMatching(/^[a-z0-9]{1,6}(?:(?:[._]|__|-{1,2})[a-z0-9]{1,6}){0,2}$/);
const label = fc.stringMatching(/^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,6}[a-zA-Z0-9])?$/);
const registry = fc.oneof(
  fc.constantFrom(
    '',
    'docker.io/',
    'index.docker.io/',
    'localhost/',
    'localhost:5000/',
    '[::1]:5000/',
  ),
  fc
    .tuple(
      fc.array(label, { minLength: 2, maxLength: 3 }),
      fc.option(fc.nat(65535), { nil: undefined }),
    )
    .map(([labels, port]) => `${labels.join('.')}${port === undefined ? '' : `:${port}`}/`),
);
const validReference = fc
  .tuple(
    registry,
    fc.array(component, { minLength: 1, maxLength: 3 }),
    fc.option(fc.stringMatching(/^\w[\w.-]{0,20}$/), { nil: undefined }),
    fc.option(fc.stringMatching(/^[a-f0-9]{64}$/), { nil: undefined }),
  )
  // Without a registry, a first component holding '.' reads as a registry host (as in docker's
  // splitDockerDomain), so such inputs are not references "built from the grammar".
  .filter(([reg, path]) => reg !== '' || path.length < 2 || !path[0]!.includes('.'))
  .map(
    ([reg, path, tag, hex]) =>
      `${reg}${path.join('/')}${tag ? `:${tag}` : ''}${hex ? `@sha256:${hex}` : ''}`,
  );

describe('parseImageReference properties', () => {
  it('never throws on arbitrary text, and always answers ok or a reason', () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
    );
    fc.assert(
      fc.property(text, (input) => {
        const result = parseImageReference(input);
        expect(result.ok || result.reason.length > 0).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('parses every reference built from the grammar, and its canonical form round-trips', () => {
    fc.assert(
      fc.property(validReference, (text) => {
        const first = parsed(text);
        const again = parsed(first.canonical);
        expect({ ...again, original: text }).toEqual(first);
      }),
    );
  });

  it('round-trips the canonical form of anything that parses, even from mangled input', () => {
    const mangled = fc
      .tuple(validReference, fc.nat(), fc.constantFrom('/', ':', '@', '.', 'A', '-', '_', ''))
      .map(
        ([text, at, insert]) =>
          text.slice(0, at % (text.length + 1)) + insert + text.slice(at % (text.length + 1)),
      );
    fc.assert(
      fc.property(mangled, (text) => {
        const result = parseImageReference(text);
        if (!result.ok) return;
        expect(parsed(result.ref.canonical).canonical).toBe(result.ref.canonical);
      }),
    );
  });
});
