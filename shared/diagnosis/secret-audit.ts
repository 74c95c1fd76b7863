/**
 * The three things a pull secret must get right: it exists in the pod's namespace, the pod lists
 * it (directly or because the service account admission copied it in when the pod was created),
 * and it is a docker-config secret with an entry for the image's exact registry host and port.
 */
import { describeCredential, lookupCredentials } from '../pull-secrets.js';
import type { ImageReference } from '../image-reference.js';
import type { PodEvidence, SecretFacts } from './evidence.js';
import { credentialsElsewhere } from './credentials-elsewhere.js';
import type { SecretAudit, SecretAuditEntry } from './verdict.js';

/** Audits the pod's pull secrets against one image. `ref` is absent for unparsable references. */
export function auditPullSecrets(
  evidence: PodEvidence,
  ref: ImageReference | undefined,
): SecretAudit {
  const sa = evidence.serviceAccount;
  const saSecrets = sa.status === 'found' ? sa.value.imagePullSecrets : [];
  const entries = evidence.pod.imagePullSecrets.map((name) =>
    auditOne(evidence, name, saSecrets.includes(name) ? 'service-account' : 'pod', ref),
  );
  const notes: string[] = [];
  const notCopied = saSecrets.filter((n) => !evidence.pod.imagePullSecrets.includes(n));
  if (notCopied.length > 0) {
    notes.push(
      `service account ${evidence.pod.serviceAccountName} lists ${notCopied.join(', ')}, but this pod does not: ` +
        "the kubelet uses only the pod's own list, which the service account fills in when a pod is created; recreate the pod to pick it up",
    );
  }
  if (sa.status === 'forbidden')
    notes.push(`cannot read service account ${evidence.pod.serviceAccountName}: ${sa.message}`);
  if (entries.length === 0 && saSecrets.length === 0)
    notes.push('the pod and its service account reference no pull secret: pulls are anonymous');
  // A secret the service account lists but the pod does not: would it match, once recreated?
  const notCopiedMatch = notCopied.find(
    (n) => auditOne(evidence, n, 'service-account', ref).status === 'ok',
  );
  const hasMatchingCredential = entries.some((e) => e.status === 'ok');
  const elsewhere =
    ref && !hasMatchingCredential && !notCopiedMatch ? foundElsewhere(evidence, ref, notes) : [];
  return {
    entries,
    hasMatchingCredential,
    ...(elsewhere.length > 0 ? { elsewhere } : {}),
    serviceAccount: {
      name: evidence.pod.serviceAccountName,
      status: sa.status === 'found' ? 'ok' : sa.status === 'missing' ? 'missing' : 'unreadable',
      secrets: saSecrets,
      ...(notCopiedMatch ? { matchingNotCopied: notCopiedMatch } : {}),
    },
    notes,
  };
}

/** Other namespaces' secrets that would match, each with a note (secrets never cross namespaces). */
function foundElsewhere(evidence: PodEvidence, ref: ImageReference, notes: string[]) {
  const ns = evidence.pod.namespace;
  const referenced = [
    ...evidence.pod.imagePullSecrets,
    ...(evidence.serviceAccount.status === 'found'
      ? evidence.serviceAccount.value.imagePullSecrets
      : []),
  ];
  const found = credentialsElsewhere(evidence.otherNamespaceSecrets ?? [], ref, ns, referenced);
  for (const e of found)
    notes.push(
      e.namespace === ns
        ? `secret ${e.secret} in ${ns} has credentials for ${e.key}, but neither the pod nor its service account lists it`
        : `namespace ${e.namespace} has secret ${e.secret} with credentials for ${e.key}, but secrets never cross namespaces: ${ns} needs its own copy`,
    );
  return found;
}

function auditOne(
  evidence: PodEvidence,
  name: string,
  via: SecretAuditEntry['via'],
  ref: ImageReference | undefined,
): SecretAuditEntry {
  const lookup = evidence.secrets[name] ?? { status: 'missing' as const };
  if (lookup.status === 'missing') {
    const elsewhere = evidence.secretsElsewhere[name] ?? [];
    const where =
      elsewhere.length > 0
        ? `; a secret of that name exists in namespace ${elsewhere.join(', ')}, but secrets never cross namespaces`
        : '';
    return {
      name,
      via,
      status: 'missing',
      note: `not found in namespace ${evidence.pod.namespace}${where}`,
    };
  }
  if (lookup.status !== 'found') return { name, via, status: 'unreadable', note: lookup.message };
  return auditDecoded(name, via, lookup.value, ref);
}

function auditDecoded(
  name: string,
  via: SecretAuditEntry['via'],
  secret: SecretFacts,
  ref: ImageReference | undefined,
): SecretAuditEntry {
  const decoded = secret.decoded;
  if (!decoded.ok) {
    const status = decoded.problem === 'wrong-type' ? 'wrong-type' : 'undecodable';
    return { name, via, status, type: secret.type, note: decoded.detail };
  }
  const keys = decoded.credentials.map((c) => c.key);
  if (!ref)
    return {
      name,
      via,
      status: 'no-matching-entry',
      type: secret.type,
      keys,
      note: 'the image reference does not parse',
    };
  const found = lookupCredentials(decoded.credentials, ref);
  const best = found.matches[0];
  if (best) {
    const shown = describeCredential(best.credential);
    const note = shown.hasAuth
      ? undefined
      : 'the matching entry has no username/password, auth or identity token';
    return {
      name,
      via,
      status: 'ok',
      type: secret.type,
      matchedKey: shown.key,
      matchKind: best.kind,
      username: shown.username,
      keys,
      note,
    };
  }
  const why = found.nearMisses.map((m) => m.why);
  const note =
    why.length > 0
      ? why.join('; ')
      : `no entry is for ${ref.registry} (entries: ${keys.join(', ') || 'none'})`;
  return { name, via, status: 'no-matching-entry', type: secret.type, keys, note };
}
