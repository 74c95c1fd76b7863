/**
 * Reads the image pull events (Pulling, Pulled, Failed) of the pods on one node: what else the
 * node is pulling or has queued, and how long its recent pulls took. Events cannot be selected by
 * node on the server, so each reason is listed once, bounded, and kept when the kubelet of that
 * node reported it.
 */
import type { CoreV1Event, CoreV1EventList } from '@kubernetes/client-node';
import type { Lookup } from '../../shared/diagnosis/evidence.js';
import type { NodePullEvent } from '../../shared/diagnosis/pull-events.js';
import type { ApiConnection } from './connect.js';
import { boundedRead, KUBELET_READ_TIMEOUT_MS } from './read-kubelet.js';
import { toEventFacts } from './to-facts.js';

/** At most this many events of each reason: events live an hour, a busy cluster has thousands. */
export const NODE_PULL_EVENTS_LIMIT = 500;
const REASONS = ['Pulling', 'Pulled', 'Failed'] as const;

/** The node's pods' pull events; never rejects (a refusal is a Lookup). */
export async function readNodePulls(
  conn: ApiConnection,
  node: string,
  timeoutMs = KUBELET_READ_TIMEOUT_MS,
): Promise<Lookup<readonly NodePullEvent[]>> {
  const reads = await Promise.all(
    REASONS.map((reason) =>
      boundedRead(
        conn,
        `list ${reason} events`,
        '/api/v1/events',
        (json) => (json as CoreV1EventList | undefined)?.items,
        timeoutMs,
        {
          fieldSelector: `involvedObject.kind=Pod,reason=${reason}`,
          limit: NODE_PULL_EVENTS_LIMIT,
        },
      ),
    ),
  );
  const refused = reads.find((r) => r.status !== 'found');
  if (refused) return refused;
  const events = reads.flatMap((r) => (r.status === 'found' ? r.value : []));
  return {
    status: 'found',
    value: events.filter((e) => isFromNode(e, node)).flatMap(toNodePullEvent),
  };
}

/** core/v1 events carry the node in source.host; events.k8s.io ones in reportingInstance. */
function isFromNode(e: CoreV1Event, node: string): boolean {
  return (e.source?.host ?? e.reportingInstance) === node;
}

function toNodePullEvent(e: CoreV1Event): NodePullEvent[] {
  if (e.reason === 'Failed' && !e.message?.startsWith('Failed to pull image')) return [];
  const { namespace, name } = e.involvedObject;
  if (!namespace || !name) return [];
  return [{ ...toEventFacts(e), namespace, pod: name }];
}
