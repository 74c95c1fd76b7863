// The concrete test images: what each repository/tag contains and why (see
// the scenario each one serves). Everything is linux/amd64 unless stated.
import type { BlobStore } from './blob-store.js';
import type { BlobRef, PlatformManifest, TaggedImage } from './catalog.js';
import { buildLayer, type Layer, type RootfsEntry } from './layer-tar.js';
import { writeDeterministicBytes } from './deterministic-bytes.js';
import { writeImage, writeIndex } from './oci-layout.js';
import type { HostTools } from './prerequisites.js';

/** Where layers are stored and built, plus the host tools to build them with. */
export interface BuildContext {
  store: BlobStore;
  scratchDir: string;
  tools: HostTools;
}

/** Tags of kip/app; each gets its own version layer, so each has its own digest. */
export const APP_TAGS = ['v1.0.0', 'v1.4.0', 'v1.4.1', 'latest'] as const;

/** Size of kip/big's random layer: big enough to fill a small node disk. */
export const BIG_LAYER_BYTES = 96 * 1024 * 1024;

const APPLETS = ['sh', 'echo', 'sleep', 'cat', 'ls', 'true'];
const AMD64 = { os: 'linux', architecture: 'amd64' } as const;
const ARM64 = { os: 'linux', architecture: 'arm64' } as const;
const SHOW_VERSION = ['/bin/sh', '-c', 'cat /etc/app-version'];

/** Builds the layer shared by every busybox-based image: the binary plus applet symlinks. */
export function buildBusyboxLayer(ctx: BuildContext): Promise<Layer> {
  const entries: RootfsEntry[] = [
    { type: 'copy', path: 'bin/busybox', from: ctx.tools.busybox, mode: 0o755 },
    ...APPLETS.map((name): RootfsEntry => ({
      type: 'symlink',
      path: `bin/${name}`,
      target: 'busybox',
    })),
  ];
  return buildLayer(entries, ctx.store, ctx.scratchDir, ctx.tools.tar);
}

function versionLayer(ctx: BuildContext, version: string): Promise<Layer> {
  return buildLayer(
    [{ type: 'data', path: 'etc/app-version', data: `${version}\n`, mode: 0o644 }],
    ctx.store,
    ctx.scratchDir,
    ctx.tools.tar,
  );
}

function tagged(repository: string, tag: string, manifest: PlatformManifest): TaggedImage {
  const { digest, size, mediaType } = manifest;
  return { repository, tag, digest, size, mediaType, isIndex: false, manifests: [manifest] };
}

function taggedIndex(
  repository: string,
  tag: string,
  index: BlobRef,
  manifests: PlatformManifest[],
): TaggedImage {
  return { repository, tag, ...index, isIndex: true, manifests };
}

/** kip/app: the everyday image; tags differ only in /etc/app-version. */
export async function buildAppImages(ctx: BuildContext, busybox: Layer): Promise<TaggedImage[]> {
  const images: TaggedImage[] = [];
  for (const tag of APP_TAGS) {
    const layers = [busybox, await versionLayer(ctx, tag)];
    images.push(
      tagged(
        'kip/app',
        tag,
        await writeImage(ctx.store, { platform: AMD64, layers, cmd: SHOW_VERSION }),
      ),
    );
  }
  return images;
}

/**
 * kip/signed:v1: an ordinary image that nothing signs. The CRI-O node's policy.json requires a
 * sigstore signature for this repository, so that node refuses the pull as policy.
 */
export async function buildSignedImage(ctx: BuildContext, busybox: Layer): Promise<TaggedImage> {
  const layers = [busybox, await versionLayer(ctx, 'signed-v1')];
  return tagged(
    'kip/signed',
    'v1',
    await writeImage(ctx.store, { platform: AMD64, layers, cmd: SHOW_VERSION }),
  );
}

/** kip/arm-only:v1: an index with only linux/arm64, so an amd64 pull fails on platform matching. */
export async function buildArmOnlyImage(ctx: BuildContext, busybox: Layer): Promise<TaggedImage> {
  const layers = [busybox, await versionLayer(ctx, 'arm-only-arm64')];
  const arm = await writeImage(ctx.store, { platform: ARM64, layers, cmd: SHOW_VERSION });
  return taggedIndex('kip/arm-only', 'v1', await writeIndex(ctx.store, [arm]), [arm]);
}

/** kip/multi:v1: an index with linux/amd64 and linux/arm64, for the positive platform case. */
export async function buildMultiImage(ctx: BuildContext, busybox: Layer): Promise<TaggedImage> {
  const manifests: PlatformManifest[] = [];
  for (const platform of [AMD64, ARM64]) {
    const layers = [busybox, await versionLayer(ctx, `multi-${platform.architecture}`)];
    manifests.push(await writeImage(ctx.store, { platform, layers, cmd: SHOW_VERSION }));
  }
  return taggedIndex('kip/multi', 'v1', await writeIndex(ctx.store, manifests), manifests);
}

/** kip/big:v1: ~96 MiB of incompressible, seeded data on top of busybox, for the disk-full scenario. */
export function buildBigImage(ctx: BuildContext, busybox: Layer): Promise<TaggedImage> {
  return withOwnLayer(ctx, busybox, 'kip/big', 'data/random.bin', BIG_LAYER_BYTES);
}

/** Size of kip/stall's own layer: more than registry.stall.test sends before it stops. */
export const STALL_LAYER_BYTES = 1024 * 1024;

/**
 * kip/stall:v1: busybox plus a layer of its own that no other image shares, so no node has it
 * cached and a pull through registry.stall.test must fetch it (and stall there).
 */
export function buildStallImage(ctx: BuildContext, busybox: Layer): Promise<TaggedImage> {
  return withOwnLayer(ctx, busybox, 'kip/stall', 'data/stall.bin', STALL_LAYER_BYTES);
}

/** `repository:v1`: busybox plus one layer of `bytes` seeded random bytes at `file`. */
async function withOwnLayer(
  ctx: BuildContext,
  busybox: Layer,
  repository: string,
  file: string,
  bytes: number,
): Promise<TaggedImage> {
  const write = (to: string): Promise<void> =>
    writeDeterministicBytes(to, bytes, `${repository}:v1`);
  // Level 1: the data is random, so harder compression only burns CPU.
  const own = await buildLayer(
    [{ type: 'generated', path: file, mode: 0o644, write }],
    ctx.store,
    ctx.scratchDir,
    ctx.tools.tar,
    1,
  );
  const manifest = await writeImage(ctx.store, {
    platform: AMD64,
    layers: [busybox, own],
    cmd: ['/bin/sleep', '3600'],
  });
  return tagged(repository, 'v1', manifest);
}

/** The sandbox image: just the static /pause binary. */
export async function buildPauseImage(
  ctx: BuildContext,
  pauseBinary: string,
): Promise<TaggedImage> {
  const layer = await buildLayer(
    [{ type: 'copy', path: 'pause', from: pauseBinary, mode: 0o755 }],
    ctx.store,
    ctx.scratchDir,
    ctx.tools.tar,
  );
  const manifest = await writeImage(ctx.store, {
    platform: AMD64,
    layers: [layer],
    entrypoint: ['/pause'],
  });
  return tagged('pause', '3.10', manifest);
}
