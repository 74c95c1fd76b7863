import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseToml } from './toml-subset.js';

describe('parseToml', () => {
  it.each([
    { name: 'basic string with escapes', text: 'a = "x\\"y\\\\z\\u0041"', want: { a: 'x"y\\zA' } },
    { name: 'literal string keeps backslashes', text: "a = 'C:\\dir'", want: { a: 'C:\\dir' } },
    { name: 'hash inside a string', text: 'a = "x#y" # comment', want: { a: 'x#y' } },
    {
      name: 'numbers and booleans',
      text: 'a = 1_000\nb = -2.5\nc = true',
      want: { a: 1000, b: -2.5, c: true },
    },
    { name: 'dotted keys', text: 'a.b."c.d" = 1', want: { a: { b: { 'c.d': 1 } } } },
    { name: 'nested arrays', text: 'a = [["x", "y"], []]', want: { a: [['x', 'y'], []] } },
    {
      name: 'multi-line array with trailing comma and comments',
      text: 'a = [\n  "x", # first\n  "y",\n]',
      want: { a: ['x', 'y'] },
    },
    {
      name: 'arrays of tables',
      text: '[[r]]\nn = 1\n[[r.m]]\nl = "a"\n[[r]]\nn = 2',
      want: { r: [{ n: 1, m: [{ l: 'a' }] }, { n: 2 }] },
    },
  ])('reads $name', ({ text, want }) => {
    expect(parseToml(text)).toEqual({ table: want, problems: [] });
  });

  it('skips a line it cannot read and says which', () => {
    const { table, problems } = parseToml('a = 1\nb = {inline = true}\nc = 2');
    expect(table).toEqual({ a: 1, c: 2 });
    expect(problems).toEqual([expect.stringMatching(/^line 2: /)]);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'[]"\'=.#\n ab1,\\{}') }), (text) => {
        parseToml(text);
      }),
    );
  });
});
