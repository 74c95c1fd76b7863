import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAuthChallenge } from './www-authenticate.js';

describe('parseAuthChallenge', () => {
  it.each([
    {
      name: 'Docker Hub',
      header: 'Bearer realm="https://auth.docker.io/token",service="registry.docker.io"',
      want: {
        scheme: 'Bearer',
        params: { realm: 'https://auth.docker.io/token', service: 'registry.docker.io' },
      },
    },
    {
      name: 'distribution htpasswd',
      header: 'Basic realm="kip-basic"',
      want: { scheme: 'Basic', params: { realm: 'kip-basic' } },
    },
    {
      name: 'unquoted values and spaces',
      header: 'Bearer realm = https://r.example/t , scope=repository:a/b:pull',
      want: {
        scheme: 'Bearer',
        params: { realm: 'https://r.example/t', scope: 'repository:a/b:pull' },
      },
    },
    { name: 'empty', header: '  ', want: undefined },
  ])('reads $name', ({ header, want }) => {
    expect(parseAuthChallenge(header)).toEqual(want);
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseAuthChallenge(s)));
  });
});
