/** The one line that names what is wrong, in the user's terms (image, host, node, secret). */
import type { Cause } from '../causes.js';
import type { ClassificationFacts } from '../classify.js';
import type { ImageReference } from '../image-reference.js';
import type { NodeFacts, RegistryFacts } from './evidence.js';
import type { SecretAudit } from './verdict.js';

/** What the summary may mention. */
export interface SummaryInput {
  readonly ref?: ImageReference;
  readonly image: string;
  readonly node?: NodeFacts;
  /** The pod's node name, for when the node object itself cannot be read. */
  readonly nodeName?: string;
  readonly secrets: SecretAudit;
  readonly registry?: RegistryFacts;
  readonly facts: ClassificationFacts;
  readonly detail?: string;
}

/** One sentence for the cause. */
export function summarise(cause: Cause, s: SummaryInput): string {
  const host = s.ref?.registry ?? s.facts.host ?? 'the registry';
  const node = s.node?.name ?? s.nodeName ?? 'the node';
  const tagged = s.ref
    ? `${s.ref.repository}${s.ref.tag ? `:${s.ref.tag}` : ''}${s.ref.digest ? `@${s.ref.digest}` : ''}`
    : s.image;
  const closest =
    s.registry?.kind === 'not-found' && s.registry.closestTags.length > 0
      ? ` (did you mean ${s.registry.closestTags[0]}?)`
      : '';
  const lines: Record<Cause, string> = {
    'not-found': s.ref?.digest
      ? `digest ${s.ref.digest} of ${s.ref.repository} does not exist in ${host}`
      : `${tagged} does not exist in ${host}${closest}`,
    auth: `${host} refused the pull: ${s.detail ?? 'credentials missing or rejected'}`,
    'auth-or-not-found': `${host} says the repository does not exist or needs credentials; it does not say which (${s.detail ?? 'check the name and the pull secret'})`,
    'rate-limit': `${host} is rate-limiting pulls (429 toomanyrequests)`,
    dns: `${node} cannot resolve ${s.facts.host ?? host}${s.facts.resolver ? ` through its resolver ${s.facts.resolver}` : ''}`,
    network: `${node} cannot reach ${s.facts.address ?? host}${s.facts.detail ? ` (${s.facts.detail})` : ''}`,
    tls: `${node} does not trust ${host}'s TLS certificate${s.facts.detail ? ` (${s.facts.detail})` : ''}`,
    platform: `${tagged} has no image for ${s.node?.os ?? 'linux'}/${s.node?.architecture ?? "this node's architecture"}`,
    disk: `${node} has no space left for the image`,
    'invalid-reference': `the image reference "${s.image}" is not valid${s.detail ? `: ${s.detail}` : ''}`,
    'never-pull': s.detail ?? `imagePullPolicy is Never and ${s.image} is not on ${node}`,
    'secret-missing': `a referenced pull secret does not exist in the pod's namespace${s.detail ? ` (${s.detail})` : ''}`,
    policy: `the runtime's image policy rejected ${s.image}`,
    'kubelet-throttle': `the kubelet on ${node} throttled its own pulls (pull QPS exceeded)`,
    'registry-error': `${host} answered with a server error`,
    runtime: `the container runtime on ${node} is not answering`,
    // The pull-progress verdict writes its own sentence (elapsed time, the pull ahead, the rate).
    pulling: s.detail ?? `${node} is still pulling ${s.image}`,
    'pull-queued': s.detail ?? `the pull of ${s.image} waits behind another pull on ${node}`,
    'pull-slow': s.detail ?? `${node} is pulling ${s.image} more slowly than expected`,
    'pull-stuck': s.detail ?? `the pull of ${s.image} on ${node} is making no progress`,
    unknown: `the pull failed, but the events do not say why`,
  };
  return lines[cause];
}
