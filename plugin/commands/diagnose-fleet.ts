/**
 * `diagnose` without a pod: scans pods page by page, keeps only the failing ones (small), reads
 * the Failed events of the namespace(s) in pages too, and prints a fleet verdict. Memory stays
 * bounded by the number of failing pods, not the size of the cluster.
 */
import type { CoreV1Event, CoreV1EventList } from '@kubernetes/client-node';
import type { EventFacts, PodFacts } from '../../shared/diagnosis/evidence.js';
import {
  fleetItem,
  memoisedClassifier,
  summariseFleet,
  type FleetItem,
} from '../../shared/diagnosis/fleet.js';
import { isPullFailure, isPullWaitingReason } from '../../shared/diagnosis/scope.js';
import { skewOf, tallyRunning, type SkewTally } from '../../shared/diagnosis/fleet-skew.js';
import { ExitCode, type ExitCodeValue } from '../exit-codes.js';
import { loadReadPath } from '../lazy.js';
import { fleetText } from '../render/fleet-text.js';
import type { ApiConnection } from '../kube/connect.js';
import type { CommandDeps } from './command.js';
import type { DiagnoseOptions } from './diagnose.js';

const MAX_PODS = 200_000;

/** Runs the fleet diagnosis and prints it. */
export async function runFleet(o: DiagnoseOptions, deps: CommandDeps): Promise<ExitCodeValue> {
  const conn = await deps.connectApi(o);
  const { forEachPodPage, toPodFacts } = await loadReadPath();
  const namespace = o.allNamespaces ? undefined : (o.namespace ?? conn.namespace);
  const failing: PodFacts[] = [];
  const skew: SkewTally = new Map();
  let scanned = 0;
  const { truncated } = await listOrFail(conn, () =>
    forEachPodPage(
      conn,
      namespace,
      (pods) => {
        scanned += pods.length;
        for (const pod of pods) {
          if (pod.status?.containerStatuses?.some((c) => c.state?.running && c.imageID))
            tallyRunning(skew, toPodFacts(pod));
          const waiting = [
            ...(pod.status?.containerStatuses ?? []),
            ...(pod.status?.initContainerStatuses ?? []),
          ];
          if (waiting.some((s) => isPullWaitingReason(s.state?.waiting?.reason))) {
            failing.push(toPodFacts(pod));
          }
        }
      },
      { labelSelector: o.selector, maxPods: MAX_PODS },
    ),
  );
  const events =
    failing.length > 0 ? await failedEvents(conn, namespace) : new Map<string, EventFacts[]>();
  const classify = memoisedClassifier();
  const items: FleetItem[] = failing.flatMap((pod) =>
    pod.containers
      .filter(isPullFailure)
      .map((c) => fleetItem(pod, c, events.get(`${pod.namespace}/${pod.name}`) ?? [], classify)),
  );
  const fleet = summariseFleet(
    items,
    {
      namespace,
      selector: o.selector,
      podsScanned: scanned,
      truncated,
    },
    skewOf(skew),
  );
  deps.render.printResult(fleet, o.output, (p) => fleetText(fleet, p));
  return fleet.failingPods > 0 ? ExitCode.pullProblem : ExitCode.ok;
}

async function listOrFail<T>(conn: ApiConnection, list: () => Promise<T>): Promise<T> {
  try {
    return await list();
  } catch (err) {
    const { toUserError } = await loadReadPath();
    throw toUserError(err, 'list pods', conn.server);
  }
}

/** Failed events, paged, indexed by pod. Events are optional evidence: RBAC may refuse them. */
async function failedEvents(
  conn: ApiConnection,
  namespace: string | undefined,
): Promise<Map<string, EventFacts[]>> {
  const { toEventFacts } = await loadReadPath();
  const byPod = new Map<string, EventFacts[]>();
  let token: string | undefined;
  try {
    do {
      const where = namespace
        ? `/api/v1/namespaces/${encodeURIComponent(namespace)}/events`
        : '/api/v1/events';
      const page = await conn.get<CoreV1EventList>('list events', where, {
        fieldSelector: 'involvedObject.kind=Pod,reason=Failed',
        limit: 1000,
        continue: token,
      });
      for (const e of page.items as CoreV1Event[]) {
        const key = `${e.involvedObject.namespace ?? e.metadata.namespace}/${e.involvedObject.name}`;
        byPod.set(key, [...(byPod.get(key) ?? []), toEventFacts(e)]);
      }
      // The wire JSON names it `continue`; client-node's model renames it `_continue`.
      token = (page.metadata as { continue?: string } | undefined)?.continue || undefined;
    } while (token);
  } catch {
    // Without events the waiting messages still carry the runtime's error on current kubelets.
  }
  return byPod;
}
