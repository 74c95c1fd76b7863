/**
 * The fleet view: every failing pod reduced to one line (cause, registry, node), grouped, with a
 * verdict sentence that says whether this is one image's problem, one node's, or everyone's.
 */
import { API_VERSION } from '../api-version.js';
import { CAUSE_INFO, type Cause, type Confidence } from '../causes.js';
import { parseImageReference } from '../image-reference.js';
import type { ContainerFacts, EventFacts, PodFacts } from './evidence.js';
import { pickClassification } from './pick-classification.js';
import { classifyMessage, type Classification } from '../classify.js';
import type { TagSkew } from './fleet-skew.js';

/**
 * A classifier that remembers its answers: in a fleet, thousands of pods share a handful of
 * distinct messages, and classifying each text once keeps -A fast.
 */
export function memoisedClassifier(limit = 10_000): (text: string) => Classification {
  const seen = new Map<string, Classification>();
  return (text) => {
    let result = seen.get(text);
    if (!result) {
      result = classifyMessage(text);
      if (seen.size < limit) seen.set(text, result);
    }
    return result;
  };
}

/** One failing container in the fleet. */
export interface FleetItem {
  readonly namespace: string;
  readonly pod: string;
  readonly node?: string;
  readonly container: string;
  readonly image: string;
  readonly registry: string;
  readonly cause: Cause;
  readonly confidence: Confidence;
  readonly evidence: string;
}

/** Pods sharing a cause and a registry. */
export interface FleetGroup {
  readonly cause: Cause;
  readonly title: string;
  readonly registry: string;
  readonly pods: number;
  readonly nodes: readonly string[];
  readonly namespaces: readonly string[];
  readonly examples: readonly string[];
  readonly evidence: string;
}

/** The fleet diagnosis printed by `diagnose` without a pod name. */
export interface FleetDiagnosis {
  readonly apiVersion: string;
  readonly kind: 'FleetDiagnosis';
  readonly scope: {
    readonly namespace?: string;
    readonly selector?: string;
    readonly podsScanned: number;
    readonly truncated: boolean;
  };
  readonly failingPods: number;
  readonly verdict: string;
  readonly groups: readonly FleetGroup[];
  readonly items: readonly FleetItem[];
  /** Tags that resolve to more than one image ID across the pods scanned, failing or not. */
  readonly skew: readonly TagSkew[];
}

/** Classifies one failing container from its status and (if any) its events. */
export function fleetItem(
  pod: PodFacts,
  c: ContainerFacts,
  events: readonly EventFacts[],
  classify?: (text: string) => Classification,
): FleetItem {
  const parsed = parseImageReference(c.image);
  const picked = pickClassification(c, events, classify);
  let cause = picked.classification.cause;
  let confidence = picked.classification.confidence;
  if (!parsed.ok || c.waiting?.reason === 'InvalidImageName')
    [cause, confidence] = ['invalid-reference', 'high'];
  else if (cause === 'unknown' && c.waiting?.reason === 'ErrImageNeverPull')
    [cause, confidence] = ['never-pull', 'high'];
  return {
    namespace: pod.namespace,
    pod: pod.name,
    node: pod.nodeName,
    container: c.name,
    image: c.image,
    registry: parsed.ok ? parsed.ref.registry : '(invalid reference)',
    cause,
    confidence,
    evidence: picked.evidence[0]?.text ?? c.waiting?.reason ?? '',
  };
}

/** Groups the items and writes the verdict. */
export function summariseFleet(
  items: readonly FleetItem[],
  scope: FleetDiagnosis['scope'],
  skew: readonly TagSkew[] = [],
): FleetDiagnosis {
  const byKey = new Map<string, FleetItem[]>();
  for (const item of items) {
    const key = `${item.cause}\u0000${item.registry}`;
    byKey.set(key, [...(byKey.get(key) ?? []), item]);
  }
  const groups = [...byKey.values()].map(toGroup).sort((a, b) => b.pods - a.pods);
  const failingPods = new Set(items.map((i) => `${i.namespace}/${i.pod}`)).size;
  return {
    apiVersion: API_VERSION,
    kind: 'FleetDiagnosis',
    scope,
    failingPods,
    verdict: fleetVerdict(groups, failingPods),
    groups,
    items,
    skew,
  };
}

function toGroup(items: FleetItem[]): FleetGroup {
  const first = items[0]!;
  const pods = new Set(items.map((i) => `${i.namespace}/${i.pod}`));
  return {
    cause: first.cause,
    title: CAUSE_INFO[first.cause].title,
    registry: first.registry,
    pods: pods.size,
    nodes: [...new Set(items.map((i) => i.node ?? '(unscheduled)'))].sort(),
    namespaces: [...new Set(items.map((i) => i.namespace))].sort(),
    examples: [...pods].slice(0, 3),
    evidence: first.evidence,
  };
}

/** One sentence for the whole fleet, e.g. "429 on 14 pods across 6 nodes: rate limit, not your manifests". */
export function fleetVerdict(groups: readonly FleetGroup[], failingPods: number): string {
  if (failingPods === 0) return 'no pod is failing to pull its image';
  const top = groups[0]!;
  const across = `${top.pods} pod${top.pods === 1 ? '' : 's'} across ${top.nodes.length} node${top.nodes.length === 1 ? '' : 's'}`;
  const share = top.pods / failingPods;
  const more =
    groups.length > 1
      ? `; ${groups.length - 1} other group${groups.length === 2 ? '' : 's'} below`
      : '';
  if (share < 0.5)
    return `${failingPods} pods fail for ${groups.length} different reasons; largest group: ${top.title} on ${across} (${top.registry})`;
  const perCause: Partial<Record<Cause, string>> = {
    'rate-limit': `429 from ${top.registry} on ${across}: rate limit, not your manifests`,
    dns:
      top.nodes.length === 1
        ? `name resolution fails on ${top.nodes[0]} only (${top.pods} pods): a node problem`
        : `name resolution fails for ${top.registry} on ${across}: cluster-wide DNS or the registry's name`,
    network:
      top.nodes.length === 1
        ? `${top.registry} unreachable from ${top.nodes[0]} only (${top.pods} pods): that node's egress`
        : `${top.registry} unreachable on ${across}: egress, firewall or the registry is down`,
    disk: `no space on ${top.nodes.join(', ')} (${top.pods} pods): the node's image filesystem`,
    auth: `${top.registry} refuses credentials on ${across}: pull secrets, not the nodes`,
    'not-found': `images missing from ${top.registry} on ${across}: wrong tags or repositories`,
  };
  return (perCause[top.cause] ?? `${top.title} on ${across} (${top.registry})`) + more;
}
