/** Why a workload has no pods: quota, admission, a missing service account, or nothing said yet. */
import type { Fix } from '../diagnosis/verdict.js';
import type { CreationEvidence } from './rollout-types.js';

/** What keeps the pods from being created, as far as conditions and events say. */
export interface CreationVerdict {
  /** False when the workload is scaled to zero or nothing says creation fails. */
  readonly isBlocked: boolean;
  readonly verdict: string;
  readonly fixes: readonly Fix[];
}

type Blocker = 'quota' | 'admission' | 'service-account' | 'other';

/** Judges a workload that has no pod at all; `name` is its kubectl name, `deployment/web`. */
export function judgeCreation(
  name: string,
  namespace: string,
  c: CreationEvidence,
): CreationVerdict {
  if (c.desiredReplicas === 0 && name.startsWith('daemonset/'))
    return {
      isBlocked: false,
      verdict: `${name} is scheduled on no node (0 desired): no node matches its nodeSelector, affinity and tolerations, so nothing pulls`,
      fixes: [
        {
          description: 'see the nodes and their labels and taints',
          command: 'kubectl get nodes --show-labels',
        },
      ],
    };
  if (c.desiredReplicas === 0)
    return {
      isBlocked: false,
      verdict: `${name} is scaled to 0 replicas: no pod, so nothing to pull`,
      fixes: [
        {
          description: 'scale it up',
          command: `kubectl -n ${namespace} scale ${name} --replicas=1`,
        },
      ],
    };
  const reason = firstReason(c);
  const look = lookAt(namespace, c.objects);
  if (!reason)
    return {
      isBlocked: false,
      verdict: `${name} has no pod yet, and no condition or event says why (the controller may not have acted yet)`,
      fixes: look,
    };
  const blocker = blockerOf(reason.message);
  return {
    isBlocked: true,
    verdict: `${name} has no pod: ${reason.object} cannot create them (${BLOCKER_WORDS[blocker]}): ${reason.message}`,
    fixes: [...blockerFixes(blocker, namespace), ...look],
  };
}

const BLOCKER_WORDS: Readonly<Record<Blocker, string>> = {
  quota: 'resource quota exceeded',
  admission: 'refused at admission',
  'service-account': 'service account missing',
  other: 'pod creation fails',
};

function firstReason(c: CreationEvidence): { object: string; message: string } | undefined {
  const failedCreate = c.events.find((e) => e.reason === 'FailedCreate' && e.message);
  if (failedCreate) return { object: failedCreate.object, message: failedCreate.message };
  const condition = c.conditions.find(
    (x) =>
      x.message &&
      ((x.type === 'ReplicaFailure' && x.status === 'True') ||
        (x.type === 'Progressing' && x.status === 'False') ||
        (x.type === 'Failed' && x.status === 'True')),
  );
  return condition
    ? { object: c.objects[0] ?? 'the controller', message: condition.message! }
    : undefined;
}

function blockerOf(message: string): Blocker {
  if (/exceeded quota|quota/i.test(message)) return 'quota';
  if (/serviceaccount.*not found/i.test(message)) return 'service-account';
  if (/admission webhook|denied the request|violates PodSecurity|forbidden/i.test(message))
    return 'admission';
  return 'other';
}

function blockerFixes(blocker: Blocker, ns: string): Fix[] {
  switch (blocker) {
    case 'quota':
      return [
        {
          description: "see the namespace's quota and what uses it",
          command: `kubectl -n ${ns} describe resourcequota`,
        },
      ];
    case 'admission':
      return [
        {
          description: 'see which admission webhooks may refuse pods',
          command: 'kubectl get validatingwebhookconfigurations,mutatingwebhookconfigurations',
        },
        {
          description: "see the namespace's Pod Security labels",
          command: `kubectl get namespace ${ns} --show-labels`,
        },
      ];
    case 'service-account':
      return [
        {
          description: 'list the service accounts of the namespace',
          command: `kubectl -n ${ns} get serviceaccounts`,
        },
      ];
    case 'other':
      return [];
  }
}

function lookAt(ns: string, objects: readonly string[]): Fix[] {
  return objects.map((o) => ({
    description: `look at ${o}'s conditions and events`,
    command: `kubectl -n ${ns} describe ${o}`,
  }));
}
