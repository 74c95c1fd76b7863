// Writes OCI image configs, manifests, indexes and image layouts by hand; the
// layouts are what skopeo copies into the registry and the pause archive.
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BlobStore } from './blob-store.js';
import type { BlobRef, Platform, PlatformManifest } from './catalog.js';
import type { Layer } from './layer-tar.js';

/** OCI media types used by the test images. */
export const MEDIA_TYPES = {
  config: 'application/vnd.oci.image.config.v1+json',
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  index: 'application/vnd.oci.image.index.v1+json',
} as const;

/** What varies between test images: platform, layers and the process to run. */
export interface ImageSpec {
  platform: Platform;
  layers: Layer[];
  entrypoint?: string[];
  cmd?: string[];
}

/** A layout entry: the manifest or index a tag (ref.name) points at. */
export interface LayoutRef {
  tag: string;
  descriptor: BlobRef;
}

const DEFAULT_ENV = ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'];

function descriptor(ref: BlobRef): BlobRef {
  return { mediaType: ref.mediaType, digest: ref.digest, size: ref.size };
}

/** Stores the config and manifest of one single-platform image. */
export async function writeImage(store: BlobStore, spec: ImageSpec): Promise<PlatformManifest> {
  // A fixed "created" keeps configs (and so digests) independent of build time.
  const config = await store.putJson(
    {
      created: '1970-01-01T00:00:00Z',
      architecture: spec.platform.architecture,
      os: spec.platform.os,
      config: { Env: DEFAULT_ENV, WorkingDir: '/', Entrypoint: spec.entrypoint, Cmd: spec.cmd },
      rootfs: { type: 'layers', diff_ids: spec.layers.map((l) => l.diffId) },
    },
    MEDIA_TYPES.config,
  );
  const layers = spec.layers.map(descriptor);
  const manifest = await store.putJson(
    {
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.manifest,
      config: descriptor(config),
      layers,
    },
    MEDIA_TYPES.manifest,
  );
  return { ...manifest, platform: spec.platform, config, layers };
}

/** Stores an image index over already-stored platform manifests. */
export function writeIndex(store: BlobStore, manifests: PlatformManifest[]): Promise<BlobRef> {
  return store.putJson(
    {
      schemaVersion: 2,
      mediaType: MEDIA_TYPES.index,
      manifests: manifests.map((m) => ({
        ...descriptor(m),
        platform: { architecture: m.platform.architecture, os: m.platform.os },
      })),
    },
    MEDIA_TYPES.index,
  );
}

/** Creates an OCI image layout at `dir` whose blobs/ is the shared store and whose tags are `refs`. */
export async function writeLayout(dir: string, store: BlobStore, refs: LayoutRef[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  // Symlinking the shared blobs keeps one copy of each layer however many layouts reference it.
  await symlink(path.resolve(store.blobsDir), path.join(dir, 'blobs'));
  const index = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.index,
    manifests: refs.map((r) => ({
      ...descriptor(r.descriptor),
      annotations: { 'org.opencontainers.image.ref.name': r.tag },
    })),
  };
  await writeFile(path.join(dir, 'index.json'), JSON.stringify(index));
}
