// IP address arithmetic without node:net, so shared/ code (NO_PROXY matching) stays pure:
// which family a string is, and whether it lies in a CIDR block.

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** The address as a 128-bit (IPv6) or 32-bit (IPv4) number, or undefined when it is not one. */
function toBigInt(address: string): { family: 4 | 6; value: bigint } | undefined {
  if (IPV4.test(address))
    return {
      family: 4,
      value: address.split('.').reduce((acc, part) => (acc << 8n) | BigInt(Number(part)), 0n),
    };
  // An IPv6 zone (fe80::1%eth0) names an interface, not part of the number.
  let text = address.includes(':') ? address.replace(/%[^%]+$/, '') : address;
  if (!text.includes(':') || !/^[0-9a-fA-F:.]+$/.test(text)) return undefined;
  // A trailing dotted quad (::ffff:10.0.0.1) is two more groups.
  const quad = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)?.[1];
  if (quad !== undefined) {
    const v4 = toBigInt(quad);
    if (v4?.family !== 4) return undefined;
    text = `${text.slice(0, -quad.length)}${(v4.value >> 16n).toString(16)}:${(v4.value & 0xffffn).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const missing = 8 - head.length - tail.length;
  if ((halves.length === 2 && missing < 1) || (halves.length === 1 && missing !== 0))
    return undefined;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  if (!groups.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  return {
    family: 6,
    value: groups.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n),
  };
}

/** 4 or 6 for an IP address, 0 otherwise (as node:net isIP). */
export function ipFamily(address: string): 0 | 4 | 6 {
  return toBigInt(address)?.family ?? 0;
}

/** True when `address` lies in `network/bits`, both of the same family. */
export function inCidr(address: string, network: string, bits: number): boolean {
  const a = toBigInt(address);
  const n = toBigInt(network);
  if (!a || !n || a.family !== n.family) return false;
  const width = a.family === 4 ? 32 : 128;
  if (!Number.isInteger(bits) || bits < 0 || bits > width) return false;
  const shift = BigInt(width - bits);
  return a.value >> shift === n.value >> shift;
}
