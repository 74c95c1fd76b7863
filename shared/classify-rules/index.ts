import { AMBIGUOUS_ACCESS_RULES } from './ambiguous.js';
import { CONNECTION_FALLBACK_RULES, CONNECTION_RULES, RATE_LIMIT_RULES } from './connection.js';
import { CREDENTIAL_PROVIDER_RULES } from './credential-provider.js';
import { CREDENTIAL_WORDING_RULES } from './credentials.js';
import { DEADLINE_RULES } from './deadline.js';
import { DOWNLOAD_RULES } from './download.js';
import { BACKOFF_RULES, KUBELET_RULES, LOCAL_IMAGE_RULES } from './kubelet.js';
import { MISSING_IMAGE_RULES } from './missing.js';
import { PLATFORM_RULES } from './platform.js';
import { POLICY_RULES } from './policy.js';
import { REFUSAL_RULES, REGISTRY_CONTENT_RULES, REGISTRY_STATUS_RULES } from './refusals.js';
import type { Rule } from './rule.js';
import { RUNTIME_FALLBACK_RULES, RUNTIME_RULES } from './runtime.js';
import { DISK_RULES, UNPACK_RULES } from './storage.js';

export type { Rule } from './rule.js';

/**
 * Every rule in the order it is tried; the first match wins. The order is the point: runtime
 * wrappers quote inner errors, so one text often holds the words of several causes, and the
 * inner, more specific failure must come first. Each group's file says why it sits where it does.
 * Patterns key on the substance shared by containerd 1.6/1.7/2.x, CRI-O, docker and the kubelet,
 * never on one runtime's full sentence.
 */
export const RULES: readonly Rule[] = [
  ...KUBELET_RULES,
  ...LOCAL_IMAGE_RULES,
  ...POLICY_RULES,
  ...PLATFORM_RULES,
  ...DISK_RULES,
  ...RUNTIME_RULES,
  ...CREDENTIAL_PROVIDER_RULES,
  ...CREDENTIAL_WORDING_RULES,
  ...AMBIGUOUS_ACCESS_RULES,
  ...RATE_LIMIT_RULES,
  ...CONNECTION_RULES,
  ...DOWNLOAD_RULES,
  ...UNPACK_RULES,
  ...REGISTRY_CONTENT_RULES,
  ...MISSING_IMAGE_RULES,
  ...REFUSAL_RULES,
  ...REGISTRY_STATUS_RULES,
  ...RUNTIME_FALLBACK_RULES,
  ...CONNECTION_FALLBACK_RULES,
  ...DEADLINE_RULES,
  ...BACKOFF_RULES,
];
