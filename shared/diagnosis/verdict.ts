/** The result of `diagnose`: one versioned object rendered as text, JSON or YAML. */
import type { Cause, Confidence } from '../causes.js';
import type { ContainerKind } from './evidence.js';
import type { FsUsage } from './node-filesystems.js';
import type { KubeletConfigFacts } from './kubelet-config.js';
import type { KubeletPullMetrics } from './kubelet-metrics.js';

/** Where a line of evidence came from, so readers know how much to trust it. */
export type EvidenceSource =
  | 'event'
  | 'status'
  | 'secret'
  | 'service-account'
  | 'node'
  | 'kubelet'
  | 'scope'
  | 'registry'
  | 'reference';

/** One verbatim line of evidence. */
export interface EvidenceLine {
  readonly source: EvidenceSource;
  readonly text: string;
}

/** A suggested action; `command` is exact and copy-pastable when present. */
export interface Fix {
  readonly description: string;
  readonly command?: string;
}

/** One pull secret as the pod would use it (never the password). */
export interface SecretAuditEntry {
  readonly name: string;
  readonly via: 'pod' | 'service-account';
  readonly status:
    'ok' | 'missing' | 'wrong-type' | 'undecodable' | 'no-matching-entry' | 'unreadable';
  readonly type?: string;
  readonly matchedKey?: string;
  readonly matchKind?: string;
  readonly username?: string;
  readonly keys?: readonly string[];
  readonly note?: string;
}

/** The pull-secret picture for one image. */
export interface SecretAudit {
  readonly entries: readonly SecretAuditEntry[];
  /** True when some referenced secret holds credentials for the image's registry. */
  readonly hasMatchingCredential: boolean;
  readonly serviceAccount: {
    readonly name: string;
    readonly status: 'ok' | 'missing' | 'unreadable';
    readonly secrets: readonly string[];
    /** A secret the service account lists (not the pod) that matches the image: recreate the pod. */
    readonly matchingNotCopied?: string;
  };
  /** Secrets in other namespaces with credentials for the image (they never cross namespaces). */
  readonly elsewhere?: readonly {
    readonly namespace: string;
    readonly secret: string;
    readonly key: string;
  }[];
  readonly notes: readonly string[];
}

/** Scope: is this about the image, the node, or everything? */
export interface ScopeReport {
  readonly reach: 'cluster' | 'namespace' | 'none';
  /** Which pods were compared with, when the reader said (diagnose POD reads bounded scopes). */
  readonly looked?: string;
  readonly sameImageRunning: readonly string[];
  readonly sameImageFailing: readonly string[];
  readonly otherImagesFailingOnNode: readonly string[];
  readonly imageIds: readonly string[];
  readonly summary?: string;
}

/** Retry timing of the kubelet's image back-off. */
export interface BackoffReport {
  readonly attempts: number;
  readonly lastFailure?: string;
  readonly nextRetryAt?: string;
  readonly delaySeconds?: number;
  readonly note: string;
}

/** A pull in flight: how long, how big, how fast, and what is ahead of it on the node. */
export interface PullReport {
  readonly image: string;
  /** When the kubelet recorded the Pulling event of this attempt. */
  readonly since: string;
  readonly seconds: number;
  readonly sizeBytes?: number;
  readonly sizeFrom?: 'registry' | 'node-events';
  /** How long a pull of this size should take on this node. */
  readonly expectedSeconds?: number;
  /** The rate of this pull when it can be estimated (an upper bound while it runs). */
  readonly bytesPerSecond?: number;
  /** The node's usual rate, from its recent Pulled events of similar sizes. */
  readonly nodeBytesPerSecond?: number;
  /** From the kubelet's configz; absent when it could not be read. */
  readonly serializeImagePulls?: boolean;
  readonly maxParallelImagePulls?: number;
  /** The pull this one waits behind. */
  readonly ahead?: PullOnNode;
  /** Other pulls on the node that have not finished, oldest first. */
  readonly inFlightOnNode: readonly PullOnNode[];
  /** The node's recent finished pulls, newest first (at most a few). */
  readonly recentOnNode: readonly FinishedPullOnNode[];
}

/** Another pod's pull on the same node. */
export interface PullOnNode {
  readonly pod: string;
  readonly image: string;
  readonly since: string;
  readonly sizeBytes?: number;
}

/** A finished pull on the node, as its Pulled event tells it. */
export interface FinishedPullOnNode {
  readonly pod: string;
  readonly image: string;
  readonly seconds?: number;
  readonly includingWaitingSeconds?: number;
  readonly sizeBytes?: number;
}

/** The verdict for one container that cannot get its image. */
export interface ContainerVerdict {
  readonly container: string;
  readonly kind: ContainerKind;
  readonly image: string;
  readonly registry?: string;
  readonly waitingReason?: string;
  readonly cause: Cause;
  readonly confidence: Confidence;
  readonly summary: string;
  readonly evidence: readonly EvidenceLine[];
  readonly secrets: SecretAudit;
  readonly scope: ScopeReport;
  readonly backoff?: BackoffReport;
  readonly registryCheck?: {
    readonly seenFrom: 'this machine';
    readonly result: string;
    readonly detail?: string;
  };
  readonly warnings: readonly string[];
  readonly fixes: readonly Fix[];
  readonly reproduce?: string;
  /** For a container still waiting on its pull (causes pulling, pull-queued, pull-slow, pull-stuck). */
  readonly pull?: PullReport;
}

/** Which credential a container's pull uses (none means anonymous). */
export interface CredentialUse {
  readonly container: string;
  readonly image: string;
  readonly registry?: string;
  readonly secret?: string;
  readonly via?: 'pod' | 'service-account';
  readonly key?: string;
  readonly username?: string;
}

/** The whole diagnosis of one pod. */
export interface PodDiagnosis {
  readonly apiVersion: string;
  readonly kind: 'PodDiagnosis';
  readonly pod: {
    readonly namespace: string;
    readonly name: string;
    readonly node?: string;
    readonly phase?: string;
  };
  readonly node?: {
    readonly name: string;
    readonly architecture?: string;
    readonly ready?: boolean;
    readonly diskPressure?: boolean;
    readonly note?: string;
    /** From the kubelet's configz, when it could be read. */
    readonly pullConfig?: KubeletConfigFacts;
    /** From the kubelet's stats/summary, when it could be read. */
    readonly imageFs?: FsUsage;
    readonly nodeFs?: FsUsage;
    /** From the kubelet's metrics, when they could be read: its pull record since it started. */
    readonly pullMetrics?: KubeletPullMetrics;
  };
  readonly healthy: boolean;
  readonly containers: readonly ContainerVerdict[];
  /** For every container: which pull secret entry the kubelet would use for its image. */
  readonly credentials: readonly CredentialUse[];
  /** Pull-related warnings about containers that are fine today (mutable tags, skew). */
  readonly warnings: readonly string[];
  readonly notes: readonly string[];
}
