// Fails early, naming the Debian package, when a host tool the image build
// relies on is missing: tests must fail loudly rather than skip.
import { access, constants, open } from 'node:fs/promises';
import path from 'node:path';

/** Absolute paths of the host tools used to build and serve the test images. */
export interface HostTools {
  busybox: string;
  skopeo: string;
  registry: string;
  go: string;
  tar: string;
}

// Debian's golang-go lives on PATH, the upstream tarball in /usr/local/go.
const EXTRA_DIRS = ['/usr/local/go/bin'];

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Finds an executable on PATH (plus well-known extra dirs), or returns undefined. */
export async function findExecutable(name: string): Promise<string | undefined> {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), ...EXTRA_DIRS];
  for (const dir of dirs.filter(Boolean)) {
    const candidate = path.join(dir, name);
    if (await isExecutable(candidate)) return candidate;
  }
  return undefined;
}

/** True when an ELF file has no PT_INTERP header, i.e. needs no dynamic loader in the image. */
export async function isStaticElf(file: string): Promise<boolean> {
  const fh = await open(file, 'r');
  try {
    const header = Buffer.alloc(64);
    await fh.read(header, 0, 64, 0);
    if (header.readUInt32BE(0) !== 0x7f454c46 || header[4] !== 2) return false; // ELF64 only
    const phoff = Number(header.readBigUInt64LE(0x20));
    const phentsize = header.readUInt16LE(0x36);
    const phnum = header.readUInt16LE(0x38);
    const table = Buffer.alloc(phentsize * phnum);
    await fh.read(table, 0, table.length, phoff);
    for (let i = 0; i < phnum; i++) {
      if (table.readUInt32LE(i * phentsize) === 3) return false; // PT_INTERP
    }
    return true;
  } finally {
    await fh.close();
  }
}

async function requireTool(name: string, debianPackage: string): Promise<string> {
  const found = await findExecutable(name);
  if (!found) {
    throw new Error(
      `'${name}' not found on PATH: install the Debian package '${debianPackage}' (apt-get install ${debianPackage})`,
    );
  }
  return found;
}

/** Locates every tool needed by buildTestImages; throws naming the Debian package to install. */
export async function checkHostTools(): Promise<HostTools> {
  const busybox = '/bin/busybox';
  if (!(await isExecutable(busybox)) || !(await isStaticElf(busybox))) {
    throw new Error(
      "a static /bin/busybox is required for the test images: install the Debian package 'busybox-static'",
    );
  }
  return {
    busybox,
    skopeo: await requireTool('skopeo', 'skopeo'),
    registry: await requireTool('docker-registry', 'docker-registry'),
    go: await requireTool('go', 'golang-go'),
    tar: await requireTool('tar', 'tar'),
  };
}
