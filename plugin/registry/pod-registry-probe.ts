/**
 * Asks the registry about a pod's image the way the kubelet would, but from this machine: with
 * the pod's own matching pull-secret credentials. The answer is evidence for the verdict, and is
 * always labelled as seen from here (the node's network, resolver and trust may differ).
 */
import type {
  Lookup,
  PodFacts,
  RegistryFacts,
  SecretFacts,
} from '../../shared/diagnosis/evidence.js';
import { parseImageReference, type ImageReference } from '../../shared/image-reference.js';
import { lookupCredentials } from '../../shared/pull-secrets.js';
import { closestTags } from '../../shared/closest-tags.js';
import type { Env } from '../render/colour.js';
import type { RegistryProbe } from '../kube/gather-pod.js';
import { NodeHttpTransport } from './node-transport.js';
import { RegistryClient } from './registry-client.js';
import type { HttpEvidence, ManifestCheck, RateLimitInfo, RegistryCredentials } from './types.js';

/** Builds the probe `diagnose` uses; one client per image, with per-request timeouts. */
export function podRegistryProbe(timeoutMs: number, env: Env): RegistryProbe {
  return async (pod, containerName, secrets, sizeFor) => {
    const container = pod.containers.find((c) => c.name === containerName);
    const parsed = container ? parseImageReference(container.image) : undefined;
    if (!parsed?.ok) return undefined;
    const credentials = credentialsFor(pod, secrets, parsed.ref);
    const transport = new NodeHttpTransport({
      env: env as NodeJS.ProcessEnv,
      connectTimeoutMs: timeoutMs,
    });
    const client = new RegistryClient(transport, { credentials, timeoutMs });
    const answer = await askRegistry(client, parsed.ref, credentials !== undefined);
    if (!sizeFor || answer.kind !== 'exists') return answer;
    const sizeBytes = await client.imageSize(targetOf(parsed.ref), sizeFor);
    return sizeBytes === undefined ? answer : { ...answer, sizeBytes };
  };
}

/** The first credential, in the pod's secret order, that the kubelet would use for this image. */
function credentialsFor(
  pod: PodFacts,
  secrets: Readonly<Record<string, Lookup<SecretFacts>>>,
  ref: ImageReference,
): RegistryCredentials | undefined {
  for (const name of pod.imagePullSecrets) {
    const s = secrets[name];
    if (s?.status !== 'found' || !s.value.decoded.ok) continue;
    // The kubelet sends username and password only (its keyring has no identity-token field), so
    // the check from here uses exactly that, or it could succeed where the node cannot.
    const match = lookupCredentials(s.value.decoded.credentials, ref).matches[0];
    if (match) return { username: match.credential.username, password: match.credential.password };
  }
  return undefined;
}

function targetOf(ref: ImageReference): {
  registry: string;
  repository: string;
  reference: string;
} {
  return {
    registry: ref.registry,
    repository: ref.repository,
    reference: ref.digest ?? ref.tag ?? 'latest',
  };
}

async function askRegistry(
  client: RegistryClient,
  ref: ImageReference,
  withCredentials: boolean,
): Promise<RegistryFacts> {
  const target = targetOf(ref);
  const check = await client.checkManifest(target);
  if (check.kind === 'exists') {
    const platforms = await client.platformsOf(target);
    return {
      kind: 'exists',
      digest: check.digest,
      ...(check.rateLimit ? { rateLimit: rateLimitWords(check.rateLimit) } : {}),
      platforms:
        platforms.kind === 'platforms'
          ? platforms.platforms.map((p) =>
              [p.os, p.architecture, p.variant].filter(Boolean).join('/'),
            )
          : undefined,
    };
  }
  if (check.kind === 'not-found') {
    // A reference pinned by digest names a manifest, not a tag: say which one is missing.
    const what =
      check.missing === 'repository'
        ? 'repository'
        : ref.digest
          ? 'digest'
          : check.missing === 'unknown'
            ? 'unknown'
            : 'tag';
    const tags =
      what === 'tag' && ref.tag
        ? await client.listTags({ registry: ref.registry, repository: ref.repository })
        : undefined;
    const closest = tags?.kind === 'tags' && ref.tag ? closestTags(ref.tag, tags.tags) : [];
    return {
      kind: 'not-found',
      what,
      closestTags: closest,
      evidence: describeHttp(check.evidence),
    };
  }
  return otherFailure(check, withCredentials);
}

function otherFailure(
  check: Exclude<ManifestCheck, { kind: 'exists' } | { kind: 'not-found' }>,
  withCredentials: boolean,
): RegistryFacts {
  switch (check.kind) {
    case 'unauthorized':
      return { kind: 'unauthorized', withCredentials, evidence: describeHttp(check.evidence) };
    case 'rate-limited':
      return {
        kind: 'rate-limited',
        evidence: describeHttp(check.evidence),
        ...rateLimitWords(check.rateLimit),
      };
    case 'network': {
      const failure =
        check.failure === 'dns' ||
        check.failure === 'refused' ||
        check.failure === 'timeout' ||
        check.failure === 'tls'
          ? check.failure
          : 'other';
      return {
        kind: 'unreachable',
        failure,
        evidence: `${check.target}: ${check.code ? `${check.code} ` : ''}${check.message}`,
      };
    }
    case 'registry-error':
      return {
        kind: 'error',
        evidence: `${describeHttp(check.evidence)}${check.detail ? ` (${check.detail})` : ''}`,
      };
  }
}

function rateLimitWords(r: RateLimitInfo): { limit?: string; remaining?: string } {
  const show = (v?: { count: number; windowSeconds?: number }) =>
    v ? `${v.count}${v.windowSeconds ? ` per ${v.windowSeconds}s` : ''}` : undefined;
  return { limit: show(r.limit), remaining: show(r.remaining) };
}

function describeHttp(e: HttpEvidence): string {
  const errors = e.errors.map((x) => `${x.code}: ${x.message}`).join('; ');
  return `${e.request} → ${e.status}${errors ? ` ${errors}` : ''}`;
}
