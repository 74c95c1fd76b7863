// Builds the cluster's test images (or reuses the cache) and checks them the
// way a node would see them: through a registry serving a copy of the storage.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestImages, PAUSE_REF, type TestImages } from '../cluster/images/build-images.js';
import { lookupImage } from '../cluster/images/catalog.js';
import { APP_TAGS, BIG_LAYER_BYTES } from '../cluster/images/image-set.js';
import { MEDIA_TYPES } from '../cluster/images/oci-layout.js';
import { checkHostTools } from '../cluster/images/prerequisites.js';
import { startRegistry, type RunningRegistry } from '../cluster/images/temp-registry.js';

const execFileAsync = promisify(execFile);
// Stable across runs on purpose: a warm cache makes this test take seconds instead of a minute.
const CACHE_DIR = path.join(os.tmpdir(), 'kubectl-imagepull-test-images');
const ACCEPT = `${MEDIA_TYPES.index}, ${MEDIA_TYPES.manifest}`;

interface ManifestDoc {
  mediaType: string;
  manifests?: { digest: string; platform: { os: string; architecture: string } }[];
  layers?: { size: number }[];
}

let images: TestImages;
let registry: RunningRegistry | undefined;
let workDir: string | undefined;

async function getJson<T>(urlPath: string): Promise<{ body: T; digest: string | null }> {
  const res = await fetch(`http://${registry?.host}${urlPath}`, { headers: { Accept: ACCEPT } });
  expect(res.status, urlPath).toBe(200);
  return { body: (await res.json()) as T, digest: res.headers.get('docker-content-digest') };
}

beforeAll(async () => {
  // A missing skopeo/docker-registry/busybox-static/go throws naming the Debian package: a failure, never a skip.
  const tools = await checkHostTools();
  images = await buildTestImages(CACHE_DIR);
  workDir = await mkdtemp(path.join(os.tmpdir(), 'kip-test-images-'));
  // Serve a copy, as the cluster does, so the cached storage is never written to.
  const storage = path.join(workDir, 'storage');
  await cp(images.registryStorage, storage, { recursive: true });
  registry = await startRegistry(tools.registry, storage, workDir);
}, 600_000);

afterAll(async () => {
  await registry?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe('test images', () => {
  it('serves every kip/app tag, each with its own digest', async () => {
    const { body } = await getJson<{ tags: string[] }>('/v2/kip/app/tags/list');
    expect([...body.tags].sort()).toEqual([...APP_TAGS].sort());
    const digests = new Set<string>();
    for (const tag of APP_TAGS) {
      const { digest } = await getJson<ManifestDoc>(`/v2/kip/app/manifests/${tag}`);
      expect(digest).toBe(lookupImage(images.catalog, 'kip/app', tag).digest);
      digests.add(digest ?? '');
    }
    expect(digests.size).toBe(APP_TAGS.length);
  });

  it('serves kip/arm-only:v1 as an index with exactly one linux/arm64 manifest', async () => {
    const { body, digest } = await getJson<ManifestDoc>('/v2/kip/arm-only/manifests/v1');
    expect(body.mediaType).toBe(MEDIA_TYPES.index);
    expect(body.manifests?.map((m) => m.platform)).toEqual([
      { os: 'linux', architecture: 'arm64' },
    ]);
    expect(digest).toBe(lookupImage(images.catalog, 'kip/arm-only', 'v1').digest);
  });

  it('serves kip/multi:v1 as an index with amd64 and arm64', async () => {
    const { body } = await getJson<ManifestDoc>('/v2/kip/multi/manifests/v1');
    expect(body.manifests?.map((m) => m.platform.architecture).sort()).toEqual(['amd64', 'arm64']);
  });

  it('serves kip/big:v1 with a layer of at least the promised size', async () => {
    const { body } = await getJson<ManifestDoc>('/v2/kip/big/manifests/v1');
    expect(Math.max(...(body.layers ?? []).map((l) => l.size))).toBeGreaterThanOrEqual(
      BIG_LAYER_BYTES,
    );
  });

  it('writes a docker-archive of the pause image tagged with pauseRef', async () => {
    expect(images.pauseRef).toBe(PAUSE_REF);
    expect((await stat(images.pauseArchive)).isFile()).toBe(true);
    const { stdout } = await execFileAsync('tar', ['-xOf', images.pauseArchive, 'manifest.json']);
    const manifest = JSON.parse(stdout) as { RepoTags: string[] }[];
    expect(manifest[0]?.RepoTags).toEqual([PAUSE_REF]);
  });

  it('returns the cached build on a second call', async () => {
    const again = await buildTestImages(CACHE_DIR);
    expect(again.registryStorage).toBe(images.registryStorage);
    expect(again.catalog).toEqual(images.catalog);
  });
});
