import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JSON_SCHEMA, load } from 'js-yaml';
import { toYaml, type Printable } from './yaml.js';

describe('toYaml', () => {
  it.each([
    {
      name: 'flat mapping',
      value: { kind: 'Version', count: 3 },
      yaml: 'kind: Version\ncount: 3\n',
    },
    { name: 'reserved word', value: { answer: 'yes' }, yaml: 'answer: "yes"\n' },
    { name: 'number-like string', value: { version: '1.0' }, yaml: 'version: "1.0"\n' },
    {
      name: 'mappings in a sequence',
      value: { items: [{ a: 1, b: 'x' }, { a: 2 }] },
      yaml: 'items:\n  - a: 1\n    b: x\n  - a: 2\n',
    },
    { name: 'empty collections', value: { list: [], map: {} }, yaml: 'list: []\nmap: {}\n' },
    { name: 'null', value: { reason: null }, yaml: 'reason: null\n' },
  ])('emits $name', ({ value, yaml }) => {
    expect(toYaml(value)).toBe(yaml);
  });

  it('round-trips any JSON value through a real YAML parser', () => {
    const json = fc.jsonValue({ noUnicodeString: false }).filter((v) => !Object.is(v, -0));
    fc.assert(
      fc.property(json, (value) => {
        // JSON round-trip first: it is what the plugin prints (-0 and key order normalised).
        const printable = JSON.parse(JSON.stringify(value)) as Printable;
        expect(load(toYaml(printable), { schema: JSON_SCHEMA })).toEqual(printable);
      }),
    );
  });
});
