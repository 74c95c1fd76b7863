/**
 * Completing a workload reference where a pod is accepted: `deploy/<TAB>` lists the namespace's
 * Deployments, `sts/w<TAB>` its StatefulSets starting with w, and so on for every spelling
 * `diagnose` takes. The type typed before the slash is kept as typed.
 */
import { kindOfType, type WorkloadKind } from '../../shared/workload/workload-ref.js';

/** The live lists of workload names, by the API's plural resource name. */
export type WorkloadSource =
  | 'deployments'
  | 'statefulsets'
  | 'daemonsets'
  | 'replicasets'
  | 'jobs'
  | 'cronjobs'
  | 'replicationcontrollers';

const SOURCES: Readonly<Record<Exclude<WorkloadKind, 'Pod'>, WorkloadSource>> = {
  Deployment: 'deployments',
  StatefulSet: 'statefulsets',
  DaemonSet: 'daemonsets',
  ReplicaSet: 'replicasets',
  Job: 'jobs',
  CronJob: 'cronjobs',
  ReplicationController: 'replicationcontrollers',
};

/** The type prefixes offered where only a workload fits (`check <TAB>`). */
export const WORKLOAD_TYPES: readonly { value: string; description: string }[] = [
  { value: 'deploy/', description: 'Deployment' },
  { value: 'sts/', description: 'StatefulSet' },
  { value: 'ds/', description: 'DaemonSet' },
  { value: 'rs/', description: 'ReplicaSet' },
  { value: 'job/', description: 'Job' },
  { value: 'cronjob/', description: 'CronJob' },
  { value: 'rc/', description: 'ReplicationController' },
  { value: 'pod/', description: 'Pod' },
];

/** What a typed `TYPE/NAME` asks for, or undefined when it is no workload reference. */
export function workloadToComplete(
  typed: string,
): { source: WorkloadSource | 'pods'; name: string; prefix: string } | undefined {
  const at = typed.indexOf('/');
  if (at < 0) return undefined;
  const kind = kindOfType(typed.slice(0, at));
  if (!kind) return undefined;
  const prefix = typed.slice(0, at + 1);
  const name = typed.slice(at + 1);
  return { source: kind === 'Pod' ? 'pods' : SOURCES[kind], name, prefix };
}

/** The API path listing a workload source in a namespace. */
export function workloadListPath(source: WorkloadSource, namespace: string): string {
  const group =
    source === 'jobs' || source === 'cronjobs'
      ? '/apis/batch/v1'
      : source === 'replicationcontrollers'
        ? '/api/v1'
        : '/apis/apps/v1';
  return `${group}/namespaces/${encodeURIComponent(namespace)}/${source}`;
}
