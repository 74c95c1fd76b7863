/**
 * The release's executables for the platforms this machine is not: builds a release into a
 * scratch directory, then runs the linux/arm64 executable under qemu-user (called directly, no
 * binfmt needed), the windows/amd64 one under wine in a scratch prefix set to Windows 10 (Node
 * refuses wine's default, Windows 7), checks the darwin ones' ad-hoc signatures structurally
 * (every page hash of the code directory against the file), and the windows/arm64 one's machine
 * type. A missing prerequisite fails the suite saying what to install; none is skipped.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkMachOSignature,
  CS_ADHOC,
  CS_RUNTIME,
  SignatureError,
} from '../../scripts/release/macho-signature.js';
import { RELEASE_PLATFORMS, type ReleasePlatform } from '../../scripts/release/platforms.js';
import { NODE_VERSION } from '../../scripts/release/runtimes.js';
import {
  buildRelease,
  requireReleaseTools,
  unpackArchive,
  VERSION,
} from './support/release-build.js';

/** Debian's arm64 cross runtime libraries: what qemu-user needs to load a dynamic arm64 node. */
const ARM64_SYSROOT = '/usr/aarch64-linux-gnu';
const EXPLAIN = ['explain', 'x509: certificate signed by unknown authority'];

const EM_AARCH64 = 0xb7;
const IMAGE_FILE_MACHINE_AMD64 = 0x8664;
const IMAGE_FILE_MACHINE_ARM64 = 0xaa64;

let scratch: string;

/** The machine field of a PE file's COFF header. */
function peMachine(file: string): number {
  const pe = readFileSync(file);
  const at = pe.readUInt32LE(0x3c);
  expect(pe.subarray(at, at + 4).toString('latin1')).toBe('PE\0\0');
  return pe.readUInt16LE(at + 4);
}
let release: string;

function platform(os: string, arch: string): ReleasePlatform {
  return RELEASE_PLATFORMS.find((p) => p.os === os && p.arch === arch)!;
}

/** `p`'s executable, from its archive unpacked into the scratch directory. */
function unpack(p: ReleasePlatform): string {
  return unpackArchive(release, scratch, p);
}

function missingPrerequisites(): string[] {
  const missing: string[] = [];
  const has = (cmd: string) =>
    spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
  if (!has('qemu-aarch64-static'))
    missing.push('qemu-aarch64-static: apt-get install qemu-user-static');
  if (!existsSync(path.join(ARM64_SYSROOT, 'lib/ld-linux-aarch64.so.1')))
    missing.push(
      `${ARM64_SYSROOT}: apt-get install libc6-arm64-cross libstdc++6-arm64-cross libgcc-s1-arm64-cross`,
    );
  if (!has('wine')) missing.push('wine: apt-get install wine wine64');
  return missing;
}

beforeAll(async () => {
  requireReleaseTools();
  const missing = missingPrerequisites();
  if (missing.length > 0)
    throw new Error(
      `prerequisites missing (run \`bash .ci/run\` or \`bash scripts/setup.sh\`):\n  ${missing.join('\n  ')}`,
    );
  scratch = await mkdtemp(path.join(os.tmpdir(), 'kip-platforms-'));
  release = path.join(scratch, 'release');
  await buildRelease(release);
  // Six executables of ~100 MB each: a minute alone, longer beside the other suites.
}, 900_000);

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('linux/arm64 under qemu-aarch64-static', () => {
  const run = (args: string[]) =>
    spawnSync(
      'qemu-aarch64-static',
      ['-L', ARM64_SYSROOT, unpack(platform('linux', 'arm64')), ...args],
      {
        encoding: 'utf8',
        timeout: 60_000,
        env: { PATH: process.env.PATH, XDG_CACHE_HOME: path.join(scratch, 'cache-arm64') },
      },
    );

  it('is an arm64 executable that prints its version', () => {
    const elf = readFileSync(unpack(platform('linux', 'arm64')));
    expect(elf.subarray(0, 4).toString('latin1')).toBe('\x7fELF');
    expect(elf.readUInt16LE(18)).toBe(EM_AARCH64);
    const r = run(['version']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(
      `kubectl-imagepull ${VERSION} (node v${NODE_VERSION}, linux/arm64)`,
    );
    expect(r.stderr).toBe('');
  });

  it('explains a TLS failure as cause tls, exit 1, with no warning on stderr', () => {
    const r = run(EXPLAIN);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toMatch(/^cause: +tls /m);
    expect(r.stderr).toBe('');
  });
});

describe('windows/amd64 under wine', () => {
  let prefix: string;

  /**
   * Runs the executable under wine with stdout and stderr to files: wine hands a pipe to the
   * Windows side as a handle Node cannot open (EBADF at the first write to it).
   */
  function wine(args: string[]): { status: number | null; out: string; err: string } {
    const files = ['out', 'err'].map((k) => path.join(scratch, `wine-${args[0]}.${k}`));
    const fds = files.map((f) => openSync(f, 'w'));
    try {
      const r = spawnSync('wine', [unpack(platform('windows', 'amd64')), ...args], {
        stdio: ['ignore', fds[0]!, fds[1]!],
        timeout: 120_000,
        env: { PATH: process.env.PATH, HOME: scratch, WINEPREFIX: prefix, WINEDEBUG: '-all' },
      });
      const [out, err] = files.map((f) => readFileSync(f, 'utf8').replaceAll('\r\n', '\n'));
      return { status: r.status, out: out!, err: err! };
    } finally {
      fds.forEach((fd) => closeSync(fd));
    }
  }

  beforeAll(async () => {
    prefix = path.join(scratch, 'wineprefix');
    await mkdir(prefix);
    // A new prefix claims Windows 7, which Node.js 22 refuses to start on.
    const r = spawnSync('wine', ['winecfg', '-v', 'win10'], {
      encoding: 'utf8',
      timeout: 300_000,
      env: { PATH: process.env.PATH, HOME: scratch, WINEPREFIX: prefix, WINEDEBUG: '-all' },
    });
    if (r.status !== 0) throw new Error(`winecfg -v win10 failed: ${r.stderr}`);
  });

  it('is a PE for x86-64 that prints its version', () => {
    expect(peMachine(unpack(platform('windows', 'amd64')))).toBe(IMAGE_FILE_MACHINE_AMD64);
    const r = wine(['version']);
    expect(r.status, r.err).toBe(0);
    expect(r.out.trim()).toBe(
      `kubectl-imagepull ${VERSION} (node v${NODE_VERSION}, windows/amd64)`,
    );
    expect(r.err).toBe('');
  });

  it('explains a TLS failure as cause tls, exit 1', () => {
    const r = wine(EXPLAIN);
    expect(r.status, r.err).toBe(1);
    expect(r.out).toMatch(/^cause: +tls /m);
    expect(r.err).toBe('');
  });
});

describe('windows/arm64', () => {
  it('is a PE for arm64 (nothing here runs it)', () => {
    expect(peMachine(unpack(platform('windows', 'arm64')))).toBe(IMAGE_FILE_MACHINE_ARM64);
  });
});

describe.each([
  ['amd64', 0x01000007],
  ['arm64', 0x0100000c],
] as const)('darwin/%s', (arch, cpuType) => {
  it('is signed ad hoc, without the hardened runtime, and every page hash matches the file', async () => {
    const file = await readFile(unpack(platform('darwin', arch)));
    const signature = checkMachOSignature(file);
    expect(signature.cpuType).toBe(cpuType);
    expect(signature.cms.length).toBe(0);
    for (const cd of signature.codeDirectories) {
      expect(cd.identifier).toBe('kubectl-imagepull');
      expect(cd.flags & CS_ADHOC).toBe(CS_ADHOC);
      expect(cd.flags & CS_RUNTIME).toBe(0);
      expect(cd.codeLimit).toBeGreaterThan(file.length - 4 * 1024 * 1024);
    }
  });

  it('fails the check once a single byte of the code changes', async () => {
    const file = Buffer.from(await readFile(unpack(platform('darwin', arch))));
    const middle = file.length >> 1;
    file.writeUInt8(file.readUInt8(middle) ^ 0xff, middle);
    expect(() => checkMachOSignature(file)).toThrow(SignatureError);
    expect(() => checkMachOSignature(file)).toThrow(/page \d+ does not match its hash/);
  });
});
