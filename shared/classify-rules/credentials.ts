import type { Rule } from './rule.js';

/**
 * Cloud and product wording that names the credential problem outright. Tried before the Docker
 * Hub ambiguity and the network rules: "pull access denied ... authorization failed: no basic auth
 * credentials" and an ECR IAM denial inside docker's "may require 'docker login'" are both auth.
 */
export const CREDENTIAL_WORDING_RULES: readonly Rule[] = [
  {
    // The token service itself failed: the registry's fault, whatever "failed to authorize" says.
    id: 'token-service-error',
    family: 'registry-fault',
    cause: 'registry-error',
    confidence: 'high',
    pattern:
      /failed to fetch (?:oauth|anonymous) token: [^\n]{0,300}?(?:: (?:400 )?Bad Request|: 5\d\d\b[^\n"]{0,40})|unsupported protocol scheme \\?"?null/i,
  },
  {
    id: 'no-basic-auth',
    family: 'registry-credentials',
    cause: 'auth',
    confidence: 'high',
    pattern: /no basic auth credentials/i,
    detail:
      'the node sent no credentials at all to a registry that requires them (ECR always does).',
  },
  {
    // Cross-account ECR reports a repository that does not exist as a denial too.
    id: 'ecr-resource-policy',
    family: 'ambiguous-access',
    cause: 'auth-or-not-found',
    confidence: 'medium',
    alternatives: ['auth', 'not-found'],
    flavour: 'ecr',
    pattern:
      /not authorized to perform: ecr:\w{1,40} on resource: [^\s]{1,300} because no resource-based policy allows[^\n"]{0,60}/i,
    detail:
      'ECR answers this both when the repository policy does not grant the pull and when the ' +
      'repository does not exist in that account.',
  },
  {
    id: 'ecr-iam',
    family: 'registry-credentials',
    cause: 'auth',
    confidence: 'high',
    flavour: 'ecr',
    pattern: /not authorized to perform:? ecr:\w{1,40}[^\n"]{0,200}/i,
  },
  {
    id: 'token-expired',
    family: 'registry-credentials',
    cause: 'auth',
    confidence: 'high',
    pattern:
      /(?:authorization|security|access) token (?:has expired|included in the request is invalid|is expired)[^\n"]{0,80}|ExpiredToken[^\n"]{0,80}|token (?:has )?expired[^\n"]{0,40}/i,
    detail: 'the registry token the node holds has expired (ECR tokens last 12 hours).',
  },
  {
    id: 'malformed-key',
    family: 'registry-credentials',
    cause: 'auth',
    confidence: 'high',
    flavour: 'gcr',
    pattern: /Unable to parse json key\.?/i,
    detail: 'the pull secret holds a _json_key service account key that does not parse.',
  },
  {
    id: 'gar-maybe-missing',
    family: 'ambiguous-access',
    cause: 'auth-or-not-found',
    confidence: 'medium',
    alternatives: ['auth', 'not-found'],
    pattern:
      /(?:denied on resource|do not have permission)[^\n]{0,300}?\(or it may not exist\)|\(or it may not exist\)|or the resource may not exist[^\n]{0,40}/i,
    detail:
      'Artifact Registry says the same for a repository the caller may not read and for one that ' +
      'does not exist.',
  },
  {
    id: 'gar-permission',
    family: 'registry-credentials',
    cause: 'auth',
    confidence: 'high',
    flavour: 'artifact-registry',
    pattern:
      /Permission \\?"?artifactregistry\.[\w.]{1,80}\\?"? denied[^\n"]{0,120}|Unauthenticated requests? do(?:es)? not have permission[^\n]{0,160}/i,
  },
  {
    // At /v2/ no repository is named yet: a refusal there is about the credentials alone.
    id: 'ping-refused',
    family: 'registry-credentials',
    cause: 'auth',
    confidence: 'high',
    pattern: /\/v2\/\\?"?: (?:unauthorized|denied)[^\n"]{0,80}/i,
  },
  {
    // Quay (and registries built like it) answer alike for a private and a missing repository.
    id: 'quay-not-authorized',
    family: 'ambiguous-access',
    cause: 'auth-or-not-found',
    confidence: 'medium',
    alternatives: ['auth', 'not-found'],
    pattern: /access to the requested resource is not authorized/i,
    detail:
      'Quay answers "not authorized" both for a private repository and for one that does not ' +
      'exist (a typo in the name is as likely as a missing pull secret).',
  },
];
