// Reads what a registry said when it said no: its JSON error codes, Docker Hub's rate-limit
// headers, and which failure kind the status and codes amount to.
import type {
  HttpEvidence,
  HttpResponse,
  RateLimitInfo,
  RateLimitValue,
  RegistryErrorEntry,
  RegistryFailure,
} from './types.js';

const MAX_ERRORS = 5;
const MAX_MESSAGE = 500;

/** The `errors` array of a registry error body; empty when the body is not one. */
export function parseRegistryErrors(body: Buffer): RegistryErrorEntry[] {
  let doc: unknown;
  try {
    doc = JSON.parse(body.toString('utf8'));
  } catch {
    return [];
  }
  const errors = (doc as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors)) return [];
  return errors.slice(0, MAX_ERRORS).flatMap((e: unknown) => {
    const { code, message } = (e ?? {}) as { code?: unknown; message?: unknown };
    if (typeof code !== 'string') return [];
    const text = typeof message === 'string' ? message.slice(0, MAX_MESSAGE) : '';
    return [{ code, message: text }];
  });
}

// `100;w=21600` -> { count: 100, windowSeconds: 21600 }
function parseRateLimitValue(raw: string | undefined): RateLimitValue | undefined {
  const match = raw ? /^\s*(\d+)\s*(?:;\s*w\s*=\s*(\d+))?/.exec(raw) : null;
  if (!match?.[1]) return undefined;
  const count = Number(match[1]);
  return match[2] ? { count, windowSeconds: Number(match[2]) } : { count };
}

/** Docker Hub's `ratelimit-limit`, `ratelimit-remaining`, `docker-ratelimit-source` and `retry-after`. */
export function parseRateLimit(headers: Readonly<Record<string, string>>): RateLimitInfo {
  const limit = parseRateLimitValue(headers['ratelimit-limit']);
  const remaining = parseRateLimitValue(headers['ratelimit-remaining']);
  const source = headers['docker-ratelimit-source']?.trim();
  const retryAfter = Number(headers['retry-after']);
  return {
    ...(limit ? { limit } : {}),
    ...(remaining ? { remaining } : {}),
    ...(source ? { source } : {}),
    ...(Number.isFinite(retryAfter) && headers['retry-after']
      ? { retryAfterSeconds: retryAfter }
      : {}),
  };
}

/** What we ask `failureFromResponse` to take into account besides the response. */
export interface ResponseContext {
  evidence: HttpEvidence;
  /** we offered credentials (or a token obtained with them) */
  sentCredentials: boolean;
  /** the reference asked for is a digest, so a missing manifest is not a missing tag */
  isDigest: boolean;
  /** the `error` parameter of the last Bearer challenge, e.g. insufficient_scope */
  challengeError?: string;
}

function hasCode(evidence: HttpEvidence, ...codes: string[]): boolean {
  return evidence.errors.some((e) => codes.includes(e.code.toUpperCase()));
}

function notFound(ctx: ResponseContext): RegistryFailure {
  const { evidence } = ctx;
  if (hasCode(evidence, 'NAME_UNKNOWN'))
    return { kind: 'not-found', missing: 'repository', evidence };
  if (hasCode(evidence, 'MANIFEST_UNKNOWN')) {
    return { kind: 'not-found', missing: ctx.isDigest ? 'manifest' : 'tag', evidence };
  }
  return { kind: 'not-found', missing: 'unknown', evidence };
}

function unauthorized(ctx: ResponseContext): RegistryFailure {
  const { evidence } = ctx;
  // A valid identity without access to this repository: distribution says insufficient_scope or DENIED.
  const isDenied =
    evidence.status === 403 ||
    hasCode(evidence, 'DENIED') ||
    (ctx.sentCredentials && ctx.challengeError === 'insufficient_scope');
  if (isDenied) return { kind: 'unauthorized', reason: 'denied', evidence };
  return {
    kind: 'unauthorized',
    reason: ctx.sentCredentials ? 'rejected' : 'no-credentials',
    evidence,
  };
}

/** The failure a non-2xx response amounts to. */
export function failureFromResponse(res: HttpResponse, ctx: ResponseContext): RegistryFailure {
  const { evidence } = ctx;
  if (res.status === 404) return notFound(ctx);
  if (res.status === 401 || res.status === 403) return unauthorized(ctx);
  if (res.status === 429 || hasCode(evidence, 'TOOMANYREQUESTS')) {
    return { kind: 'rate-limited', rateLimit: parseRateLimit(res.headers), evidence };
  }
  if (res.status >= 500) return { kind: 'registry-error', problem: 'server-error', evidence };
  return { kind: 'registry-error', problem: 'unexpected-status', evidence };
}
