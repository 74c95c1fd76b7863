import type { Rule } from './rule.js';

/**
 * The registry refused the credentials, in any product's words. Tried late: most other failures
 * quote words like "denied" or "forbidden" from somewhere (a policy webhook, a file permission, a
 * blob store), and those rules must have had their say first.
 */
export const REFUSAL_RULES: readonly Rule[] = [
  {
    id: 'auth-status',
    family: 'registry-credentials',
    cause: 'auth',
    confidence: 'high',
    pattern:
      /401 Unauthorized|403 Forbidden|unexpected status(?: from [A-Z]+ request to [^\s]{1,1000})?: 40[13]\b|Status 40[13] trying to pull[^\n]{0,80}|(?:http )?status code:? 40[13]\b|\b40[13] \((?:Unauthorized|Forbidden)\)|HTTP 40[13] response|StatusCode: 40[13]\b|\(status=40[13]\b/i,
  },
  {
    id: 'auth-refused',
    family: 'registry-credentials',
    cause: 'auth',
    confidence: 'high',
    pattern:
      /unauthorized: [^\n"]{0,80}|\bunauthorized\b|authentication (?:is )?required|authentication error|\bforbidden\b|denied: [^\n"]{0,80}|(?<!permission )\bdenied\b|insufficient_scope|incorrect username or password|not authorized|authorization failed|failed to authorize|Permission Denied"/i,
  },
];

/** The registry failed on its side: 5xx answers, missing blobs, broken manifests. */
export const REGISTRY_CONTENT_RULES: readonly Rule[] = [
  {
    id: 'manifest-digest-mismatch',
    family: 'registry-fault',
    cause: 'registry-error',
    confidence: 'high',
    pattern:
      /does not match provided manifest digest[^\n]{0,80}|manifest verification failed[^\n]{0,80}/i,
  },
  {
    id: 'blob-missing',
    family: 'registry-fault',
    cause: 'registry-error',
    confidence: 'high',
    pattern: /BLOB_UNKNOWN|blob unknown|unknown blob|\/blobs\/[^\s]{0,300} not found/i,
  },
  {
    id: 'manifest-invalid',
    family: 'registry-fault',
    cause: 'registry-error',
    confidence: 'high',
    pattern: /MANIFEST_INVALID|manifest invalid/i,
  },
  {
    // containers/image falls back to a V1 ping after V2 failed; the V2 failure is the cause.
    id: 'v1-fallback',
    family: 'registry-fault',
    cause: 'registry-error',
    confidence: 'medium',
    alternatives: ['network'],
    pattern: /can't talk to a V1 (?:container|docker) registry/i,
    detail:
      'CRI-O and podman say this after the V2 API failed: the registry did not answer as one, ' +
      'or timeouts on the way hid it.',
  },
  {
    id: 'content-descriptor-missing',
    family: 'registry-fault',
    cause: 'registry-error',
    confidence: 'medium',
    alternatives: ['not-found'],
    pattern: /could not fetch content descriptor [^\s]{1,100}(?: \([^)\n]{1,100}\))?/i,
    detail:
      'the registry listed a blob in the manifest but could not serve it (a mirror or cache that ' +
      'kept the manifest only).',
  },
];

/** Server errors and odd statuses: tried after the credential rules (a 500 beside a 401). */
export const REGISTRY_STATUS_RULES: readonly Rule[] = [
  {
    id: 'registry-5xx',
    family: 'registry-fault',
    cause: 'registry-error',
    confidence: 'high',
    pattern:
      /\b5\d\d \(?(?:Internal Server|Bad Gatew|Service Unavail|Gateway Time|Server Error)[\w-]{0,10}\)?|invalid status code from registry 5\d\d[^\n]{0,30}|HTTP code:? (?:is )?5\d\d|with status: 5\d\d/i,
  },
  {
    id: 'registry-unknown-error',
    family: 'registry-fault',
    cause: 'registry-error',
    confidence: 'medium',
    pattern:
      /\bunknown: unknown error|"code": ?"UNKNOWN"|\bService Unavailable\b|\bGateway Time-?out\b|\bBad Gateway\b|\bInternal Server Error\b|non-successful response \(status=5\d\d/i,
  },
  {
    id: 'registry-status',
    family: 'registry-fault',
    cause: 'registry-error',
    confidence: 'medium',
    pattern:
      /unexpected status code [^\s]{1,1000}: \d{3}[^\n"]{0,40}|unexpected status code|received unexpected HTTP status[^\n"]{0,40}|invalid status code from registry \d{3}[^\n]{0,30}|unexpected status from [A-Z]{3,7} request to [^\s]{1,1000}: [45]\d\d[^\n"]{0,40}/i,
  },
];
