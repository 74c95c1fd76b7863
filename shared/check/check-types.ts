/** What `check` reads from manifests or a live workload, and what it prints. */
import type { ContainerKind } from '../diagnosis/evidence.js';

/** A node selector requirement (node affinity), as the API writes it. */
export interface NodeSelectorRequirement {
  readonly key: string;
  readonly operator: string;
  readonly values?: readonly string[];
}

/** One term of required node affinity: all its expressions must hold. */
export interface NodeSelectorTerm {
  readonly matchExpressions?: readonly NodeSelectorRequirement[];
  readonly matchFields?: readonly NodeSelectorRequirement[];
}

/** A toleration, as the API writes it. */
export interface Toleration {
  readonly key?: string;
  readonly operator?: string;
  readonly value?: string;
  readonly effect?: string;
}

/** The parts of a pod spec that decide where it runs and how it pulls. */
export interface PodSpecFacts {
  readonly serviceAccountName: string;
  readonly imagePullSecrets: readonly string[];
  readonly containers: readonly {
    readonly name: string;
    readonly kind: ContainerKind;
    readonly image: string;
  }[];
  readonly nodeSelector: Readonly<Record<string, string>>;
  /** Required node affinity terms (any one must match); empty when there are none. */
  readonly requiredTerms: readonly NodeSelectorTerm[];
  readonly tolerations: readonly Toleration[];
}

/** One object whose pods `check` looks at. */
export interface CheckTarget {
  /** Where it came from: `app.yaml#2`, `-#1` for stdin, or `cluster`. */
  readonly source: string;
  readonly kind: string;
  readonly name: string;
  /** The object's own namespace, when it names one. */
  readonly namespace?: string;
  readonly spec: PodSpecFacts;
}

/** A node as placement sees it. */
export interface PlacementNode {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly taints: readonly {
    readonly key: string;
    readonly value?: string;
    readonly effect: string;
  }[];
  readonly architecture?: string;
  readonly os?: string;
}

/** One image of one container, checked. */
export interface ImageCheck {
  readonly workload: string;
  readonly namespace: string;
  readonly source: string;
  readonly container: string;
  readonly containerKind: ContainerKind;
  readonly image: string;
  readonly exists: 'yes' | 'no' | 'unknown';
  readonly digest?: string;
  readonly platforms?: readonly string[];
  /** The nodes the pod may be scheduled on, and those of them the image has no platform for. */
  readonly nodes?: {
    readonly eligible: readonly string[];
    readonly unsupported: readonly string[];
  };
  readonly credential: {
    readonly status: 'matched' | 'anonymous' | 'unchecked';
    readonly secret?: string;
    readonly via?: 'pod' | 'service-account';
    readonly key?: string;
  };
  readonly rateLimit?: { readonly limit?: string; readonly remaining?: string };
  readonly problems: readonly string[];
  readonly warnings: readonly string[];
  readonly ok: boolean;
}

/** The result of `check`. */
export interface CheckResult {
  readonly apiVersion: string;
  readonly kind: 'CheckResult';
  /** What was checked: the files, `stdin`, or `deployment/web`. */
  readonly input: string;
  readonly cluster: { readonly read: boolean; readonly nodes?: number; readonly note?: string };
  readonly ok: boolean;
  readonly problems: number;
  readonly images: readonly ImageCheck[];
  readonly notes: readonly string[];
}
