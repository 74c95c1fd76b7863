import type { Rule } from './rule.js';

const DOCKER_HUB_DETAIL =
  'Docker Hub (and registries imitating it) answer "pull access denied" both for a repository ' +
  'that does not exist and for a private one the node may not read.';

/** Docker Hub's "denied" that says nothing about whether the repository exists. */
export const AMBIGUOUS_ACCESS_RULES: readonly Rule[] = [
  {
    id: 'docker-hub-ambiguous',
    family: 'ambiguous-access',
    cause: 'auth-or-not-found',
    confidence: 'medium',
    alternatives: ['auth', 'not-found'],
    pattern:
      /pull access denied[^\n]{0,200}?(?:repository does not exist|may require)[^\n:]{0,60}|repository does not exist or may require[^\n:]{0,60}|not found: does not exist or no pull access/i,
    detail: DOCKER_HUB_DETAIL,
  },
  {
    // The v2 API's pair of errors for a repository the token does not cover, missing or private.
    id: 'docker-hub-error-pair',
    family: 'ambiguous-access',
    cause: 'auth-or-not-found',
    confidence: 'medium',
    alternatives: ['auth', 'not-found'],
    pattern:
      /denied: requested access to the resource is denied\\?n?\s{0,4}(?:\\n)?unauthorized: authentication required|requested access to the resource is denied\\?"\},\{\\?"code\\?":\\?"UNAUTHORIZED/i,
    detail: DOCKER_HUB_DETAIL,
  },
  {
    // A refusal with no reason after it says nothing about whether the repository exists: GHCR,
    // GitLab and Docker Hub answer this way for missing and for private images alike.
    id: 'bare-refusal',
    family: 'ambiguous-access',
    cause: 'auth-or-not-found',
    confidence: 'medium',
    alternatives: ['auth', 'not-found'],
    pattern:
      /manifests\/[^\s"\\]{1,300}\\?"?: (?:denied|unauthorized)(?:: denied)?(?=\.?(?:$|[\s"\\]))|error from registry: (?:denied|unauthorized)(?=$|[\s"\\])|denied: access forbidden|insufficient_scope(?:: authorization failed)?/i,
    detail:
      'the registry refused without saying why; GHCR, GitLab and Docker Hub answer this way both ' +
      'for a private image and for one that does not exist (stale stored credentials, too).',
  },
  {
    id: 'exists-and-permitted',
    family: 'ambiguous-access',
    cause: 'auth-or-not-found',
    confidence: 'medium',
    alternatives: ['auth', 'not-found'],
    pattern:
      /verify that it exists and (?:that )?you have (?:permission|access)[^\n"]{0,40}|does not have permission for manifest[^\n"]{0,80}/i,
    detail:
      'the registry says the same for a repository or tag that does not exist and for one the ' +
      'credentials may not read.',
  },
  {
    id: 'docker-hub-denied',
    family: 'ambiguous-access',
    cause: 'auth-or-not-found',
    confidence: 'medium',
    alternatives: ['auth', 'not-found'],
    pattern: /requested access to the resource is denied/i,
    requires: /docker\.io/i,
    detail:
      'Docker Hub refuses access with the same words whether the repository is missing or private.',
  },
];
