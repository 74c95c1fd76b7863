// The protobuf wire format, as far as the CRI messages the probe uses need it: varints and
// length-delimited fields out, and every wire type read back (unknown fields are skipped, so a
// newer runtime adding fields cannot break the probe).

/** One decoded field value: a varint, or the raw bytes of a length-delimited field. */
export type WireValue = { readonly varint: bigint } | { readonly bytes: Uint8Array };

/** Fields by number, each with every occurrence in order (repeated fields have several). */
export type WireFields = ReadonlyMap<number, readonly WireValue[]>;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function varint(value: bigint): number[] {
  const out: number[] = [];
  let v = BigInt.asUintN(64, value);
  while (v >= 0x80n) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
  return out;
}

/** Builds one message; fields with default values are left out, as proto3 does. */
export class MessageWriter {
  private readonly parts: number[] = [];

  /** A string field (wire type 2). */
  string(field: number, value: string | undefined): this {
    return value === undefined || value === '' ? this : this.bytes(field, encoder.encode(value));
  }

  /** An embedded message or bytes field (wire type 2). */
  bytes(field: number, value: Uint8Array | undefined): this {
    if (value === undefined) return this;
    this.parts.push(...varint(BigInt((field << 3) | 2)), ...varint(BigInt(value.length)), ...value);
    return this;
  }

  /** A bool or integer field (wire type 0). */
  varint(field: number, value: bigint | boolean | undefined): this {
    const v = typeof value === 'boolean' ? (value ? 1n : 0n) : value;
    if (v === undefined || v === 0n) return this;
    this.parts.push(...varint(BigInt(field << 3)), ...varint(v));
    return this;
  }

  /** The encoded message. */
  finish(): Uint8Array {
    return Uint8Array.from(this.parts);
  }
}

function readVarint(buf: Uint8Array, at: number): { value: bigint; next: number } {
  let value = 0n;
  for (let shift = 0n, i = at; i < buf.length && shift < 70n; i++, shift += 7n) {
    const byte = buf[i] ?? 0;
    value |= BigInt(byte & 0x7f) << shift;
    if ((byte & 0x80) === 0) return { value: BigInt.asUintN(64, value), next: i + 1 };
  }
  throw new Error('malformed protobuf: truncated varint');
}

/** Splits a message into its fields; throws on malformed input. */
export function readFields(buf: Uint8Array): WireFields {
  const fields = new Map<number, WireValue[]>();
  let at = 0;
  while (at < buf.length) {
    const key = readVarint(buf, at);
    const field = Number(key.value >> 3n);
    const wireType = Number(key.value & 7n);
    let value: WireValue;
    if (wireType === 0) {
      const v = readVarint(buf, key.next);
      value = { varint: v.value };
      at = v.next;
    } else if (wireType === 2) {
      const len = readVarint(buf, key.next);
      const end = len.next + Number(len.value);
      if (end > buf.length) throw new Error('malformed protobuf: field runs past the end');
      value = { bytes: buf.subarray(len.next, end) };
      at = end;
    } else if (wireType === 1 || wireType === 5) {
      const size = wireType === 1 ? 8 : 4;
      if (key.next + size > buf.length)
        throw new Error('malformed protobuf: truncated fixed field');
      value = { bytes: buf.subarray(key.next, key.next + size) };
      at = key.next + size;
    } else {
      throw new Error(`malformed protobuf: unsupported wire type ${wireType}`);
    }
    fields.set(field, [...(fields.get(field) ?? []), value]);
  }
  return fields;
}

const bytesOf = (v: WireValue | undefined): Uint8Array | undefined =>
  v !== undefined && 'bytes' in v ? v.bytes : undefined;

/** The last occurrence of a string field ('' when absent, as proto3 reads it). */
export const stringField = (fields: WireFields, no: number): string => {
  const all = fields.get(no) ?? [];
  const bytes = bytesOf(all[all.length - 1]);
  return bytes === undefined ? '' : decoder.decode(bytes);
};

/** Every occurrence of a repeated string field. */
export const stringsField = (fields: WireFields, no: number): string[] =>
  (fields.get(no) ?? []).flatMap((v) => {
    const bytes = bytesOf(v);
    return bytes === undefined ? [] : [decoder.decode(bytes)];
  });

/** The last occurrence of an integer field (0 when absent). */
export const varintField = (fields: WireFields, no: number): bigint => {
  const all = fields.get(no) ?? [];
  const last = all[all.length - 1];
  return last !== undefined && 'varint' in last ? last.varint : 0n;
};

/** Every occurrence of an embedded message field, split into its own fields. */
export const messagesField = (fields: WireFields, no: number): WireFields[] =>
  (fields.get(no) ?? []).flatMap((v) => {
    const bytes = bytesOf(v);
    return bytes === undefined ? [] : [readFields(bytes)];
  });
