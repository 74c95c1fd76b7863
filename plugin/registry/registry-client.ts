// Asks a registry, from the user's machine, what the node would be told: does the manifest exist,
// which tags are there, which platforms does it offer. Every answer is a value, never a throw.
import { createHash } from 'node:crypto';
import { Authenticator } from './authenticator.js';
import { DeadlineTransport } from './deadline-transport.js';
import {
  parseConfigPlatform,
  parseManifestDocument,
  type ManifestDocument,
} from './manifest-document.js';
import { MANIFEST_ACCEPT } from './media-types.js';
import { toNetworkFailure } from './network-failure.js';
import { redactSecrets } from './redact.js';
import { collectTags } from './tag-listing.js';
import { registryApiHost, registryApiRepository } from './registry-host.js';
import { exchange, type Answered, type Exchange } from './registry-exchange.js';
import { failureFromResponse, parseRateLimit } from './registry-response.js';
import { RESPONSE_TOO_LARGE, TransportError } from './transport-error.js';
import type {
  CallOptions,
  HttpEvidence,
  HttpRequest,
  HttpResponse,
  HttpTransport,
  ManifestCheck,
  NotFound,
  Platform,
  PlatformList,
  RegistryClientOptions,
  RegistryFailure,
  RegistryRef,
  TagList,
} from './types.js';

const DEFAULTS = {
  timeoutMs: 5000,
  maxResponseBytes: 4 * 1024 * 1024,
  maxTags: 10_000,
  tagPageSize: 1000,
};

function isSuccess(res: HttpResponse): boolean {
  return res.status >= 200 && res.status <= 299;
}

function isDigest(reference: string): boolean {
  return /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/.test(reference);
}

function badResponse(evidence: HttpEvidence, detail: string): RegistryFailure {
  return { kind: 'registry-error', problem: 'bad-response', detail, evidence };
}

/** A registry v2 API client; the transport (and so the network) comes in through the constructor. */
export class RegistryClient {
  private readonly transport: HttpTransport;
  private readonly auth: Authenticator;
  private readonly limits: typeof DEFAULTS;
  private readonly secrets: string[];

  constructor(
    transport: HttpTransport,
    private readonly options: RegistryClientOptions = {},
  ) {
    const given = Object.entries(options).filter(([k, v]) => k in DEFAULTS && v !== undefined);
    this.limits = { ...DEFAULTS, ...(Object.fromEntries(given) as Partial<typeof DEFAULTS>) };
    this.transport = new DeadlineTransport(transport, this.limits.timeoutMs);
    this.auth = new Authenticator(this.transport, options.credentials, (url) =>
      this.mayCarrySecrets(url),
    );
    const { username, password, identityToken } = options.credentials ?? {};
    const basic =
      username && password ? Buffer.from(`${username}:${password}`).toString('base64') : undefined;
    this.secrets = [password, identityToken, basic].filter((s): s is string => Boolean(s));
  }

  /** Whether the manifest (or index) `ref` names exists, and if not, why not. */
  checkManifest(ref: RegistryRef, call: CallOptions = {}): Promise<ManifestCheck> {
    return this.guard(
      ref.registry,
      async (signal) => {
        const head = await this.send('HEAD', this.manifestUrl(ref), ref, signal);
        if (!head.ok) return head.failure;
        if (isSuccess(head.res)) return this.exists(head, undefined);
        // HEAD answers carry no error body; GET brings the registry's error code.
        const get = await this.send('GET', this.manifestUrl(ref), ref, signal);
        if (!get.ok) return get.failure;
        if (isSuccess(get.res)) return this.exists(get, get.res.body);
        const failure = this.failure(get, ref);
        return failure.kind === 'not-found' && failure.missing !== 'repository'
          ? this.whichIsMissing(ref, failure, signal)
          : failure;
      },
      call,
    );
  }

  /** Every tag of a repository, page by page, stopping at `maxTags`. */
  listTags(repo: Omit<RegistryRef, 'reference'>, call: CallOptions = {}): Promise<TagList> {
    const ref = { ...repo, reference: '' };
    const first = new URL(`${this.repositoryUrl(ref)}/tags/list?n=${this.limits.tagPageSize}`);
    return this.guard(
      repo.registry,
      (signal) =>
        collectTags(first, this.limits.maxTags, {
          fetchPage: (url) => this.send('GET', url, ref, signal, 'application/json'),
          failureOf: (answer) => this.failure(answer, ref),
        }),
      call,
    );
  }

  /** The platforms `ref` offers: an index's entries, or a single image's config. */
  platformsOf(ref: RegistryRef, call: CallOptions = {}): Promise<PlatformList> {
    return this.guard(
      ref.registry,
      async (signal) => {
        const got = await this.send('GET', this.manifestUrl(ref), ref, signal);
        if (!got.ok) return got.failure;
        if (!isSuccess(got.res)) return this.failure(got, ref);
        const doc = parseManifestDocument(got.res.body, got.res.headers['content-type']);
        if (doc.kind === 'invalid') return badResponse(got.evidence, 'manifest is not JSON');
        if (doc.kind === 'index')
          return {
            kind: 'platforms',
            source: 'index',
            platforms: doc.platforms,
            mediaType: doc.mediaType,
          };
        if (doc.kind === 'unsupported')
          return badResponse(
            got.evidence,
            `unsupported manifest type ${doc.mediaType || '(none)'}`,
          );
        const blobUrl = new URL(`${this.repositoryUrl(ref)}/blobs/${doc.configDigest}`);
        const blob = await this.send('GET', blobUrl, ref, signal, '*/*');
        if (!blob.ok) return blob.failure;
        if (!isSuccess(blob.res)) return this.failure(blob, ref);
        const platform = parseConfigPlatform(blob.res.body);
        if (!platform) return badResponse(blob.evidence, 'image config names no os/architecture');
        return {
          kind: 'platforms',
          source: 'config',
          platforms: [platform],
          mediaType: doc.mediaType,
        };
      },
      call,
    );
  }

  /**
   * What a pull of `ref` downloads on `platform` (its config and layers, compressed), for a pull
   * still under way: an index is followed to that platform's manifest. Undefined when the
   * registry does not say (a descriptor without a size, no entry for the platform, any failure).
   */
  async imageSize(
    ref: RegistryRef,
    platform: Platform,
    call: CallOptions = {},
  ): Promise<number | undefined> {
    const answer = await this.guard(
      ref.registry,
      async (signal) => {
        let doc = await this.manifestDocument(ref, signal);
        if (doc?.kind === 'index') {
          const entry = doc.entries.find((e) => samePlatform(e.platform, platform));
          doc = entry
            ? await this.manifestDocument({ ...ref, reference: entry.digest }, signal)
            : undefined;
        }
        return {
          kind: 'size' as const,
          sizeBytes: doc?.kind === 'image' ? doc.sizeBytes : undefined,
        };
      },
      call,
    );
    return answer.kind === 'size' ? answer.sizeBytes : undefined;
  }

  private async manifestDocument(
    ref: RegistryRef,
    signal: AbortSignal,
  ): Promise<ManifestDocument | undefined> {
    const got = await this.send('GET', this.manifestUrl(ref), ref, signal);
    if (!got.ok || !isSuccess(got.res)) return undefined;
    return parseManifestDocument(got.res.body, got.res.headers['content-type']);
  }

  // distribution answers MANIFEST_UNKNOWN for a tag in a repository that does not exist either;
  // its tag list does say NAME_UNKNOWN, and "no such repository" is the more useful diagnosis.
  private async whichIsMissing(
    ref: RegistryRef,
    failure: NotFound,
    signal: AbortSignal,
  ): Promise<NotFound> {
    const tags = await this.send(
      'GET',
      new URL(`${this.repositoryUrl(ref)}/tags/list?n=1`),
      ref,
      signal,
      'application/json',
    );
    if (!tags.ok || tags.res.status !== 404) return failure;
    return { kind: 'not-found', missing: 'repository', evidence: tags.evidence };
  }

  private baseUrl(registry: string): string {
    const host = registryApiHost(registry);
    return `${this.isPlainHttp(host) ? 'http' : 'https'}://${host}`;
  }

  private repositoryUrl(ref: RegistryRef): string {
    return `${this.baseUrl(ref.registry)}/v2/${registryApiRepository(ref.registry, ref.repository)}`;
  }

  private manifestUrl(ref: RegistryRef): URL {
    return new URL(`${this.repositoryUrl(ref)}/manifests/${encodeURIComponent(ref.reference)}`);
  }

  private isPlainHttp(host: string): boolean {
    return (this.options.plainHttpHosts ?? []).some((h) => h.toLowerCase() === host);
  }

  // Secrets travel over TLS only, unless the user declared the registry plain HTTP themselves.
  private mayCarrySecrets(url: URL): boolean {
    return url.protocol === 'https:' || this.isPlainHttp(url.host.toLowerCase());
  }

  private exists(answer: Answered, body: Buffer | undefined): ManifestCheck {
    const header = answer.res.headers['docker-content-digest'];
    const digest =
      header ?? (body ? `sha256:${createHash('sha256').update(body).digest('hex')}` : undefined);
    const mediaType = answer.res.headers['content-type']?.split(';')[0]?.trim();
    const rateLimit = parseRateLimit(answer.res.headers);
    return {
      kind: 'exists',
      ...(digest ? { digest } : {}),
      ...(mediaType ? { mediaType } : {}),
      ...(rateLimit.limit || rateLimit.remaining ? { rateLimit } : {}),
      evidence: answer.evidence,
    };
  }

  private failure(answer: Answered, ref: RegistryRef): RegistryFailure {
    const { evidence, sentCredentials, challengeError } = answer;
    return failureFromResponse(answer.res, {
      evidence,
      sentCredentials,
      isDigest: isDigest(ref.reference),
      ...(challengeError ? { challengeError } : {}),
    });
  }

  private send(
    method: 'GET' | 'HEAD',
    url: URL,
    ref: RegistryRef,
    signal: AbortSignal,
    accept = MANIFEST_ACCEPT,
  ): Promise<Exchange> {
    const req: HttpRequest = {
      method,
      url,
      headers: { accept },
      maxBytes: this.limits.maxResponseBytes,
      signal,
    };
    return exchange(
      this.auth,
      this.transport,
      req,
      registryApiRepository(ref.registry, ref.repository),
    );
  }

  // Turns thrown transport failures into results and masks any secret an answer might echo.
  private async guard<T>(
    registry: string,
    fn: (signal: AbortSignal) => Promise<T>,
    call: CallOptions,
  ): Promise<T | RegistryFailure> {
    const signal = call.signal ?? new AbortController().signal;
    let result: T | RegistryFailure;
    try {
      result = await fn(signal);
    } catch (err) {
      if (!(err instanceof TransportError)) throw err;
      result =
        err.code === RESPONSE_TOO_LARGE
          ? tooLarge(err, this.limits.maxResponseBytes)
          : toNetworkFailure(err, registryApiHost(registry));
    }
    return redactSecrets(result, this.secrets);
  }
}

function tooLarge(err: TransportError, maxBytes: number): RegistryFailure {
  const evidence = { request: err.target, status: 0, errors: [] };
  return {
    kind: 'registry-error',
    problem: 'too-large',
    detail: `response larger than ${maxBytes} bytes`,
    evidence,
  };
}

/** The kubelet's platform matching: os and architecture, and the variant when both name one. */
function samePlatform(offered: Platform, wanted: Platform): boolean {
  return (
    offered.os === wanted.os &&
    offered.architecture === wanted.architecture &&
    (!offered.variant || !wanted.variant || offered.variant === wanted.variant)
  );
}
