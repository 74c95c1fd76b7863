/**
 * The probe's request and report: what `reproduce` asks the node-side probe to check, and the one
 * JSON document the probe prints back. Defined once here, versioned, and validated when read
 * (validate-report.ts), because the report crosses a process and a machine boundary.
 */
import type { PulledRecord } from './pulled-record.js';

/** The report format version; bump on any incompatible change. */
export const PROBE_REPORT_VERSION = 'imagepull.kubectl.dev/probe-v1alpha1';

/** What the plugin asks the probe to do. Credentials travel separately (a mounted file). */
export interface ProbeRequest {
  readonly version: typeof PROBE_REPORT_VERSION;
  /** The image reference as the pod spec writes it. */
  readonly image: string;
  /** Registry host[:port] as the image names it, and the host:port to dial (docker.io -> registry-1.docker.io:443). */
  readonly registry: string;
  readonly dialHost: string;
  readonly dialPort: number;
  /** True when a credentials file is mounted for the credentialed pull. */
  readonly hasCredentials: boolean;
  /** Per-check timeout in milliseconds. */
  readonly timeoutMs: number;
  /** Where the host's root filesystem is mounted inside the probe (default `/host`). */
  readonly hostPrefix?: string;
  /** The runtime's CRI endpoint as the host names it (`unix:///run/containerd/containerd.sock`); found automatically when absent. */
  readonly runtimeEndpoint?: string;
  /** Where the credentials file is mounted (default `/var/run/kip-probe/credentials/auth.json`). */
  readonly credentialsPath?: string;
}

/** How one check ended. `skipped` carries why (e.g. "no credentials given"). */
export type CheckStatus = 'ok' | 'failed' | 'skipped';

/** One check's structured result: what was tried, how it went, the verbatim error, and timing. */
export interface CheckResult<Detail = Readonly<Record<string, unknown>>> {
  readonly status: CheckStatus;
  readonly durationMs: number;
  /** The error text verbatim as the system gave it (runtime, resolver, TLS library). */
  readonly error?: string;
  readonly detail?: Detail;
}

/** One condition of the runtime's CRI status; reason and message only when it gave them. */
export interface RuntimeCondition {
  readonly type: string;
  readonly status: boolean;
  readonly reason?: string;
  readonly message?: string;
}

/** Where the probe ran and what it found about the node. */
export interface ProbeNodeInfo {
  readonly name?: string;
  readonly resolvConf?: {
    readonly nameservers: readonly string[];
    readonly search: readonly string[];
  };
  readonly runtime?: {
    readonly name: string;
    readonly version: string;
    readonly endpoint: string;
    /** The runtime's own status over CRI (Status): RuntimeReady, NetworkReady, as it reports them. */
    readonly conditions?: readonly RuntimeCondition[];
  };
  readonly proxy?: Readonly<Record<string, string>>;
  /** Per-registry runtime configuration found (containerd certs.d, CRI-O registries.conf). */
  readonly registryConfig?: readonly string[];
  readonly credentialProviders?: readonly string[];
  /**
   * The image is already on the node: the kubelet's record of who pulled it (KEP-2535) and its
   * imagePullCredentialsVerificationPolicy (absent: the default).
   */
  readonly cachedImage?: { readonly record?: PulledRecord; readonly policy?: string };
  /** The imagefs path as the runtime reports it over CRI (ImageFsInfo). */
  readonly imageFs?: string;
  /**
   * Present when the runtime ignores its hosts.toml directories (containerd 2.1+ Transfer Service
   * with a config_path of several directories): the files it skips for this registry, and why.
   */
  readonly hostsDirsIgnored?: {
    readonly dirs: readonly string[];
    readonly files: readonly string[];
    readonly runtimeVersion: string;
    readonly reason: string;
    readonly workaround: string;
  };
}

/** Free space of one filesystem. */
export interface FsUsage {
  readonly path: string;
  readonly role: 'imagefs' | 'nodefs';
  readonly bytesFree: number;
  readonly bytesTotal: number;
  readonly inodesFree: number;
  readonly inodesTotal: number;
}

/** The TLS handshake with the node's trust: the server's certificate and which CA files were trusted. */
export interface TlsDetail {
  readonly subject?: string;
  readonly issuer?: string;
  readonly trustedBy?: string;
  /** Every CA file the handshake trusted (host paths), system bundle first. */
  readonly caFiles?: readonly string[];
  /** Set when the runtime's config turns verification off for this host (hosts.toml skip_verify). */
  readonly skipVerify?: boolean;
}

/** The registry's answer to an anonymous `GET /v2/`. */
export interface RegistryApiDetail {
  readonly status?: number;
  /** The WWW-Authenticate scheme (`Basic`, `Bearer`). */
  readonly challenge?: string;
  /** The Bearer realm, if any: a second host the runtime must reach for a token. */
  readonly realm?: string;
  /** False when the answer was read over a TLS connection the node's trust rejected. */
  readonly tlsVerified?: boolean;
}

/** One CRI pull and what it left behind. */
export interface PullDetail {
  readonly imageRef?: string;
  readonly alreadyPresent?: boolean;
  /** The gRPC status name of a failed call (`Unknown`, `NotFound`, `DeadlineExceeded`). */
  readonly grpcStatus?: string;
  /** True when the image was absent, pulled, and removed again to leave the cache as it was. */
  readonly removedAfter?: boolean;
  /** Why the cache could not be restored, when it could not. */
  readonly cleanupError?: string;
}

/** One credential provider plugin run: how it ended and which registries it answered for. */
export interface ProviderRunDetail {
  readonly name: string;
  /** The matchImages entry that made the kubelet pick this provider. */
  readonly matchedBy: string;
  /** The plugin as the kubelet runs it: BINDIR/NAME. */
  readonly binary: string;
  readonly status: 'ok' | 'failed';
  readonly error?: string;
  /** The auth keys of its response (registry names, never the credentials). */
  readonly registries?: readonly string[];
  readonly cacheKeyType?: string;
  readonly cacheDuration?: string;
}

/** The kubelet credential providers run for the image. */
export interface ProviderDetail {
  readonly providers: readonly ProviderRunDetail[];
  /** The response key whose credentials the provider pull used. */
  readonly usedKey?: string;
  /** Set when the kubelet's environment could not be read, so plugins ran without it. */
  readonly environment?: string;
}

/** One mirror endpoint the runtime tries before the registry, and how the node reached it. */
export interface MirrorEndpointResult {
  readonly url: string;
  readonly status: 'ok' | 'failed';
  /** Which step failed and its error verbatim: `TCP: connect ECONNREFUSED 10.0.0.9:5000`. */
  readonly error?: string;
  readonly address?: string;
  /** The mirror's answer to GET /v2/. */
  readonly httpStatus?: number;
}

/** The runtime's mirrors for the registry, in the order it tries them. */
export interface MirrorDetail {
  readonly endpoints: readonly MirrorEndpointResult[];
}

/** The checks, in the order they ran. */
export interface ProbeChecks {
  /** Of the registry host, or of the runtime's proxy when its pulls go through one (`proxy`). */
  readonly dns: CheckResult<{
    readonly host: string;
    readonly addresses: readonly string[];
    readonly resolver?: string;
    /** The runtime's proxy (password removed) the network checks went through. */
    readonly proxy?: string;
  }>;
  readonly blobDns?: CheckResult<{ readonly host: string; readonly addresses: readonly string[] }>;
  readonly tcp: CheckResult<{ readonly address: string; readonly proxy?: string }>;
  readonly tls: CheckResult<TlsDetail>;
  readonly registryApi: CheckResult<RegistryApiDetail>;
  /** The Bearer realm's host (the token service) through the node's resolver, when it has its own. */
  readonly tokenDns?: CheckResult<{ readonly host: string; readonly addresses: readonly string[] }>;
  /** Present when the runtime has mirrors for the registry (containerd hosts.toml, mirrors). */
  readonly mirrors?: CheckResult<MirrorDetail>;
  readonly pullAnonymous: CheckResult<PullDetail>;
  /**
   * Present when the anonymous pull timed out: the registry's answer to an anonymous HEAD of the
   * manifest (CRI-O retries a 429 for longer than the check lasts).
   */
  readonly manifestAnswer?: CheckResult<{ readonly status: number; readonly retryAfter?: string }>;
  readonly pullWithCredentials: CheckResult<PullDetail>;
  /** Present when a kubelet credential provider's matchImages matches the image. */
  readonly credentialProvider?: CheckResult<ProviderDetail>;
  /** The pull with the credentials the provider returned (skipped when it returned none). */
  readonly pullWithProvider?: CheckResult<PullDetail>;
  readonly disk: CheckResult<{ readonly filesystems: readonly FsUsage[] }>;
}

/** The probe's whole answer. */
export interface ProbeReport {
  readonly version: typeof PROBE_REPORT_VERSION;
  readonly request: ProbeRequest;
  readonly node: ProbeNodeInfo;
  readonly checks: ProbeChecks;
  readonly startedAt: string;
  readonly durationMs: number;
  /** Via a privileged pod or over SSH with the node's own tools. */
  readonly transport: 'pod' | 'ssh';
  /** What the probe did not do or could not know (e.g. the kubelet's environment was unreadable). */
  readonly notes?: readonly string[];
}

/** The line the probe prints its report on, so log noise before it cannot break parsing. */
export const REPORT_MARKER = 'KUBECTL-IMAGEPULL-REPORT ';
