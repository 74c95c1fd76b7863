/**
 * `reproduce` with the probe image cached on the node, against the floor it cannot beat: a bare
 * pod (the busybox-based kip/app image, cached) created, run to completion and deleted on the
 * same node. Also the probe image's size, as shipped (layers compressed) and unpacked.
 */
import { statSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { ClusterInfo } from '../cluster/cluster-info.js';
import { onWorkstation, workstationEnv } from '../cluster/workstation.js';
import { medianWallMs, type CommandLine } from './measure.js';

/** Median wall times and the probe image's size. */
export interface ReproduceFigures {
  readonly reproduceMs: number;
  readonly barePodMs: number;
  readonly imageUnpackedMb: number;
  readonly imageCompressedMb: number;
}

const RUNS = 5;
const IMAGE = 'registry.plain.test/kip/app:v1.4.1';

/** One bare pod's whole life through kubectl: create, wait for completion, delete. */
function barePodScript(node: string): string {
  const overrides = JSON.stringify({
    spec: { nodeName: node, tolerations: [{ operator: 'Exists' }] },
  });
  return [
    `kubectl run bench-bare --image=${IMAGE} --restart=Never --image-pull-policy=IfNotPresent --overrides='${overrides}' >/dev/null`,
    `kubectl wait --for=jsonpath='{.status.phase}'=Succeeded pod/bench-bare --timeout=60s >/dev/null`,
    'kubectl delete pod bench-bare --wait=true >/dev/null',
  ].join(' && ');
}

/** Measures both, interleaved, on the first node. */
export function benchReproduce(
  info: ClusterInfo,
  bin: string,
  probeArchive: string | undefined,
): ReproduceFigures {
  const node = info.nodes[0]!.name;
  const env = { ...process.env, KUBECONFIG: info.kubeconfig, NO_COLOR: '1', ...workstationEnv() };
  const reproduce: CommandLine = {
    ...onWorkstation(bin, [
      'reproduce',
      '--node',
      node,
      '--image',
      IMAGE,
      '--probe-image',
      info.probeImage!,
      '-o',
      'json',
    ]),
    env,
  };
  const bare: CommandLine = { cmd: 'sh', args: ['-c', barePodScript(node)], env };
  const [reproduceMs, barePodMs] = medianWallMs([reproduce, bare], RUNS, [0, 1]);
  const unpacked = probeArchive ? statSync(probeArchive).size : Number.NaN;
  const compressed = probeArchive
    ? gzipSync(readFileSync(probeArchive), { level: 6 }).length
    : Number.NaN;
  return {
    reproduceMs: reproduceMs!,
    barePodMs: barePodMs!,
    imageUnpackedMb: unpacked / 2 ** 20,
    imageCompressedMb: compressed / 2 ** 20,
  };
}
