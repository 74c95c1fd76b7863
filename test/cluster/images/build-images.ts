// Builds every image the cluster tests need, from local files only (no
// registry is reachable), and caches the result keyed by its inputs.
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BlobStore } from './blob-store.js';
import { computeCacheKey, DONE_MARKER, isComplete, publish, sha256File } from './cache-dir.js';
import { addToCatalog, type ImageCatalog, type TaggedImage, type TestImages } from './catalog.js';
import {
  buildAppImages,
  buildArmOnlyImage,
  buildBigImage,
  buildStallImage,
  buildBusyboxLayer,
  buildMultiImage,
  buildPauseImage,
  buildSignedImage,
  type BuildContext,
} from './image-set.js';
import { writeLayout } from './oci-layout.js';
import { buildPauseBinary } from './pause-binary.js';
import { checkHostTools, type HostTools } from './prerequisites.js';
import {
  exportDockerArchive,
  prepareSkopeo,
  pushLayoutTag,
  verifyPushed,
  type Skopeo,
} from './registry-seed.js';
import { runCommand } from './run-command.js';
import { withRegistry } from './temp-registry.js';

export type { TestImages, ImageCatalog } from './catalog.js';

/** Reference the sandbox image carries inside the pause archive (kubelet's default sandbox image). */
export const PAUSE_REF = 'registry.k8s.io/pause:3.10';

const OUTPUT = { registry: 'registry', pause: 'pause.tar', catalog: 'catalog.json' } as const;

function resultFor(dir: string, catalog: ImageCatalog): TestImages {
  return {
    registryStorage: path.join(dir, OUTPUT.registry),
    pauseArchive: path.join(dir, OUTPUT.pause),
    pauseRef: PAUSE_REF,
    catalog,
  };
}

async function loadCatalog(dir: string): Promise<ImageCatalog> {
  return JSON.parse(await readFile(path.join(dir, OUTPUT.catalog), 'utf8')) as ImageCatalog;
}

// Writes one layout per repository (tags as ref names) and pushes every tag through a temporary registry.
async function seedRegistry(
  ctx: BuildContext,
  skopeo: Skopeo,
  images: TaggedImage[],
  storageDir: string,
  workDir: string,
): Promise<void> {
  const repositories = [...new Set(images.map((i) => i.repository))];
  const layoutOf = (repo: string): string =>
    path.join(workDir, 'layouts', repo.replaceAll('/', '_'));
  for (const repo of repositories) {
    const refs = images
      .filter((i) => i.repository === repo)
      .map((i) => ({ tag: i.tag, descriptor: i }));
    await writeLayout(layoutOf(repo), ctx.store, refs);
  }
  await mkdir(storageDir, { recursive: true });
  await withRegistry(ctx.tools.registry, storageDir, workDir, async (host) => {
    for (const image of images) {
      await pushLayoutTag(skopeo, layoutOf(image.repository), image.tag, host, image.repository);
      await verifyPushed(host, image);
    }
  });
}

async function writePauseArchive(
  ctx: BuildContext,
  skopeo: Skopeo,
  workDir: string,
  archive: string,
  goCacheDir: string,
): Promise<void> {
  const binary = path.join(workDir, 'pause');
  await buildPauseBinary(ctx.tools.go, binary, goCacheDir);
  const image = await buildPauseImage(ctx, binary);
  const layout = path.join(workDir, 'layouts', 'pause');
  await writeLayout(layout, ctx.store, [{ tag: image.tag, descriptor: image }]);
  await exportDockerArchive(skopeo, layout, image.tag, archive, PAUSE_REF);
}

async function buildRegistryImages(ctx: BuildContext): Promise<TaggedImage[]> {
  const busybox = await buildBusyboxLayer(ctx);
  return [
    ...(await buildAppImages(ctx, busybox)),
    await buildArmOnlyImage(ctx, busybox),
    await buildMultiImage(ctx, busybox),
    await buildBigImage(ctx, busybox),
    await buildStallImage(ctx, busybox),
    await buildSignedImage(ctx, busybox),
  ];
}

// Produces registry/, pause.tar and catalog.json in `outDir`, then the done marker last.
async function buildInto(outDir: string, tools: HostTools, goCacheDir: string): Promise<void> {
  const workDir = path.join(outDir, 'work');
  await mkdir(path.join(workDir, 'scratch'), { recursive: true });
  const ctx: BuildContext = {
    store: new BlobStore(path.join(workDir, 'blobs')),
    scratchDir: path.join(workDir, 'scratch'),
    tools,
  };
  const skopeo = await prepareSkopeo(tools.skopeo, path.join(workDir, 'skopeo'));
  const images = await buildRegistryImages(ctx);
  await seedRegistry(ctx, skopeo, images, path.join(outDir, OUTPUT.registry), workDir);
  await writePauseArchive(ctx, skopeo, workDir, path.join(outDir, OUTPUT.pause), goCacheDir);
  const catalog: ImageCatalog = { repositories: {} };
  for (const image of images) addToCatalog(catalog, image);
  await writeFile(path.join(outDir, OUTPUT.catalog), `${JSON.stringify(catalog, null, 2)}\n`);
  await rm(workDir, { recursive: true, force: true });
  await writeFile(path.join(outDir, DONE_MARKER), `${new Date().toISOString()}\n`);
}

/** Builds (or reuses from `cacheDir`) the test registry storage, pause archive and catalog. */
export async function buildTestImages(cacheDir: string): Promise<TestImages> {
  const tools = await checkHostTools();
  const goVersion = (
    await runCommand(tools.go, ['version'], { env: { GOTOOLCHAIN: 'local' } })
  ).trim();
  const key = await computeCacheKey([`busybox=${await sha256File(tools.busybox)}`, goVersion]);
  const finalDir = path.resolve(cacheDir, `images-${key}`);
  if (await isComplete(finalDir)) return resultFor(finalDir, await loadCatalog(finalDir));
  await mkdir(cacheDir, { recursive: true });
  // Build under a unique hidden name; only a complete build is renamed into place.
  const buildDir = await mkdtemp(path.resolve(cacheDir, `.images-${key}-`));
  await chmod(buildDir, 0o755); // mkdtemp makes it 0700; registries may run as other users
  try {
    // Go's build cache is shared across keys: it is itself content-addressed.
    await buildInto(buildDir, tools, path.resolve(cacheDir, 'go-build'));
    await publish(buildDir, finalDir);
  } finally {
    await rm(buildDir, { recursive: true, force: true });
  }
  return resultFor(finalDir, await loadCatalog(finalDir));
}
