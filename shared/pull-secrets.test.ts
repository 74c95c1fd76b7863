import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseImageReference, type ImageReference } from './image-reference.js';
import {
  decodePullSecret,
  describeCredential,
  lookupCredentials,
  type RegistryCredential,
} from './pull-secrets.js';

const JSON_TYPE = 'kubernetes.io/dockerconfigjson';
const CFG_TYPE = 'kubernetes.io/dockercfg';

/** base64 of UTF-8 text, as the API server returns secret data. */
const b64 = (text: string): string => btoa(String.fromCharCode(...new TextEncoder().encode(text)));

/** The data of a dockerconfigjson secret holding these auths entries. */
const dockerConfigJson = (auths: Record<string, unknown>): Record<string, string> => ({
  '.dockerconfigjson': b64(JSON.stringify({ auths })),
});

const ref = (text: string): ImageReference => {
  const result = parseImageReference(text);
  if (!result.ok) throw new Error(result.reason);
  return result.ref;
};

const cred = (key: string): RegistryCredential => ({
  key,
  username: 'robot',
  password: 's3cret',
  hasAuth: true,
});

describe('decodePullSecret', () => {
  it.each([
    {
      name: 'auth field',
      data: dockerConfigJson({ 'reg.io': { auth: b64('robot:s3cret') } }),
      want: [{ key: 'reg.io', username: 'robot', password: 's3cret', hasAuth: true }],
    },
    {
      name: 'separate fields',
      data: dockerConfigJson({ 'reg.io': { username: 'u', password: 'p', email: 'e@x' } }),
      want: [{ key: 'reg.io', username: 'u', password: 'p', hasAuth: true }],
    },
    {
      name: 'auth overrides separate fields, as in the kubelet',
      data: dockerConfigJson({ 'reg.io': { username: 'old', password: 'x', auth: b64('new:y') } }),
      want: [{ key: 'reg.io', username: 'new', password: 'y', hasAuth: true }],
    },
    {
      name: 'auth without padding',
      data: dockerConfigJson({ 'reg.io': { auth: b64('ab:c').replace(/=+$/, '') } }),
      want: [{ key: 'reg.io', username: 'ab', password: 'c', hasAuth: true }],
    },
    {
      name: 'password containing colons',
      data: dockerConfigJson({ 'reg.io': { auth: b64('u:p:a:ss') } }),
      want: [{ key: 'reg.io', username: 'u', password: 'p:a:ss', hasAuth: true }],
    },
    {
      name: 'identity token only (the kubelet does not send it)',
      data: dockerConfigJson({ 'reg.io': { identitytoken: 'tok' } }),
      want: [{ key: 'reg.io', identityToken: 'tok', hasAuth: false }],
    },
    {
      name: 'empty entry',
      data: dockerConfigJson({ 'reg.io': {} }),
      want: [{ key: 'reg.io', hasAuth: false }],
    },
    {
      name: 'null entry',
      data: dockerConfigJson({ 'reg.io': null }),
      want: [{ key: 'reg.io', hasAuth: false }],
    },
    {
      name: 'username without password',
      data: dockerConfigJson({ 'reg.io': { username: 'u' } }),
      want: [{ key: 'reg.io', username: 'u', hasAuth: false }],
    },
    {
      name: 'field names in any case, as Go decodes them',
      data: { '.dockerconfigjson': b64('{"Auths":{"reg.io":{"Username":"u","PASSWORD":"p"}}}') },
      want: [{ key: 'reg.io', username: 'u', password: 'p', hasAuth: true }],
    },
    {
      name: 'several registries, keys kept as written',
      data: dockerConfigJson({ 'https://index.docker.io/v1/': {}, '*.corp.io': {} }),
      want: [
        { key: 'https://index.docker.io/v1/', hasAuth: false },
        { key: '*.corp.io', hasAuth: false },
      ],
    },
    {
      name: 'no auths field',
      data: { '.dockerconfigjson': b64('{"credsStore":"x"}') },
      want: [],
    },
  ])('reads $name', ({ data, want }) => {
    expect(decodePullSecret(JSON_TYPE, data)).toEqual({
      ok: true,
      format: 'dockerconfigjson',
      credentials: want,
    });
  });

  it('reads a legacy dockercfg secret, whose JSON is the auths map itself', () => {
    const data = { '.dockercfg': b64(JSON.stringify({ 'reg.io': { auth: b64('u:p') } })) };
    expect(decodePullSecret(CFG_TYPE, data)).toEqual({
      ok: true,
      format: 'dockercfg',
      credentials: [{ key: 'reg.io', username: 'u', password: 'p', hasAuth: true }],
    });
  });

  const good = dockerConfigJson({ 'reg.io': { auth: b64('u:p') } });
  it.each([
    {
      name: 'Opaque',
      type: 'Opaque',
      data: good,
      problem: 'wrong-type',
      detail: 'even though it holds .dockerconfigjson',
    },
    {
      name: 'no type',
      type: undefined,
      data: good,
      problem: 'wrong-type',
      detail: 'no type (so it is Opaque)',
    },
    {
      name: 'tls secret',
      type: 'kubernetes.io/tls',
      data: {},
      problem: 'wrong-type',
      detail: 'needs type kubernetes.io/dockerconfigjson',
    },
    {
      name: 'type in the wrong case',
      type: 'kubernetes.io/DockerConfigJson',
      data: good,
      problem: 'wrong-type',
      detail: 'ignores it',
    },
    {
      name: 'no data',
      type: JSON_TYPE,
      data: undefined,
      problem: 'missing-key',
      detail: 'no data',
    },
    {
      name: 'other keys',
      type: JSON_TYPE,
      data: { config: 'e30=' },
      problem: 'missing-key',
      detail: 'keys: config',
    },
    {
      name: 'empty value',
      type: JSON_TYPE,
      data: { '.dockerconfigjson': '' },
      problem: 'missing-key',
      detail: 'empty',
    },
    {
      name: 'legacy key under the new type',
      type: JSON_TYPE,
      data: { '.dockercfg': 'e30=' },
      problem: 'missing-key',
      detail: 'it has .dockercfg',
    },
    {
      name: 'new key under the legacy type',
      type: CFG_TYPE,
      data: good,
      problem: 'missing-key',
      detail: 'it has .dockerconfigjson',
    },
    {
      name: 'not base64',
      type: JSON_TYPE,
      data: { '.dockerconfigjson': '{"auths":{}}' },
      problem: 'bad-base64',
      detail: 'not valid base64',
    },
    {
      name: 'bad base64 length',
      type: JSON_TYPE,
      data: { '.dockerconfigjson': 'e30' },
      problem: 'bad-base64',
      detail: 'not valid base64',
    },
    {
      name: 'not JSON',
      type: JSON_TYPE,
      data: { '.dockerconfigjson': b64('auths: {}') },
      problem: 'bad-json',
      detail: 'not valid JSON',
    },
    {
      name: 'JSON with a byte-order mark',
      type: JSON_TYPE,
      data: { '.dockerconfigjson': b64('\ufeff{}') },
      problem: 'bad-json',
      detail: 'not valid JSON',
    },
    {
      name: 'JSON array',
      type: JSON_TYPE,
      data: { '.dockerconfigjson': b64('[]') },
      problem: 'bad-json',
      detail: 'not a JSON object',
    },
    {
      name: 'auths a list',
      type: JSON_TYPE,
      data: { '.dockerconfigjson': b64('{"auths":[]}') },
      problem: 'bad-json',
      detail: 'auths is not an object',
    },
    {
      name: 'entry a string',
      type: JSON_TYPE,
      data: dockerConfigJson({ 'reg.io': 'u:p' }),
      problem: 'bad-json',
      detail: "'reg.io' is not an object",
    },
    {
      name: 'password a number',
      type: JSON_TYPE,
      data: dockerConfigJson({ 'reg.io': { username: 'u', password: 1234 } }),
      problem: 'bad-json',
      detail: 'must be strings',
    },
    {
      name: 'auth not base64',
      type: JSON_TYPE,
      data: dockerConfigJson({ 'reg.io': { auth: 'u:p' } }),
      problem: 'bad-auth-field',
      detail: "'reg.io'",
    },
    {
      name: 'auth without a colon',
      type: JSON_TYPE,
      data: dockerConfigJson({ 'reg.io': { auth: b64('token') } }),
      problem: 'bad-auth-field',
      detail: 'username:password',
    },
    {
      name: 'legacy cfg not JSON',
      type: CFG_TYPE,
      data: { '.dockercfg': b64('{') },
      problem: 'bad-json',
      detail: '.dockercfg is not valid JSON',
    },
  ])('rejects $name', ({ type, data, problem, detail }) => {
    const result = decodePullSecret(type, data);
    expect(result).toMatchObject({ ok: false, problem });
    if (!result.ok) expect(result.detail).toContain(detail);
  });

  it('never puts the password in a failure detail', () => {
    const data = { '.dockerconfigjson': b64('{"auths":{"reg.io":{"password":"hunter2"}') };
    const result = decodePullSecret(JSON_TYPE, data);
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain('hunter2');
  });
});

describe('lookupCredentials', () => {
  it.each([
    {
      name: 'exact host',
      keys: ['registry.corp.io'],
      image: 'registry.corp.io/team/app',
      want: [['registry.corp.io', 'exact']],
    },
    {
      name: 'scheme and trailing slash stripped',
      keys: ['https://registry.corp.io/'],
      image: 'registry.corp.io/app',
      want: [['https://registry.corp.io/', 'exact']],
    },
    {
      name: '/v2/ means the bare host',
      keys: ['http://registry.corp.io/v2/'],
      image: 'registry.corp.io/app',
      want: [['http://registry.corp.io/v2/', 'exact']],
    },
    {
      name: 'host with port',
      keys: ['registry.corp.io:5000'],
      image: 'registry.corp.io:5000/app',
      want: [['registry.corp.io:5000', 'exact']],
    },
    {
      name: 'IPv6 with port',
      keys: ['[::1]:5000'],
      image: '[::1]:5000/app',
      want: [['[::1]:5000', 'exact']],
    },
    {
      name: 'path prefix',
      keys: ['reg.io/team'],
      image: 'reg.io/team/app',
      want: [['reg.io/team', 'path-prefix']],
    },
    {
      name: 'path prefix is a plain string prefix',
      keys: ['reg.io/team'],
      image: 'reg.io/teamx/app',
      want: [['reg.io/team', 'path-prefix']],
    },
    {
      name: 'wildcard label',
      keys: ['*.corp.io'],
      image: 'registry.corp.io/app',
      want: [['*.corp.io', 'wildcard']],
    },
    {
      name: 'partial-label glob',
      keys: ['reg*.corp.io'],
      image: 'registry.corp.io/app',
      want: [['reg*.corp.io', 'wildcard']],
    },
    { name: 'docker.io key', keys: ['docker.io'], image: 'nginx', want: [['docker.io', 'exact']] },
    {
      name: 'legacy Docker Hub key',
      keys: ['https://index.docker.io/v1/'],
      image: 'nginx',
      want: [['https://index.docker.io/v1/', 'docker-hub-alias']],
    },
    {
      name: 'bare index.docker.io',
      keys: ['index.docker.io'],
      image: 'docker.io/team/app',
      want: [['index.docker.io', 'docker-hub-alias']],
    },
    {
      name: 'Docker Hub path prefix',
      keys: ['docker.io/team'],
      image: 'team/app',
      want: [['docker.io/team', 'path-prefix']],
    },
    {
      name: 'legacy key also serves localhost (a kubelet quirk)',
      keys: ['index.docker.io'],
      image: 'localhost/app',
      want: [['index.docker.io', 'docker-hub-alias']],
    },
    {
      name: 'most specific first',
      keys: ['reg.io', '*.io', 'reg.io/team'],
      image: 'reg.io/team/app',
      want: [
        ['reg.io/team', 'path-prefix'],
        ['reg.io', 'exact'],
        ['*.io', 'wildcard'],
      ],
    },
    {
      name: 'legacy key only when nothing else matches',
      keys: ['index.docker.io', 'docker.io'],
      image: 'nginx',
      want: [['docker.io', 'exact']],
    },
    {
      name: 'legacy key not used for other registries',
      keys: ['https://index.docker.io/v1/'],
      image: 'reg.io/app',
      want: [],
    },
    { name: 'no keys', keys: [], image: 'nginx', want: [] },
  ])('matches $name', ({ keys, image, want }) => {
    const { matches } = lookupCredentials(keys.map(cred), ref(image));
    expect(matches.map((m) => [m.credential.key, m.kind])).toEqual(want);
  });

  it('returns every credential stored under the same key, in secret order', () => {
    const first = { ...cred('reg.io'), username: 'first' };
    const second = { ...cred('https://reg.io'), username: 'second' };
    const { matches } = lookupCredentials([first, second], ref('reg.io/app'));
    expect(matches.map((m) => m.credential.username)).toEqual(['first', 'second']);
  });

  it.each([
    {
      name: 'port missing in key',
      key: 'registry.corp.io',
      image: 'registry.corp.io:5000/app',
      why: 'secret has registry.corp.io, image uses registry.corp.io:5000 (the port must match)',
    },
    {
      name: 'port only in key',
      key: 'https://registry.corp.io:443',
      image: 'registry.corp.io/app',
      why: 'the port must match',
    },
    {
      name: 'case',
      key: 'Registry.Corp.io',
      image: 'registry.corp.io/app',
      why: 'case-sensitively',
    },
    { name: 'case in path', key: 'reg.io/Team', image: 'reg.io/team/app', why: 'case-sensitively' },
    {
      name: 'www prefix',
      key: 'www.registry.corp.io',
      image: 'registry.corp.io/app',
      why: 'subdomains do not count',
    },
    {
      name: 'parent domain',
      key: 'https://corp.io/v1/',
      image: 'registry.corp.io/app',
      why: 'subdomains do not count',
    },
    {
      name: 'wildcard one label short',
      key: '*.corp.io',
      image: 'a.b.corp.io/app',
      why: 'each * matches exactly one label: 3 labels in the key, 4 in the host',
    },
    {
      name: 'wildcard on the bare domain',
      key: '*.corp.io',
      image: 'corp.io/app',
      why: 'each * matches exactly one label',
    },
    {
      name: 'hub.docker.com',
      key: 'hub.docker.com',
      image: 'nginx',
      why: 'does not treat as Docker Hub',
    },
    {
      name: 'registry-1.docker.io',
      key: 'registry-1.docker.io',
      image: 'team/app',
      why: 'does not treat as Docker Hub',
    },
    {
      name: 'index.docker.io with a path',
      key: 'index.docker.io/team',
      image: 'team/app',
      why: 'does not treat as Docker Hub',
    },
    {
      name: 'other repository path',
      key: 'reg.io/other',
      image: 'reg.io/team/app',
      why: "covers only repositories starting with 'other'; image repository is 'team/app'",
    },
    {
      name: 'official image needs library/',
      key: 'docker.io/nginx',
      image: 'nginx',
      why: "image repository is 'library/nginx'",
    },
    {
      name: '/v2 without trailing slash',
      key: 'https://reg.io/v2',
      image: 'reg.io/app',
      why: 'only with the trailing slash',
    },
    {
      name: 'invalid key naming the host',
      key: 'reg.io:https',
      image: 'reg.io/app',
      why: 'not a valid registry address',
    },
  ])('explains the near miss: $name', ({ key, image, why }) => {
    const lookup = lookupCredentials([cred(key)], ref(image));
    expect(lookup.matches).toEqual([]);
    expect(lookup.nearMisses).toHaveLength(1);
    expect(lookup.nearMisses[0]?.key).toBe(key);
    expect(lookup.nearMisses[0]?.why).toContain(why);
  });

  it('explains an unused legacy Docker Hub key', () => {
    const lookup = lookupCredentials([cred('*.io'), cred('index.docker.io')], ref('nginx'));
    expect(lookup.nearMisses).toEqual([
      { key: 'index.docker.io', why: expect.stringContaining('*.io matched first') as string },
    ]);
  });

  it.each([
    { name: 'another registry', key: 'quay.io', image: 'reg.io/app' },
    { name: 'Docker Hub key for a private image', key: 'docker.io', image: 'reg.io/app' },
    { name: 'a private key for Docker Hub', key: 'reg.io', image: 'nginx' },
  ])('stays quiet about unrelated keys: $name', ({ key, image }) => {
    expect(lookupCredentials([cred(key)], ref(image))).toEqual({ matches: [], nearMisses: [] });
  });
});

describe('describeCredential', () => {
  it('shows key, username and hasAuth only', () => {
    const full = { ...cred('reg.io'), identityToken: 'tok' };
    expect(describeCredential(full)).toEqual({ key: 'reg.io', username: 'robot', hasAuth: true });
    expect(describeCredential({ key: 'reg.io', hasAuth: false })).toEqual({
      key: 'reg.io',
      hasAuth: false,
    });
  });
});

const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
);
const keyText = fc.oneof(
  anyText,
  fc.constantFrom(
    'docker.io',
    'index.docker.io',
    'https://index.docker.io/v1/',
    '*.io',
    '[::1]:5000',
    'reg.io/team',
  ),
  fc.webUrl(),
  fc.domain(),
);
const credential: fc.Arbitrary<RegistryCredential> = fc.record(
  {
    key: keyText,
    username: anyText,
    password: anyText,
    identityToken: anyText,
    hasAuth: fc.boolean(),
  },
  { requiredKeys: ['key', 'hasAuth'] },
);
const image = fc
  .tuple(
    fc.constantFrom('', 'reg.io/', 'a.b.corp.io:5000/', '[::1]/', 'localhost/', 'Team/'),
    fc.stringMatching(/^[a-z0-9]{1,8}(?:\/[a-z0-9]{1,8}){0,2}$/),
  )
  .map(([registry, path]) => ref(registry + path));

describe('pull secret properties', () => {
  it('decodePullSecret never throws on arbitrary type and data', () => {
    const data = fc.option(
      fc.dictionary(fc.oneof(anyText, fc.constant('.dockerconfigjson')), anyText),
      { nil: undefined },
    );
    fc.assert(
      fc.property(
        fc.option(anyText, { nil: undefined }),
        data,
        (type, d) => void decodePullSecret(type, d),
      ),
    );
  });

  it('decodePullSecret never throws on random base64 or random JSON', () => {
    const payload = fc.oneof(
      fc.base64String(),
      fc.jsonValue().map((value) => b64(JSON.stringify(value) ?? 'null')),
      fc.dictionary(keyText, fc.jsonValue()).map((auths) => b64(JSON.stringify({ auths }))),
      fc
        .dictionary(keyText, fc.record({ auth: fc.oneof(fc.base64String(), anyText.map(b64)) }))
        .map((auths) => b64(JSON.stringify({ auths }))),
    );
    fc.assert(
      fc.property(fc.constantFrom(JSON_TYPE, CFG_TYPE), payload, (type, encoded) => {
        const result = decodePullSecret(type, {
          '.dockerconfigjson': encoded,
          '.dockercfg': encoded,
        });
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });

  it('lookupCredentials never throws and only matches credentials it was given', () => {
    fc.assert(
      fc.property(fc.array(credential, { maxLength: 8 }), image, (credentials, target) => {
        const lookup = lookupCredentials(credentials, target);
        for (const m of lookup.matches) expect(credentials).toContain(m.credential);
        expect(lookup.matches.length + lookup.nearMisses.length).toBeLessThanOrEqual(
          credentials.length,
        );
      }),
    );
  });

  it('describeCredential never shows the password', () => {
    const secretCredential = fc
      .record({
        key: keyText,
        username: fc.option(anyText, { nil: undefined }),
        password: fc.string({ minLength: 8 }),
        hasAuth: fc.boolean(),
      })
      .filter((c) => !c.key.includes(c.password) && !(c.username ?? '').includes(c.password));
    fc.assert(
      fc.property(secretCredential, (c) => {
        const view = describeCredential(c);
        expect(Object.keys(view).every((k) => ['key', 'username', 'hasAuth'].includes(k))).toBe(
          true,
        );
        for (const value of Object.values(view)) expect(String(value)).not.toContain(c.password);
      }),
    );
  });
});
