/**
 * A node whose container runtime does not answer: nothing is pulled and no sandbox is made, so
 * the pod sits in ContainerCreating with no pull event at all. The kubelet says so in two places:
 * the node's Ready condition ("container runtime is down", "PLEG is not healthy") and the pod's
 * FailedCreatePodSandBox events (the CRI socket refusing the dial).
 */
import { classifyMessage } from '../classify.js';
import type { ContainerFacts, EventFacts, NodeFacts } from './evidence.js';

/**
 * The Ready messages of a kubelet that lost its runtime. "network not ready" is left out on
 * purpose: a CNI problem stops pods, not pulls.
 */
const RUNTIME_DOWN =
  /container runtime is down|PLEG is not healthy|container runtime status check may not have completed|RuntimeReady=false|container runtime not ready/i;

/** The node's NotReady message when it says the runtime is gone. */
export function runtimeDownMessage(node: NodeFacts | undefined): string | undefined {
  if (node?.ready !== false || !node.readyMessage) return undefined;
  return RUNTIME_DOWN.test(node.readyMessage) ? node.readyMessage : undefined;
}

/** The pod's sandbox failures that are the runtime not answering (not CNI, not a bad config). */
export function sandboxRuntimeFailures(events: readonly EventFacts[]): EventFacts[] {
  return events.filter(
    (e) => e.reason === 'FailedCreatePodSandBox' && classifyMessage(e.message).cause === 'runtime',
  );
}

/** A container waiting to be created because the runtime behind it does not answer. */
export function isHeldByRuntime(
  container: ContainerFacts,
  node: NodeFacts | undefined,
  events: readonly EventFacts[],
): boolean {
  if (
    container.waiting?.reason !== 'ContainerCreating' &&
    container.waiting?.reason !== 'PodInitializing'
  )
    return false;
  return runtimeDownMessage(node) !== undefined || sandboxRuntimeFailures(events).length > 0;
}
