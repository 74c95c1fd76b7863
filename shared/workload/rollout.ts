/**
 * The rollout question in one verdict: which revision cannot pull which image, on how many of its
 * pods and where, and what the other revisions run; with the fix on the workload, not the pod.
 */
import { API_VERSION } from '../api-version.js';
import type { Fix } from '../diagnosis/verdict.js';
import { parseImageReference } from '../image-reference.js';
import { summariseRevision } from './revision-summary.js';
import { judgeCreation } from './rollout-creation.js';
import type {
  RevisionFailure,
  RevisionSummary,
  WorkloadDiagnosis,
  WorkloadEvidence,
} from './rollout-types.js';
import { kubectlName, type WorkloadKind } from './workload-ref.js';

/** Kinds `kubectl rollout undo` can roll back. */
const UNDOABLE: ReadonlySet<WorkloadKind> = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);

/** Diagnoses the workload from its revisions and their pods' diagnoses. */
export function diagnoseWorkload(e: WorkloadEvidence): WorkloadDiagnosis {
  const name = kubectlName(e);
  const revisions = e.revisions.map(summariseRevision);
  const pods = e.revisions.flatMap((r) => r.diagnoses);
  const base = {
    apiVersion: API_VERSION,
    kind: 'WorkloadDiagnosis' as const,
    workload: { kind: e.kind, name: e.name, namespace: e.namespace, job: e.job },
    revisions,
    pods,
    notes: workloadNotes(e),
  };
  if (revisions.every((r) => r.pods === 0)) {
    const creation = judgeCreation(e.job ? `job/${e.job}` : name, e.namespace, e.creation);
    return {
      ...base,
      healthy: !creation.isBlocked,
      verdict: creation.verdict,
      fixes: creation.fixes,
    };
  }
  const failing = revisions.filter((r) => r.failures.length > 0);
  if (failing.length === 0)
    return { ...base, healthy: true, verdict: healthyVerdict(name, revisions), fixes: [] };
  return {
    ...base,
    healthy: false,
    verdict: failingVerdict(e.kind, revisions),
    fixes: workloadFixes(e, revisions),
  };
}

function workloadNotes(e: WorkloadEvidence): string[] {
  const notes: string[] = [];
  if (e.job) notes.push(`cronjob/${e.name}: its newest Job is ${e.job}`);
  if (e.undiagnosedPods > 0)
    notes.push(
      `${e.undiagnosedPods} failing pod${e.undiagnosedPods === 1 ? ' was' : 's were'} not diagnosed one by one: counted with the verdict for the same image`,
    );
  return notes;
}

function healthyVerdict(name: string, revisions: readonly RevisionSummary[]): string {
  const live = revisions.filter((r) => r.pods > 0);
  // Pods that neither run nor fail to pull (Pending, unscheduled) are counted, not called running.
  const parts = live.map(
    (r) =>
      `${r.name} ${r.images.map((i) => i.image).join(', ')}: ${r.running} of ${count(r.pods, 'pod')} running`,
  );
  return `${name}: no image pull problem (${parts.join('; ')})`;
}

function failingVerdict(kind: WorkloadKind, revisions: readonly RevisionSummary[]): string {
  const current = revisions.find((r) => r.current);
  const parts: string[] = [];
  for (const r of [...revisions].sort((a, b) => Number(b.current) - Number(a.current))) {
    if (r.pods === 0) continue;
    const label = revisionLabel(kind, r, revisions.length > 1);
    if (r.failures.length > 0) parts.push(`${label} ${failureWords(r, revisions)}`);
    else if (current && r !== current)
      parts.push(`${oldLabel(kind, r)} runs ${runsWords(r, current)}`);
    else parts.push(`${label} runs ${runsWords(r)}`);
  }
  return parts.join('; ');
}

function revisionLabel(kind: WorkloadKind, r: RevisionSummary, hasOthers: boolean): string {
  const age = hasOthers ? (r.current ? 'new ' : 'old ') : '';
  switch (kind) {
    case 'Deployment':
      return `the ${age}ReplicaSet ${r.name}`;
    case 'StatefulSet':
    case 'DaemonSet':
      return `the ${age}revision ${r.name}`;
    case 'Job':
    case 'CronJob':
      return `job ${r.name}`;
    default:
      return `${kind.toLowerCase()} ${r.name}`;
  }
}

function oldLabel(kind: WorkloadKind, r: RevisionSummary): string {
  return kind === 'Deployment' ? `the old ReplicaSet ${r.name}` : `the old revision ${r.name}`;
}

function failureWords(r: RevisionSummary, all: readonly RevisionSummary[]): string {
  return r.failures
    .map((f) => {
      const where = nodeOnly(f, all);
      return `cannot pull ${f.image} (${f.cause.replace(/-/g, ' ')}) on ${f.pods} of ${count(r.pods, 'pod')}${where}`;
    })
    .join(', and ');
}

/** `, on node-2 only: other nodes pull it` when the image fails on one node and runs elsewhere. */
function nodeOnly(f: RevisionFailure, all: readonly RevisionSummary[]): string {
  if (f.nodes.length !== 1) return '';
  const elsewhere = all.some((r) =>
    r.images.some(
      (i) => i.image === f.image && i.container === f.container && i.imageIds.length > 0,
    ),
  );
  return elsewhere ? `, on ${f.nodes[0]} only: other nodes pull it` : '';
}

/** `v1.4.1 (sha256:0123456789ab) on 5 pods`, the tag alone when the repository is the same. */
function runsWords(r: RevisionSummary, current?: RevisionSummary): string {
  const images = r.images.map((i) => {
    const now = current?.images.find((c) => c.container === i.container);
    const shown = now && sameRepository(now.image, i.image) ? tagOf(i.image) : i.image;
    const digests = i.imageIds.map((id) => shortDigest(id)).filter(Boolean);
    return digests.length > 0 ? `${shown} (${digests.join(', ')})` : shown;
  });
  return `${images.join(', ')} on ${count(r.running || r.pods, 'pod')}`;
}

function sameRepository(a: string, b: string): boolean {
  const x = parseImageReference(a);
  const y = parseImageReference(b);
  return (
    x.ok &&
    y.ok &&
    a !== b &&
    x.ref.registry === y.ref.registry &&
    x.ref.repository === y.ref.repository
  );
}

function tagOf(image: string): string {
  const parsed = parseImageReference(image);
  return (parsed.ok && parsed.ref.tag) || image;
}

function shortDigest(imageId: string): string {
  const m = /sha256:([0-9a-f]{12})/.exec(imageId);
  return m ? `sha256:${m[1]}` : '';
}

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}

/**
 * Going back first when an old revision still pulls (its image, or `rollout undo`), then the fixes
 * of the diagnosis that stands for the failure, aimed at the workload; for a CronJob, a run now.
 */
function workloadFixes(e: WorkloadEvidence, revisions: readonly RevisionSummary[]): Fix[] {
  const name = kubectlName(e);
  const ns = e.namespace;
  const failing =
    revisions.find((r) => r.current && r.failures.length > 0) ??
    revisions.find((r) => r.failures.length > 0)!;
  const first = failing.failures[0]!;
  const fixes: Fix[] = [];
  const old = failing.current ? revisions.find((r) => !r.current && r.running > 0) : undefined;
  const oldImage = old?.images.find((i) => i.container === first.container)?.image;
  if (oldImage && oldImage !== first.image)
    fixes.push({
      description: `go back to the image the old revision ${old!.name} runs`,
      command: `kubectl -n ${ns} set image ${name} ${first.container}=${oldImage}`,
    });
  if (old && UNDOABLE.has(e.kind))
    fixes.push({
      description: `or roll back to ${old.name}, which pulls`,
      command: `kubectl -n ${ns} rollout undo ${name}`,
    });
  const verdict = e.revisions
    .flatMap((r) => r.diagnoses)
    .flatMap((d) => d.containers)
    .find((c) => c.container === first.container && c.image === first.image);
  for (const f of verdict?.fixes ?? [])
    if (!targetsPodOrJob(f, e) && !fixes.some((x) => x.command && x.command === f.command))
      fixes.push(f);
  if (e.kind === 'CronJob')
    fixes.push({
      description: 'once the template is fixed, run it now instead of waiting for the schedule',
      command: `kubectl -n ${ns} create job --from=${name} ${e.name}-retry`,
    });
  return fixes;
}

/** A fix aimed at one pod, or at a Job a CronJob made, is not a fix of the workload. */
function targetsPodOrJob(f: Fix, e: WorkloadEvidence): boolean {
  if (!f.command) return false;
  if (e.kind !== 'Pod' && / pod\//.test(f.command)) return true;
  return e.kind === 'CronJob' && / job\//.test(f.command);
}
