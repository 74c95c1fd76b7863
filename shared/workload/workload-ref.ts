/**
 * Parsing what a user types where a pod is accepted: `web-0`, `pod/web-0`, `deploy/web`,
 * `deployment.apps/web`, `cronjob/nightly`, ... the way kubectl accepts them.
 */

/** The kinds a reference can name. */
export type WorkloadKind =
  | 'Pod'
  | 'Deployment'
  | 'StatefulSet'
  | 'DaemonSet'
  | 'ReplicaSet'
  | 'Job'
  | 'CronJob'
  | 'ReplicationController';

/** A parsed reference: the kind and the object's name. */
export interface WorkloadRef {
  readonly kind: WorkloadKind;
  readonly name: string;
}

/** The outcome of parsing: a reference, or why the text is not one. */
export type WorkloadRefParse =
  | { readonly ok: true; readonly ref: WorkloadRef }
  | { readonly ok: false; readonly reason: string };

/** Every spelling kubectl takes for a kind (short name, singular, plural, with the API group). */
const SPELLINGS: readonly (readonly [WorkloadKind, readonly string[]])[] = [
  ['Pod', ['po', 'pod', 'pods']],
  ['Deployment', ['deploy', 'deployment', 'deployments', 'deployment.apps', 'deployments.apps']],
  ['StatefulSet', ['sts', 'statefulset', 'statefulsets', 'statefulset.apps', 'statefulsets.apps']],
  ['DaemonSet', ['ds', 'daemonset', 'daemonsets', 'daemonset.apps', 'daemonsets.apps']],
  ['ReplicaSet', ['rs', 'replicaset', 'replicasets', 'replicaset.apps', 'replicasets.apps']],
  ['Job', ['job', 'jobs', 'job.batch', 'jobs.batch']],
  ['CronJob', ['cj', 'cronjob', 'cronjobs', 'cronjob.batch', 'cronjobs.batch']],
  ['ReplicationController', ['rc', 'replicationcontroller', 'replicationcontrollers']],
];

const KIND_BY_SPELLING: ReadonlyMap<string, WorkloadKind> = new Map(
  SPELLINGS.flatMap(([kind, words]) => words.map((w) => [w, kind] as const)),
);

/** The kind a type word names (`deploy`, `statefulset.apps`, ...), case-insensitively. */
export function kindOfType(type: string): WorkloadKind | undefined {
  return KIND_BY_SPELLING.get(type.toLowerCase());
}

/** A DNS-1123 subdomain, which every one of these kinds uses for names. */
const NAME = /^[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$/;

/** Parses `NAME` (a pod) or `TYPE/NAME`; the type is matched case-insensitively, as kubectl does. */
export function parseWorkloadRef(text: string): WorkloadRefParse {
  const slash = text.indexOf('/');
  const typed = slash >= 0;
  const type = typed ? text.slice(0, slash).toLowerCase() : 'pod';
  const name = typed ? text.slice(slash + 1) : text;
  const kind = KIND_BY_SPELLING.get(type);
  if (!kind)
    return {
      ok: false,
      reason: `"${text.slice(0, slash)}" is not a kind diagnose knows (use pod, deploy, sts, ds, rs, job, cronjob or rc)`,
    };
  if (name === '') return { ok: false, reason: `"${text}" names no ${kind.toLowerCase()}` };
  if (!NAME.test(name))
    return {
      ok: false,
      reason: `"${name}" is not a valid ${kind.toLowerCase()} name: lowercase letters, digits, "-" and "."`,
    };
  return { ok: true, ref: { kind, name } };
}

/** How kubectl commands name the object: `deployment/web`. */
export function kubectlName(ref: WorkloadRef): string {
  return `${ref.kind.toLowerCase()}/${ref.name}`;
}

/** Where `--pod` points: `NAME`, `NS/NAME`, `TYPE/NAME` (in the -n namespace) or `NS/TYPE/NAME`. */
export function parsePodArgument(
  text: string,
  namespace: string,
):
  | { readonly ok: true; readonly namespace: string; readonly ref: WorkloadRef }
  | { readonly ok: false; readonly reason: string } {
  const parts = text.split('/');
  if (parts.length === 3) {
    const parsed = parseWorkloadRef(`${parts[1]}/${parts[2]}`);
    return parsed.ok ? { ok: true, namespace: parts[0]!, ref: parsed.ref } : parsed;
  }
  // A known kind before the slash wins over a namespace of the same name (kubectl's reading too).
  const isTyped = parts.length === 2 && KIND_BY_SPELLING.has(parts[0]!.toLowerCase());
  if (parts.length === 2 && !isTyped) {
    const parsed = parseWorkloadRef(parts[1]!);
    return parsed.ok ? { ok: true, namespace: parts[0]!, ref: parsed.ref } : parsed;
  }
  const parsed = parseWorkloadRef(text);
  return parsed.ok ? { ok: true, namespace, ref: parsed.ref } : parsed;
}
