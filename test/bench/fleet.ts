/**
 * `diagnose -A --no-registry -o json` over the large cluster (50,000 failing pods) against
 * `kubectl get pods -A -o json` over the same pods: wall time and peak RSS, median of a few
 * interleaved runs. #12's targets: no slower than kubectl, under 300 MB.
 */
import type { ClusterInfo } from '../cluster/cluster-info.js';
import { measureResources, median, type CommandLine, type ResourceUse } from './measure.js';

/** What one fleet measurement found. */
export interface FleetFigures {
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly kubectlSeconds: number;
  readonly kubectlPeakRssMb: number;
  readonly failingPods: number;
  readonly groups: string;
}

const RUNS = 3;

/** Measures the plugin and kubectl over the pods already seeded (see large-cluster.ts). */
export function benchFleet(
  info: ClusterInfo,
  bin: string,
  log: (line: string) => void,
): FleetFigures {
  const env = { ...process.env, KUBECONFIG: info.kubeconfig, NO_COLOR: '1' };
  const plugin: CommandLine = {
    cmd: bin,
    args: ['diagnose', '-A', '--no-registry', '-o', 'json'],
    env,
  };
  const kubectl: CommandLine = { cmd: 'kubectl', args: ['get', 'pods', '-A', '-o', 'json'], env };
  log(`diagnose -A and kubectl get pods -A -o json, ${RUNS} runs each, interleaved`);
  const ours: ResourceUse[] = [];
  const theirs: ResourceUse[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    ours.push(measureResources(plugin, [0, 1]));
    theirs.push(measureResources(kubectl));
  }
  const fleet = JSON.parse(ours[0]!.stdout) as FleetJson;
  return {
    seconds: median(ours.map((r) => r.seconds)),
    peakRssMb: median(ours.map((r) => r.peakRssMb)),
    kubectlSeconds: median(theirs.map((r) => r.seconds)),
    kubectlPeakRssMb: median(theirs.map((r) => r.peakRssMb)),
    failingPods: fleet.failingPods,
    groups: fleet.groups.map((g) => `${g.cause} ${g.pods}`).join(', '),
  };
}

/** The slice of the fleet JSON the bench reports. */
interface FleetJson {
  failingPods: number;
  groups: { cause: string; pods: number }[];
}
