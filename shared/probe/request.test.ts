import { describe, expect, it } from 'vitest';
import { parseCredentialsFile } from './credentials-file.js';
import { PROBE_REPORT_VERSION } from './report.js';
import { parseProbeRequest } from './request.js';

const request = {
  version: PROBE_REPORT_VERSION,
  image: 'nginx:1.27',
  registry: 'docker.io',
  dialHost: 'registry-1.docker.io',
  dialPort: 443,
  hasCredentials: false,
  timeoutMs: 20000,
};

describe('parseProbeRequest', () => {
  it('accepts a request with and without the optional node options', () => {
    expect(parseProbeRequest(JSON.stringify(request))).toEqual({ ok: true, request });
    const withOptions = {
      ...request,
      hostPrefix: '/node',
      runtimeEndpoint: 'unix:///run/crio/crio.sock',
    };
    expect(parseProbeRequest(JSON.stringify(withOptions)).ok).toBe(true);
  });

  it.each([
    { name: 'not JSON', text: '{', problem: /^request is not valid JSON/ },
    { name: 'a list', text: '[]', problem: /^request is not an object$/ },
    {
      name: 'a zero timeout',
      text: JSON.stringify({ ...request, timeoutMs: 0 }),
      problem: /timeoutMs/,
    },
    {
      name: 'an empty prefix',
      text: JSON.stringify({ ...request, hostPrefix: '' }),
      problem: /hostPrefix/,
    },
  ])('rejects $name', ({ text, problem }) => {
    const parsed = parseProbeRequest(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems).toContainEqual(expect.stringMatching(problem));
  });
});

describe('parseCredentialsFile', () => {
  it.each([
    {
      name: 'username and password',
      text: '{"username":"a","password":"p"}',
      want: { kind: 'basic', username: 'a', password: 'p' },
    },
    { name: 'auth field', text: '{"auth":"YTpw"}', want: { kind: 'auth', auth: 'YTpw' } },
  ])('reads $name', ({ text, want }) => {
    expect(parseCredentialsFile(text)).toEqual({ ok: true, credentials: want });
  });

  it.each(['{"password":"hunter22"', '"hunter22"', '{"username":"","password":"hunter22"}'])(
    'refuses %j without quoting it',
    (text) => {
      const parsed = parseCredentialsFile(text);
      expect(parsed.ok).toBe(false);
      expect(JSON.stringify(parsed)).not.toContain('hunter22');
    },
  );
});
