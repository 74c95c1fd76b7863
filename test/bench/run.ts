// `npm run bench`: the built plugin's cold start, `reproduce` against a bare pod, and, on a
// cluster seeded with 50,000 failing pods, one pod's diagnosis (the development bundle and the
// release's linux/amd64 executable) against `kubectl describe`, the
// fleet scan against `kubectl get pods -A -o json`, and `check -f` of 200 images. Prints figures
// only; nothing here fails on a timing. Uses the running test cluster, or starts one (needs root)
// and stops it afterwards.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readClusterInfo, type ClusterInfo } from '../cluster/cluster-info.js';
import { startCluster, stopCluster } from '../cluster/cluster.js';
import { paths } from '../cluster/layout.js';
import { benchColdStart, COLD_START_RUNS } from './cold-start.js';
import { benchCheckManifest } from './check-manifest.js';
import { benchFleet } from './fleet.js';
import { deleteLargeCluster, seedLargeCluster } from './large-cluster.js';
import { benchSinglePod, SINGLE_POD_RUNS } from './single-pod.js';
import { benchReleaseStart } from './sea-start.js';
import { benchReproduce } from './reproduce.js';
import { buildProbeImage } from '../cluster/images/probe-image.js';
import { probeBundlePath } from '../cluster/probe-bundle.js';
import { CACHE_DIR } from '../cluster/layout.js';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { RELEASE_PLATFORMS } from '../../scripts/release/platforms.js';
import {
  buildRelease,
  requireReleaseTools,
  unpackArchive,
} from '../integration/support/release-build.js';

const bin = resolve(import.meta.dirname, '../../dist/kubectl-imagepull');
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

/** One line of the final summary. */
interface Row {
  readonly what: string;
  readonly figure: string;
  readonly note: string;
}

async function main(): Promise<void> {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run \`npm run build\` first`);
  const rows: Row[] = [];

  log(`cold start, median of ${COLD_START_RUNS}, NODE_EXTRA_CA_CERTS unset`);
  const start = benchColdStart(bin);
  rows.push({ what: 'node -e 0', figure: ms(start.nodeMs), note: 'the floor' });
  for (const f of start.figures)
    rows.push({
      what: f.what,
      figure: ms(f.ms),
      // The 1.5x target is #5's, for --help and diagnose --help; the rest are for comparison.
      note: `${f.ratio.toFixed(2)}x node${/ --help$/.test(f.what) ? ' (target < 1.5x)' : ''}`,
    });

  log(`release executable (Node 22 SEA), median of ${COLD_START_RUNS}, NODE_EXTRA_CA_CERTS unset`);
  const release = await benchReleaseStart();
  rows.push({
    what: 'empty SEA (same node binary)',
    figure: ms(release.emptySeaMs),
    note: 'the SEA floor',
  });
  for (const f of release.sea)
    rows.push({
      what: f.what,
      figure: ms(f.ms),
      note: `${f.ratio.toFixed(2)}x empty SEA (target < 1.5x)`,
    });
  for (const f of release.vsNode)
    rows.push({
      what: f.what,
      figure: ms(f.ms),
      note: `${f.ratio.toFixed(2)}x node22 -e 0 (${ms(release.nodeMs)} in this round)`,
    });
  // `--start-only`: the start figures without a cluster (no root, no cluster lock needed).
  if (process.argv.includes('--start-only')) return printTable(rows);

  log('building the release linux/amd64 executable (what ships) for the cluster figures');
  const shipped = await buildShippedAmd64();
  const { info, startedHere } = await useCluster();
  try {
    log(`reproduce vs a bare pod on ${info.nodes[0]!.name}, median of 5`);
    const bundle = await probeBundlePath();
    const archive = bundle ? (await buildProbeImage(CACHE_DIR, bundle)).archive : undefined;
    const repro = benchReproduce(info, bin, archive);
    rows.push(
      {
        what: 'bare pod create -> complete -> delete',
        figure: ms(repro.barePodMs),
        note: 'kubectl, same node, image cached',
      },
      {
        what: 'reproduce --node (probe cached)',
        figure: ms(repro.reproduceMs),
        note: `${(repro.reproduceMs / repro.barePodMs).toFixed(2)}x the bare pod (target < 1.5x)`,
      },
      {
        what: 'probe image size',
        figure: `${repro.imageCompressedMb.toFixed(1)} MB`,
        note: `gzip-compressed; ${repro.imageUnpackedMb.toFixed(1)} MB unpacked`,
      },
    );

    log('seeding the large cluster: 50,000 failing pods in 10 namespaces');
    const large = await seedLargeCluster(info, log);
    const scope = `${large.pods} failing pods, ${large.events} events`;
    rows.push({
      what: 'large cluster: seeding',
      figure: `${large.seedSeconds.toFixed(0)} s`,
      note: scope,
    });
    try {
      const one = await benchSinglePod(info, bin, shipped.bin, log);
      rows.push(
        {
          what: 'kubectl describe pod',
          figure: ms(one.describeMs),
          note: `median of ${SINGLE_POD_RUNS}, workstation, ${large.pods} pods seeded`,
        },
        {
          what: 'diagnose POD --no-registry',
          figure: ms(one.diagnoseNoRegistryMs),
          note: `${(one.diagnoseNoRegistryMs / one.describeMs).toFixed(2)}x describe`,
        },
        {
          what: 'diagnose POD (registry check)',
          figure: ms(one.diagnoseMs),
          note: `${(one.diagnoseMs / one.describeMs).toFixed(2)}x describe (target <= 1x)`,
        },
        {
          what: 'shipped diagnose POD --no-registry',
          figure: ms(one.shipped.diagnoseNoRegistryMs),
          note: `${(one.shipped.diagnoseNoRegistryMs / one.describeMs).toFixed(2)}x describe; release linux/amd64 executable (Node 22)`,
        },
        {
          what: 'shipped diagnose POD (registry)',
          figure: ms(one.shipped.diagnoseMs),
          note: `${(one.shipped.diagnoseMs / one.describeMs).toFixed(2)}x describe (target <= 1x)`,
        },
        {
          what: 'diagnose POD: peak RSS',
          figure: `${one.diagnosePeakRssMb.toFixed(0)} MB`,
          note: 'median of 3 (target < 150 MB)',
        },
      );
      if (one.clean)
        rows.push(
          {
            what: 'describe, no NODE_EXTRA_CA_CERTS',
            figure: ms(one.clean.describeMs),
            note: 'the same pod, the variable unset for both',
          },
          {
            what: 'diagnose --no-registry, same',
            figure: ms(one.clean.diagnoseNoRegistryMs),
            note: `${(one.clean.diagnoseNoRegistryMs / one.clean.describeMs).toFixed(2)}x describe`,
          },
        );
      const fleet = benchFleet(info, bin, log);
      rows.push(
        {
          what: 'kubectl get pods -A -o json',
          figure: `${fleet.kubectlSeconds.toFixed(2)} s`,
          note: `median of 3; peak RSS ${fleet.kubectlPeakRssMb.toFixed(0)} MB`,
        },
        {
          what: 'diagnose -A --no-registry -o json',
          figure: `${fleet.seconds.toFixed(2)} s`,
          note: `${(fleet.seconds / fleet.kubectlSeconds).toFixed(2)}x kubectl (target <= 1x); found ${fleet.failingPods}: ${fleet.groups}`,
        },
        {
          what: 'diagnose -A: peak RSS',
          figure: `${fleet.peakRssMb.toFixed(0)} MB`,
          note: `median of 3 (target < 300 MB); kubectl ${fleet.kubectlPeakRssMb.toFixed(0)} MB`,
        },
      );
      const check = await benchCheckManifest(info, bin, log);
      rows.push({
        what: `check -f (${check.images} images)`,
        figure: `${check.seconds.toFixed(2)} s`,
        note: `median of 3, workstation; ${check.missing} missing; peak RSS ${check.peakRssMb.toFixed(0)} MB`,
      });
    } finally {
      await deleteLargeCluster(info, log);
    }
  } finally {
    if (startedHere) {
      log('stopping the cluster this bench started');
      await stopCluster();
    }
    await rm(shipped.dir, { recursive: true, force: true });
  }
  printTable(rows);
}

/** The release's linux/amd64 executable, built as `npm run release` builds it, in a scratch dir. */
async function buildShippedAmd64(): Promise<{ bin: string; dir: string }> {
  requireReleaseTools();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kip-bench-shipped-'));
  const release = path.join(dir, 'release');
  await buildRelease(release, { KIP_RELEASE_PLATFORMS: 'linux/amd64' });
  const amd64 = RELEASE_PLATFORMS.find((p) => p.os === 'linux' && p.arch === 'amd64')!;
  return { bin: unpackArchive(release, dir, amd64), dir };
}

/** The running cluster, or a new one when none runs (then this bench also stops it). */
async function useCluster(): Promise<{ info: ClusterInfo; startedHere: boolean }> {
  if (existsSync(paths.info)) return { info: await readClusterInfo(), startedHere: false };
  log('no test cluster is running: starting one (needs root)');
  return { info: await startCluster(log), startedHere: true };
}

function printTable(rows: readonly Row[]): void {
  const width = Math.max(...rows.map((r) => r.what.length));
  const figureWidth = Math.max(...rows.map((r) => r.figure.length));
  console.log('');
  for (const r of rows)
    console.log(`${r.what.padEnd(width)}  ${r.figure.padStart(figureWidth)}  ${r.note}`);
}

function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

main().catch((err: unknown) => {
  process.stderr.write(
    `error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
  process.exitCode = 1;
});
