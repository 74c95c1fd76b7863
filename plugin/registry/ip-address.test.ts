// shared/ip-address.ts stands in for node:net in pure code; held here to node:net's own answers.
import fc from 'fast-check';
import { BlockList, isIP } from 'node:net';
import { describe, expect, it } from 'vitest';
import { inCidr, ipFamily } from '../../shared/ip-address.js';

describe('shared/ip-address against node:net', () => {
  it.each([
    ['10.0.0.1', 4],
    ['256.0.0.1', 0],
    ['01.2.3.4', 0],
    ['::1', 6],
    ['::ffff:10.0.0.1', 6],
    ['fe80::1%eth0', 6],
    ['1:2:3:4:5:6:7:8', 6],
    ['1:2:3:4:5:6:7:8:9', 0],
    ['1::2::3', 0],
    ['registry.corp.io', 0],
  ] as const)('ipFamily(%s) is %i, as isIP says', (address, family) => {
    expect(ipFamily(address)).toBe(family);
    expect(isIP(address)).toBe(family);
  });

  it('agrees with isIP and BlockList on generated addresses and blocks', () => {
    const v4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((p) => p.join('.'));
    const v6 = fc.ipV6();
    fc.assert(
      fc.property(fc.oneof(v4, v6), fc.oneof(v4, v6), fc.nat(128), (address, network, bits) => {
        expect(ipFamily(address)).toBe(isIP(address));
        const family = isIP(network);
        const width = family === 4 ? 32 : 128;
        if (family === 0 || isIP(address) !== family || bits > width) return;
        const list = new BlockList();
        const type = family === 6 ? 'ipv6' : 'ipv4';
        list.addSubnet(network, bits, type);
        expect(inCidr(address, network, bits)).toBe(list.check(address, type));
      }),
      { numRuns: 2000 },
    );
  });
});
