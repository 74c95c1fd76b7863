/**
 * A structural check of a thin 64-bit Mach-O file's embedded code signature, for a machine
 * with no macOS: finds LC_CODE_SIGNATURE, reads the signature superblob, and checks every code
 * directory's page hashes (and its requirements/entitlements slots) against the file itself.
 * It proves the signature covers exactly these bytes; whether Apple trusts the signer is the
 * CMS blob's business (vendor-signatures.ts checks its signer with OpenSSL).
 *
 * Layouts follow Apple's published cs_blobs.h (xnu) and loader.h. The Mach-O header and load
 * commands are little-endian on both darwin targets; the signature blobs are big-endian.
 */
import { createHash } from 'node:crypto';

const MH_MAGIC_64 = 0xfeedfacf;
const LC_CODE_SIGNATURE = 0x1d;
const SUPERBLOB_MAGIC = 0xfade0cc0;
const CODEDIRECTORY_MAGIC = 0xfade0c02;
const BLOBWRAPPER_MAGIC = 0xfade0b01;
const SLOT_CODEDIRECTORY = 0;
const SLOT_REQUIREMENTS = 2;
const SLOT_ENTITLEMENTS = 5;
const SLOT_DER_ENTITLEMENTS = 7;
const SLOT_ALTERNATE_FIRST = 0x1000;
const SLOT_SIGNATURE = 0x10000;

/** Code directory flags a release cares about (cs_blobs.h). */
export const CS_ADHOC = 0x2;
export const CS_RUNTIME = 0x10000;

/** The hash algorithms a code directory may name, by its hashType byte. */
const HASH_TYPES: Record<number, { algorithm: string; size: number }> = {
  1: { algorithm: 'sha1', size: 20 },
  2: { algorithm: 'sha256', size: 32 },
  3: { algorithm: 'sha256', size: 20 },
  4: { algorithm: 'sha384', size: 48 },
};

/** One code directory, as read and checked. */
export interface CodeDirectory {
  readonly slot: number;
  readonly identifier: string;
  readonly teamId: string | undefined;
  readonly flags: number;
  readonly hashAlgorithm: string;
  readonly pageSize: number;
  readonly codeLimit: number;
  readonly pages: number;
  /** The directory's own bytes: what the CMS signature (if any) signs, for slot 0. */
  readonly bytes: Buffer;
}

/** What a Mach-O file's signature is, once its hashes all matched. */
export interface MachOSignature {
  readonly cpuType: number;
  readonly codeDirectories: readonly CodeDirectory[];
  /** The DER CMS SignedData of a Developer ID signature; empty for an ad-hoc one. */
  readonly cms: Buffer;
}

/** Why a file's signature did not check out. */
export class SignatureError extends Error {}

function fail(message: string): never {
  throw new SignatureError(message);
}

/** The [dataoff, datasize] of the file's LC_CODE_SIGNATURE, or a SignatureError. */
function codeSignatureCommand(file: Buffer): { offset: number; size: number; cpuType: number } {
  if (file.length < 32 || file.readUInt32LE(0) !== MH_MAGIC_64)
    fail('not a thin 64-bit little-endian Mach-O file');
  const cpuType = file.readUInt32LE(4);
  const ncmds = file.readUInt32LE(16);
  let at = 32;
  for (let i = 0; i < ncmds; i++) {
    const cmd = file.readUInt32LE(at);
    const size = file.readUInt32LE(at + 4);
    if (cmd === LC_CODE_SIGNATURE)
      return { offset: file.readUInt32LE(at + 8), size: file.readUInt32LE(at + 12), cpuType };
    if (size < 8) fail(`load command ${i} has size ${size}`);
    at += size;
  }
  return fail('no LC_CODE_SIGNATURE load command: the file is not signed');
}

function cString(buf: Buffer, at: number): string {
  const end = buf.indexOf(0, at);
  return buf.subarray(at, end < 0 ? buf.length : end).toString('utf8');
}

function digest(algorithm: string, size: number, data: Buffer): Buffer {
  return createHash(algorithm).update(data).digest().subarray(0, size);
}

/** Reads one code directory and checks its page and special-slot hashes against `file`. */
function checkCodeDirectory(
  file: Buffer,
  slot: number,
  cd: Buffer,
  blobs: ReadonlyMap<number, Buffer>,
  signatureOffset: number,
): CodeDirectory {
  const version = cd.readUInt32BE(8);
  const flags = cd.readUInt32BE(12);
  const hashOffset = cd.readUInt32BE(16);
  const identOffset = cd.readUInt32BE(20);
  const nSpecialSlots = cd.readUInt32BE(24);
  const nCodeSlots = cd.readUInt32BE(28);
  let codeLimit = cd.readUInt32BE(32);
  const hashSize = cd.readUInt8(36);
  const hashType = HASH_TYPES[cd.readUInt8(37)] ?? fail(`unknown hash type ${cd.readUInt8(37)}`);
  const pageSize = 2 ** cd.readUInt8(39);
  if (hashSize !== hashType.size) fail(`code directory ${slot}: hash size ${hashSize}`);
  const teamOffset = version >= 0x20200 ? cd.readUInt32BE(48) : 0;
  if (version >= 0x20300) {
    const codeLimit64 = Number(cd.readBigUInt64BE(56));
    if (codeLimit64 !== 0) codeLimit = codeLimit64;
  }
  if (codeLimit !== signatureOffset)
    fail(
      `code directory ${slot} covers ${codeLimit} bytes, the signature starts at ${signatureOffset}`,
    );
  if (nCodeSlots !== Math.ceil(codeLimit / pageSize))
    fail(`code directory ${slot} has ${nCodeSlots} page hashes for ${codeLimit} bytes`);
  for (let page = 0; page < nCodeSlots; page++) {
    const start = page * pageSize;
    const want = cd.subarray(hashOffset + page * hashSize, hashOffset + (page + 1) * hashSize);
    const got = digest(
      hashType.algorithm,
      hashSize,
      file.subarray(start, Math.min(start + pageSize, codeLimit)),
    );
    if (!got.equals(want)) fail(`code directory ${slot}: page ${page} does not match its hash`);
  }
  // Special slots sit before hashOffset, slot n at -n; a blob present must match its slot.
  for (const special of [SLOT_REQUIREMENTS, SLOT_ENTITLEMENTS, SLOT_DER_ENTITLEMENTS]) {
    const blob = blobs.get(special);
    if (!blob) continue;
    if (special > nSpecialSlots) fail(`code directory ${slot} has no slot for blob ${special}`);
    const at = hashOffset - special * hashSize;
    if (!digest(hashType.algorithm, hashSize, blob).equals(cd.subarray(at, at + hashSize)))
      fail(`code directory ${slot}: special slot ${special} does not match its blob`);
  }
  return {
    slot,
    identifier: cString(cd, identOffset),
    teamId: teamOffset ? cString(cd, teamOffset) : undefined,
    flags,
    hashAlgorithm: hashType.algorithm,
    pageSize,
    codeLimit,
    pages: nCodeSlots,
    bytes: cd,
  };
}

/**
 * Reads and checks `file`'s embedded signature: throws a SignatureError naming the first thing
 * that does not match, else returns what the signature says.
 */
export function checkMachOSignature(file: Buffer): MachOSignature {
  const { offset, size, cpuType } = codeSignatureCommand(file);
  if (offset + size > file.length) fail('the code signature runs past the end of the file');
  const superblob = file.subarray(offset, offset + size);
  if (superblob.readUInt32BE(0) !== SUPERBLOB_MAGIC) fail('the code signature is no superblob');
  const count = superblob.readUInt32BE(8);
  const blobs = new Map<number, Buffer>();
  for (let i = 0; i < count; i++) {
    const type = superblob.readUInt32BE(12 + i * 8);
    const at = superblob.readUInt32BE(16 + i * 8);
    blobs.set(type, superblob.subarray(at, at + superblob.readUInt32BE(at + 4)));
  }
  const directories = [...blobs]
    .filter(
      ([type]) =>
        type === SLOT_CODEDIRECTORY ||
        (type >= SLOT_ALTERNATE_FIRST && type < SLOT_ALTERNATE_FIRST + 5),
    )
    .map(([type, blob]) => {
      if (blob.readUInt32BE(0) !== CODEDIRECTORY_MAGIC) fail(`blob ${type} is no code directory`);
      return checkCodeDirectory(file, type, blob, blobs, offset);
    });
  if (!directories.some((d) => d.slot === SLOT_CODEDIRECTORY)) fail('no code directory');
  const wrapper = blobs.get(SLOT_SIGNATURE);
  if (wrapper && wrapper.readUInt32BE(0) !== BLOBWRAPPER_MAGIC)
    fail('the CMS slot is no blob wrapper');
  return {
    cpuType,
    codeDirectories: directories,
    cms: wrapper ? Buffer.from(wrapper.subarray(8)) : Buffer.alloc(0),
  };
}
