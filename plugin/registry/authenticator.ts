// Answers a registry's 401: anonymous first, then Basic with the credentials, or a Bearer token
// from the realm the challenge names. Authorizations are remembered per host and repository.
import { failureFromResponse } from './registry-response.js';
import { basicAuthorization, readToken, tokenRequest, type TokenOutcome } from './token-request.js';
import type {
  HttpRequest,
  HttpResponse,
  HttpTransport,
  RegistryCredentials,
  RegistryFailure,
} from './types.js';
import { parseWwwAuthenticate, type AuthChallenge } from './www-authenticate.js';

type Challenge = 'basic' | 'bearer' | 'other';

/** A response after whatever authentication it took, or the failure that stopped it. */
export type SendOutcome =
  | {
      ok: true;
      res: HttpResponse;
      sentCredentials: boolean;
      challenge?: Challenge;
      /** the `error` parameter of the last Bearer challenge, e.g. insufficient_scope */
      challengeError?: string;
    }
  | { ok: false; failure: RegistryFailure };

interface Authorization {
  header: string;
  withCredentials: boolean;
  scheme: 'basic' | 'bearer';
}

type Authorized =
  { ok: true; auth: Authorization | undefined } | { ok: false; failure: RegistryFailure };

function withAuthorization(req: HttpRequest, auth: Authorization | undefined): HttpRequest {
  return auth ? { ...req, headers: { ...req.headers, authorization: auth.header } } : req;
}

function schemeOf(challenge: AuthChallenge): Challenge {
  return challenge.scheme === 'basic' || challenge.scheme === 'bearer' ? challenge.scheme : 'other';
}

function answered(
  res: HttpResponse,
  sentCredentials: boolean,
  challenge: Challenge | undefined,
): SendOutcome {
  // distribution says why a token was not enough (insufficient_scope) only in its new challenge.
  const challengeError = parseWwwAuthenticate(res.headers['www-authenticate'])?.params.error;
  return {
    ok: true,
    res,
    sentCredentials,
    ...(challenge ? { challenge } : {}),
    ...(challengeError ? { challengeError } : {}),
  };
}

/** Sends requests to a registry, authenticating the way its challenge asks. */
export class Authenticator {
  private readonly cache = new Map<string, Authorization>();

  constructor(
    private readonly transport: HttpTransport,
    private readonly credentials: RegistryCredentials | undefined,
    /** false for plain-HTTP URLs we must not send secrets to */
    private readonly mayCarrySecrets: (url: URL) => boolean,
  ) {}

  /** Sends `req` for `repository`, answering one 401 challenge if there is one. */
  async send(req: HttpRequest, repository: string): Promise<SendOutcome> {
    const key = `${req.url.origin}|${repository}`;
    const cached = this.cache.get(key);
    const first = await this.transport.request(withAuthorization(req, cached));
    if (first.status !== 401 || cached) {
      return answered(first, cached?.withCredentials ?? false, cached?.scheme);
    }
    const challenge = parseWwwAuthenticate(first.headers['www-authenticate']);
    if (!challenge) return answered(first, false, undefined);
    const authorized = await this.authorize(challenge, req, repository);
    if (!authorized.ok) return authorized;
    if (!authorized.auth) return answered(first, false, schemeOf(challenge));
    this.cache.set(key, authorized.auth);
    const res = await this.transport.request(withAuthorization(req, authorized.auth));
    return answered(res, authorized.auth.withCredentials, schemeOf(challenge));
  }

  private async authorize(
    challenge: AuthChallenge,
    req: HttpRequest,
    repository: string,
  ): Promise<Authorized> {
    if (challenge.scheme === 'basic') {
      const header = this.mayCarrySecrets(req.url)
        ? basicAuthorization(this.credentials)
        : undefined;
      return {
        ok: true,
        auth: header ? { header, withCredentials: true, scheme: 'basic' } : undefined,
      };
    }
    if (challenge.scheme !== 'bearer') return { ok: true, auth: undefined };
    return this.fetchToken(challenge, req, repository);
  }

  private async fetchToken(
    challenge: AuthChallenge,
    req: HttpRequest,
    repository: string,
  ): Promise<Authorized> {
    const realm = parseRealm(challenge.params.realm);
    if (!realm) return { ok: false, failure: realmMissing(req) };
    const credentials =
      this.mayCarrySecrets(realm) && hasAnyCredential(this.credentials)
        ? this.credentials
        : undefined;
    const scope = challenge.params.scope || `repository:${repository}:pull`;
    const ask = { realm, service: challenge.params.service, scope, credentials };
    const tokenReq = tokenRequest(ask, req.signal);
    const outcome = readToken(tokenReq, await this.transport.request(tokenReq));
    const withCredentials = credentials !== undefined;
    if (!outcome.ok) return { ok: false, failure: tokenRefused(outcome, withCredentials) };
    return {
      ok: true,
      auth: { header: `Bearer ${outcome.token}`, withCredentials, scheme: 'bearer' },
    };
  }
}

function realmMissing(req: HttpRequest): RegistryFailure {
  const evidence = {
    request: `${req.method} ${req.url.href}`,
    status: 401,
    errors: [],
    challenge: 'bearer' as const,
  };
  return {
    kind: 'registry-error',
    problem: 'bad-response',
    detail: 'Bearer challenge without a usable realm',
    evidence,
  };
}

// The realm's own refusal is the evidence: a 401 there means the credentials were turned down.
function tokenRefused(
  outcome: Extract<TokenOutcome, { ok: false }>,
  sentCredentials: boolean,
): RegistryFailure {
  const evidence = { ...outcome.evidence, challenge: 'bearer' as const };
  if (outcome.problem) {
    return {
      kind: 'registry-error',
      problem: outcome.problem,
      detail: 'the token realm answered without a token',
      evidence,
    };
  }
  return failureFromResponse(outcome.res, { evidence, sentCredentials, isDigest: false });
}

function hasAnyCredential(creds: RegistryCredentials | undefined): boolean {
  return Boolean(creds?.identityToken || (creds?.username && creds.password !== undefined));
}

function parseRealm(realm: string | undefined): URL | undefined {
  if (!realm) return undefined;
  try {
    const url = new URL(realm);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}
