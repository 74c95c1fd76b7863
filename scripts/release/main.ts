// `npm run release`: the krew release of this version, in dist/release/ (or $KIP_RELEASE_OUT):
//   kubectl-imagepull_v<version>_<os>_<arch>.tar.gz  linux and darwin, amd64 and arm64
//   kubectl-imagepull_v<version>_windows_<arch>.zip  windows, amd64 and arm64
//   sha256sums.txt                                  the archives' sha256, as sha256sum prints them
//   krew-manifest.yaml                              the manifest for those archives
//   probe-image/                                    the probe image as an OCI layout, tag v<version>
// and, when writing to dist/release/, the repository's krew-manifest.yaml. Run after `npm run build`
// (the npm script does), on linux/amd64. Each archive holds one executable made from the pinned
// Node.js of its platform (runtimes.ts, sea.ts), Node.js's LICENSE and the plugin's.
//
// Environment:
//   KIP_RELEASE_OUT          where to write instead of dist/release/ (the repository's manifest is
//                            then left alone)
//   KIP_RELEASE_PROBE_IMAGE  a probe image reference pinned by digest to bake in instead of the one
//                            built here (e.g. a multi-arch index pushed with docker buildx)
//   KIP_CACHE                where the pinned runtimes and tools are cached (/var/cache/kubectl-imagepull)
//   KIP_RELEASE_PLATFORMS    only these platforms, e.g. linux/amd64,linux/arm64 (the end-to-end tier
//                            builds what it runs this way); the manifest then lists only them
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { BlobStore } from '../../test/cluster/images/blob-store.js';
import { writeLayout } from '../../test/cluster/images/oci-layout.js';
import { findExecutable } from '../../test/cluster/images/prerequisites.js';
import { writeProbeImage } from '../../test/cluster/images/probe-image.js';
import { sha256Hex, writeArchive, writeZip, type ArchiveFile } from './archive.js';
import { renderKrewManifest, type ReleasedArchive } from './krew-manifest.js';
import {
  archiveFormat,
  archiveName,
  binName,
  PROBE_REPOSITORY,
  RELEASE_PLATFORMS,
  type ReleasePlatform,
} from './platforms.js';
import { ensureRcodesign } from './rcodesign.js';
import { checkPins } from './registry-check.js';
import { nodeLicense } from './runtime-fetch.js';
import { buildExecutable, buildSeaBlob } from './sea.js';
import { inParallel, verifiedRuntimes } from './verified-runtimes.js';

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
    await checkPins(log);
    const probeImage =
      process.env.KIP_RELEASE_PROBE_IMAGE || (await buildProbe(version, bundle, out, work));
    if (!/@sha256:[0-9a-f]{64}$/.test(probeImage))
      throw new Error(
        `KIP_RELEASE_PROBE_IMAGE must be pinned by digest (…@sha256:<64 hex>), got ${probeImage}`,
      );
    log(`probe image ${probeImage}`);

    // The plain bundle goes into the executables as an asset, behind the SEA loader.
    const plainScript = path.join(work, 'kubectl-imagepull-plain.js');
    const seaLoader = path.join(work, 'sea-loader.js');
    await run(process.execPath, [path.join(root, 'scripts/build.mjs')], {
      cwd: root,
      env: {
        ...process.env,
        KIP_BUILD_OUTFILE: plainScript,
        KIP_BUILD_PROBE_IMAGE: probeImage,
        KIP_BUILD_CODE_CACHE: '0',
        KIP_BUILD_SEA_LOADER: seaLoader,
      },
    });

    const runtimes = await verifiedRuntimes(log);
    const rcodesign = await ensureRcodesign(log);
    const blob = path.join(work, 'sea.blob');
    await buildSeaBlob(runtimes.get('linux-x64')!.binary, seaLoader, plainScript, blob);
    const nodeLicenseFile = path.join(work, 'LICENSE-nodejs');
    await writeFile(nodeLicenseFile, await nodeLicense(runtimes.get('linux-x64')!));

    const common: ArchiveFile[] = [
      { name: 'LICENSE', from: path.join(root, 'LICENSE'), mode: 0o644 },
      { name: 'LICENSE-nodejs', from: nodeLicenseFile, mode: 0o644 },
    ];
    // kubectl's completion helper is a sh script: of use on linux and darwin only.
    const completion = path.join(root, 'dist', COMPLETION);
    const unixOnly: ArchiveFile[] = existsSync(completion)
      ? [{ name: COMPLETION, from: completion, mode: 0o755 }]
      : [];
    if (unixOnly.length === 0) log(`no dist/${COMPLETION} in this build: archives go without it`);

    const archives = await inParallel(chosenPlatforms(), async (platform) => {
      const exe = path.join(work, `${platform.os}-${platform.arch}`, binName(platform));
      await mkdir(path.dirname(exe), { recursive: true });
      await buildExecutable(platform, runtimes.get(platform.runtime)!.binary, blob, exe, {
        rcodesign,
      });
      const files = [
        { name: binName(platform), from: exe, mode: 0o755 },
        ...common,
        ...(platform.os === 'windows' ? [] : unixOnly),
      ];
      const file = path.join(out, archiveName(version, platform));
      await (archiveFormat(platform) === 'zip' ? writeZip : writeArchive)(file, files);
      await rm(exe);
      const sha256 = await sha256Hex(file);
      log(`${path.basename(file)}  ${mb((await stat(file)).size)}  ${sha256}`);
      return {
        platform,
        sha256,
        extraFiles: files
          .map((f) => f.name)
          .filter((n) => n !== binName(platform))
          .sort(),
      } satisfies ReleasedArchive;
    });

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

/** RELEASE_PLATFORMS, or those KIP_RELEASE_PLATFORMS names (an unknown name is an error). */
function chosenPlatforms(): readonly ReleasePlatform[] {
  const wanted = process.env.KIP_RELEASE_PLATFORMS?.split(',')
    .map((w) => w.trim())
    .filter(Boolean);
  if (!wanted?.length) return RELEASE_PLATFORMS;
  const known = new Map(RELEASE_PLATFORMS.map((p) => [`${p.os}/${p.arch}`, p]));
  return wanted.map((w) => {
    const p = known.get(w);
    if (!p)
      throw new Error(
        `KIP_RELEASE_PLATFORMS names ${w}, which is not a release platform (${[...known.keys()].join(', ')})`,
      );
    return p;
  });
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

main().catch((err: unknown) => {
  process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
