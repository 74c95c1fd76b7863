/**
 * The verdict engine for one container: the kubelet's words name a cause; the pull secrets, the
 * registry's own answer, the node and the scope confirm it, sharpen it, or overrule a guess.
 */
import { verdictHead } from './verdict-head.js';
import type { Cause } from '../causes.js';
import { parseImageReference, type ImageReference } from '../image-reference.js';
import { backoffFromEvents } from './backoff.js';
import type { ContainerFacts, PodEvidence } from './evidence.js';
import { buildFixes, reproduceCommand } from './fixes.js';
import { pickClassification } from './pick-classification.js';
import { analyseScope } from './scope.js';
import { auditPullSecrets } from './secret-audit.js';
import { refineCause } from './refine-cause.js';
import { describeRegistryCheck } from './registry-check.js';
import { diskEvidence, kubeletLogEvidence } from './kubelet-evidence.js';
import { presentUnverified } from './present-unverified.js';
import type { ContainerVerdict, EvidenceLine, ScopeReport } from './verdict.js';

/** Causes only the node itself can confirm: suggest `reproduce` for them. */
const NODE_SIDE: ReadonlySet<Cause> = new Set([
  'dns',
  'network',
  'tls',
  'disk',
  'runtime',
  'unknown',
  'kubelet-throttle',
]);

/** Diagnoses one container that cannot get its image. */
export function diagnoseContainer(
  evidence: PodEvidence,
  container: ContainerFacts,
  nowMs: number,
): ContainerVerdict {
  const parsed = parseImageReference(container.image);
  const ref = parsed.ok ? parsed.ref : undefined;
  const events = evidence.events.status === 'found' ? evidence.events.value : [];
  const picked = pickClassification(container, events);
  const secrets = auditPullSecrets(evidence, ref);
  const node = evidence.node?.status === 'found' ? evidence.node.value : undefined;
  const registry = evidence.registry[container.name];
  const refined = refineCause({
    classification: picked.classification,
    parsed,
    secrets,
    registry,
    node,
    waitingReason: container.waiting?.reason,
  });
  const scope = analyseScope(evidence, container);
  const lines: EvidenceLine[] = [...picked.evidence, ...refined.evidence];
  if (refined.cause === 'disk') lines.push(...diskEvidence(evidence));
  lines.push(...kubeletLogEvidence(evidence, container.image, ref?.registry));
  const unverified = presentUnverified(evidence, container, refined.cause);
  if (unverified) lines.push(...unverified.evidence);
  if (!parsed.ok)
    lines.unshift({ source: 'reference', text: `${container.image}: ${parsed.reason}` });
  const platforms = registry?.kind === 'exists' ? registry.platforms : undefined;
  // A never-pull fix would say the image is absent; for a copy the pod may not use, the KEP-2535
  // fixes replace it.
  const fixes = [
    ...(unverified && refined.cause === 'never-pull'
      ? []
      : buildFixes({
          cause: refined.cause,
          pod: evidence.pod,
          container,
          ref,
          secrets,
          node,
          registry,
          platforms,
          invalidReason: parsed.ok ? undefined : parsed.reason,
        })),
    ...(unverified?.fixes ?? []),
  ];
  const credentialScope =
    CREDENTIAL_CAUSES.has(refined.cause) && scope.otherImagesFailingOnNode.length === 0;
  const nodeSpecific = credentialScope
    ? false
    : scope.sameImageRunning.length > 0 || scope.otherImagesFailingOnNode.length > 0;
  return {
    ...verdictHead({
      evidence,
      container,
      ref,
      registry,
      secrets,
      cause: refined.cause,
      confidence: refined.confidence,
      facts: picked.classification.facts,
      detail: unverified?.detail ?? refined.detail,
    }),
    evidence: dedupe(lines),
    secrets,
    scope: credentialScope ? credentialsNotNode(scope) : scope,
    backoff: backoffFromEvents(events, container.name, nowMs),
    registryCheck: registry ? describeRegistryCheck(registry) : undefined,
    warnings: containerWarnings(container, ref, scope.imageIds),
    fixes,
    reproduce:
      NODE_SIDE.has(refined.cause) || nodeSpecific
        ? reproduceCommand({ pod: evidence.pod })
        : undefined,
  };
}

/** Causes where the pod's own credentials are the difference, whatever node it is on. */
const CREDENTIAL_CAUSES: ReadonlySet<string> = new Set([
  'auth',
  'auth-or-not-found',
  'secret-missing',
]);

/**
 * Other pods running the same image pull with credentials of their own (or the node has it
 * cached from them): the node is not the difference, so the scope must not send the user there.
 */
function credentialsNotNode(scope: ScopeReport): ScopeReport {
  if (scope.sameImageRunning.length === 0) return scope;
  const n = scope.sameImageRunning.length;
  return {
    ...scope,
    summary: `the same image runs in ${n} other pod${n === 1 ? '' : 's'} (${scope.sameImageRunning.slice(0, 3).join(', ')}): they get credentials this pod does not, so the node is not the difference`,
  };
}

/** Pull-related warnings that hold whether or not the container is failing today. */
export function containerWarnings(
  container: ContainerFacts,
  ref: ImageReference | undefined,
  imageIds: readonly string[],
): string[] {
  const warnings: string[] = [];
  const policy =
    container.imagePullPolicy ?? (ref?.tag === 'latest' && !ref.digest ? 'Always' : 'IfNotPresent');
  if (ref?.isMutable && policy === 'IfNotPresent') {
    warnings.push(
      `${container.name}: imagePullPolicy IfNotPresent with mutable tag ${ref.tag}: nodes that cached an older build keep running it; pin a digest (${ref.registry}/${ref.repository}@sha256:...)`,
    );
  }
  if (imageIds.length > 1) {
    warnings.push(
      `${container.name}: ${container.image} resolves to ${imageIds.length} different images across running pods (${imageIds.map(shortId).join(', ')}): the tag moved and nodes differ`,
    );
  }
  return warnings;
}

function shortId(id: string): string {
  const digest = id.split('@').pop() ?? id;
  return digest.replace(/^(sha256:[0-9a-f]{12}).*$/, '$1');
}

function dedupe(lines: EvidenceLine[]): EvidenceLine[] {
  const seen = new Set<string>();
  return lines.filter((l) => (seen.has(l.text) ? false : (seen.add(l.text), true)));
}
