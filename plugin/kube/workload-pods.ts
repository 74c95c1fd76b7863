/**
 * The owner chain from a workload to its pods, grouped by revision: a Deployment's ReplicaSets by
 * ownerReference, a StatefulSet's or DaemonSet's pods by controller-revision-hash, a Job's pods, a
 * CronJob's newest Job. Reads only the workload's namespace, with its own label selector.
 */
import type { V1Pod } from '@kubernetes/client-node';
import { selectorString } from '../../shared/workload/label-selector.js';
import type { CreationEvidence } from '../../shared/workload/rollout-types.js';
import type { WorkloadRef } from '../../shared/workload/workload-ref.js';
import { NotFoundError } from '../errors.js';
import type { ApiConnection } from './connect.js';
import { forEachPodPage } from './list-pods.js';
import {
  isControlledBy,
  listOfKind,
  readWorkload,
  type WireMeta,
  type WireWorkload,
} from './workload-objects.js';

/** One revision and its pods, as read. */
export interface FoundRevision {
  readonly name: string;
  readonly revision?: string;
  readonly isCurrent: boolean;
  readonly pods: readonly V1Pod[];
}

/** A workload's pods by revision, and what may say why it has none. */
export interface FoundWorkload {
  /** The Job a CronJob is represented by. */
  readonly job?: string;
  readonly revisions: readonly FoundRevision[];
  readonly creation: CreationEvidence;
}

const MAX_PODS = 5000;
const REVISION = 'deployment.kubernetes.io/revision';

/** Follows the owner chain of a (non-pod) workload to its pods. */
export async function findWorkloadPods(
  conn: ApiConnection,
  namespace: string,
  ref: WorkloadRef,
): Promise<FoundWorkload> {
  const obj = await readWorkload(conn, namespace, ref);
  switch (ref.kind) {
    case 'Deployment':
      return deploymentRevisions(conn, namespace, ref.name, obj);
    case 'StatefulSet':
    case 'DaemonSet':
      return hashRevisions(conn, namespace, ref, obj);
    case 'CronJob':
      return newestJob(conn, namespace, ref.name, obj);
    default: {
      const pods = await podsOf(conn, namespace, obj);
      const name = `${ref.kind.toLowerCase()}/${ref.name}`;
      return {
        revisions: [{ name: ref.name, isCurrent: true, pods }],
        creation: await creationOf(conn, namespace, obj, [name]),
      };
    }
  }
}

async function deploymentRevisions(
  conn: ApiConnection,
  ns: string,
  name: string,
  obj: WireWorkload,
): Promise<FoundWorkload> {
  const selector = selectorString(obj.spec?.selector);
  const [replicaSets, pods] = await Promise.all([
    listOfKind<WireWorkload>(conn, 'ReplicaSet', ns, selector),
    podsOf(conn, ns, undefined, selector),
  ]);
  const owned = replicaSets.filter((rs) => isControlledBy(rs.metadata, obj.metadata?.uid));
  const wanted = obj.metadata?.annotations?.[REVISION];
  const byRevision = [...owned].sort((a, b) => revisionOf(b) - revisionOf(a));
  const current =
    byRevision.find((rs) => rs.metadata?.annotations?.[REVISION] === wanted) ?? byRevision[0];
  const revisions = byRevision
    .map((rs) => ({
      name: rs.metadata?.name ?? '',
      revision: rs.metadata?.annotations?.[REVISION],
      isCurrent: rs === current,
      pods: pods.filter((p) => isControlledBy(p.metadata as WireMeta, rs.metadata?.uid)),
    }))
    .filter((r) => r.isCurrent || r.pods.length > 0);
  const objects = [
    `deployment/${name}`,
    ...(current ? [`replicaset/${current.metadata?.name}`] : []),
  ];
  const creation = await creationOf(conn, ns, obj, objects, current);
  return { revisions, creation };
}

function revisionOf(rs: WireWorkload): number {
  return Number(rs.metadata?.annotations?.[REVISION] ?? 0);
}

/** StatefulSet and DaemonSet pods carry their revision in the controller-revision-hash label. */
async function hashRevisions(
  conn: ApiConnection,
  ns: string,
  ref: WorkloadRef,
  obj: WireWorkload,
): Promise<FoundWorkload> {
  const pods = await podsOf(conn, ns, obj);
  const revisionName = (hash: string) =>
    hash.startsWith(`${ref.name}-`) ? hash : `${ref.name}-${hash}`;
  const groups = new Map<string, V1Pod[]>();
  for (const pod of pods) {
    const hash = pod.metadata?.labels?.['controller-revision-hash'] ?? 'unknown';
    groups.set(revisionName(hash), [...(groups.get(revisionName(hash)) ?? []), pod]);
  }
  const current =
    obj.status?.updateRevision ??
    (await newestControllerRevision(conn, ns, obj)) ??
    newestGroup(groups);
  if (current && !groups.has(current)) groups.set(current, []);
  const revisions = [...groups.entries()].map(([name, members]) => ({
    name,
    revision: name.slice(ref.name.length + 1),
    isCurrent: name === current,
    pods: members,
  }));
  const objects = [`${ref.kind.toLowerCase()}/${ref.name}`];
  return { revisions, creation: await creationOf(conn, ns, obj, objects) };
}

async function newestControllerRevision(
  conn: ApiConnection,
  ns: string,
  obj: WireWorkload,
): Promise<string | undefined> {
  try {
    const list = await conn.get<{ items?: { metadata?: WireMeta; revision?: number }[] }>(
      'list controllerrevisions',
      `/apis/apps/v1/namespaces/${encodeURIComponent(ns)}/controllerrevisions`,
      { labelSelector: selectorString(obj.spec?.selector), limit: 500 },
    );
    const owned = (list.items ?? []).filter((r) => isControlledBy(r.metadata, obj.metadata?.uid));
    owned.sort((a, b) => (b.revision ?? 0) - (a.revision ?? 0));
    return owned[0]?.metadata?.name;
  } catch {
    return undefined; // RBAC may refuse controllerrevisions: fall back to the newest pods.
  }
}

function newestGroup(groups: Map<string, V1Pod[]>): string | undefined {
  const created = (pods: V1Pod[]) =>
    Math.max(...pods.map((p) => Date.parse(String(p.metadata?.creationTimestamp ?? 0)) || 0));
  return [...groups.entries()].sort((a, b) => created(b[1]) - created(a[1]))[0]?.[0];
}

async function newestJob(
  conn: ApiConnection,
  ns: string,
  name: string,
  cronJob: WireWorkload,
): Promise<FoundWorkload> {
  const jobs = (await listOfKind<WireWorkload>(conn, 'Job', ns, undefined)).filter((j) =>
    isControlledBy(j.metadata, cronJob.metadata?.uid),
  );
  const created = (j: WireWorkload) => Date.parse(j.metadata?.creationTimestamp ?? '') || 0;
  const job = [...jobs].sort((a, b) => created(b) - created(a))[0];
  if (!job?.metadata?.name)
    throw new NotFoundError(
      `cronjob "${name}" has not run yet: it has no Job in namespace "${ns}"`,
      {
        hint: `run it once now with \`kubectl -n ${ns} create job --from=cronjob/${name} ${name}-manual\`, then diagnose the Job`,
      },
    );
  const found = await findWorkloadPods(conn, ns, { kind: 'Job', name: job.metadata.name });
  return { ...found, job: job.metadata.name };
}

/** The pods the selector finds in the namespace that `owner` controls (all of them when undefined). */
async function podsOf(
  conn: ApiConnection,
  ns: string,
  owner: WireWorkload | undefined,
  selector = selectorString(owner?.spec?.selector),
): Promise<V1Pod[]> {
  const pods: V1Pod[] = [];
  await forEachPodPage(conn, ns, (page) => pods.push(...page), {
    labelSelector: selector,
    maxPods: MAX_PODS,
  });
  if (!owner) return pods;
  return pods.filter((p) => isControlledBy(p.metadata as WireMeta, owner.metadata?.uid));
}

/** Conditions and FailedCreate events of the workload and (for a Deployment) its current ReplicaSet. */
async function creationOf(
  conn: ApiConnection,
  ns: string,
  obj: WireWorkload,
  objects: readonly string[],
  replicaSet?: WireWorkload,
): Promise<CreationEvidence> {
  const events = await Promise.all(objects.map((o) => failedCreateEvents(conn, ns, o)));
  return {
    desiredReplicas: obj.spec?.replicas ?? obj.status?.desiredNumberScheduled,
    conditions: [...(replicaSet?.status?.conditions ?? []), ...(obj.status?.conditions ?? [])],
    events: events.flat(),
    objects,
  };
}

async function failedCreateEvents(
  conn: ApiConnection,
  ns: string,
  object: string,
): Promise<CreationEvidence['events']> {
  const name = object.slice(object.indexOf('/') + 1);
  try {
    const list = await conn.get<{ items?: { reason?: string; message?: string }[] }>(
      'list events',
      `/api/v1/namespaces/${encodeURIComponent(ns)}/events`,
      { fieldSelector: `involvedObject.name=${name},reason=FailedCreate`, limit: 50 },
    );
    return (list.items ?? []).map((e) => ({
      object,
      reason: e.reason ?? '',
      message: e.message ?? '',
    }));
  } catch {
    return []; // Events are optional evidence: RBAC may refuse them.
  }
}
