/**
 * The names shell completion offers from the cluster and the kubeconfig: pods, nodes, namespaces
 * and contexts, each with a short description (a pod's state, a node's readiness). Part of the
 * heavy half: only a completion that needs live values loads it.
 */
import { KubeConfig, type V1Node, type V1Pod } from '@kubernetes/client-node';
import type { LiveSource } from '../completion/complete-words.js';
import { connect, type ConnectOptions } from './connect.js';

/** A name and what to show next to it. */
export interface NamedItem {
  readonly value: string;
  readonly description: string;
}

/** At most this many names: a shell menu of thousands helps nobody, and the list costs time. */
const LIMIT = 500;

/** Lists the names `source` stands for; `namespace` overrides the connection's for pods. */
export async function listNames(
  source: LiveSource,
  options: ConnectOptions,
  namespace: string | undefined,
): Promise<NamedItem[]> {
  if (source === 'contexts') return listContexts(options.kubeconfig);
  const conn = await connect(options);
  switch (source) {
    case 'pods': {
      const list = await conn.call('list pods', () =>
        conn.core.listNamespacedPod({ namespace: namespace ?? conn.namespace, limit: LIMIT }),
      );
      return list.items.map((pod) => ({
        value: pod.metadata?.name ?? '',
        description: podState(pod),
      }));
    }
    case 'nodes': {
      const list = await conn.call('list nodes', () => conn.core.listNode({ limit: LIMIT }));
      return list.items.map((node) => ({
        value: node.metadata?.name ?? '',
        description: nodeState(node),
      }));
    }
    case 'namespaces': {
      const list = await conn.call('list namespaces', () =>
        conn.core.listNamespace({ limit: LIMIT }),
      );
      return list.items.map((ns) => ({ value: ns.metadata?.name ?? '', description: '' }));
    }
  }
}

/** The contexts of the kubeconfig kubectl would use, without contacting any cluster. */
function listContexts(kubeconfig: string | undefined): NamedItem[] {
  const kc = new KubeConfig();
  if (kubeconfig) kc.loadFromFile(kubeconfig);
  else kc.loadFromDefault();
  return kc.getContexts().map((c) => ({ value: c.name, description: `cluster ${c.cluster}` }));
}

/** The waiting reason of a stuck container (what the user is hunting), else the pod's phase. */
function podState(pod: V1Pod): string {
  const statuses = [
    ...(pod.status?.initContainerStatuses ?? []),
    ...(pod.status?.containerStatuses ?? []),
  ];
  const waiting = statuses.find((s) => s.state?.waiting?.reason)?.state?.waiting?.reason;
  return waiting ?? pod.status?.phase ?? '';
}

function nodeState(node: V1Node): string {
  const ready = node.status?.conditions?.find((c) => c.type === 'Ready');
  return ready?.status === 'True' ? 'Ready' : 'NotReady';
}
