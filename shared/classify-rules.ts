import type { Cause, Confidence } from './causes.js';

/**
 * One classification rule: when `pattern` matches (and `requires`, if given, matches too), the
 * text is classified as `cause`. The matched fragment becomes the evidence.
 */
export interface Rule {
  readonly id: string;
  readonly cause: Cause;
  readonly confidence: Confidence;
  readonly pattern: RegExp;
  /** A second pattern that must also occur somewhere in the text. */
  readonly requires?: RegExp;
  readonly alternatives?: readonly Cause[];
  /** A note for facts.detail, for results that need one (ambiguous or unknown). */
  readonly detail?: string;
  /**
   * Extend the evidence leftwards over the word the match starts in. Patterns that would need a
   * leading `[^\s]{1,300}` for that are slow (tried at every position); a literal start is fast.
   */
  readonly widen?: boolean;
}

const TIMEOUT_DETAIL =
  'the pull was cut off by a deadline or cancellation; the text does not say whether the ' +
  'registry, the network or the runtime was slow.';

/**
 * The rules in the order they are tried; the first match wins. The order is the point of this
 * table: runtime wrappers quote inner errors, so a text often holds the words of several causes.
 * The inner, more specific failure must come first:
 * - Docker Hub's "pull access denied ... may require" contains "denied": ambiguous before auth.
 * - a DNS failure reads "dial tcp: lookup H on R:53: ... i/o timeout": DNS before network.
 * - "failed to authorize: ... dial tcp ...: i/o timeout" never reached the registry: network
 *   before auth.
 * - "no match for platform in manifest: not found": platform before not-found.
 * - ECR's "name unknown ... (Internal Server Error: 500)": not-found before the 5xx rule.
 * - a CRI socket refusing "connection refused" is the runtime, not the registry: runtime first.
 * Patterns key on the substance shared by containerd 1.6/1.7/2.x, CRI-O, docker and the kubelet,
 * never on one runtime's full sentence. They are case-insensitive and free of nested quantifiers,
 * so any input is scanned in linear time.
 */
export const RULES: readonly Rule[] = [
  {
    id: 'never-pull',
    cause: 'never-pull',
    confidence: 'high',
    pattern: /is not present with pull policy of Never|ErrImageNeverPull/i,
  },
  {
    id: 'kubelet-qps',
    cause: 'kubelet-throttle',
    confidence: 'high',
    pattern: /pull QPS exceeded/i,
  },
  {
    id: 'invalid-reference',
    cause: 'invalid-reference',
    confidence: 'high',
    pattern:
      /couldn't parse image (?:reference|name)[^\n]{0,300}?invalid reference format(?:: [a-z ]{1,60})?|invalid reference format(?:: [a-z ]{1,60})?|InvalidImageName|repository name must be (?:lowercase|canonical)/i,
  },
  {
    id: 'signature-policy',
    cause: 'policy',
    confidence: 'high',
    pattern:
      /SignatureValidationFailed|Source image rejected[^\n]{0,200}|is rejected by policy|A signature was required/i,
  },
  {
    id: 'exec-format',
    cause: 'unknown',
    confidence: 'low',
    pattern: /exec format error/i,
    detail:
      'exec format error happens when a pulled image starts on the wrong CPU architecture; the pull ' +
      'itself succeeded. Check the image platform against the node architecture.',
  },
  {
    id: 'platform-mismatch',
    cause: 'platform',
    confidence: 'high',
    pattern:
      /no matching manifest for [^\s]{1,100} in the manifest list entries|no match for (?:current )?platform[^\n]{0,120}?in manifest|does not match the specified platform[^\n]{0,80}|no image found in (?:manifest list|image index) for architecture[^\n]{0,60}/i,
  },
  {
    id: 'no-space',
    cause: 'disk',
    confidence: 'high',
    pattern: /no space left on device|disk quota exceeded|\bENOSPC\b/i,
  },
  {
    id: 'runtime-socket',
    cause: 'runtime',
    confidence: 'high',
    pattern:
      /dial unix[^\n"]{0,200}?\.sock[^\n"]{0,40}|Cannot connect to the Docker daemon[^\n]{0,80}|(?:containerd|crio|cri-dockerd|dockershim)\.sock[^\n]{0,40}?(?:connection refused|no such file or directory|deadline exceeded|timeout)/i,
    widen: true,
  },
  {
    id: 'image-inspect',
    cause: 'runtime',
    confidence: 'high',
    pattern: /ImageInspectError|Failed to inspect image[^\n]{0,200}/i,
  },
  {
    id: 'docker-hub-ambiguous',
    cause: 'auth-or-not-found',
    confidence: 'medium',
    alternatives: ['auth', 'not-found'],
    pattern:
      /pull access denied[^\n]{0,200}?(?:repository does not exist|may require)[^\n:]{0,60}|repository does not exist or may require[^\n:]{0,60}|not found: does not exist or no pull access/i,
    detail:
      'Docker Hub (and registries imitating it) answer "pull access denied" both for a repository ' +
      'that does not exist and for a private one the node may not read.',
  },
  {
    id: 'docker-hub-denied',
    cause: 'auth-or-not-found',
    confidence: 'medium',
    alternatives: ['auth', 'not-found'],
    pattern: /requested access to the resource is denied|insufficient_scope[^\n]{0,40}/i,
    requires: /docker\.io/i,
    detail:
      'Docker Hub refuses access with the same words whether the repository is missing or private.',
  },
  {
    id: 'rate-limited',
    cause: 'rate-limit',
    confidence: 'high',
    pattern:
      /toomanyrequests[^\n]{0,120}|429 Too Many Requests|Too Many Requests|Status 429|pull rate limit|rate limit exceeded/i,
  },
  {
    id: 'proxy-connect',
    cause: 'network',
    confidence: 'high',
    pattern: /proxyconnect tcp[^\n"]{0,160}/i,
    detail:
      "the connection to the runtime's HTTP(S) proxy failed, before the registry was reached.",
  },
  {
    id: 'dns-lookup',
    cause: 'dns',
    confidence: 'high',
    pattern:
      /lookup [^\s:]{1,255}(?: on [^\s]{1,80})?: ?(?:no such host|server misbehaving|Temporary failure in name resolution|Try again|[^\n"]{0,120}?(?:i\/o timeout|connection refused|network is unreachable|no such host))|lookup [^\s]{1,255} on [^\s]{1,80}:53|no such host(?: is known)?|server misbehaving|Temporary failure in name resolution|Name or service not known|getaddrinfow[^\n]{0,60}/i,
  },
  {
    id: 'tls-trust',
    cause: 'tls',
    confidence: 'high',
    pattern:
      /x509: [^\n"]{0,160}|server gave HTTP response to HTTPS client|tls: failed to verify certificate[^\n"]{0,120}|first record does not look like a TLS handshake|remote error: tls: [a-z ]{1,60}/i,
  },
  {
    id: 'net-failure',
    cause: 'network',
    confidence: 'high',
    pattern:
      /(?:dial|read|write) tcp [^\s]{1,80}?(?:->[^\s]{1,80}?)?: [^\n"]{0,60}?(?:i\/o timeout|connection refused|connection reset by peer|no route to host|network is unreachable|connection timed out|cannot assign requested address)|i\/o timeout|connection refused|connection reset by peer|no route to host|network is unreachable|connection timed out|TLS handshake timeout|actively refused it|connected host has failed to respond|Client\.Timeout exceeded[^\n"]{0,40}|request canceled while waiting for connection/i,
  },
  {
    id: 'eof',
    cause: 'network',
    confidence: 'medium',
    alternatives: ['registry-error'],
    pattern: /(?<=\S): (?:unexpected )?EOF\b/,
    widen: true,
    detail: 'the connection closed mid-answer: a proxy, load balancer or the registry dropped it.',
  },
  {
    id: 'digest-mismatch',
    cause: 'registry-error',
    confidence: 'high',
    pattern:
      /unexpected commit digest[^\n]{0,160}|does not match provided manifest digest[^\n]{0,80}|digest mismatch|Digest did not match[^\n]{0,80}|(?:filesystem layer|manifest) verification failed[^\n]{0,80}|failed size validation[^\n]{0,60}/i,
  },
  {
    id: 'blob-missing',
    cause: 'registry-error',
    confidence: 'high',
    pattern: /BLOB_UNKNOWN|blob unknown|unknown blob|\/blobs\/[^\s]{0,300} not found/i,
  },
  {
    id: 'manifest-invalid',
    cause: 'registry-error',
    confidence: 'high',
    pattern: /MANIFEST_INVALID|manifest invalid/i,
  },
  {
    id: 'manifest-unknown',
    cause: 'not-found',
    confidence: 'high',
    pattern:
      /manifest unknown|MANIFEST_UNKNOWN|NAME_UNKNOWN[^\n]{0,60}|name unknown[^\n]{0,120}|repository name not known to registry|repository does not exist|manifest for [^\s]{1,300} not found|404 Not Found/i,
  },
  {
    id: 'resolve-not-found',
    cause: 'not-found',
    confidence: 'high',
    pattern: /(?<=[^\s"\\]): not found/i,
    widen: true,
  },
  {
    id: 'grpc-not-found',
    cause: 'not-found',
    confidence: 'medium',
    pattern: /code = NotFound/,
  },
  {
    id: 'auth-status',
    cause: 'auth',
    confidence: 'high',
    pattern:
      /401 Unauthorized|403 Forbidden|unexpected status(?: from [A-Z]+ request to [^\s]{1,1000})?: 40[13]\b/i,
  },
  {
    id: 'auth-refused',
    cause: 'auth',
    confidence: 'high',
    pattern:
      /unauthorized: [^\n"]{0,80}|\bunauthorized\b|authentication required|\bforbidden\b|denied: [^\n"]{0,80}|(?<!permission )\bdenied\b|insufficient_scope|incorrect username or password|not authorized|authorization failed|failed to authorize/i,
  },
  {
    id: 'registry-5xx',
    cause: 'registry-error',
    confidence: 'high',
    pattern:
      /\b5\d\d (?:Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out)|invalid status code from registry 5\d\d[^\n]{0,30}|HTTP code 5\d\d/i,
  },
  {
    id: 'registry-status',
    cause: 'registry-error',
    confidence: 'medium',
    pattern:
      /unexpected status code [^\s]{1,1000}: \d{3}[^\n"]{0,40}|unexpected status code|received unexpected HTTP status[^\n"]{0,40}|invalid status code from registry \d{3}[^\n]{0,30}/i,
  },
  {
    id: 'rpc-unavailable',
    cause: 'runtime',
    confidence: 'medium',
    pattern: /code = Unavailable[^\n]{0,80}/i,
  },
  {
    id: 'timeout-unattributed',
    cause: 'unknown',
    confidence: 'low',
    alternatives: ['network', 'runtime'],
    pattern: /context deadline exceeded|context canceled/i,
    detail: TIMEOUT_DETAIL,
  },
  {
    id: 'rpc-timeout-unattributed',
    cause: 'unknown',
    confidence: 'low',
    alternatives: ['network', 'runtime'],
    pattern: /code = (?:DeadlineExceeded|Canceled|4 desc)/,
    detail: TIMEOUT_DETAIL,
  },
  {
    id: 'backoff-only',
    cause: 'unknown',
    confidence: 'low',
    pattern: /Back-off pulling image[^\n]{0,300}|ImagePullBackOff|ErrImagePull/i,
    detail:
      'this text only says that the kubelet is waiting to retry a failed pull; the cause is in the ' +
      "pod's Failed event (kubectl get events), which older clusters do not copy into the status.",
  },
];
