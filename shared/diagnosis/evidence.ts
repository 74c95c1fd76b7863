/**
 * What `diagnose` gathers about a pod, in plain shapes of our own (no client-node types), so the
 * verdict engine stays pure and tests build evidence with small builders.
 */
import type { PullSecretDecode } from '../pull-secrets.js';
import type { NamespacedPullSecret } from './credentials-elsewhere.js';
import type { KubeletConfigFacts } from './kubelet-config.js';
import type { NodeFilesystems } from './node-filesystems.js';
import type { KubeletLog } from './kubelet-log.js';
import type { KubeletPullMetrics } from './kubelet-metrics.js';
import type { NodePullEvent } from './pull-events.js';

/** Where a container is declared; init and ephemeral containers fail to pull just the same. */
export type ContainerKind = 'init' | 'regular' | 'ephemeral';

/** One container of the pod, spec and status joined. */
export interface ContainerFacts {
  readonly name: string;
  readonly kind: ContainerKind;
  readonly image: string;
  readonly imagePullPolicy?: string;
  readonly waiting?: { readonly reason?: string; readonly message?: string };
  readonly running: boolean;
  readonly terminated?: { readonly reason?: string; readonly exitCode?: number };
  /** The resolved image the runtime ran (digest), present once the pull succeeded. */
  readonly imageID?: string;
  readonly restartCount: number;
}

/** The pod itself. */
export interface PodFacts {
  readonly namespace: string;
  readonly name: string;
  readonly uid?: string;
  readonly nodeName?: string;
  readonly phase?: string;
  readonly serviceAccountName: string;
  readonly imagePullSecrets: readonly string[];
  readonly containers: readonly ContainerFacts[];
  readonly owner?: { readonly kind: string; readonly name: string };
  readonly labels: Readonly<Record<string, string>>;
  readonly createdAt?: string;
}

/** One event about the pod (core/v1 Event, flattened). */
export interface EventFacts {
  readonly type?: string;
  readonly reason: string;
  readonly message: string;
  /** Which container the event is about, from involvedObject.fieldPath ("spec.containers{app}"). */
  readonly fieldPath?: string;
  readonly count: number;
  readonly firstSeen?: string;
  readonly lastSeen?: string;
}

/** How reading an object went: found, absent, or refused by RBAC. */
export type Lookup<T> =
  | { readonly status: 'found'; readonly value: T }
  | { readonly status: 'missing' }
  | { readonly status: 'forbidden'; readonly message: string }
  | { readonly status: 'error'; readonly message: string };

/** A referenced pull secret: its type and decoded credentials (decoding happens before redaction). */
export interface SecretFacts {
  readonly type?: string;
  readonly decoded: PullSecretDecode;
}

/** The pod's service account: only its pull-secret list matters here. */
export interface ServiceAccountFacts {
  readonly imagePullSecrets: readonly string[];
}

/** The pod's node. */
export interface NodeFacts {
  readonly name: string;
  readonly architecture?: string;
  readonly os?: string;
  readonly ready?: boolean;
  /** The Ready condition's reason and message when it is not True (the kubelet's own words). */
  readonly readyMessage?: string;
  readonly diskPressure?: boolean;
  readonly runtimeVersion?: string;
  readonly kubeletVersion?: string;
  /** The image names node status lists (repo tags and digests; the kubelet reports at most 50). */
  readonly images?: readonly string[];
}

/** Another pod seen while looking at scope: where it runs, which images and how they fare. */
export interface SiblingPodFacts {
  readonly namespace: string;
  readonly name: string;
  readonly nodeName?: string;
  readonly containers: readonly ContainerFacts[];
  /** Its pull secrets and service account: whose credentials its images came with. */
  readonly imagePullSecrets?: readonly string[];
  readonly serviceAccountName?: string;
}

/** Pods elsewhere, for scope: how far they reach and what could be read. */
export interface SiblingFacts {
  readonly reach: 'cluster' | 'namespace' | 'none';
  /** Which pods were looked at, e.g. "pods of namespace shop and node node-1 (every namespace)". */
  readonly looked?: string;
  readonly note?: string;
  readonly pods: readonly SiblingPodFacts[];
  /** Every pod of the pod's node is in `pods` (read whole, not bounded). */
  readonly nodeListed?: boolean;
}

/** The registry's own answer about an image, as seen from the user's machine. */
export type RegistryFacts =
  | {
      readonly kind: 'exists';
      readonly digest?: string;
      readonly platforms?: readonly string[];
      /** The image's size for the node's platform (layers and config), when the registry said. */
      readonly sizeBytes?: number;
      /** Docker Hub's rate-limit headers on the (HEAD) answer, when it sent them. */
      readonly rateLimit?: { readonly limit?: string; readonly remaining?: string };
    }
  | {
      readonly kind: 'not-found';
      readonly what: 'tag' | 'digest' | 'repository' | 'unknown';
      readonly closestTags: readonly string[];
      readonly evidence: string;
    }
  | { readonly kind: 'unauthorized'; readonly evidence: string; readonly withCredentials: boolean }
  | {
      readonly kind: 'rate-limited';
      readonly evidence: string;
      readonly limit?: string;
      readonly remaining?: string;
    }
  | {
      readonly kind: 'unreachable';
      readonly evidence: string;
      readonly failure: 'dns' | 'refused' | 'timeout' | 'tls' | 'other';
    }
  | { readonly kind: 'error'; readonly evidence: string }
  | { readonly kind: 'skipped'; readonly why: string };

/** Everything gathered for one pod. Secrets are keyed by name; the same name may be wanted twice. */
export interface PodEvidence {
  readonly pod: PodFacts;
  readonly events: Lookup<readonly EventFacts[]>;
  readonly serviceAccount: Lookup<ServiceAccountFacts>;
  readonly secrets: Readonly<Record<string, Lookup<SecretFacts>>>;
  /** Where a secret missing from the pod's namespace was found instead (namespace names). */
  readonly secretsElsewhere: Readonly<Record<string, readonly string[]>>;
  readonly node?: Lookup<NodeFacts>;
  readonly siblings: SiblingFacts;
  /** Registry answers by container name (absent when --no-registry or nothing to ask). */
  readonly registry: Readonly<Record<string, RegistryFacts>>;
  /**
   * Decoded pull secrets of other namespaces, read only when the pod's own credentials match no
   * failing image (absent when not read or not allowed).
   */
  readonly otherNamespaceSecrets?: readonly NamespacedPullSecret[];
  /**
   * The Pulling, Pulled and Failed events of the pods on the pod's node, read only while one of
   * its containers waits to start (what else the node is pulling, and how fast it pulls).
   */
  readonly nodePulls?: Lookup<readonly NodePullEvent[]>;
  /** What only the pod's node's kubelet knows, through nodes/proxy (absent when not read). */
  readonly kubelet?: KubeletEvidence;
}

/** The kubelet's own evidence: each read alone, each allowed or not by RBAC and the kubelet. */
export interface KubeletEvidence {
  /** `/api/v1/nodes/NODE/proxy/configz`. */
  readonly config: Lookup<KubeletConfigFacts>;
  /** `/api/v1/nodes/NODE/proxy/stats/summary`. */
  readonly filesystems: Lookup<NodeFilesystems>;
  /** `/api/v1/nodes/NODE/proxy/metrics`: pull counts, errors and durations. */
  readonly metrics?: Lookup<KubeletPullMetrics>;
  /** `/api/v1/nodes/NODE/proxy/logs/?query=kubelet` (NodeLogQuery); read when a pull failed. */
  readonly log?: Lookup<KubeletLog>;
}
