/** The structural Mach-O signature check, on small files built here the way a signer lays them out. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkMachOSignature, CS_ADHOC, SignatureError } from './macho-signature.js';

const PAGE = 4096;

/** A thin arm64 Mach-O of `pages` code pages, signed ad hoc with one sha256 code directory. */
function aSignedMachO({ pages = 2, identifier = 'kip-test', flags = CS_ADHOC } = {}): Buffer {
  const codeLimit = pages * PAGE;
  const code = Buffer.alloc(codeLimit);
  for (let i = 0; i < code.length; i++) code[i] = (i * 7) & 0xff;
  code.writeUInt32LE(0xfeedfacf, 0);
  code.writeUInt32LE(0x0100000c, 4); // CPU_TYPE_ARM64
  code.writeUInt32LE(2, 12); // MH_EXECUTE
  code.writeUInt32LE(1, 16); // one load command
  code.writeUInt32LE(16, 20);
  code.writeUInt32LE(0x1d, 32); // LC_CODE_SIGNATURE
  code.writeUInt32LE(16, 36);
  const ident = Buffer.from(`${identifier}\0`);
  const header = 44; // a version 0x20001 code directory's fixed fields
  const hashOffset = header + ident.length;
  const cd = Buffer.alloc(hashOffset + pages * 32);
  cd.writeUInt32BE(0xfade0c02, 0);
  cd.writeUInt32BE(cd.length, 4);
  cd.writeUInt32BE(0x20001, 8);
  cd.writeUInt32BE(flags, 12);
  cd.writeUInt32BE(hashOffset, 16);
  cd.writeUInt32BE(header, 20);
  cd.writeUInt32BE(0, 24); // no special slots
  cd.writeUInt32BE(pages, 28);
  cd.writeUInt32BE(codeLimit, 32);
  cd.writeUInt8(32, 36);
  cd.writeUInt8(2, 37); // sha256
  cd.writeUInt8(12, 39); // 4096-byte pages
  ident.copy(cd, header);
  const superblob = Buffer.alloc(20 + cd.length);
  superblob.writeUInt32BE(0xfade0cc0, 0);
  superblob.writeUInt32BE(superblob.length, 4);
  superblob.writeUInt32BE(1, 8);
  superblob.writeUInt32BE(0, 12); // slot 0: the code directory
  superblob.writeUInt32BE(20, 16);
  code.writeUInt32LE(codeLimit, 40); // dataoff
  code.writeUInt32LE(superblob.length, 44); // datasize
  for (let p = 0; p < pages; p++)
    createHash('sha256')
      .update(code.subarray(p * PAGE, (p + 1) * PAGE))
      .digest()
      .copy(cd, hashOffset + p * 32);
  cd.copy(superblob, 20);
  return Buffer.concat([code, superblob]);
}

describe('checkMachOSignature', () => {
  it('reads an ad-hoc signature whose page hashes match', () => {
    const s = checkMachOSignature(aSignedMachO({ pages: 3 }));
    expect(s.cpuType).toBe(0x0100000c);
    expect(s.cms.length).toBe(0);
    expect(s.codeDirectories).toHaveLength(1);
    expect(s.codeDirectories[0]).toMatchObject({
      slot: 0,
      identifier: 'kip-test',
      flags: CS_ADHOC,
      hashAlgorithm: 'sha256',
      pageSize: PAGE,
      pages: 3,
    });
  });

  it.each([
    ['the first page', 100],
    ['the last page', 2 * PAGE - 1],
  ])('refuses the file once a byte of %s changes', (_what, at) => {
    const file = aSignedMachO();
    file[at] = (file[at] ?? 0) ^ 1;
    expect(() => checkMachOSignature(file)).toThrow(/page \d does not match its hash/);
  });

  it('refuses a code directory that does not cover everything before the signature', () => {
    const file = aSignedMachO();
    file.writeUInt32LE(2 * PAGE + 16, 40); // the signature claimed to start later
    expect(() => checkMachOSignature(file)).toThrow(SignatureError);
  });

  it.each([
    ['a file that is no Mach-O', Buffer.from('#!/bin/sh\necho hi\n'.padEnd(64))],
    [
      'a Mach-O without LC_CODE_SIGNATURE',
      (() => {
        const f = aSignedMachO();
        f.writeUInt32LE(0x19, 32); // LC_SEGMENT_64 instead
        f.writeUInt32LE(0, 16);
        return f;
      })(),
    ],
  ])('refuses %s', (_what, file) => {
    expect(() => checkMachOSignature(file)).toThrow(SignatureError);
  });
});
