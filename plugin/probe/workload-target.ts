/**
 * `reproduce --pod deploy/web`: the image and credentials a workload's next pod would get, from its
 * pod template: the template's pull secrets, then its service account's, as the kubelet takes them.
 */
import type { ContainerFacts, PodFacts } from '../../shared/diagnosis/evidence.js';
import type { WorkloadRef } from '../../shared/workload/workload-ref.js';
import { statusOf } from '../kube/api-errors.js';
import type { ApiConnection } from '../kube/connect.js';
import { readWorkload, type WirePodSpec } from '../kube/workload-objects.js';
import { findWorkloadPods } from '../kube/workload-pods.js';
import { toPodFacts } from '../kube/to-facts.js';
import { isPullFailure } from '../../shared/diagnosis/scope.js';

/** The workload's template as pod facts (no status: nothing has run from it necessarily). */
export async function templatePodFacts(
  conn: ApiConnection,
  namespace: string,
  ref: WorkloadRef,
): Promise<PodFacts> {
  const obj = await readWorkload(conn, namespace, ref);
  const spec: WirePodSpec =
    obj.spec?.template?.spec ?? obj.spec?.jobTemplate?.spec?.template?.spec ?? {};
  const serviceAccountName = spec.serviceAccountName ?? 'default';
  const fromAccount = await serviceAccountSecrets(conn, namespace, serviceAccountName);
  const own = (spec.imagePullSecrets ?? []).map((s) => s.name ?? '').filter(Boolean);
  const container = (kind: ContainerFacts['kind']) => (c: { name: string; image?: string }) => ({
    name: c.name,
    kind,
    image: c.image ?? '',
    running: false,
    restartCount: 0,
  });
  return {
    namespace,
    name: `${ref.kind.toLowerCase()}/${ref.name}`,
    serviceAccountName,
    imagePullSecrets: [...new Set([...own, ...fromAccount])],
    containers: [
      ...(spec.initContainers ?? []).map(container('init')),
      ...(spec.containers ?? []).map(container('regular')),
    ],
    labels: {},
  };
}

/**
 * The container the workload's current pods fail to pull, if any: `reproduce --pod deploy/web`
 * then probes the image that is stuck, as it does for a pod. Undefined when none fails or the
 * pods cannot be read (a CronJob that never ran).
 */
export async function failingContainerOf(
  conn: ApiConnection,
  namespace: string,
  ref: WorkloadRef,
): Promise<string | undefined> {
  try {
    const found = await findWorkloadPods(conn, namespace, ref);
    const current = found.revisions.filter((r) => r.isCurrent);
    for (const pod of (current.length > 0 ? current : found.revisions).flatMap((r) => r.pods))
      for (const c of toPodFacts(pod).containers) if (isPullFailure(c)) return c.name;
  } catch {
    // Not knowing which container fails is no reason to refuse: the first one is probed.
  }
  return undefined;
}

async function serviceAccountSecrets(
  conn: ApiConnection,
  namespace: string,
  name: string,
): Promise<string[]> {
  try {
    const sa = await conn.get<{ imagePullSecrets?: { name?: string }[] }>(
      `get serviceaccount ${name}`,
      `/api/v1/namespaces/${encodeURIComponent(namespace)}/serviceaccounts/${encodeURIComponent(name)}`,
    );
    return (sa.imagePullSecrets ?? []).map((s) => s.name ?? '').filter(Boolean);
  } catch (err) {
    if (statusOf(err) === 404 || statusOf(err) === 403) return [];
    throw err;
  }
}
