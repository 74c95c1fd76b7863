/**
 * "It is on the node but this pod cannot use it" (KEP-2535, on by default since 1.35): the kubelet
 * lets a pod use a copy pulled with credentials only if the pod shows matching credentials, so a
 * pod without them pulls again and gets the registry's 401, or, with imagePullPolicy Never, is told
 * the image "is not present" although it is. Which secret pulled the copy is recorded on the node
 * (read by `reproduce`); from the API the best witness is the pods that run the image there and
 * the pull secrets they carry.
 */
import type { Cause } from '../causes.js';
import { parseImageReference } from '../image-reference.js';
import { DEFAULT_VERIFICATION_POLICY, VERIFICATION_POLICIES } from '../probe/pulled-record.js';
import type { ContainerFacts, PodEvidence, SiblingPodFacts } from './evidence.js';
import { kubeletConfigOf } from './kubelet-evidence.js';
import { sameImageKey } from './scope.js';
import type { EvidenceLine, Fix } from './verdict.js';

/** The first kubelet minor with the verification on by default. */
const ON_BY_DEFAULT_MINOR = 35;

/** Causes a copy on the node the pod may not use shows up as. */
const SHOWS_AS: ReadonlySet<Cause> = new Set([
  'auth',
  'auth-or-not-found',
  'secret-missing',
  'never-pull',
]);

/** A pod on the same node that runs the image, and the credentials it pulls with. */
interface CopyHolder {
  readonly pod: string;
  readonly imagePullSecrets: readonly string[];
  readonly serviceAccountName?: string;
}

/** What the diagnosis adds when the image is on the node yet the pod was refused it. */
export interface PresentUnverified {
  /** Replaces the never-pull summary, which would say the image is absent. */
  readonly detail?: string;
  readonly evidence: readonly EvidenceLine[];
  readonly fixes: readonly Fix[];
}

/**
 * The KEP-2535 reading of a refused container, or undefined when it does not apply: the cause is
 * not one a refused copy shows up as, the node's kubelet predates the check, the policy in force
 * lets every pod use any copy, or nothing says the image is on the node.
 */
export function presentUnverified(
  evidence: PodEvidence,
  container: ContainerFacts,
  cause: Cause,
): PresentUnverified | undefined {
  const nodeName = evidence.pod.nodeName;
  if (!nodeName || !SHOWS_AS.has(cause) || pullsEveryTime(container)) return undefined;
  const node = evidence.node?.status === 'found' ? evidence.node.value : undefined;
  const configured = kubeletConfigOf(evidence)?.imagePullCredentialsVerificationPolicy;
  if (!configured && !checksByDefault(node?.kubeletVersion)) return undefined;
  const policy = configured ?? DEFAULT_VERIFICATION_POLICY;
  if (policy === 'NeverVerify') return undefined;
  const holders = holdersOn(evidence, nodeName, container.image);
  const listed = node?.images?.some((name) => sameImageKey(name) === sameImageKey(container.image));
  if (holders.length === 0 && !listed) return undefined;
  const means = VERIFICATION_POLICIES[policy] ?? 'a policy this version does not know';
  const source = configured ? 'configz' : `the default since 1.${ON_BY_DEFAULT_MINOR}`;
  const lines: EvidenceLine[] = [
    {
      source: 'node',
      text: `${container.image} is already on ${nodeName} (${holders.length > 0 ? 'pods there run it' : 'node status lists it'}), but this pod may not use that copy`,
    },
    ...holders.slice(0, 3).map((h) => ({ source: 'scope' as const, text: holderText(h) })),
    {
      source: 'kubelet',
      text: `kubelet on ${nodeName}: imagePullCredentialsVerificationPolicy ${policy} (${source}): ${means}`,
    },
  ];
  const secrets = [...new Set(holders.flatMap((h) => h.imagePullSecrets))];
  const sameNamespace = holders.some((h) => h.pod.startsWith(`${evidence.pod.namespace}/`));
  return {
    detail:
      cause === 'never-pull'
        ? `imagePullPolicy is Never and ${container.image} is on ${nodeName}, but pulled with credentials this pod does not show (${policy}), so the kubelet reports it as not present`
        : undefined,
    evidence: lines,
    fixes: fixesFor(
      nodeName,
      container.image,
      policy,
      secrets,
      sameNamespace,
      evidence.pod.namespace,
    ),
  };
}

/** With imagePullPolicy Always the kubelet pulls with the pod's credentials whatever the node has. */
function pullsEveryTime(container: ContainerFacts): boolean {
  if (container.imagePullPolicy) return container.imagePullPolicy === 'Always';
  // The API server defaults it so; a pod read from the cluster always has it set.
  const parsed = parseImageReference(container.image);
  return parsed.ok && !parsed.ref.digest && parsed.ref.tag === 'latest';
}

/** Kubelets from 1.35 check by default; an unknown version is taken as current. */
function checksByDefault(version: string | undefined): boolean {
  const minor = /^v?1\.(\d+)\./.exec(version ?? '')?.[1];
  return minor === undefined || Number(minor) >= ON_BY_DEFAULT_MINOR;
}

/** Other pods on the node with a running container of the same image. */
function holdersOn(evidence: PodEvidence, node: string, image: string): CopyHolder[] {
  const key = sameImageKey(image);
  const self = `${evidence.pod.namespace}/${evidence.pod.name}`;
  const runs = (p: SiblingPodFacts) =>
    p.nodeName === node &&
    `${p.namespace}/${p.name}` !== self &&
    p.containers.some((c) => sameImageKey(c.image) === key && c.imageID);
  return evidence.siblings.pods.filter(runs).map((p) => ({
    pod: `${p.namespace}/${p.name}`,
    imagePullSecrets: (p.imagePullSecrets ?? []).map((s) => `${p.namespace}/${s}`),
    serviceAccountName: p.serviceAccountName,
  }));
}

function holderText(h: CopyHolder): string {
  const creds =
    h.imagePullSecrets.length > 0
      ? `pull secrets ${h.imagePullSecrets.join(', ')}`
      : 'no pull secrets of its own';
  const sa = h.serviceAccountName ? `, service account ${h.serviceAccountName}` : '';
  return `${h.pod} runs it there (${creds}${sa}): the copy was most likely pulled with those credentials`;
}

function fixesFor(
  node: string,
  image: string,
  policy: string,
  secrets: readonly string[],
  sameNamespace: boolean,
  namespace: string,
): Fix[] {
  const fixes: Fix[] = [];
  const local = secrets.filter((s) => s.startsWith(`${namespace}/`)).map((s) => s.split('/')[1]);
  if (secrets.length > 0)
    fixes.push({
      description:
        sameNamespace && local.length > 0
          ? `give this pod the credentials the copy was pulled with: list ${local.join(', ')} in its imagePullSecrets (or its service account's)`
          : `give this pod credentials for the image in its own namespace (the copy was pulled with ${secrets.join(', ')}; secrets do not cross namespaces)`,
    });
  fixes.push({
    description: `or, if every pod on ${node} may use images once they are there, relax the kubelet's imagePullCredentialsVerificationPolicy (now ${policy}): NeverVerify, or NeverVerifyAllowlistedImages with the image in preloadedImagesVerificationAllowlist`,
  });
  fixes.push({
    description: `see which secret the kubelet recorded for the copy on ${node}`,
    command: `kubectl imagepull reproduce --node ${node} --image ${image}`,
  });
  return fixes;
}
