/**
 * Turns parsed manifests (multi-document YAML, List objects, every workload kind and bare pods)
 * into the pod specs a deploy would create, plus the Secrets and ServiceAccounts they bring along.
 */
import type { ContainerKind } from '../diagnosis/evidence.js';
import type { CheckTarget, NodeSelectorTerm, PodSpecFacts, Toleration } from './check-types.js';

/** One parsed document and where it came from. */
export interface ManifestDocument {
  readonly source: string;
  readonly doc: unknown;
}

/** A Secret or ServiceAccount the manifests define. */
export interface ManifestObject {
  readonly kind: 'Secret' | 'ServiceAccount';
  readonly name: string;
  readonly namespace?: string;
  readonly object: Readonly<Record<string, unknown>>;
}

/** What the manifests hold, or the first document that is not a Kubernetes object we know. */
export type ManifestContents =
  | {
      readonly ok: true;
      readonly targets: readonly CheckTarget[];
      readonly objects: readonly ManifestObject[];
      readonly skipped: readonly string[];
    }
  | { readonly ok: false; readonly reason: string };

type Json = Readonly<Record<string, unknown>>;

/** Where each workload kind keeps its pod spec. */
const POD_SPEC_PATHS: Readonly<Record<string, readonly string[]>> = {
  Pod: ['spec'],
  PodTemplate: ['template', 'spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

/** Core kinds without pods: nothing to pull, so nothing to check. */
const KINDS_WITHOUT_PODS: ReadonlySet<string> = new Set([
  'Service',
  'ConfigMap',
  'Namespace',
  'Ingress',
  'IngressClass',
  'Role',
  'RoleBinding',
  'ClusterRole',
  'ClusterRoleBinding',
  'PersistentVolume',
  'PersistentVolumeClaim',
  'NetworkPolicy',
  'HorizontalPodAutoscaler',
  'PodDisruptionBudget',
  'StorageClass',
  'CustomResourceDefinition',
  'LimitRange',
  'ResourceQuota',
  'Endpoints',
  'EndpointSlice',
  'PriorityClass',
  'ValidatingWebhookConfiguration',
  'MutatingWebhookConfiguration',
  'APIService',
  'Lease',
  'RuntimeClass',
  'CSIDriver',
  'VolumeAttachment',
  'Gateway',
  'HTTPRoute',
]);

/** Reads every document; a List's items count as documents of their own. */
export function manifestContents(docs: readonly ManifestDocument[]): ManifestContents {
  const targets: CheckTarget[] = [];
  const objects: ManifestObject[] = [];
  const skipped: string[] = [];
  for (const { source, doc } of docs.flatMap(expandLists)) {
    if (doc === null || doc === undefined) continue; // an empty document (`---` twice)
    if (!isObject(doc) || typeof doc['kind'] !== 'string' || typeof doc['apiVersion'] !== 'string')
      return { ok: false, reason: `${source}: not a Kubernetes object (no apiVersion and kind)` };
    const kind = doc['kind'];
    const meta = isObject(doc['metadata']) ? doc['metadata'] : {};
    const name = typeof meta['name'] === 'string' ? meta['name'] : '';
    const namespace = typeof meta['namespace'] === 'string' ? meta['namespace'] : undefined;
    const path = POD_SPEC_PATHS[kind];
    if (path) {
      targets.push({ source, kind, name, namespace, spec: podSpecFacts(dig(doc, path)) });
    } else if (kind === 'Secret' || kind === 'ServiceAccount') {
      objects.push({ kind, name, namespace, object: doc });
    } else if (KINDS_WITHOUT_PODS.has(kind) || isCustomGroup(doc['apiVersion'])) {
      skipped.push(`${source}: ${kind} ${name} (no pods)`);
    } else {
      return {
        ok: false,
        reason: `${source}: unknown kind "${kind}" (${doc['apiVersion']}): not a workload, pod or object check knows`,
      };
    }
  }
  return { ok: true, targets, objects, skipped };
}

function expandLists(d: ManifestDocument): ManifestDocument[] {
  if (
    isObject(d.doc) &&
    typeof d.doc['kind'] === 'string' &&
    d.doc['kind'].endsWith('List') &&
    Array.isArray(d.doc['items'])
  )
    return (d.doc['items'] as unknown[]).flatMap((doc, i) =>
      expandLists({ source: `${d.source}[${i}]`, doc }),
    );
  return [d];
}

/** A custom resource (group with a dot, not a Kubernetes one): its kinds are not ours to judge. */
function isCustomGroup(apiVersion: string): boolean {
  const group = apiVersion.includes('/') ? apiVersion.split('/')[0]! : '';
  return group.includes('.') && !group.endsWith('.k8s.io');
}

/** The pull- and placement-relevant parts of a pod spec. */
export function podSpecFacts(spec: unknown): PodSpecFacts {
  const s = isObject(spec) ? spec : {};
  const containers = (kind: ContainerKind, field: string) =>
    asArray(s[field])
      .filter(isObject)
      .map((c) => ({
        name: String(c['name'] ?? ''),
        kind,
        image: String(c['image'] ?? ''),
      }));
  const affinity = dig(s, [
    'affinity',
    'nodeAffinity',
    'requiredDuringSchedulingIgnoredDuringExecution',
    'nodeSelectorTerms',
  ]);
  return {
    serviceAccountName: String(s['serviceAccountName'] ?? s['serviceAccount'] ?? 'default'),
    imagePullSecrets: asArray(s['imagePullSecrets'])
      .filter(isObject)
      .map((r) => String(r['name'] ?? ''))
      .filter(Boolean),
    containers: [
      ...containers('init', 'initContainers'),
      ...containers('regular', 'containers'),
      ...containers('ephemeral', 'ephemeralContainers'),
    ],
    nodeSelector: isObject(s['nodeSelector']) ? (s['nodeSelector'] as Record<string, string>) : {},
    requiredTerms: asArray(affinity).filter(isObject) as NodeSelectorTerm[],
    tolerations: asArray(s['tolerations']).filter(isObject) as Toleration[],
  };
}

function dig(value: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((v, key) => (isObject(v) ? v[key] : undefined), value);
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}
