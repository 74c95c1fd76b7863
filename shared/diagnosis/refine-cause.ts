/**
 * Sharpens the event's cause with the other evidence: the pull secrets say which credential
 * problem it is, the registry's own answer settles Docker Hub's "not found or unauthorized", and
 * the node confirms disk and platform causes.
 */
import { runtimeDownMessage } from './runtime-down.js';
import type { Cause, Confidence } from '../causes.js';
import type { Classification } from '../classify.js';
import type { ImageReferenceResult } from '../image-reference.js';
import type { NodeFacts, RegistryFacts } from './evidence.js';
import type { EvidenceLine, SecretAudit } from './verdict.js';

/** Everything refineCause weighs. */
export interface RefineInput {
  readonly classification: Classification;
  readonly parsed: ImageReferenceResult;
  readonly secrets: SecretAudit;
  readonly registry?: RegistryFacts;
  readonly node?: NodeFacts;
  readonly waitingReason?: string;
}

/** The refined cause, how sure we are, extra evidence lines and a detail for the summary. */
export interface RefinedCause {
  readonly cause: Cause;
  readonly confidence: Confidence;
  readonly evidence: readonly EvidenceLine[];
  readonly detail?: string;
}

/** Applies the refinements in order of how decisive they are. */
export function refineCause(input: RefineInput): RefinedCause {
  if (!input.parsed.ok)
    return {
      cause: 'invalid-reference',
      confidence: 'high',
      evidence: [],
      detail: input.parsed.reason,
    };
  let { cause, confidence } = input.classification;
  if (cause === 'unknown' && input.waitingReason === 'ErrImageNeverPull')
    [cause, confidence] = ['never-pull', 'high'];
  if (cause === 'unknown' && input.waitingReason === 'InvalidImageName')
    [cause, confidence] = ['invalid-reference', 'high'];
  const evidence: EvidenceLine[] = [];
  if (cause === 'unknown' && cancelledByRuntime(input.classification)) {
    [cause, confidence] = ['pull-stuck', 'medium'];
    evidence.push({ source: 'event', text: CANCELLED_READING });
  }
  const fromRegistry = applyRegistry(cause, confidence, input.registry);
  [cause, confidence] = [fromRegistry.cause, fromRegistry.confidence];
  if (fromRegistry.line) evidence.push(fromRegistry.line);
  const fromNode = applyNode(cause, confidence, input.node);
  [cause, confidence] = [fromNode.cause, fromNode.confidence];
  evidence.push(...fromNode.lines);
  // A pull secret that does not decode stops the kubelet before it even tries the registry.
  if (cause === 'unknown' && input.secrets.entries.some((e) => e.status === 'undecodable')) {
    [cause, confidence] = ['auth', 'high'];
  }
  // A referenced secret that does not exist is the root cause of the 401 that follows it.
  if (
    ['auth', 'auth-or-not-found', 'unknown'].includes(cause) &&
    input.secrets.entries.some((e) => e.status === 'missing')
  ) {
    [cause, confidence] = ['secret-missing', 'high'];
  }
  const credential = ['auth', 'auth-or-not-found', 'secret-missing', 'not-found'].includes(cause);
  // Secret findings are evidence for credential causes; for a missing tag they would be noise.
  if (credential && cause !== 'not-found') evidence.push(...secretLines(input.secrets));
  return {
    cause,
    confidence,
    evidence,
    detail: credential ? secretDetail(input.secrets, cause) : undefined,
  };
}

/** The rules that match a bare deadline or cancellation, the text naming no culprit. */
const UNATTRIBUTED = new Set(['timeout-unattributed', 'rpc-timeout-unattributed']);

const CANCELLED_READING =
  "the runtime cancelled the pull (context canceled) while the pod still waits for it: the kubelet sets no deadline on pulls, so this is the runtime's no-progress timeout (containerd image_pull_progress_timeout, CRI-O pull_progress_timeout) ending a download that stopped moving, or the runtime restarting";

/**
 * A pull the runtime cancelled, seen in a live pod's event. From the text alone it is unknown
 * (classify.ts: who cancelled is not said); in a pod that still waits for the image, nothing but
 * the runtime cancels a pull, and its no-progress timeout is by far the usual reason.
 */
function cancelledByRuntime(c: Classification): boolean {
  return UNATTRIBUTED.has(c.rule) && c.evidence.some((e) => /canceled|code = Canceled/i.test(e));
}

function applyRegistry(
  cause: Cause,
  confidence: Confidence,
  registry?: RegistryFacts,
): { cause: Cause; confidence: Confidence; line?: EvidenceLine } {
  if (!registry || registry.kind === 'skipped') return { cause, confidence };
  const line = (text: string): EvidenceLine => ({
    source: 'registry',
    text: `seen from this machine: ${text}`,
  });
  switch (registry.kind) {
    case 'not-found':
      if (cause === 'not-found')
        return { cause, confidence: 'high', line: line(registry.evidence) };
      if (cause === 'auth-or-not-found' || cause === 'unknown')
        return { cause: 'not-found', confidence: 'medium', line: line(registry.evidence) };
      return { cause, confidence, line: line(registry.evidence) };
    case 'unauthorized':
      if (cause === 'auth-or-not-found' || cause === 'unknown')
        return { cause: 'auth', confidence: 'medium', line: line(registry.evidence) };
      if (cause === 'auth') return { cause, confidence: 'high', line: line(registry.evidence) };
      return { cause, confidence, line: line(registry.evidence) };
    case 'rate-limited':
      if (cause === 'unknown')
        return { cause: 'rate-limit', confidence: 'medium', line: line(registry.evidence) };
      return {
        cause,
        confidence: cause === 'rate-limit' ? 'high' : confidence,
        line: line(registry.evidence),
      };
    case 'exists':
      // The registry serves the image to these credentials from here: a tag or auth verdict from
      // the node's events is then about what the node sees (mirror, other credentials).
      if (cause === 'not-found' || cause === 'auth')
        return {
          cause,
          confidence: 'medium',
          line: line('the image exists and these credentials can read it'),
        };
      return {
        cause,
        confidence,
        line: line(
          `the image exists${registry.platforms ? ` (platforms: ${registry.platforms.join(', ')})` : ''}`,
        ),
      };
    default:
      return { cause, confidence, line: line(registry.evidence) };
  }
}

function applyNode(
  cause: Cause,
  confidence: Confidence,
  node?: NodeFacts,
): { cause: Cause; confidence: Confidence; lines: EvidenceLine[] } {
  const lines: EvidenceLine[] = [];
  if (!node) return { cause, confidence, lines };
  if (node.diskPressure) {
    lines.push({ source: 'node', text: `node ${node.name} has condition DiskPressure=True` });
    if (cause === 'disk') confidence = 'high';
    else if (cause === 'unknown') [cause, confidence] = ['disk', 'low'];
  }
  if (node.ready === false)
    lines.push({
      source: 'node',
      text: `node ${node.name} is NotReady${node.readyMessage ? `: ${node.readyMessage}` : ''}`,
    });
  // The kubelet's own word that its runtime is gone outweighs wording that only hints at it.
  if (runtimeDownMessage(node) !== undefined) {
    if (cause === 'runtime') confidence = 'high';
    else if (cause === 'unknown') [cause, confidence] = ['runtime', 'medium'];
  }
  if (cause === 'platform' && node.architecture)
    lines.push({
      source: 'node',
      text: `node ${node.name} is ${node.os ?? 'linux'}/${node.architecture}`,
    });
  return { cause, confidence, lines };
}

function secretLines(secrets: SecretAudit): EvidenceLine[] {
  const lines: EvidenceLine[] = secrets.entries
    .filter((e) => e.status !== 'ok' || e.note)
    .map((e) => ({
      source: 'secret' as const,
      text: `${e.name} (${e.via}): ${e.status}${e.note ? ` — ${e.note}` : ''}`,
    }));
  for (const note of secrets.notes) lines.push({ source: 'service-account', text: note });
  return lines;
}

function secretDetail(secrets: SecretAudit, cause: Cause): string {
  if (secrets.entries.length === 0) return 'the pod has no pull secret';
  // A secret-missing verdict must name the secret that is missing, whatever else the pod lists.
  const missing =
    cause === 'secret-missing' ? secrets.entries.find((e) => e.status === 'missing') : undefined;
  if (secrets.hasMatchingCredential && !missing) {
    const ok = secrets.entries.find((e) => e.status === 'ok');
    return `secret ${ok?.name} has credentials for ${ok?.matchedKey}, and the registry rejects them`;
  }
  const first = missing ?? secrets.entries[0]!;
  return `secret ${first.name}: ${first.status}${first.note ? ` (${first.note})` : ''}`;
}
