import type { Rule } from './rule.js';

/**
 * Layer downloads that break half-way, and answers of the blob store or CDN the registry sends
 * layers to. The registry itself did its part: the transfer or the path to the blob host broke.
 */
export const DOWNLOAD_RULES: readonly Rule[] = [
  {
    id: 'eof',
    family: 'broken-download',
    cause: 'network',
    confidence: 'medium',
    alternatives: ['registry-error'],
    pattern: /(?<=\S)[:,] (?:unexpected )?EOF\b|\bunexpected EOF\b/,
    widen: true,
    detail: 'the connection closed mid-answer: a proxy, load balancer or the registry dropped it.',
  },
  {
    id: 'layer-incomplete',
    family: 'broken-download',
    cause: 'network',
    confidence: 'medium',
    alternatives: ['registry-error'],
    pattern:
      /unexpected commit (?:digest|size)[^\n]{0,160}|failed size validation[^\n]{0,60}|failed commit on ref[^\n]{0,200}|blob size mismatch|short read[^\n]{0,80}|archive\/tar: invalid tar header|gzip: invalid (?:header|checksum)|flate: corrupt input[^\n]{0,40}|zlib: invalid [a-z]{1,20}|(?:filesystem layer|blob|config) verification failed[^\n]{0,80}|Digest did not match[^\n]{0,80}|digest mismatch[^\n]{0,40}/i,
    detail:
      'a layer arrived shorter than, or different from, what its digest promises: a download cut ' +
      'or altered on the way (proxy, middlebox, flaky link), more rarely a corrupt blob.',
  },
  {
    id: 'blob-store-refused',
    family: 'broken-download',
    cause: 'network',
    confidence: 'medium',
    alternatives: ['registry-error'],
    pattern:
      /\b[45]\d\d(?: [A-Z][A-Za-z ]{1,30})?\b|AccessDenied|SignatureDoesNotMatch|Request has expired|unexpected status/,
    when: (facts) => facts.failingHostRole === 'blob-store',
    detail:
      'the blob store or CDN that serves the layers refused the download: the node may not reach ' +
      'it (egress rules, VPC endpoint policy, proxy allow-list), or its signed URL went stale.',
  },
  {
    // A blob fetch refused after its manifest was served: the blob store (or a proxy) refused.
    id: 'blob-fetch-forbidden',
    family: 'broken-download',
    cause: 'network',
    confidence: 'medium',
    alternatives: ['auth', 'registry-error'],
    pattern: /(?:fetching|reading|copying) blob[^\n]{0,200}?403 Forbidden/i,
    detail:
      'the manifest came through but a layer download was refused: the blob store or CDN the ' +
      'registry redirects to, or a proxy in between, said no.',
  },
  {
    // An XML or HTML page where the registry API speaks JSON: a blob store, CDN or WAF answered.
    id: 'blob-store-body',
    family: 'broken-download',
    cause: 'network',
    confidence: 'medium',
    alternatives: ['registry-error', 'auth'],
    pattern:
      /<Code>[A-Za-z]{1,40}<\/Code>|error parsing HTTP (?:40[0-35-9]|4[1-9]\d|5\d\d) response body: invalid character '<'[^\n]{0,40}|The request could not be satisfied/i,
    detail:
      'the answer is an XML or HTML page, not a registry error: a blob store (S3, GCS), CDN or ' +
      'web firewall between the node and the layers refused the request.',
  },
];
