/** The verdict for a whole pod: every container that cannot get its image, plus pod-wide notes. */
import { API_VERSION } from '../api-version.js';
import { parseImageReference } from '../image-reference.js';
import { containerWarnings, diagnoseContainer } from './diagnose-container.js';
import type { ContainerFacts, PodEvidence } from './evidence.js';
import { isAboutContainer } from './backoff.js';
import { analyseScope, isPullFailure } from './scope.js';
import type { CredentialUse, PodDiagnosis } from './verdict.js';
import { auditPullSecrets } from './secret-audit.js';
import { diagnosePulling, pullInFlightOf } from './diagnose-pulling.js';
import { kubeletNodeFields, kubeletNotes } from './kubelet-evidence.js';
import { isHeldByRuntime } from './runtime-down.js';

/** Diagnoses the pod; `nowMs` comes from the caller so this stays pure and testable. */
export function diagnosePod(evidence: PodEvidence, nowMs: number): PodDiagnosis {
  // A Pulling newer than the last Failed is a retry under way: that container is pulling again.
  const inFlight = new Map(
    evidence.pod.containers.flatMap((c) => {
      const own = pullInFlightOf(evidence, c);
      return own ? [[c, own] as const] : [];
    }),
  );
  const nodeFacts = evidence.node?.status === 'found' ? evidence.node.value : undefined;
  const events = evidence.events.status === 'found' ? evidence.events.value : [];
  const failing = evidence.pod.containers.filter(
    (c) =>
      !inFlight.has(c) && (isFailingToPull(c, evidence) || isHeldByRuntime(c, nodeFacts, events)),
  );
  const pulling = [...inFlight].map(([c, own]) => diagnosePulling(evidence, c, own, nowMs));
  const containers = [...failing.map((c) => diagnoseContainer(evidence, c, nowMs)), ...pulling];
  const verdictFor = new Set(containers.map((v) => v.container));
  const warnings = evidence.pod.containers
    .filter((c) => !verdictFor.has(c.name))
    .flatMap((c) => {
      const parsed = parseImageReference(c.image);
      const ids = analyseScope(evidence, c).imageIds;
      // The pod's own build counts too: with one other replica, it may be the one that differs.
      const withOwn = c.imageID && !ids.includes(c.imageID) ? [...ids, c.imageID].sort() : ids;
      return containerWarnings(c, parsed.ok ? parsed.ref : undefined, withOwn);
    });
  const node = evidence.node;
  return {
    apiVersion: API_VERSION,
    kind: 'PodDiagnosis',
    pod: {
      namespace: evidence.pod.namespace,
      name: evidence.pod.name,
      node: evidence.pod.nodeName,
      phase: evidence.pod.phase,
    },
    node:
      node?.status === 'found'
        ? {
            name: node.value.name,
            architecture: node.value.architecture,
            ready: node.value.ready,
            diskPressure: node.value.diskPressure,
            ...kubeletNodeFields(evidence.kubelet),
          }
        : evidence.pod.nodeName
          ? {
              name: evidence.pod.nodeName,
              note:
                node && node.status !== 'missing' && 'message' in node
                  ? `cannot read node: ${node.message}`
                  : 'node not found',
            }
          : undefined,
    // A pull moving at a normal rate is not a problem yet: it is shown, and the pod is healthy.
    healthy: containers.every((c) => c.cause === 'pulling'),
    containers,
    credentials: credentialUses(evidence),
    warnings,
    notes: podNotes(evidence),
  };
}

function podNotes(evidence: PodEvidence): string[] {
  const notes: string[] = [];
  if (evidence.events.status === 'forbidden')
    notes.push(
      `cannot read events (${evidence.events.message}): the verdict rests on the pod status only`,
    );
  if (!evidence.pod.nodeName)
    notes.push('the pod is not scheduled to a node yet: nothing has tried to pull');
  if (evidence.siblings.note) notes.push(evidence.siblings.note);
  notes.push(...kubeletNotes(evidence));
  const unreadable = Object.entries(evidence.secrets)
    .filter(([, s]) => s.status === 'forbidden')
    .map(([n]) => n);
  if (unreadable.length > 0)
    notes.push(
      `cannot read secret${unreadable.length > 1 ? 's' : ''} ${unreadable.join(', ')} (RBAC): the pull-secret audit is incomplete`,
    );
  return notes;
}

function credentialUses(evidence: PodEvidence): CredentialUse[] {
  return evidence.pod.containers.map((c) => {
    const parsed = parseImageReference(c.image);
    const audit = auditPullSecrets(evidence, parsed.ok ? parsed.ref : undefined);
    const used = audit.entries.find((e) => e.status === 'ok');
    return {
      container: c.name,
      image: c.image,
      registry: parsed.ok ? parsed.ref.registry : undefined,
      secret: used?.name,
      via: used?.via,
      key: used?.matchedKey,
      username: used?.username,
    };
  });
}

/**
 * The kubelet records the Failed event before the next status update reaches the API server, so
 * for a moment a container can still say ContainerCreating after its pull failed: a waiting
 * container with a pull failure event counts as failing too.
 */
function isFailingToPull(c: ContainerFacts, evidence: PodEvidence): boolean {
  if (isPullFailure(c)) return true;
  if (!c.waiting || evidence.events.status !== 'found') return false;
  return evidence.events.value.some(
    (e) =>
      e.reason === 'Failed' &&
      /Failed to pull image/.test(e.message) &&
      isAboutContainer(e, c.name),
  );
}
