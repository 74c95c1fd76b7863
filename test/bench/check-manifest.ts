/**
 * `check -f` of a manifest naming 200 distinct images (#12: figure only): ten Deployments of
 * twenty containers each, a quarter of the images real test images, the rest tags the registry
 * does not have, so the run pays for lookups that answer and for the near-tag search of misses.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ClusterInfo } from '../cluster/cluster-info.js';
import { REGISTRIES } from '../cluster/layout.js';
import { onWorkstation, workstationEnv } from '../cluster/workstation.js';
import { measureResources, median } from './measure.js';

/** Wall time and peak RSS of the check, and what it found. */
export interface CheckFigures {
  readonly images: number;
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly missing: number;
}

const IMAGES = 200;
const PER_DEPLOYMENT = 20;
const RUNS = 3;

/** Writes the manifest, checks it a few times on the workstation, and removes it. */
export async function benchCheckManifest(
  info: ClusterInfo,
  bin: string,
  log: (line: string) => void,
): Promise<CheckFigures> {
  const dir = await mkdtemp(path.join(tmpdir(), 'kip-bench-check-'));
  try {
    const file = path.join(dir, 'manifest.yaml');
    await writeFile(file, manifest(imageRefs(info)));
    log(`check -f of ${IMAGES} images, ${RUNS} runs`);
    const env = { ...process.env, KUBECONFIG: info.kubeconfig, NO_COLOR: '1', ...workstationEnv() };
    const runs = Array.from({ length: RUNS }, () =>
      measureResources({ ...onWorkstation(bin, ['check', '-f', file, '-o', 'json']), env }, [0, 1]),
    );
    const result = JSON.parse(runs[0]!.stdout) as { images: { exists: string }[] };
    if (result.images.length !== IMAGES)
      throw new Error(`check reported ${result.images.length} images, not ${IMAGES}`);
    return {
      images: result.images.length,
      seconds: median(runs.map((r) => r.seconds)),
      peakRssMb: median(runs.map((r) => r.peakRssMb)),
      missing: result.images.filter((i) => i.exists === 'no').length,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** 200 distinct references: every catalogued image on the anonymous registry, then misses. */
function imageRefs(info: ClusterInfo): string[] {
  const plain = REGISTRIES.find((r) => r.id === 'plain')!.host;
  const real = Object.entries(info.catalog.repositories).flatMap(([repo, tags]) =>
    Object.keys(tags).map((tag) => `${plain}/${repo}:${tag}`),
  );
  const refs = real.slice(0, IMAGES / 4);
  for (let i = 0; refs.length < IMAGES; i += 1) refs.push(`${plain}/kip/app:v2.${i}.0`);
  return refs;
}

function manifest(refs: readonly string[]): string {
  const docs: string[] = [];
  for (let d = 0; d * PER_DEPLOYMENT < refs.length; d += 1) {
    const containers = refs
      .slice(d * PER_DEPLOYMENT, (d + 1) * PER_DEPLOYMENT)
      .map((image, c) => `        - name: c${c}\n          image: ${image}`)
      .join('\n');
    docs.push(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: bench-${d}
  namespace: default
spec:
  selector:
    matchLabels: {app: bench-${d}}
  template:
    metadata:
      labels: {app: bench-${d}}
    spec:
      containers:
${containers}
`);
  }
  return docs.join('---\n');
}
