/**
 * The first fields of every container verdict, whichever path judged it (a failed pull, a pull
 * still in flight): which container and image, the cause and how sure, and the one sentence.
 */
import type { Cause, Confidence } from '../causes.js';
import type { ClassificationFacts } from '../classify.js';
import type { ImageReference } from '../image-reference.js';
import type { ContainerFacts, PodEvidence, RegistryFacts } from './evidence.js';
import { summarise } from './summary.js';
import type { ContainerVerdict, SecretAudit } from './verdict.js';

/** What the head is made of. */
export interface VerdictHeadInput {
  readonly evidence: PodEvidence;
  readonly container: ContainerFacts;
  readonly ref: ImageReference | undefined;
  readonly registry: RegistryFacts | undefined;
  readonly secrets: SecretAudit;
  readonly cause: Cause;
  readonly confidence: Confidence;
  readonly facts: ClassificationFacts;
  readonly detail: string | undefined;
}

/** The container, its image and registry, the cause, its confidence and the summary. */
export function verdictHead(
  h: VerdictHeadInput,
): Pick<
  ContainerVerdict,
  'container' | 'kind' | 'image' | 'registry' | 'waitingReason' | 'cause' | 'confidence' | 'summary'
> {
  const node = h.evidence.node?.status === 'found' ? h.evidence.node.value : undefined;
  return {
    container: h.container.name,
    kind: h.container.kind,
    image: h.container.image,
    registry: h.ref?.registry,
    waitingReason: h.container.waiting?.reason,
    cause: h.cause,
    confidence: h.confidence,
    summary: summarise(h.cause, {
      ref: h.ref,
      image: h.container.image,
      node,
      nodeName: h.evidence.pod.nodeName,
      secrets: h.secrets,
      registry: h.registry,
      facts: h.facts,
      detail: h.detail,
    }),
  };
}
