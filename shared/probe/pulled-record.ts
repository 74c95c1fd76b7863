/**
 * The kubelet's record of who pulled an image (KEP-2535, on by default since 1.35): one JSON file
 * per image ID under `<root-dir>/image_manager/pulled/`, saying which pull secrets or service
 * accounts pulled it, or that any pod on the node may use it. With the verification policy in
 * force, it decides whether a pod may use the image already on the node or must pull it again
 * with credentials of its own: "it is on the node but this pod cannot use it".
 */

/** Who may use one repository's copy, as the record says (uids and credential hashes left out). */
export interface PulledBy {
  readonly repository: string;
  /** `namespace/name` of the pull secrets whose credentials pulled it. */
  readonly secrets: readonly string[];
  readonly serviceAccounts: readonly string[];
  /** Pulled without credentials (or preloaded and trusted): every pod on the node may use it. */
  readonly nodeWide: boolean;
}

/** The record of one image ID. */
export interface PulledRecord {
  readonly imageRef: string;
  readonly lastUpdated?: string;
  readonly pulledBy: readonly PulledBy[];
}

/** The kubelet's `imagePullCredentialsVerificationPolicy` default since 1.33. */
export const DEFAULT_VERIFICATION_POLICY = 'NeverVerifyPreloadedImages';

/** What each policy means for a pod without the credentials that pulled the image. */
export const VERIFICATION_POLICIES: Readonly<Record<string, string>> = {
  NeverVerify: 'any pod on the node may use an image once it is there',
  NeverVerifyPreloadedImages:
    'images the kubelet did not pull (preloaded) are usable by every pod; an image pulled with credentials is usable only by pods with matching credentials, others must pull it again',
  NeverVerifyAllowlistedImages:
    'only images in preloadedImagesVerificationAllowlist skip the check; every other pod must show credentials the image was pulled with',
  AlwaysVerify: 'every pod must show credentials the image was pulled with, preloaded images too',
};

/** Reads one record file; undefined when it is not an ImagePulledRecord. */
export function parsePulledRecord(json: unknown): PulledRecord | undefined {
  if (!isObject(json) || json['kind'] !== 'ImagePulledRecord') return undefined;
  const imageRef = json['imageRef'];
  if (typeof imageRef !== 'string') return undefined;
  const mapping = isObject(json['credentialMapping']) ? json['credentialMapping'] : {};
  const pulledBy = Object.entries(mapping).map(([repository, creds]): PulledBy => {
    const c = isObject(creds) ? creds : {};
    return {
      repository,
      secrets: refs(c['kubernetesSecrets']),
      serviceAccounts: refs(c['kubernetesServiceAccounts']),
      nodeWide: c['nodePodsAccessible'] === true,
    };
  });
  const updated = json['lastUpdatedTime'];
  return { imageRef, ...(typeof updated === 'string' ? { lastUpdated: updated } : {}), pulledBy };
}

/** One sentence for the evidence: who pulled the image on this node, and what the policy allows. */
export function describePulledRecord(
  node: string,
  record: PulledRecord,
  policy: string | undefined,
): string {
  const who = record.pulledBy.map((p) => {
    const by = [
      ...p.secrets.map((s) => `secret ${s}`),
      ...p.serviceAccounts.map((s) => `service account ${s}`),
      ...(p.nodeWide ? ['no credentials (any pod on the node may use it)'] : []),
    ];
    return `${p.repository} by ${by.join(', ') || 'unknown credentials'}`;
  });
  const when = record.lastUpdated ? `, recorded ${record.lastUpdated}` : '';
  const rule = policy ?? DEFAULT_VERIFICATION_POLICY;
  const means = VERIFICATION_POLICIES[rule] ?? 'a policy this version does not know';
  return `the kubelet on ${node} records image ${record.imageRef} as pulled for ${who.join('; ') || 'nobody'}${when}; imagePullCredentialsVerificationPolicy ${rule}${policy ? '' : ' (the default)'}: ${means}`;
}

/** The verification policy from a KubeletConfiguration file's text; undefined when unset. */
export function verificationPolicyOf(configText: string): string | undefined {
  const m = /^imagePullCredentialsVerificationPolicy:\s*["']?([A-Za-z]+)["']?\s*$/m.exec(
    configText,
  );
  return m?.[1];
}

function refs(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v: unknown) => {
    if (!isObject(v) || typeof v['name'] !== 'string') return [];
    return [typeof v['namespace'] === 'string' ? `${v['namespace']}/${v['name']}` : v['name']];
  });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
