/**
 * Reading workload objects (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob,
 * ReplicationController) as the API server sends them, and turning their selectors into the
 * label selectors pods are listed with.
 */
import type { WireSelector } from '../../shared/workload/label-selector.js';
import type { WorkloadKind, WorkloadRef } from '../../shared/workload/workload-ref.js';
import { NotFoundError } from '../errors.js';
import { statusOf, toUserError } from './api-errors.js';
import type { ApiConnection } from './connect.js';

/** Object metadata, as far as the owner chain needs it. */
export interface WireMeta {
  readonly name?: string;
  readonly namespace?: string;
  readonly uid?: string;
  readonly creationTimestamp?: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly annotations?: Readonly<Record<string, string>>;
  readonly ownerReferences?: readonly {
    readonly uid: string;
    readonly kind: string;
    readonly name: string;
    readonly controller?: boolean;
  }[];
}

/** A condition of a workload or ReplicaSet. */
export interface WireCondition {
  readonly type: string;
  readonly status: string;
  readonly reason?: string;
  readonly message?: string;
}

/** The fields of any workload kind the diagnosis reads. */
export interface WireWorkload {
  readonly metadata?: WireMeta;
  readonly spec?: {
    readonly replicas?: number;
    readonly selector?: WireSelector | Readonly<Record<string, string>>;
    readonly template?: { readonly metadata?: WireMeta; readonly spec?: WirePodSpec };
    readonly jobTemplate?: {
      readonly spec?: { readonly template?: { readonly spec?: WirePodSpec } };
    };
  };
  readonly status?: {
    readonly conditions?: readonly WireCondition[];
    readonly updateRevision?: string;
    readonly currentRevision?: string;
    readonly desiredNumberScheduled?: number;
  };
}

/** A pod spec as far as pulls go. */
export interface WirePodSpec {
  readonly serviceAccountName?: string;
  readonly imagePullSecrets?: readonly { readonly name?: string }[];
  readonly containers?: readonly { readonly name: string; readonly image?: string }[];
  readonly initContainers?: readonly { readonly name: string; readonly image?: string }[];
}

/** A list response. */
export interface WireList<T> {
  readonly items?: readonly T[];
  readonly metadata?: { readonly continue?: string };
}

const PATHS: Readonly<Record<WorkloadKind, { group: string; plural: string }>> = {
  Pod: { group: '/api/v1', plural: 'pods' },
  Deployment: { group: '/apis/apps/v1', plural: 'deployments' },
  StatefulSet: { group: '/apis/apps/v1', plural: 'statefulsets' },
  DaemonSet: { group: '/apis/apps/v1', plural: 'daemonsets' },
  ReplicaSet: { group: '/apis/apps/v1', plural: 'replicasets' },
  Job: { group: '/apis/batch/v1', plural: 'jobs' },
  CronJob: { group: '/apis/batch/v1', plural: 'cronjobs' },
  ReplicationController: { group: '/api/v1', plural: 'replicationcontrollers' },
};

/** The collection path of a kind in a namespace: `/apis/apps/v1/namespaces/shop/deployments`. */
export function collectionPath(kind: WorkloadKind, namespace: string): string {
  const p = PATHS[kind];
  return `${p.group}/namespaces/${encodeURIComponent(namespace)}/${p.plural}`;
}

/** Reads the workload, or fails with one line naming what does not exist. */
export async function readWorkload(
  conn: ApiConnection,
  namespace: string,
  ref: WorkloadRef,
): Promise<WireWorkload> {
  const what = `get ${ref.kind.toLowerCase()} ${namespace}/${ref.name}`;
  try {
    return await conn.get<WireWorkload>(
      what,
      `${collectionPath(ref.kind, namespace)}/${encodeURIComponent(ref.name)}`,
    );
  } catch (err) {
    if (statusOf(err) !== 404) throw toUserError(err, what, conn.server);
    const nsExists = await conn
      .get('get namespace', `/api/v1/namespaces/${encodeURIComponent(namespace)}`)
      .then(
        () => true,
        (e: unknown) => statusOf(e) !== 404,
      );
    if (!nsExists)
      throw new NotFoundError(`namespace "${namespace}" does not exist`, {
        hint: 'list namespaces with `kubectl get namespaces`',
      });
    throw new NotFoundError(
      `${ref.kind.toLowerCase()} "${ref.name}" not found in namespace "${namespace}"`,
      { hint: `list them with \`kubectl -n ${namespace} get ${PATHS[ref.kind].plural}\`` },
    );
  }
}

/** Lists objects of a kind in the namespace matching a label selector (one bounded page). */
export async function listOfKind<T>(
  conn: ApiConnection,
  kind: WorkloadKind,
  namespace: string,
  labelSelector: string | undefined,
): Promise<readonly T[]> {
  const what = `list ${PATHS[kind].plural}`;
  try {
    const list = await conn.get<WireList<T>>(what, collectionPath(kind, namespace), {
      labelSelector,
      limit: 500,
    });
    return list.items ?? [];
  } catch (err) {
    throw toUserError(err, `${what} in ${namespace}`, conn.server);
  }
}

/** True when the object's controlling owner is the one with this uid. */
export function isControlledBy(meta: WireMeta | undefined, uid: string | undefined): boolean {
  if (!uid) return false;
  return (meta?.ownerReferences ?? []).some((o) => o.uid === uid && o.controller !== false);
}
