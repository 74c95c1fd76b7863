import type { Rule } from './rule.js';

/** Registry rate limits and quotas: the registry answered, and said "later". */
export const RATE_LIMIT_RULES: readonly Rule[] = [
  {
    id: 'rate-limited',
    family: 'rate-limit',
    cause: 'rate-limit',
    confidence: 'high',
    pattern:
      /toomanyrequests[^\n]{0,120}|429 Too Many Requests|Too Many Requests|Status 429|status code:? 429|pull rate limit|rate limit exceeded|Rate exceeded|Quota exceeded for [^\n]{0,80}|(?:HTTP|code:?|status:?) 429\b[^\n"]{0,40}/i,
  },
];

/**
 * Reaching the registry, its token service and its proxy: DNS, then TLS trust, then the TCP
 * path. A DNS failure reads "dial tcp: lookup H on R:53: ... i/o timeout": DNS before network.
 */
export const CONNECTION_RULES: readonly Rule[] = [
  {
    id: 'proxy-connect',
    family: 'network-path',
    cause: 'network',
    confidence: 'high',
    pattern: /proxyconnect tcp[^\n"]{0,160}/i,
    detail:
      "the connection to the runtime's HTTP(S) proxy failed, before the registry was reached.",
  },
  {
    id: 'proxy-auth',
    family: 'network-path',
    cause: 'network',
    confidence: 'medium',
    alternatives: ['auth'],
    pattern: /(?:407 )?Proxy Authentication Required/i,
    detail: "the runtime's HTTP proxy wants credentials of its own; the registry was not reached.",
  },
  {
    id: 'dns-lookup',
    family: 'name-resolution',
    cause: 'dns',
    confidence: 'high',
    pattern:
      /lookup [^\s:]{1,255}(?: on [^\s]{1,80})?: ?(?:no such host|server misbehaving|Temporary failure in name resolution|Try again|[^\n"]{0,120}?(?:i\/o timeout|connection refused|network is unreachable|no such host))|(?<=dial (?:tcp|udp)[46]?: )lookup [^\s:]{1,255}[^\n"]{0,120}|lookup [^\s]{1,255} on [^\s]{1,80}:53|no such host(?: is known)?|server misbehaving|Temporary failure in name resolution|Name or service not known|getaddrinfow[^\n]{0,60}|No such host is known/i,
  },
  {
    id: 'tls-trust',
    family: 'tls',
    cause: 'tls',
    confidence: 'high',
    pattern:
      /x509: ?[^\n"]{0,160}|server gave HTTP response to HTTPS client|tls: failed to verify certificate[^\n"]{0,120}|first record does not look like a TLS handshake|remote error: tls: [a-z ]{1,60}|certificate (?:has expired|is not valid|signed by unknown authority)[^\n"]{0,80}|malformed HTTP response \\?"?\\x15\\x03[^\n]{0,40}/i,
  },
  {
    // Azure Container Registry's firewall refuses by source address, whatever the credentials.
    id: 'registry-firewall',
    family: 'network-path',
    cause: 'network',
    confidence: 'medium',
    alternatives: ['auth'],
    flavour: 'acr',
    pattern: /client with IP '?[^\s']{1,64}'? is not allowed access[^\n"]{0,80}/i,
    detail:
      "the registry's firewall refuses the node's source address; allow it (or use a private " +
      'endpoint), credentials do not help.',
  },
  {
    id: 'net-failure',
    family: 'network-path',
    cause: 'network',
    confidence: 'high',
    pattern:
      /(?:dial|read|write) tcp [^\s]{1,80}?(?:->[^\s]{1,80}?)?: [^\n"]{0,60}?(?:i\/o timeout|connection refused|connection reset by peer|no route to host|network is unreachable|connection timed out|cannot assign requested address)|i\/o timeout|connection refused|connection reset by peer|no route to host|network is unreachable|connection timed out|TLS handshake timeout|actively refused it|connected host has failed to respond|Client\.Timeout exceeded[^\n"]{0,40}|request canceled while waiting for connection|net\/http: request canceled[^\n"]{0,60}|http2: (?:server sent GOAWAY|client connection lost)[^\n"]{0,80}|stream error: stream ID \d{1,10}; [A-Z_]{1,40}|wsa(?:recv|send)[^\n"]{0,120}|forcibly closed by the remote host|operation timed out|timeout awaiting response headers/i,
  },
];

/** CRI-O's waiting reason when it could not reach a registry, for texts that say nothing more. */
export const CONNECTION_FALLBACK_RULES: readonly Rule[] = [
  {
    id: 'registry-unavailable',
    family: 'network-path',
    cause: 'network',
    confidence: 'medium',
    alternatives: ['dns', 'registry-error'],
    pattern: /\bRegistryUnavailable\b/,
    detail:
      'CRI-O could not reach the registry; its Failed event or log line says whether DNS, the ' +
      'connection or the registry itself failed.',
  },
];
