/**
 * The probe image for the test cluster. No base image can be pulled here, so it is assembled from
 * this machine's own Node.js runtime (the binary and the shared libraries ldd names) plus the probe
 * bundle, the same content Dockerfile.probe produces from a Node base image. It is imported into
 * every node like the pause image, so `reproduce` runs "with the probe image cached".
 */
import { mkdir, mkdtemp, rm, writeFile, readFile, chmod } from 'node:fs/promises';
import path from 'node:path';
import { BlobStore } from './blob-store.js';
import type { Platform, PlatformManifest } from './catalog.js';
import { computeCacheKey, DONE_MARKER, isComplete, publish, sha256File } from './cache-dir.js';
import { buildLayer, type RootfsEntry } from './layer-tar.js';
import { writeImage, writeLayout } from './oci-layout.js';
import { checkHostTools } from './prerequisites.js';
import { exportDockerArchive, prepareSkopeo } from './registry-seed.js';
import { runCommand } from './run-command.js';

/** The reference the test cluster's nodes know the probe image by. */
export const PROBE_IMAGE_REF = 'registry.plain.test/kip/imagepull-probe:dev';

/** A built probe image: a docker-archive for `ctr images import`, and its reference. */
export interface ProbeImage {
  readonly archive: string;
  readonly ref: string;
}

/** The shared libraries a dynamically linked binary loads, as ldd lists them. */
export function parseLddOutput(text: string): string[] {
  const libs: string[] = [];
  for (const line of text.split('\n')) {
    const m = /=>\s*(\/\S+)|^\s*(\/\S+)\s+\(/.exec(line);
    const lib = m?.[1] ?? m?.[2];
    if (lib) libs.push(lib);
  }
  return libs;
}

// chroot(8) from the host's coreutils, as node:*-bookworm-slim has it: the probe runs kubelet
// credential provider plugins inside the node's root, which Node.js cannot enter by itself.
const CHROOT = '/usr/sbin/chroot';

async function runtimeEntries(node: string): Promise<RootfsEntry[]> {
  const libs = [
    ...new Set([
      ...parseLddOutput(await runCommand('ldd', [node])),
      ...parseLddOutput(await runCommand('ldd', [CHROOT])),
    ]),
  ].sort();
  return [
    { type: 'copy', path: 'usr/local/bin/node', from: node, mode: 0o755 },
    { type: 'copy', path: CHROOT.slice(1), from: CHROOT, mode: 0o755 },
    // Libraries keep their absolute paths so the dynamic loader finds them where ldd did.
    ...libs.map((lib): RootfsEntry => ({
      type: 'copy',
      path: lib.replace(/^\//, ''),
      from: lib,
      mode: 0o755,
    })),
    { type: 'data', path: 'tmp/.keep', data: '', mode: 0o644 },
  ];
}

/** The OCI architecture of this machine, the one its Node.js runtime runs on. */
export function hostOciArchitecture(arch: string = process.arch): Platform['architecture'] {
  const known: Record<string, Platform['architecture']> = { x64: 'amd64', arm64: 'arm64' };
  const oci = known[arch];
  if (!oci)
    throw new Error(`no probe image can be built on a ${arch} machine (amd64 or arm64 only)`);
  return oci;
}

/**
 * Stores the probe image's two layers, config and manifest in `store`: the Node.js runtime `node`
 * with its libraries, then the probe bundle. Every byte is fixed by those two inputs (layers have
 * zero mtimes and sorted names, the config a fixed date), so the manifest digest is too; the
 * release build (scripts/release/) pins the plugin to that digest.
 */
export async function writeProbeImage(
  store: BlobStore,
  scratchDir: string,
  tarBin: string,
  input: { node: string; bundle: string },
): Promise<PlatformManifest> {
  const runtime = await buildLayer(await runtimeEntries(input.node), store, scratchDir, tarBin);
  const probe = await buildLayer(
    [{ type: 'data', path: 'kip-probe.cjs', data: await readFile(input.bundle), mode: 0o644 }],
    store,
    scratchDir,
    tarBin,
  );
  return writeImage(store, {
    platform: { os: 'linux', architecture: hostOciArchitecture() },
    layers: [runtime, probe],
    entrypoint: ['/usr/local/bin/node', '/kip-probe.cjs'],
  });
}

/** Builds (or reuses from the cache) the probe image around the bundle at `bundle`. */
export async function buildProbeImage(cacheDir: string, bundle: string): Promise<ProbeImage> {
  const node = process.execPath;
  const key = await computeCacheKey([
    `node=${await sha256File(node)}`,
    `chroot=${await sha256File(CHROOT)}`,
    `probe=${await sha256File(bundle)}`,
    `ref=${PROBE_IMAGE_REF}`,
  ]);
  const finalDir = path.resolve(cacheDir, `probe-image-${key}`);
  const result = { archive: path.join(finalDir, 'probe.tar'), ref: PROBE_IMAGE_REF };
  if (await isComplete(finalDir)) return result;
  await mkdir(cacheDir, { recursive: true });
  const buildDir = await mkdtemp(path.resolve(cacheDir, `.probe-image-${key}-`));
  await chmod(buildDir, 0o755);
  try {
    const tools = await checkHostTools();
    const work = path.join(buildDir, 'work');
    await mkdir(path.join(work, 'scratch'), { recursive: true });
    const store = new BlobStore(path.join(work, 'blobs'));
    const manifest = await writeProbeImage(store, path.join(work, 'scratch'), tools.tar, {
      node,
      bundle,
    });
    const layout = path.join(work, 'layout');
    await writeLayout(layout, store, [{ tag: 'dev', descriptor: manifest }]);
    const skopeo = await prepareSkopeo(tools.skopeo, path.join(work, 'skopeo'));
    await exportDockerArchive(
      skopeo,
      layout,
      'dev',
      result.archive.replace(finalDir, buildDir),
      PROBE_IMAGE_REF,
    );
    await rm(work, { recursive: true, force: true });
    await writeFile(path.join(buildDir, DONE_MARKER), `${new Date().toISOString()}\n`);
    await publish(buildDir, finalDir);
  } finally {
    await rm(buildDir, { recursive: true, force: true });
  }
  return result;
}
