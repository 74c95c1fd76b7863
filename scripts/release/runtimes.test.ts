/** The pin table: one entry per release platform's runtime, each pin well formed. */
import { describe, expect, it } from 'vitest';
import { RELEASE_PLATFORMS } from './platforms.js';
import { NODE_VERSION, RUNTIMES } from './runtimes.js';

describe('RUNTIMES', () => {
  it('pins exactly the runtimes the release platforms are made from', () => {
    expect(RUNTIMES.map((r) => r.target).sort()).toEqual(
      RELEASE_PLATFORMS.map((p) => p.runtime).sort(),
    );
  });

  it.each(RUNTIMES.map((r) => [r.target, r] as const))(
    '%s is pinned by sha512 integrity and binary sha256',
    (_t, r) => {
      expect(r.integrity).toMatch(/^sha512-[A-Za-z0-9+/]{86}==$/);
      expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(r.binary).toBe(
        r.target.startsWith('win-') ? 'package/bin/node.exe' : 'package/bin/node',
      );
      expect(r.signature).toBe(
        r.target.startsWith('win-')
          ? 'authenticode'
          : r.target.startsWith('darwin-')
            ? 'apple'
            : 'none',
      );
    },
  );

  it('is one LTS (even) Node.js major for all', () => {
    expect(Number(NODE_VERSION.split('.')[0]) % 2).toBe(0);
  });
});
