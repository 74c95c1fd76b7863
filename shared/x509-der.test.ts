import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CA_PEM, LEAF_PEM } from './testdata/x509-certificates.js';
import { decodeOid, readCertificateFacts } from './x509-der.js';

function der(pem: string): Uint8Array {
  return new Uint8Array(Buffer.from(pem.replace(/-----[A-Z ]+-----|\s/g, ''), 'base64'));
}

describe('readCertificateFacts', () => {
  it("reads a leaf's algorithm, validity (UTCTime and GeneralizedTime) and extensions", () => {
    expect(readCertificateFacts(der(LEAF_PEM))).toMatchObject({
      signatureAlgorithm: '1.2.840.10045.4.3.2',
      notBefore: Date.UTC(2026, 10, 21, 19, 0, 38),
      notAfter: Date.UTC(2125, 5, 15, 19, 0, 38),
      extensions: [
        { oid: '2.5.29.17', critical: false },
        { oid: '2.5.29.37', critical: false },
        { oid: '2.5.29.15', critical: true, value: Uint8Array.from([0x03, 0x02, 0x07, 0x80]) },
        { oid: '2.5.29.19', critical: true },
        { oid: '2.5.29.14', critical: false },
        { oid: '2.5.29.35', critical: false },
      ],
    });
  });

  it("reads a CA's keyUsage bits", () => {
    const facts = readCertificateFacts(der(CA_PEM));
    const keyUsage = facts?.extensions.find((e) => e.oid === '2.5.29.15');
    expect(keyUsage).toMatchObject({ critical: true });
    // keyCertSign (0x04) and cRLSign (0x02).
    expect(keyUsage!.value[3]! & 0x06).toBe(0x06);
  });

  it('refuses a truncated certificate or one with trailing bytes', () => {
    const bytes = der(LEAF_PEM);
    expect(readCertificateFacts(bytes.subarray(0, bytes.length - 1))).toBeUndefined();
    expect(readCertificateFacts(Uint8Array.from([...bytes, 0]))).toBeUndefined();
    expect(readCertificateFacts(new Uint8Array())).toBeUndefined();
  });

  it('never throws, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        readCertificateFacts(bytes);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on a real certificate with bytes changed, and changes read as facts or nothing', () => {
    const original = der(LEAF_PEM);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(original.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.nat(original.length),
        (edits, cut) => {
          const bytes = Uint8Array.from(original);
          for (const [at, value] of edits) bytes[at] = value;
          const facts = readCertificateFacts(bytes.subarray(0, cut));
          if (facts)
            expect(Number.isFinite(facts.notBefore) && Number.isFinite(facts.notAfter)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('decodeOid', () => {
  it.each([
    ['2a864886f70d01010b', '1.2.840.113549.1.1.11'],
    ['551d11', '2.5.29.17'],
    ['2b6570', '1.3.101.112'],
    ['8837', '2.999'],
  ])('decodes %s as %s', (hex, oid) => {
    expect(decodeOid(Buffer.from(hex, 'hex'))).toBe(oid);
  });

  it('refuses an empty or unterminated identifier', () => {
    expect(decodeOid(new Uint8Array())).toBeUndefined();
    expect(decodeOid(Uint8Array.from([0x2a, 0x86]))).toBeUndefined();
  });
});
