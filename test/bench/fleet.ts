/**
 * `diagnose -A --no-registry -o json` over thousands of failing pods on the API server: wall time
 * and peak RSS, median of a few runs. The targets: under 2 s and under 200 MB.
 */
import type { ClusterInfo } from '../cluster/cluster-info.js';
import { adminClient, deleteNamespace, seedFleet, type FleetSpec } from './fleet-seed.js';
import { measureResources, median } from './measure.js';

/** What one fleet measurement found. */
export interface FleetFigures {
  readonly pods: number;
  readonly events: number;
  readonly seedSeconds: number;
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly failingPods: number;
  readonly groups: string;
}

const SPEC: FleetSpec = { namespace: 'bench-fleet', pods: 5000, events: 300, concurrency: 32 };
const RUNS = 3;

/** Seeds the fleet, measures the plugin over it, and deletes it again whatever happens. */
export async function benchFleet(
  info: ClusterInfo,
  bin: string,
  log: (line: string) => void,
): Promise<FleetFigures> {
  const core = adminClient(info.kubeconfig);
  await deleteNamespace(core, SPEC.namespace); // a run killed half-way leaves it behind
  const started = Date.now();
  try {
    log(`seeding ${SPEC.pods} failing pods and ${SPEC.events} events in ${SPEC.namespace}`);
    await seedFleet(core, SPEC);
    const seedSeconds = (Date.now() - started) / 1000;
    log(`seeded in ${seedSeconds.toFixed(1)} s; running diagnose -A ${RUNS} times`);
    const env = { ...process.env, KUBECONFIG: info.kubeconfig, NO_COLOR: '1' };
    const runs = Array.from({ length: RUNS }, () =>
      measureResources(
        { cmd: bin, args: ['diagnose', '-A', '--no-registry', '-o', 'json'], env },
        [0, 1],
      ),
    );
    const fleet = JSON.parse(runs[0]!.stdout) as FleetJson;
    return {
      pods: SPEC.pods,
      events: SPEC.events,
      seedSeconds,
      seconds: median(runs.map((r) => r.seconds)),
      peakRssMb: median(runs.map((r) => r.peakRssMb)),
      failingPods: fleet.failingPods,
      groups: fleet.groups.map((g) => `${g.cause} ${g.pods}`).join(', '),
    };
  } finally {
    log(`deleting namespace ${SPEC.namespace}`);
    await deleteNamespace(core, SPEC.namespace);
  }
}

/** The slice of the fleet JSON the bench reports. */
interface FleetJson {
  failingPods: number;
  groups: { cause: string; pods: number }[];
}
