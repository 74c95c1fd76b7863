import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDuration } from './duration.js';

describe('parseDuration', () => {
  it.each([
    { name: 'zero means no timeout', text: '0', milliseconds: 0 },
    { name: 'bare integer is seconds', text: '7', milliseconds: 7000 },
    { name: 'seconds', text: '5s', milliseconds: 5000 },
    { name: 'minutes', text: '1m', milliseconds: 60_000 },
    { name: 'compound', text: '1h2m3s', milliseconds: 3_723_000 },
    { name: 'fraction', text: '1.5s', milliseconds: 1500 },
    { name: 'milliseconds', text: '250ms', milliseconds: 250 },
    { name: 'zero with unit', text: '0s', milliseconds: 0 },
  ])('accepts $name ($text)', ({ text, milliseconds }) => {
    expect(parseDuration(text)).toEqual({ kind: 'ok', milliseconds });
  });

  it.each([
    { name: 'empty', text: '' },
    { name: 'unknown unit', text: '5d' },
    { name: 'negative', text: '-5s' },
    { name: 'trailing junk', text: '5sx' },
    { name: 'unit only', text: 's' },
  ])('rejects $name ($text)', ({ text }) => {
    expect(parseDuration(text).kind).toBe('invalid');
  });

  it('reads any whole number of minutes and seconds back', () => {
    fc.assert(
      fc.property(fc.nat(10_000), fc.nat(59), (minutes, seconds) => {
        expect(parseDuration(`${minutes}m${seconds}s`)).toEqual({
          kind: 'ok',
          milliseconds: (minutes * 60 + seconds) * 1000,
        });
      }),
    );
  });
});
