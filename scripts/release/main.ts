// `npm run release`: the krew release of this version, in dist/release/ (or $KIP_RELEASE_OUT):
//   kubectl-imagepull_v<version>_<os>_<arch>.tar.gz  one per platform (platforms.ts)
//   sha256sums.txt                                  the archives' sha256, as sha256sum prints them
//   krew-manifest.yaml                              the manifest for those archives
//   probe-image/                                    the probe image as an OCI layout, tag v<version>
// and, when writing to dist/release/, the repository's krew-manifest.yaml. Run after `npm run build`
// (the npm script does), on linux/amd64: that is the one platform whose runtime can be built here.
//
// Environment:
//   KIP_RELEASE_OUT          where to write instead of dist/release/ (the repository's manifest is
//                            then left alone)
//   KIP_RELEASE_PROBE_IMAGE  a probe image reference pinned by digest to bake in instead of the one
//                            built here (e.g. a multi-arch index pushed with docker buildx)
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { BlobStore } from '../../test/cluster/images/blob-store.js';
import { writeLayout } from '../../test/cluster/images/oci-layout.js';
import { findExecutable } from '../../test/cluster/images/prerequisites.js';
import { writeProbeImage } from '../../test/cluster/images/probe-image.js';
import { sha256Hex, writeArchive, type ArchiveFile } from './archive.js';
import { renderKrewManifest, type ReleasedArchive } from './krew-manifest.js';
import {
  archiveName,
  BIN,
  MIN_NODE_MAJOR,
  PROBE_REPOSITORY,
  RELEASE_PLATFORMS,
  type ReleasePlatform,
} from './platforms.js';
import { buildSea } from './sea.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const log = (line: string) => process.stderr.write(`[release] ${line}\n`);

/** The completion helper kubectl runs for `kubectl imagepull <TAB>`, shipped when the build has it. */
const COMPLETION = 'kubectl_complete-imagepull';

async function main(): Promise<void> {
  const version = (
    JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { version: string }
  ).version;
  const out = path.resolve(process.env.KIP_RELEASE_OUT || path.join(root, 'dist/release'));
  const bundle = path.join(root, 'dist/probe/kip-probe.cjs');
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run \`npm run build\` first`);
  await rm(out, { recursive: true, force: true });
  const work = path.join(out, '.work');
  await mkdir(work, { recursive: true });
  try {
    const probeImage =
      process.env.KIP_RELEASE_PROBE_IMAGE || (await buildProbe(version, bundle, out, work));
    if (!/@sha256:[0-9a-f]{64}$/.test(probeImage))
      throw new Error(
        `KIP_RELEASE_PROBE_IMAGE must be pinned by digest (…@sha256:<64 hex>), got ${probeImage}`,
      );
    log(`probe image ${probeImage}`);

    // Two builds of the same bundle: with the code-cache loader for `node` to run, and plain
    // for the single executable, which cannot read its script back (scripts/build.mjs).
    const script = path.join(work, 'kubectl-imagepull.js');
    const plainScript = path.join(work, 'kubectl-imagepull-plain.js');
    const seaLoader = path.join(work, 'sea-loader.js');
    for (const [outfile, codeCache] of [
      [script, '1'],
      [plainScript, '0'],
    ] as const)
      await run(process.execPath, [path.join(root, 'scripts/build.mjs')], {
        cwd: root,
        env: {
          ...process.env,
          KIP_BUILD_OUTFILE: outfile,
          KIP_BUILD_PROBE_IMAGE: probeImage,
          KIP_BUILD_CODE_CACHE: codeCache,
          ...(codeCache === '0' ? { KIP_BUILD_SEA_LOADER: seaLoader } : {}),
        },
      });

    const common: ArchiveFile[] = [
      { name: 'LICENSE', from: path.join(root, 'LICENSE'), mode: 0o644 },
    ];
    const completion = path.join(root, 'dist', COMPLETION);
    if (existsSync(completion)) common.push({ name: COMPLETION, from: completion, mode: 0o755 });
    else log(`no dist/${COMPLETION} in this build: archives go without it`);

    const archives: ReleasedArchive[] = [];
    for (const platform of RELEASE_PLATFORMS) {
      const files = [
        ...(await runtimeFiles(platform, { script, plainScript, seaLoader }, work)),
        ...common,
      ];
      const file = path.join(out, archiveName(version, platform));
      await writeArchive(file, files);
      const sha256 = await sha256Hex(file);
      archives.push({
        platform,
        sha256,
        extraFiles: files
          .map((f) => f.name)
          .filter((n) => n !== BIN)
          .sort(),
      });
      log(`${path.basename(file)}  ${mb((await stat(file)).size)}  ${sha256}`);
    }

    const sums = archives
      .map((a) => `${a.sha256}  ${archiveName(version, a.platform)}\n`)
      .sort((x, y) => x.slice(66).localeCompare(y.slice(66)))
      .join('');
    await writeFile(path.join(out, 'sha256sums.txt'), sums);
    const manifest = renderKrewManifest({ version, probeImage, archives });
    await writeFile(path.join(out, 'krew-manifest.yaml'), manifest);
    if (!process.env.KIP_RELEASE_OUT) {
      await writeFile(path.join(root, 'krew-manifest.yaml'), manifest);
      log('wrote krew-manifest.yaml (commit it with the release)');
    }
    log(`done: ${out}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The runtime half of a platform's archive: the SEA, or the launcher and the script. */
async function runtimeFiles(
  platform: ReleasePlatform,
  { script, plainScript, seaLoader }: { script: string; plainScript: string; seaLoader: string },
  work: string,
): Promise<ArchiveFile[]> {
  if (platform.runtime === 'bundled') {
    const host = { linux: 'linux', darwin: 'darwin' }[process.platform as string];
    const arch = { x64: 'amd64', arm64: 'arm64' }[process.arch as string];
    if (host !== platform.os || arch !== platform.arch)
      throw new Error(
        `the ${platform.os}/${platform.arch} archive carries this machine's node binary, and this is ` +
          `${process.platform}/${process.arch}: run the release on ${platform.os}/${platform.arch}`,
      );
    const sea = path.join(work, `sea-${platform.os}-${platform.arch}`, BIN);
    if (!existsSync(sea)) {
      await mkdir(path.dirname(sea), { recursive: true });
      await buildSea(plainScript, sea, process.execPath, seaLoader);
    }
    return [{ name: BIN, from: sea, mode: 0o755 }];
  }
  const launcher = path.join(work, 'launcher', BIN);
  if (!existsSync(launcher)) {
    await mkdir(path.dirname(launcher), { recursive: true });
    const text = await readFile(path.join(import.meta.dirname, 'launcher.sh'), 'utf8');
    await writeFile(launcher, text.replaceAll('@MIN_NODE_MAJOR@', String(MIN_NODE_MAJOR)));
  }
  return [
    { name: BIN, from: launcher, mode: 0o755 },
    { name: `${BIN}.js`, from: script, mode: 0o644 },
  ];
}

/** Builds the probe image as an OCI layout in out/probe-image; returns its pinned reference. */
async function buildProbe(
  version: string,
  bundle: string,
  out: string,
  work: string,
): Promise<string> {
  const tar = await findExecutable('tar');
  if (!tar) throw new Error('tar is missing: install tar (GNU tar)');
  const blobs = path.join(work, 'blobs');
  const scratch = path.join(work, 'scratch');
  await mkdir(scratch, { recursive: true });
  const store = new BlobStore(blobs);
  const manifest = await writeProbeImage(store, scratch, tar, { node: process.execPath, bundle });
  const layout = path.join(out, 'probe-image');
  await writeLayout(layout, store, [{ tag: `v${version}`, descriptor: manifest }]);
  // writeLayout links blobs/ to the store; a release keeps a self-contained layout instead.
  await unlink(path.join(layout, 'blobs'));
  await rename(blobs, path.join(layout, 'blobs'));
  return `${PROBE_REPOSITORY}:v${version}@${manifest.digest}`;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

main().catch((err: unknown) => {
  process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
