// Asks a token realm for a Bearer token (distribution's token auth): GET with Basic credentials,
// or the OAuth2 refresh-token grant when all we have is an identity token.
import { parseRegistryErrors } from './registry-response.js';
import type { HttpEvidence, HttpRequest, HttpResponse, RegistryCredentials } from './types.js';

/** What the realm answered: a token, or the response that refused one. */
export type TokenOutcome =
  | { ok: true; token: string }
  | { ok: false; res: HttpResponse; evidence: HttpEvidence; problem?: 'bad-response' };

/** Where and for what to ask. */
export interface TokenAsk {
  realm: URL;
  service?: string;
  scope: string;
  /** undefined: ask anonymously */
  credentials?: RegistryCredentials;
}

const TOKEN_MAX_BYTES = 256 * 1024;

/** Basic authorization for a username and password; undefined unless both are present. */
export function basicAuthorization(creds: RegistryCredentials | undefined): string | undefined {
  if (!creds?.username || creds.password === undefined) return undefined;
  return `Basic ${Buffer.from(`${creds.username}:${creds.password}`).toString('base64')}`;
}

/** The HTTP request that asks `ask.realm` for a token. */
export function tokenRequest(ask: TokenAsk, signal: AbortSignal): HttpRequest {
  const url = new URL(ask.realm);
  const identityToken = ask.credentials?.identityToken;
  if (identityToken) {
    const form = new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: identityToken,
      client_id: 'kubectl-imagepull',
      scope: ask.scope,
      ...(ask.service ? { service: ask.service } : {}),
    });
    const headers = { 'content-type': 'application/x-www-form-urlencoded' };
    return {
      method: 'POST',
      url,
      headers,
      body: form.toString(),
      maxBytes: TOKEN_MAX_BYTES,
      signal,
    };
  }
  if (ask.service) url.searchParams.set('service', ask.service);
  url.searchParams.set('scope', ask.scope);
  const auth = basicAuthorization(ask.credentials);
  const headers: Record<string, string> = auth ? { authorization: auth } : {};
  return { method: 'GET', url, headers, maxBytes: TOKEN_MAX_BYTES, signal };
}

/** Reads the token out of a realm's answer (`token`, or OAuth2's `access_token`). */
export function readToken(req: HttpRequest, res: HttpResponse): TokenOutcome {
  // The query holds only service and scope; never credentials, which travel in headers or the body.
  const evidence: HttpEvidence = {
    request: `${req.method} ${req.url.origin}${req.url.pathname}${req.url.search}`,
    status: res.status,
    errors: parseRegistryErrors(res.body),
  };
  if (res.status < 200 || res.status > 299) return { ok: false, res, evidence };
  try {
    const doc = JSON.parse(res.body.toString('utf8')) as {
      token?: unknown;
      access_token?: unknown;
    };
    const token = typeof doc.token === 'string' && doc.token ? doc.token : doc.access_token;
    if (typeof token === 'string' && token) return { ok: true, token };
  } catch {
    // falls through to bad-response
  }
  return { ok: false, res, evidence, problem: 'bad-response' };
}
