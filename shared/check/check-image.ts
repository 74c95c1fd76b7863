/**
 * The verdict on one image before deploy: does it exist, what digest it resolves to, do its
 * platforms cover the nodes the pod may land on, which pull secret the kubelet would match, and
 * Docker Hub's headroom. Problems make `check` exit 1; warnings do not.
 */
import type {
  Lookup,
  PodEvidence,
  RegistryFacts,
  SecretFacts,
  ServiceAccountFacts,
} from '../diagnosis/evidence.js';
import { auditPullSecrets } from '../diagnosis/secret-audit.js';
import type { SecretAudit } from '../diagnosis/verdict.js';
import { parseImageReference, type ImageReference } from '../image-reference.js';
import type { CheckTarget, ImageCheck, PlacementNode, PodSpecFacts } from './check-types.js';
import { eligibleNodes, isPlatformOffered, nodePlatform } from './placement.js';

/** Everything known about one container's image. */
export interface ImageCheckInput {
  readonly target: CheckTarget;
  readonly namespace: string;
  readonly container: PodSpecFacts['containers'][number];
  /** The registry's answer from this machine; undefined when it was not asked. */
  readonly registry?: RegistryFacts;
  readonly serviceAccount: Lookup<ServiceAccountFacts>;
  readonly secrets: Readonly<Record<string, Lookup<SecretFacts>>>;
  /** The cluster's nodes; undefined when the cluster was not read. */
  readonly nodes?: readonly PlacementNode[];
}

/** The pull secrets a pod created from this spec gets: its own, then its service account's. */
export function pullSecretNames(spec: PodSpecFacts, sa: Lookup<ServiceAccountFacts>): string[] {
  const fromAccount = sa.status === 'found' ? sa.value.imagePullSecrets : [];
  return [...new Set([...spec.imagePullSecrets, ...fromAccount])];
}

/** Checks one image. */
export function checkImage(input: ImageCheckInput): ImageCheck {
  const base = identityOf(input);
  const parsed = parseImageReference(input.container.image);
  if (!parsed.ok) {
    const problems = [`not a valid image reference: ${parsed.reason}`];
    return {
      ...base,
      exists: 'no',
      credential: { status: 'unchecked' },
      problems,
      warnings: [],
      ok: false,
    };
  }
  const ref = parsed.ref;
  const audit = auditPullSecrets(asEvidence(input), ref);
  const r = input.registry;
  const problems: string[] = [];
  const warnings: string[] = [];
  registryFindings(ref, r, audit, problems);
  secretFindings(audit, r, warnings, input.nodes !== undefined);
  const placement = placementFindings(input, r, problems);
  if (r?.kind === 'exists') warnings.push(...existingImageWarnings(ref, r));
  return {
    ...base,
    exists: r?.kind === 'exists' ? 'yes' : r?.kind === 'not-found' ? 'no' : 'unknown',
    digest: r?.kind === 'exists' ? r.digest : undefined,
    platforms: r?.kind === 'exists' ? r.platforms : undefined,
    nodes: placement,
    credential: credentialOf(audit, input.nodes === undefined),
    rateLimit: rateLimitOf(r),
    problems,
    warnings,
    ok: problems.length === 0,
  };
}

function identityOf(input: ImageCheckInput) {
  return {
    workload: `${input.target.kind.toLowerCase()}/${input.target.name}`,
    namespace: input.namespace,
    source: input.target.source,
    container: input.container.name,
    containerKind: input.container.kind,
    image: input.container.image,
  };
}

/** A mutable tag (with the digest to pin), and little Docker Hub headroom. */
function existingImageWarnings(
  ref: ImageReference,
  r: Extract<RegistryFacts, { kind: 'exists' }>,
): string[] {
  const warnings: string[] = [];
  if (ref.isMutable)
    warnings.push(
      `tag "${ref.tag ?? 'latest'}" is mutable${r.digest ? `: it resolves to ${r.digest} now; pin it as ${ref.registry}/${ref.repository}@${r.digest}` : ''}`,
    );
  const left = Number.parseInt(r.rateLimit?.remaining ?? '', 10);
  if (ref.isDockerHub && Number.isFinite(left) && left < 20)
    warnings.push(
      `Docker Hub: ${left} pulls left (limit ${r.rateLimit?.limit ?? '?'}) for this address; nodes behind one NAT share one quota`,
    );
  return warnings;
}

function credentialOf(audit: SecretAudit, isClusterUnread: boolean): ImageCheck['credential'] {
  const used = audit.entries.find((e) => e.status === 'ok');
  if (used) return { status: 'matched', secret: used.name, via: used.via, key: used.matchedKey };
  return { status: isClusterUnread && audit.entries.length > 0 ? 'unchecked' : 'anonymous' };
}

function rateLimitOf(r: RegistryFacts | undefined): ImageCheck['rateLimit'] {
  if (r?.kind === 'exists') return r.rateLimit;
  if (r?.kind === 'rate-limited' && (r.limit || r.remaining))
    return { limit: r.limit, remaining: r.remaining };
  return undefined;
}

/** The audit works on pod evidence: a pod created from the spec, in the target namespace. */
function asEvidence(input: ImageCheckInput): PodEvidence {
  return {
    pod: {
      namespace: input.namespace,
      name: input.target.name,
      serviceAccountName: input.target.spec.serviceAccountName,
      imagePullSecrets: pullSecretNames(input.target.spec, input.serviceAccount),
      containers: [],
      labels: {},
    },
    events: { status: 'found', value: [] },
    serviceAccount: input.serviceAccount,
    secrets: input.secrets,
    secretsElsewhere: {},
    siblings: { reach: 'none', pods: [] },
    registry: {},
  };
}

function registryFindings(
  ref: ImageReference,
  r: RegistryFacts | undefined,
  audit: SecretAudit,
  problems: string[],
): void {
  if (!r || r.kind === 'exists' || r.kind === 'skipped') return;
  const repo = `${ref.registry}/${ref.repository}`;
  switch (r.kind) {
    case 'not-found': {
      const what =
        r.what === 'repository'
          ? `repository ${repo}`
          : r.what === 'digest' || ref.digest
            ? `digest ${ref.digest} in ${repo}`
            : `tag "${ref.tag ?? 'latest'}" in ${repo}`;
      const near = r.closestTags.length > 0 ? ` (did you mean ${r.closestTags.join(', ')}?)` : '';
      problems.push(`${what} does not exist${near}`);
      return;
    }
    case 'unauthorized': {
      const used = audit.entries.find((e) => e.status === 'ok');
      const nearMiss = audit.entries
        .filter((e) => e.status !== 'ok' && e.note)
        .map((e) => `${e.name}: ${e.note}`);
      problems.push(
        used
          ? `${ref.registry} refuses the credentials of secret ${used.name} (key ${used.matchedKey})`
          : `${ref.registry} wants credentials, and no pull secret the pod would get matches it${nearMiss.length > 0 ? ` (${nearMiss.join('; ')})` : ''}`,
      );
      return;
    }
    case 'rate-limited':
      problems.push(
        `${ref.registry} rate-limits pulls now (remaining ${r.remaining ?? '?'} of ${r.limit ?? '?'})`,
      );
      return;
    case 'unreachable':
      problems.push(
        `${ref.registry} is unreachable from this machine (${r.failure}): ${r.evidence}`,
      );
      return;
    case 'error':
      problems.push(`${ref.registry} answered with an error: ${r.evidence}`);
      return;
  }
}

function secretFindings(
  audit: SecretAudit,
  r: RegistryFacts | undefined,
  warnings: string[],
  isClusterRead: boolean,
): void {
  for (const e of audit.entries) {
    if (e.status === 'ok' || e.status === 'no-matching-entry') continue;
    if (e.status === 'unreadable' && !isClusterRead) continue;
    if (r?.kind === 'unauthorized') continue; // already part of the problem
    warnings.push(`pull secret ${e.name}: ${e.status}${e.note ? ` (${e.note})` : ''}`);
  }
}

function placementFindings(
  input: ImageCheckInput,
  r: RegistryFacts | undefined,
  problems: string[],
): ImageCheck['nodes'] {
  if (!input.nodes) return undefined;
  const eligible = eligibleNodes(input.target.spec, input.nodes);
  if (input.nodes.length > 0 && eligible.length === 0)
    problems.push("no node matches the pod's nodeSelector, required node affinity and tolerations");
  const platforms = r?.kind === 'exists' ? r.platforms : undefined;
  const unsupported = platforms ? eligible.filter((n) => !isPlatformOffered(platforms, n)) : [];
  if (platforms && unsupported.length > 0) {
    const wanted = [...new Set(unsupported.map(nodePlatform))].join(', ');
    problems.push(
      `the image offers ${platforms.join(', ')}, not ${wanted}, the platform of ${unsupported.length === eligible.length ? 'every node' : 'nodes'} it may land on (${unsupported.map((n) => n.name).join(', ')})`,
    );
  }
  return { eligible: eligible.map((n) => n.name), unsupported: unsupported.map((n) => n.name) };
}
