/** The object a user edits to change a pod: its Deployment, StatefulSet, ... or the pod itself. */
import type { PodFacts } from './evidence.js';

/** `kind/name` for kubectl, resolving a ReplicaSet to its Deployment through pod-template-hash. */
export function workloadOf(pod: PodFacts): { readonly ref: string; readonly isPod: boolean } {
  const owner = pod.owner;
  if (!owner) return { ref: `pod/${pod.name}`, isPod: true };
  const hash = pod.labels['pod-template-hash'];
  if (owner.kind === 'ReplicaSet' && hash && owner.name.endsWith(`-${hash}`)) {
    return { ref: `deployment/${owner.name.slice(0, -hash.length - 1)}`, isPod: false };
  }
  return { ref: `${owner.kind.toLowerCase()}/${owner.name}`, isPod: false };
}

/** The command that makes the kubelet retry now instead of after the back-off. */
export function retryCommand(pod: PodFacts): string {
  const w = workloadOf(pod);
  if (
    w.ref.startsWith('deployment/') ||
    w.ref.startsWith('statefulset/') ||
    w.ref.startsWith('daemonset/')
  ) {
    return `kubectl -n ${pod.namespace} rollout restart ${w.ref}`;
  }
  return `kubectl -n ${pod.namespace} delete pod ${pod.name}`;
}
