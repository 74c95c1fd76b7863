/** What `diagnose WORKLOAD` gathers and prints: plain shapes, so the rollout verdict stays pure. */
import type { Cause } from '../causes.js';
import type { PodFacts } from '../diagnosis/evidence.js';
import type { Fix, PodDiagnosis } from '../diagnosis/verdict.js';
import type { WorkloadKind } from './workload-ref.js';

/** One revision of a workload: a ReplicaSet, a controller revision hash, or a Job. */
export interface RevisionEvidence {
  /** The ReplicaSet's or Job's name, or `NAME-HASH` for a controller revision. */
  readonly name: string;
  /** deployment.kubernetes.io/revision, or the controller-revision-hash. */
  readonly revision?: string;
  /** True for the revision the workload is rolling out now. */
  readonly isCurrent: boolean;
  readonly pods: readonly PodFacts[];
  /** Diagnoses of the pods chosen to stand for this revision's failures (see diagnoseWorkload). */
  readonly diagnoses: readonly PodDiagnosis[];
}

/** Why a workload may have no pods: its own and its ReplicaSets' conditions, FailedCreate events. */
export interface CreationEvidence {
  readonly desiredReplicas?: number;
  readonly conditions: readonly {
    readonly type: string;
    readonly status: string;
    readonly reason?: string;
    readonly message?: string;
  }[];
  readonly events: readonly {
    readonly object: string;
    readonly reason: string;
    readonly message: string;
  }[];
  /** `kind/name` of the objects whose creation failures to look at (the workload, its ReplicaSet). */
  readonly objects: readonly string[];
}

/** Everything about one workload. */
export interface WorkloadEvidence {
  readonly kind: WorkloadKind;
  readonly name: string;
  readonly namespace: string;
  /** For a CronJob: the Job that stands for it (its newest). */
  readonly job?: string;
  readonly revisions: readonly RevisionEvidence[];
  readonly creation: CreationEvidence;
  /** Failing pods left out of one-by-one diagnosis (counted with their image's verdict). */
  readonly undiagnosedPods: number;
}

/** One image failure within a revision. */
export interface RevisionFailure {
  readonly container: string;
  readonly image: string;
  readonly cause: Cause;
  readonly summary: string;
  readonly pods: number;
  readonly nodes: readonly string[];
}

/** One image a revision runs, and the image IDs (digests) its running pods resolved it to. */
export interface RevisionImage {
  readonly container: string;
  readonly image: string;
  readonly imageIds: readonly string[];
}

/** One revision as printed. */
export interface RevisionSummary {
  readonly name: string;
  readonly revision?: string;
  readonly current: boolean;
  readonly pods: number;
  readonly running: number;
  readonly failing: number;
  readonly images: readonly RevisionImage[];
  readonly failures: readonly RevisionFailure[];
}

/** The result of `diagnose WORKLOAD`. */
export interface WorkloadDiagnosis {
  readonly apiVersion: string;
  readonly kind: 'WorkloadDiagnosis';
  readonly workload: {
    readonly kind: WorkloadKind;
    readonly name: string;
    readonly namespace: string;
    readonly job?: string;
  };
  readonly healthy: boolean;
  /** The rollout question answered in one line. */
  readonly verdict: string;
  readonly revisions: readonly RevisionSummary[];
  readonly fixes: readonly Fix[];
  /** The pod diagnoses the verdict rests on, one per failing image (and node) of each revision. */
  readonly pods: readonly PodDiagnosis[];
  readonly notes: readonly string[];
}
