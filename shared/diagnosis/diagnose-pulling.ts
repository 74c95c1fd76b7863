/**
 * The verdict for a container that waits to start while its image is still being pulled. Such a
 * pod has no Failed event and no pull-failure waiting reason, so without this it would read as
 * "no image pull problem" however long the pull has been running.
 */
import { verdictHead } from './verdict-head.js';
import { parseImageReference } from '../image-reference.js';
import { isAboutContainer } from './backoff.js';
import type { ContainerFacts, EventFacts, PodEvidence } from './evidence.js';
import { buildFixes, reproduceCommand } from './fixes.js';
import { kubeletConfigOf, kubeletLogEvidence, pullMetricsEvidence } from './kubelet-evidence.js';
import { finishedPulls, pullsInFlight, type PullInFlight } from './pull-events.js';
import { judgePull } from './pull-progress.js';
import { analyseScope, sameImageKey } from './scope.js';
import { auditPullSecrets } from './secret-audit.js';
import type { ContainerVerdict } from './verdict.js';

/** Waiting reasons of a container whose image may still be on its way. */
const WAITING_TO_START: ReadonlySet<string> = new Set(['ContainerCreating', 'PodInitializing']);

/** True when the container waits to start (its image may still be being pulled). */
export function isWaitingToStart(container: ContainerFacts): boolean {
  return WAITING_TO_START.has(container.waiting?.reason ?? '');
}

/** This container's pull in flight, when it waits to start and its events show one. */
export function pullInFlightOf(
  evidence: PodEvidence,
  container: ContainerFacts,
): PullInFlight | undefined {
  if (!isWaitingToStart(container)) return undefined;
  const key = sameImageKey(container.image);
  return pullsInFlight(ownEvents(evidence, container)).find((p) => sameImageKey(p.image) === key);
}

/** Diagnoses a container whose pull `own` is in flight. */
export function diagnosePulling(
  evidence: PodEvidence,
  container: ContainerFacts,
  own: PullInFlight,
  nowMs: number,
): ContainerVerdict {
  const parsed = parseImageReference(container.image);
  const ref = parsed.ok ? parsed.ref : undefined;
  const nodeEvents = evidence.nodePulls?.status === 'found' ? evidence.nodePulls.value : [];
  const self = (e: { namespace: string; pod: string }) =>
    e.namespace === evidence.pod.namespace && e.pod === evidence.pod.name;
  const registry = evidence.registry[container.name];
  const judged = judgePull(
    {
      node: evidence.pod.nodeName ?? 'the node',
      own,
      ownEvents: ownEvents(evidence, container),
      others: pullsInFlight(nodeEvents).filter((p) => !self(p) && stillOnNode(evidence, p)),
      finished: finishedPulls(nodeEvents),
      config: kubeletConfigOf(evidence),
      registrySizeBytes: registry?.kind === 'exists' ? registry.sizeBytes : undefined,
    },
    nowMs,
  );
  const secrets = auditPullSecrets(evidence, ref);
  const node = evidence.node?.status === 'found' ? evidence.node.value : undefined;
  const scope = analyseScope(evidence, container);
  const isNodeSide = judged.cause === 'pull-slow' || judged.cause === 'pull-stuck';
  return {
    ...verdictHead({
      evidence,
      container,
      ref,
      registry,
      secrets,
      cause: judged.cause,
      confidence: judged.confidence,
      facts: {},
      detail: judged.summary,
    }),
    // A retry after a credential provider failure: the kubelet's log says why the last one failed.
    evidence: [
      ...judged.evidence,
      ...pullMetricsEvidence(evidence),
      ...kubeletLogEvidence(evidence, container.image, ref?.registry),
    ],
    secrets,
    scope,
    warnings: [],
    fixes: buildFixes({
      cause: judged.cause,
      pod: evidence.pod,
      container,
      ref,
      secrets,
      node,
      registry,
      pull: judged.report,
    }),
    reproduce: isNodeSide ? reproduceCommand({ pod: evidence.pod }) : undefined,
    pull: judged.report,
  };
}

/** The pod's own events about this container, as node pull events of this pod. */
/**
 * Events outlive their pods by an hour: a Pulling event of a pod no longer on the node is no pull
 * in flight. Only a complete list of the node's pods can say a pod is gone.
 */
function stillOnNode(evidence: PodEvidence, p: PullInFlight): boolean {
  if (!evidence.siblings.nodeListed) return true;
  return evidence.siblings.pods.some(
    (s) => s.namespace === p.namespace && s.name === p.pod && s.nodeName === evidence.pod.nodeName,
  );
}

function ownEvents(evidence: PodEvidence, container: ContainerFacts) {
  const events: readonly EventFacts[] =
    evidence.events.status === 'found' ? evidence.events.value : [];
  return events
    .filter((e) => isAboutContainer(e, container.name))
    .map((e) => ({ ...e, namespace: evidence.pod.namespace, pod: evidence.pod.name }));
}
