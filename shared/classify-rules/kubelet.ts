import type { Rule } from './rule.js';

/** The kubelet's own refusals: nothing reached the registry, so they are tried first. */
export const KUBELET_RULES: readonly Rule[] = [
  {
    id: 'never-pull',
    family: 'kubelet',
    cause: 'never-pull',
    confidence: 'high',
    pattern: /is not present with pull policy of Never|ErrImageNeverPull/i,
  },
  {
    id: 'kubelet-qps',
    family: 'kubelet',
    cause: 'kubelet-throttle',
    confidence: 'high',
    pattern: /pull QPS exceeded/i,
  },
  {
    id: 'invalid-reference',
    family: 'kubelet',
    cause: 'invalid-reference',
    confidence: 'high',
    pattern:
      /couldn't parse image (?:reference|name)[^\n]{0,300}?invalid reference format(?:: [a-z ]{1,60})?|invalid reference format(?:: [a-z ]{1,60})?|InvalidImageName|repository name must be (?:lowercase|canonical)|reference \\?"\\?": hostname required|no registries configured while trying to pull an unqualified image|is not a valid repository\/tag|short-name (?:resolution enforced|[^\n]{0,100}?did not resolve to an alias)[^\n]{0,80}/i,
  },
];

/** The image is not on the node and nothing was to pull it (docker --pull=never, ctr run). */
export const LOCAL_IMAGE_RULES: readonly Rule[] = [
  {
    id: 'local-image-absent',
    family: 'kubelet',
    cause: 'never-pull',
    confidence: 'medium',
    alternatives: ['not-found'],
    pattern: /No such image: [^\s"\\]{1,300}|ctr: image \\?"[^"\\\n]{1,300}\\?": not found/i,
    // Docker answers "No such image" after its own pull broke off; the break is the cause then.
    unless: /\bunexpected EOF\b|connection reset by peer|\bi\/o timeout\b|TLS handshake timeout/i,
    detail:
      'the runtime looked the image up in its own store and did not pull it: a pull policy of ' +
      'Never (or a tool that does not pull), or an earlier pull that failed.',
  },
];

/** Texts that only say the kubelet is waiting to retry: tried last, after every real cause. */
export const BACKOFF_RULES: readonly Rule[] = [
  {
    id: 'backoff-only',
    family: 'kubelet',
    cause: 'unknown',
    confidence: 'low',
    pattern: /Back-off pulling image[^\n]{0,300}|ImagePullBackOff|ErrImagePull/i,
    detail:
      'this text only says that the kubelet is waiting to retry a failed pull; the cause is in the ' +
      "pod's Failed event (kubectl get events), which older clusters do not copy into the status.",
  },
];
