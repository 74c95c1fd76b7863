/**
 * Scope: whether a failure belongs to the image, to one node, or to everything. The same image
 * running elsewhere points at this node; other images failing on this node point at the node;
 * the same image failing on several nodes points at the image, its registry or credentials.
 */
import { parseImageReference } from '../image-reference.js';
import { classifyMessage } from '../classify.js';
import type { Cause } from '../causes.js';
import type { ContainerFacts, PodEvidence, SiblingPodFacts } from './evidence.js';
import type { ScopeReport } from './verdict.js';

/** Waiting reasons that mean "could not get the image". */
export const PULL_FAILURE_REASONS: ReadonlySet<string> = new Set([
  'ErrImagePull',
  'ImagePullBackOff',
  'InvalidImageName',
  'ErrImageNeverPull',
  'RegistryUnavailable',
  'ImageInspectError',
  'SignatureValidationFailed',
  'ErrImagePullBackOff',
]);

/**
 * True when a waiting reason means "could not get the image". Besides the named reasons, the
 * kubelet puts a pull secret's decoding error verbatim into the reason ("illegal base64 data at
 * input byte 0") and never tries the pull at all.
 */
export function isPullWaitingReason(reason: string | undefined): boolean {
  if (reason === undefined) return false;
  return (
    PULL_FAILURE_REASONS.has(reason) || /base64|dockercfg|dockerconfigjson|auths/i.test(reason)
  );
}

/** Causes that belong to the node rather than to one image or its credentials. */
const NODE_CAUSES: ReadonlySet<string> = new Set([
  'dns',
  'network',
  'tls',
  'disk',
  'runtime',
  'kubelet-throttle',
  'unknown',
]);

const causeOf = (c: ContainerFacts): Cause =>
  classifyMessage([c.waiting?.reason, c.waiting?.message].filter(Boolean).join(': ')).cause;

/**
 * Another image failing on the same node only says something about the node when it fails for a
 * node-side reason; a wrong tag or a missing secret elsewhere is that image's own business. When
 * this container's own cause is node-side (and known), only the same cause counts: a registry
 * that refuses connections is no evidence that this node's DNS is broken.
 */
function failsForNodeReasons(c: ContainerFacts, own: Cause): boolean {
  const cause = causeOf(c);
  if (!NODE_CAUSES.has(cause)) return false;
  return own === 'unknown' || !NODE_CAUSES.has(own) || cause === own;
}

/** True when the container is stuck on its image. */
export function isPullFailure(c: ContainerFacts): boolean {
  return isPullWaitingReason(c.waiting?.reason);
}

/** The reference in canonical form, so `nginx` and `docker.io/library/nginx:latest` compare equal. */
export function sameImageKey(image: string): string {
  const parsed = parseImageReference(image);
  return parsed.ok ? parsed.ref.canonical : image;
}

/** The images (canonical keys) that some pod off `node` is failing to pull. */
function imagesFailingOffNode(
  pods: readonly SiblingPodFacts[],
  node: string | undefined,
): Set<string> {
  const keys = new Set<string>();
  for (const pod of pods) {
    if (pod.nodeName === node) continue;
    for (const c of pod.containers) if (isPullFailure(c)) keys.add(sameImageKey(c.image));
  }
  return keys;
}

/** Where else this image runs or fails, and what else fails on this node. */
export function analyseScope(evidence: PodEvidence, container: ContainerFacts): ScopeReport {
  const key = sameImageKey(container.image);
  const self = `${evidence.pod.namespace}/${evidence.pod.name}`;
  const node = evidence.pod.nodeName;
  const running: string[] = [];
  const failing: string[] = [];
  const otherFailing: { id: string; image: string }[] = [];
  const ids = new Set<string>();
  const own = causeOf(container);
  for (const pod of evidence.siblings.pods) {
    const id = `${pod.namespace}/${pod.name}`;
    if (id === self) continue;
    for (const c of pod.containers) {
      if (sameImageKey(c.image) === key) {
        if (isPullFailure(c)) failing.push(`${id} on ${pod.nodeName ?? '?'}`);
        else if (c.imageID) {
          running.push(`${id} on ${pod.nodeName ?? '?'}`);
          ids.add(c.imageID);
        }
      } else if (node && pod.nodeName === node && isPullFailure(c) && failsForNodeReasons(c, own)) {
        otherFailing.push({ id, image: c.image });
      }
    }
  }
  // An image that fails on other nodes too says nothing about this one (a registry that refuses
  // everyone fails everywhere): only failures seen on this node alone point at the node.
  const failsElsewhere = imagesFailingOffNode(evidence.siblings.pods, node);
  const nodeOnly = otherFailing
    .filter((f) => !failsElsewhere.has(sameImageKey(f.image)))
    .map((f) => `${f.id} (${f.image})`);
  return {
    reach: evidence.siblings.reach,
    looked: evidence.siblings.looked,
    sameImageRunning: unique(running),
    sameImageFailing: unique(failing),
    otherImagesFailingOnNode: unique(nodeOnly),
    imageIds: [...ids].sort(),
    summary: summarise(evidence.siblings.pods, node, running, failing, nodeOnly),
  };
}

function summarise(
  pods: readonly SiblingPodFacts[],
  node: string | undefined,
  running: string[],
  failing: string[],
  other: string[],
): string | undefined {
  const nodesOf = (list: string[]) => new Set(list.map((s) => s.split(' on ')[1]));
  const runningNodes = [...nodesOf(running)].filter((n) => n !== node);
  if (other.length > 0)
    return `${other.length} other image${other.length === 1 ? '' : 's'} also fail${other.length === 1 ? 's' : ''} to pull on ${node}: likely a node-level problem (DNS, egress, proxy, CA, disk or runtime)`;
  if (runningNodes.length > 0 && failing.every((f) => f.endsWith(` on ${node}`))) {
    return `the same image runs on ${runningNodes.join(', ')} but fails on ${node}: compare the nodes (or the node may have it cached while the registry no longer serves it)`;
  }
  const failingNodes = nodesOf(failing);
  if (node) failingNodes.add(node);
  if (failingNodes.size > 1)
    return `the same image fails on ${failingNodes.size} nodes: not specific to ${node}`;
  return undefined;
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}
