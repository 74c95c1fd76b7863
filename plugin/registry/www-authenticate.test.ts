import { describe, expect, it } from 'vitest';
import { parseWwwAuthenticate } from './www-authenticate.js';

describe('parseWwwAuthenticate', () => {
  it.each([
    {
      name: 'docker hub bearer with a comma inside the scope',
      header:
        'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/nginx:pull,push"',
      want: {
        scheme: 'bearer',
        params: {
          realm: 'https://auth.docker.io/token',
          service: 'registry.docker.io',
          scope: 'repository:library/nginx:pull,push',
        },
      },
    },
    {
      name: 'basic realm',
      header: 'Basic realm="Registry Realm"',
      want: { scheme: 'basic', params: { realm: 'Registry Realm' } },
    },
    {
      name: 'distribution insufficient_scope with error params',
      header:
        'Bearer realm="https://t/token",service="kip",scope="repository:kip/app:pull",error="insufficient_scope"',
      want: {
        scheme: 'bearer',
        params: {
          realm: 'https://t/token',
          service: 'kip',
          scope: 'repository:kip/app:pull',
          error: 'insufficient_scope',
        },
      },
    },
    {
      name: 'unquoted values and odd spacing',
      header: 'bearer  realm=https://t/token , service=kip',
      want: { scheme: 'bearer', params: { realm: 'https://t/token', service: 'kip' } },
    },
    {
      name: 'escaped quote inside a value',
      header: 'Basic realm="say \\"hi\\""',
      want: { scheme: 'basic', params: { realm: 'say "hi"' } },
    },
    {
      name: 'scheme without params',
      header: 'Negotiate',
      want: { scheme: 'negotiate', params: {} },
    },
  ])('$name', ({ header, want }) => {
    expect(parseWwwAuthenticate(header)).toEqual(want);
  });

  it.each(['', '   ', undefined, '=oops'])('no challenge in %j', (header) => {
    expect(parseWwwAuthenticate(header)).toBeUndefined();
  });
});

describe('parseWwwAuthenticate with two challenges', () => {
  it('keeps the first', () => {
    expect(parseWwwAuthenticate('Bearer realm="https://t/token", Basic realm="r"')).toEqual({
      scheme: 'bearer',
      params: { realm: 'https://t/token' },
    });
  });
});
