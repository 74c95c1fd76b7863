/**
 * Which nodes a pod may be scheduled on, as far as pulls care: its nodeSelector, its required node
 * affinity, and its tolerations against the nodes' NoSchedule and NoExecute taints.
 */
import type {
  NodeSelectorRequirement,
  PlacementNode,
  PodSpecFacts,
  Toleration,
} from './check-types.js';

/** The nodes the scheduler could place the pod on. */
export function eligibleNodes(
  spec: PodSpecFacts,
  nodes: readonly PlacementNode[],
): PlacementNode[] {
  return nodes.filter(
    (n) =>
      Object.entries(spec.nodeSelector).every(([k, v]) => n.labels[k] === v) &&
      (spec.requiredTerms.length === 0 ||
        spec.requiredTerms.some(
          (t) =>
            (t.matchExpressions ?? []).every((r) => matchesRequirement(n.labels[r.key], r)) &&
            (t.matchFields ?? []).every((r) =>
              matchesRequirement(r.key === 'metadata.name' ? n.name : undefined, r),
            ),
        )) &&
      n.taints
        .filter((t) => t.effect === 'NoSchedule' || t.effect === 'NoExecute')
        .every((t) => spec.tolerations.some((tol) => tolerates(tol, t))),
  );
}

function matchesRequirement(value: string | undefined, r: NodeSelectorRequirement): boolean {
  const values = r.values ?? [];
  switch (r.operator) {
    case 'In':
      return value !== undefined && values.includes(value);
    case 'NotIn':
      return value === undefined || !values.includes(value);
    case 'Exists':
      return value !== undefined;
    case 'DoesNotExist':
      return value === undefined;
    case 'Gt':
      return value !== undefined && Number(value) > Number(values[0]);
    case 'Lt':
      return value !== undefined && Number(value) < Number(values[0]);
    default:
      return false;
  }
}

function tolerates(tol: Toleration, taint: PlacementNode['taints'][number]): boolean {
  if (tol.effect && tol.effect !== taint.effect) return false;
  if (tol.operator === 'Exists') return !tol.key || tol.key === taint.key;
  return tol.key === taint.key && (tol.value ?? '') === (taint.value ?? '');
}

/** `linux/amd64` for a node (variant left out: nodes do not report it). */
export function nodePlatform(n: PlacementNode): string {
  return `${n.os ?? 'linux'}/${n.architecture ?? 'amd64'}`;
}

/** True when one of the image's platforms (`os/arch[/variant]`) runs on the node. */
export function isPlatformOffered(platforms: readonly string[], node: PlacementNode): boolean {
  const wanted = nodePlatform(node);
  return platforms.some((p) => p === wanted || p.startsWith(`${wanted}/`));
}
