import type { Rule } from './rule.js';

/**
 * The registry answered that the repository, tag or digest is not there. Tried after storage and
 * platform ("parent snapshot ... does not exist: not found", "no match for platform in manifest:
 * not found") and after missing blobs, which are the registry's fault, not a wrong name.
 */
export const MISSING_IMAGE_RULES: readonly Rule[] = [
  {
    // Old kubelets (dockertools) said this beside any failure; only with "not found" is it this.
    id: 'kubelet-no-credentials-not-found',
    family: 'ambiguous-access',
    cause: 'auth-or-not-found',
    confidence: 'medium',
    alternatives: ['auth', 'not-found'],
    pattern: /this may be because there are no credentials on this request[^\n]{0,200}/i,
    requires: /not found/i,
    detail:
      'the kubelet pulled without credentials and the registry said "not found", which it also ' +
      'says to anonymous clients for private images.',
  },
  {
    // The registry API answers 404 in JSON; an HTML 404 page comes from whatever else answered
    // the URL: a wrong registry path, a web server or proxy in front of it, or a failing registry.
    id: 'html-404-page',
    family: 'missing-image',
    cause: 'not-found',
    confidence: 'medium',
    alternatives: ['registry-error'],
    pattern: /error parsing HTTP 404 response body: invalid character '<'[^\n]{0,200}/,
    detail:
      "the 404 came as an HTML page, not as the registry API's answer: check the registry path " +
      'and what serves it (a proxy or web server in front), or whether the registry is failing.',
  },
  {
    id: 'manifest-unknown',
    family: 'missing-image',
    cause: 'not-found',
    confidence: 'high',
    pattern:
      /manifest unknown|MANIFEST_UNKNOWN|NAME_UNKNOWN[^\n]{0,60}|name unknown[^\n]{0,120}|repository name not known to registry|repository does not exist|manifest for [^\s]{1,300} not found|manifest tagged by \\?"[^"\\\n]{1,128}\\?" is not found|404 Not Found|HTTP 404 response body|StatusCode: 404\b|\(status=404\b|"code": ?"NOT_FOUND"/i,
  },
  {
    id: 'named-not-found',
    family: 'missing-image',
    cause: 'not-found',
    confidence: 'high',
    pattern: /\b(?:repository|image|tag|artifact|project) [^\s]{1,300}\s{1,20}not found\b/i,
  },
  {
    // GHCR answers an anonymous pull of a private package as if it did not exist.
    id: 'ghcr-not-found',
    family: 'missing-image',
    cause: 'not-found',
    confidence: 'medium',
    alternatives: ['auth'],
    pattern: /(?<=[^\s"\\]): not found/i,
    widen: true,
    when: (facts) => facts.registryFlavour === 'ghcr',
    detail:
      'GHCR answers "not found" for a tag that is missing and also, to a pull without ' +
      'credentials, for a private package: check the package visibility before the tag.',
  },
  {
    id: 'resolve-not-found',
    family: 'missing-image',
    cause: 'not-found',
    confidence: 'high',
    pattern: /(?<=[^\s"\\]): not found/i,
    widen: true,
  },
  {
    id: 'grpc-not-found',
    family: 'missing-image',
    cause: 'not-found',
    confidence: 'medium',
    pattern: /code = (?:NotFound|5 desc)/,
  },
];
