/**
 * The names shell completion offers from the cluster and the kubeconfig: pods, nodes, namespaces
 * and contexts, each with a short description (a pod's state, a node's readiness). Part of the
 * read half (lazy-read.ts): only a completion that needs live values loads it, and a <TAB> never
 * pays for client-node unless the kubeconfig needs it.
 */
import type {
  V1NamespaceList,
  V1Node,
  V1NodeList,
  V1Pod,
  V1PodList,
} from '@kubernetes/client-node';
import { contextNames, mergeKubeconfigs } from '../../shared/kubeconfig.js';
import { workloadListPath } from '../completion/complete-workloads.js';
import type { LiveSource } from '../completion/complete-words.js';
import type { ConnectOptions } from './connect.js';
import { connectApi, readKubeconfigs } from './connect-api.js';

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
  const conn = await connectApi(options);
  switch (source) {
    case 'pods': {
      const ns = encodeURIComponent(namespace ?? conn.namespace);
      const list = await conn.get<V1PodList>('list pods', `/api/v1/namespaces/${ns}/pods`, {
        limit: LIMIT,
      });
      return list.items.map((pod) => ({
        value: pod.metadata?.name ?? '',
        description: podState(pod),
      }));
    }
    case 'nodes': {
      const list = await conn.get<V1NodeList>('list nodes', '/api/v1/nodes', { limit: LIMIT });
      return list.items.map((node) => ({
        value: node.metadata?.name ?? '',
        description: nodeState(node),
      }));
    }
    case 'deployments':
    case 'statefulsets':
    case 'daemonsets':
    case 'replicasets':
    case 'jobs':
    case 'cronjobs':
    case 'replicationcontrollers': {
      const path = workloadListPath(source, namespace ?? conn.namespace);
      const list = await conn.get<{ items?: { metadata?: { name?: string } }[] }>(
        `list ${source}`,
        path,
        { limit: LIMIT },
      );
      return (list.items ?? []).map((o) => ({ value: o.metadata?.name ?? '', description: '' }));
    }
    case 'namespaces': {
      const list = await conn.get<V1NamespaceList>('list namespaces', '/api/v1/namespaces', {
        limit: LIMIT,
      });
      return list.items.map((ns) => ({ value: ns.metadata?.name ?? '', description: '' }));
    }
  }
}

/** The contexts of the kubeconfig kubectl would use, without contacting any cluster. */
async function listContexts(kubeconfig: string | undefined): Promise<NamedItem[]> {
  const merged = mergeKubeconfigs(await readKubeconfigs(kubeconfig, process.env));
  return contextNames(merged).map((name) => {
    const cluster = merged.contexts.get(name)?.value['cluster'];
    return { value: name, description: typeof cluster === 'string' ? `cluster ${cluster}` : '' };
  });
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
