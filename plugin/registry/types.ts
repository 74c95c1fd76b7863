// The shapes the registry client speaks in: what it is asked, what it answers, and the transport
// it is given. Every answer is a discriminated union so callers switch on `kind`, never on text.

/** Where an image lives, as the registry API names it (host as written in the image reference). */
export interface RegistryRef {
  /** registry host (and port) as written in the image reference, e.g. `docker.io`, `reg.corp:5000` */
  registry: string;
  /** repository path, e.g. `library/nginx` or `kip/app` */
  repository: string;
  /** a tag (`v1.4.1`) or a digest (`sha256:...`) */
  reference: string;
}

/** Credentials for one registry; they are sent to that registry and its token realm only. */
export interface RegistryCredentials {
  username?: string;
  password?: string;
  /** an OAuth2 refresh token (`identitytoken` in a docker config), exchanged at the token realm */
  identityToken?: string;
}

/** One error entry from a registry's JSON error body (`{"errors":[{code,message}]}`). */
export interface RegistryErrorEntry {
  code: string;
  message: string;
}

/** What the registry said, kept verbatim-ish as evidence; never holds credentials or tokens. */
export interface HttpEvidence {
  /** method and URL of the request that produced the answer (no query secrets: we never put any there) */
  request: string;
  status: number;
  errors: RegistryErrorEntry[];
  /** the auth scheme the registry asked for, if it asked */
  challenge?: 'basic' | 'bearer' | 'other';
}

/** A count within a window, as Docker Hub's `ratelimit-*` headers state it (`100;w=21600`). */
export interface RateLimitValue {
  count: number;
  windowSeconds?: number;
}

/** Docker Hub's rate-limit headers, parsed; any of them may be absent. */
export interface RateLimitInfo {
  limit?: RateLimitValue;
  remaining?: RateLimitValue;
  /** `docker-ratelimit-source`: the IP (or account) the quota is counted against */
  source?: string;
  retryAfterSeconds?: number;
}

/** Which step of the network path failed. */
export type NetworkFailureKind =
  'dns' | 'refused' | 'unreachable' | 'timeout' | 'reset' | 'tls' | 'proxy' | 'aborted' | 'other';

/** The registry could not be reached at all (or the conversation broke off). */
export interface NetworkFailure {
  kind: 'network';
  failure: NetworkFailureKind;
  /** node's error code, e.g. ENOTFOUND, ECONNREFUSED, UNABLE_TO_VERIFY_LEAF_SIGNATURE */
  code?: string;
  message: string;
  /** host:port we tried to reach (the proxy's, when a proxy failed) */
  target: string;
}

/** The registry does not have it. `missing` says what, when the registry's error code tells us. */
export interface NotFound {
  kind: 'not-found';
  missing: 'repository' | 'tag' | 'manifest' | 'unknown';
  evidence: HttpEvidence;
}

/** The registry refused us: 401 after trying what we had, or 403. */
export interface Unauthorized {
  kind: 'unauthorized';
  /** no-credentials: we had none to offer; rejected: ours were refused; denied: 403 / insufficient scope */
  reason: 'no-credentials' | 'rejected' | 'denied';
  evidence: HttpEvidence;
}

/** 429: the pull quota is spent. */
export interface RateLimited {
  kind: 'rate-limited';
  rateLimit: RateLimitInfo;
  evidence: HttpEvidence;
}

/** The registry answered, but not usefully: 5xx, an unexpected status or a malformed body. */
export interface RegistryError {
  kind: 'registry-error';
  problem:
    'server-error' | 'unexpected-status' | 'bad-response' | 'too-large' | 'too-many-redirects';
  detail?: string;
  evidence: HttpEvidence;
}

/** Any way a registry call can fail. */
export type RegistryFailure =
  NetworkFailure | NotFound | Unauthorized | RateLimited | RegistryError;

/** The manifest (or index) exists. */
export interface ManifestExists {
  kind: 'exists';
  digest?: string;
  mediaType?: string;
  /** Rate-limit headers on the answer (Docker Hub sends them on HEAD, which does not count). */
  rateLimit?: RateLimitInfo;
  evidence: HttpEvidence;
}

/** Answer of `checkManifest`. */
export type ManifestCheck = ManifestExists | RegistryFailure;

/** Answer of `listTags`. */
export type TagList =
  | { kind: 'tags'; tags: string[]; /** true when we stopped at the cap */ truncated: boolean }
  | RegistryFailure;

/** A platform as OCI writes it. */
export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

/** Answer of `platformsOf`: from an index's entries, or from a single image's config blob. */
export type PlatformList =
  | { kind: 'platforms'; source: 'index' | 'config'; platforms: Platform[]; mediaType: string }
  | RegistryFailure;

/** One HTTP request as the client hands it to its transport. */
export interface HttpRequest {
  method: 'GET' | 'HEAD' | 'POST';
  url: URL;
  headers: Record<string, string>;
  body?: string;
  /** the transport fails with code ERR_RESPONSE_TOO_LARGE beyond this many body bytes */
  maxBytes: number;
  /** aborts the request; the transport also applies its own connect timeout */
  signal: AbortSignal;
}

/** One HTTP response; header names are lower-case, repeated headers joined with ", ". */
export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Sends one HTTP request (no redirects followed); throws node-style errors carrying `code`. */
export interface HttpTransport {
  request(req: HttpRequest): Promise<HttpResponse>;
}

/** Options of the registry client; everything has a default. */
export interface RegistryClientOptions {
  credentials?: RegistryCredentials;
  /** whole-request timeout in ms (each HTTP exchange), default 5000 */
  timeoutMs?: number;
  /** cap on manifest, tag-list and config bodies, default 4 MiB */
  maxResponseBytes?: number;
  /** stop listing after this many tags, default 10000 */
  maxTags?: number;
  /** tags asked for per page (`n=`), default 1000 */
  tagPageSize?: number;
  /** registries spoken to over plain HTTP (like docker's insecure-registries), as host[:port] */
  plainHttpHosts?: readonly string[];
}

/** Per-call options. */
export interface CallOptions {
  signal?: AbortSignal;
}
