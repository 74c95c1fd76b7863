// Real image pull error texts, collected verbatim from public issue trackers and documentation,
// plus those this project's own test cluster produced. The classifier's table test runs them all.
// Some are shortened at a clean boundary (a truncated URL query, a repeated log line); none are
// reworded. Runtime log lines keep their JSON escapes where the original had them.
import type { Cause } from '../causes.js';
import type { Family, RuntimeFamily } from '../classify.js';
import type { RegistryFlavour } from '../classify-facts.js';
import { CLUSTER_MESSAGES } from './messages-cluster.js';
import { COLLECTED_MESSAGES } from './messages-collected.js';
import { HOLDOUT_MESSAGES } from './messages-holdout.js';
import { NODE_SIDE_MESSAGES } from './messages-node.js';
import { REGISTRY_SIDE_MESSAGES } from './messages-registry.js';

/** One real error text, the cause it should classify as, and where it was found. */
export interface CorpusEntry {
  readonly message: string;
  readonly cause: Cause;
  /** A URL or owner/repo#issue, or this project's test cluster. */
  readonly source: string;
  /** The runtime family whose wording it is, when the classifier should say so. */
  readonly runtime?: RuntimeFamily;
  /** The registry that answered: a known flavour, self-hosted `distribution`, or `other`. */
  readonly registry?: RegistryFlavour | 'distribution' | 'other';
  /** The family of wording the classifier should recognise in it. */
  readonly family?: Family;
}

const OWN_CLUSTER = 'kubectl-imagepull test cluster (containerd 1.6.20)';

/** Messages captured from this repository's own test cluster (test/cluster). */
export const OWN_CLUSTER_MESSAGES: readonly CorpusEntry[] = [
  {
    cause: 'not-found',
    runtime: 'containerd',
    source: OWN_CLUSTER,
    message:
      'Failed to pull image "registry.plain.test/kip/app:v9.9.9": rpc error: code = NotFound desc = failed to pull and unpack image "registry.plain.test/kip/app:v9.9.9": failed to resolve reference "registry.plain.test/kip/app:v9.9.9": registry.plain.test/kip/app:v9.9.9: not found',
  },
];

/** The whole corpus. */
export const MESSAGES: readonly CorpusEntry[] = [
  ...OWN_CLUSTER_MESSAGES,
  ...CLUSTER_MESSAGES,
  ...REGISTRY_SIDE_MESSAGES,
  ...NODE_SIDE_MESSAGES,
  ...COLLECTED_MESSAGES,
  ...HOLDOUT_MESSAGES,
];
