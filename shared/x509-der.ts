/**
 * The few facts about an X.509 certificate that node's X509Certificate does not expose, read
 * straight from its DER: the signature algorithm, the validity window as instants, and which
 * extensions it carries and whether each is critical. plugin/kube/verify-server-chain.ts needs them
 * to decide whether a chain is one it can judge as OpenSSL would. Anything unexpected reads as
 * undefined (the caller then leaves the chain to OpenSSL); nothing here throws.
 */

/** One extension: its OID in dotted form, its critical flag, and its value's bytes. */
export interface CertificateExtension {
  readonly oid: string;
  readonly critical: boolean;
  readonly value: Uint8Array;
}

/** What readCertificateFacts finds in a certificate. */
export interface CertificateFacts {
  /** The outer signatureAlgorithm's OID, dotted. */
  readonly signatureAlgorithm: string;
  /** The validity window, in milliseconds since the epoch, both ends inclusive (RFC 5280). */
  readonly notBefore: number;
  readonly notAfter: number;
  readonly extensions: readonly CertificateExtension[];
}

interface Tlv {
  readonly tag: number;
  /** Where the value starts and ends (exclusive) in the buffer. */
  readonly start: number;
  readonly end: number;
}

const SEQUENCE = 0x30;
const OID = 0x06;
const BOOLEAN = 0x01;
const OCTET_STRING = 0x04;
const UTC_TIME = 0x17;
const GENERALIZED_TIME = 0x18;
const EXPLICIT_0 = 0xa0;
const EXPLICIT_3 = 0xa3;

/** Reads one TLV at `at`, inside [at, limit); undefined if it does not fit or is not DER. */
function readTlv(der: Uint8Array, at: number, limit: number): Tlv | undefined {
  if (at + 2 > limit) return undefined;
  const tag = der[at]!;
  if ((tag & 0x1f) === 0x1f) return undefined; // high tag numbers: not in a certificate
  let length = der[at + 1]!;
  let start = at + 2;
  if (length & 0x80) {
    const bytes = length & 0x7f;
    if (bytes === 0 || bytes > 4 || start + bytes > limit) return undefined;
    length = 0;
    for (let i = 0; i < bytes; i++) length = length * 256 + der[start + i]!;
    start += bytes;
  }
  const end = start + length;
  return end > limit ? undefined : { tag, start, end };
}

/** The TLVs directly inside [start, end), in order; undefined if they do not tile it exactly. */
function children(der: Uint8Array, start: number, end: number): Tlv[] | undefined {
  const out: Tlv[] = [];
  for (let at = start; at < end;) {
    const tlv = readTlv(der, at, end);
    if (!tlv) return undefined;
    out.push(tlv);
    at = tlv.end;
  }
  return out;
}

/** An OBJECT IDENTIFIER's value as dotted text. */
export function decodeOid(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0 || bytes[bytes.length - 1]! & 0x80) return undefined;
  const arcs: number[] = [];
  let value = 0;
  for (const byte of bytes) {
    if (value > 2 ** 45) return undefined; // past exact integers: no real OID is that long
    value = value * 128 + (byte & 0x7f);
    if (byte & 0x80) continue;
    if (arcs.length === 0)
      arcs.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80);
    else arcs.push(value);
    value = 0;
  }
  return arcs.join('.');
}

/** A UTCTime or GeneralizedTime in its DER form (UTC, seconds, `Z`), as epoch milliseconds. */
function decodeTime(der: Uint8Array, tlv: Tlv): number | undefined {
  const text = String.fromCharCode(...der.subarray(tlv.start, tlv.end));
  const match =
    tlv.tag === UTC_TIME
      ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text)
      : tlv.tag === GENERALIZED_TIME
        ? /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text)
        : null;
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match.map(Number) as [number, ...number[]];
  // RFC 5280: a two-digit year below 50 is in the 2000s.
  const year = tlv.tag === UTC_TIME ? (y! < 50 ? 2000 + y! : 1900 + y!) : y!;
  if (mo! < 1 || mo! > 12 || d! < 1 || d! > 31 || h! > 23 || mi! > 59 || s! > 59) return undefined;
  const ms = Date.UTC(year, mo! - 1, d!, h!, mi!, s!);
  // Date.UTC rolls 31 February over into March; such a date is not a date.
  return new Date(ms).getUTCDate() === d ? ms : undefined;
}

function readExtension(der: Uint8Array, tlv: Tlv): CertificateExtension | undefined {
  if (tlv.tag !== SEQUENCE) return undefined;
  const parts = children(der, tlv.start, tlv.end);
  if (!parts || parts.length < 2 || parts.length > 3 || parts[0]!.tag !== OID) return undefined;
  const oid = decodeOid(der.subarray(parts[0]!.start, parts[0]!.end));
  let critical = false;
  if (parts.length === 3) {
    const flag = parts[1]!;
    if (flag.tag !== BOOLEAN || flag.end - flag.start !== 1) return undefined;
    critical = der[flag.start] !== 0;
  }
  const value = parts[parts.length - 1]!;
  if (oid === undefined || value.tag !== OCTET_STRING) return undefined;
  return { oid, critical, value: der.subarray(value.start, value.end) };
}

function readExtensions(der: Uint8Array, fields: Tlv[]): CertificateExtension[] | undefined {
  const wrapper = fields.find((f) => f.tag === EXPLICIT_3);
  if (!wrapper) return [];
  const list = readTlv(der, wrapper.start, wrapper.end);
  if (!list || list.tag !== SEQUENCE || list.end !== wrapper.end) return undefined;
  const out: CertificateExtension[] = [];
  for (const tlv of children(der, list.start, list.end) ?? [undefined]) {
    const extension = tlv && readExtension(der, tlv);
    if (!extension) return undefined;
    out.push(extension);
  }
  return out;
}

/** Reads the facts from a DER certificate; undefined if it is not one this reader understands. */
export function readCertificateFacts(der: Uint8Array): CertificateFacts | undefined {
  const outer = readTlv(der, 0, der.length);
  if (!outer || outer.tag !== SEQUENCE || outer.end !== der.length) return undefined;
  const [tbs, algorithm] = children(der, outer.start, outer.end) ?? [];
  if (!tbs || tbs.tag !== SEQUENCE || !algorithm || algorithm.tag !== SEQUENCE) return undefined;
  const algorithmOid = readTlv(der, algorithm.start, algorithm.end);
  if (!algorithmOid || algorithmOid.tag !== OID) return undefined;
  const signatureAlgorithm = decodeOid(der.subarray(algorithmOid.start, algorithmOid.end));
  const fields = children(der, tbs.start, tbs.end);
  if (!fields || signatureAlgorithm === undefined) return undefined;
  // version [0] is optional; then serial, signature, issuer, validity.
  const validity = fields[fields[0]?.tag === EXPLICIT_0 ? 4 : 3];
  if (!validity || validity.tag !== SEQUENCE) return undefined;
  const [from, to] = children(der, validity.start, validity.end) ?? [];
  const notBefore = from && decodeTime(der, from);
  const notAfter = to && decodeTime(der, to);
  const extensions = readExtensions(der, fields);
  if (notBefore === undefined || notAfter === undefined || !extensions) return undefined;
  return { signatureAlgorithm, notBefore, notAfter, extensions };
}
