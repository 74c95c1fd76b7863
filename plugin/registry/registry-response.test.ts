import { describe, expect, it } from 'vitest';
import { parseRateLimit, parseRegistryErrors } from './registry-response.js';
import type { RateLimitInfo } from './types.js';

describe('parseRateLimit', () => {
  it.each<{ name: string; headers: Record<string, string>; want: RateLimitInfo }>([
    {
      name: 'docker hub anonymous',
      headers: {
        'ratelimit-limit': '100;w=21600',
        'ratelimit-remaining': '0;w=21600',
        'docker-ratelimit-source': '203.0.113.7',
      },
      want: {
        limit: { count: 100, windowSeconds: 21600 },
        remaining: { count: 0, windowSeconds: 21600 },
        source: '203.0.113.7',
      },
    },
    {
      name: 'count without window',
      headers: { 'ratelimit-limit': '200' },
      want: { limit: { count: 200 } },
    },
    { name: 'retry-after', headers: { 'retry-after': '60' }, want: { retryAfterSeconds: 60 } },
    { name: 'garbage', headers: { 'ratelimit-limit': 'lots', 'retry-after': 'soon' }, want: {} },
    { name: 'nothing', headers: {}, want: {} },
  ])('$name', ({ headers, want }) => {
    expect(parseRateLimit(headers)).toEqual(want);
  });
});

describe('parseRegistryErrors', () => {
  it.each([
    {
      name: 'distribution error',
      body: '{"errors":[{"code":"NAME_UNKNOWN","message":"repository name not known to registry","detail":{}}]}',
      want: [{ code: 'NAME_UNKNOWN', message: 'repository name not known to registry' }],
    },
    { name: 'not json', body: '<html>bad gateway</html>', want: [] },
    { name: 'no errors array', body: '{"message":"x"}', want: [] },
    { name: 'entry without code', body: '{"errors":[{"message":"x"}]}', want: [] },
  ])('$name', ({ body, want }) => {
    expect(parseRegistryErrors(Buffer.from(body))).toEqual(want);
  });
});
