// The HTTP side of the token server: authenticates the caller (Basic, or an OAuth2 form), grants
// the requested scopes it may have, and answers with a signed token. Every request is reported
// through `onEvent` (account and scopes, never a password) so tests can see what was asked.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TokenServerConfig, TokenUser } from './config.js';
import { grantAccess, parseScope, type RequestedScope } from './grants.js';
import { claimsFor, signToken, type AccessEntry, type SigningIdentity } from './jwt.js';

/** What the server reports about each token request. */
export interface TokenEvent {
  event: 'token-request';
  method: string;
  outcome: 'issued' | 'rejected' | 'bad-request';
  account: string | null;
  service: string | null;
  scopes: string[];
  granted: AccessEntry[];
}

type Caller = { ok: true; user: TokenUser | undefined } | { ok: false };

const MAX_FORM_BYTES = 64 * 1024;

function sameSecret(a: string, b: string): boolean {
  const digest = (s: string): Buffer => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}

function checkPassword(users: readonly TokenUser[], username: string, password: string): Caller {
  const user = users.find((u) => u.username === username);
  return user && sameSecret(user.password, password) ? { ok: true, user } : { ok: false };
}

function basicCaller(req: IncomingMessage, users: readonly TokenUser[]): Caller {
  const header = req.headers.authorization;
  if (!header) return { ok: true, user: undefined };
  const match = /^Basic\s+(\S+)$/i.exec(header);
  const decoded = match?.[1] ? Buffer.from(match[1], 'base64').toString('utf8') : '';
  const colon = decoded.indexOf(':');
  if (colon < 0) return { ok: false };
  return checkPassword(users, decoded.slice(0, colon), decoded.slice(colon + 1));
}

function formCaller(form: URLSearchParams, users: readonly TokenUser[]): Caller {
  const grant = form.get('grant_type');
  if (grant === 'password')
    return checkPassword(users, form.get('username') ?? '', form.get('password') ?? '');
  const refresh = form.get('refresh_token') ?? '';
  const user = users.find(
    (u) => u.identityToken !== undefined && sameSecret(u.identityToken, refresh),
  );
  return grant === 'refresh_token' && user ? { ok: true, user } : { ok: false };
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let text = '';
  for await (const chunk of req) {
    text += (chunk as Buffer).toString('utf8');
    if (text.length > MAX_FORM_BYTES) throw new Error('form too large');
  }
  return new URLSearchParams(text);
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

// The signed answer for an authenticated (or anonymous) caller.
function issue(
  config: TokenServerConfig,
  identity: SigningIdentity,
  user: TokenUser | undefined,
  scopes: string[],
) {
  const requested = scopes.map(parseScope).filter((s): s is RequestedScope => s !== undefined);
  const access = grantAccess(user, requested);
  const ttl = config.tokenTtlSeconds ?? 300;
  const now = Math.floor(Date.now() / 1000);
  const fields = {
    issuer: config.issuer,
    service: config.service,
    subject: user?.username ?? '',
    access,
  };
  const token = signToken(claimsFor(fields, now, ttl), identity);
  const body = {
    token,
    access_token: token,
    expires_in: ttl,
    issued_at: new Date(now * 1000).toISOString(),
  };
  return { access, body };
}

const NOT_SERVED = { errors: [{ code: 'NOT_FOUND', message: 'only /token is served' }] };
const REJECTED = { errors: [{ code: 'UNAUTHORIZED', message: 'invalid credentials' }] };

/** Builds the request handler for a loaded configuration and signing identity. */
export function createTokenHandler(
  config: TokenServerConfig,
  identity: SigningIdentity,
  onEvent: (event: TokenEvent) => void,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://token-server');
    const isPost = req.method === 'POST';
    const params = isPost ? await readForm(req) : url.searchParams;
    const scopes = params.getAll('scope').flatMap((s) => s.split(' ').filter(Boolean));
    const base = {
      event: 'token-request' as const,
      method: req.method ?? '',
      service: params.get('service'),
      scopes,
    };
    if (url.pathname !== '/token' || (req.method !== 'GET' && !isPost)) {
      onEvent({ ...base, outcome: 'bad-request', account: null, granted: [] });
      return sendJson(res, 404, NOT_SERVED);
    }
    const caller = isPost ? formCaller(params, config.users) : basicCaller(req, config.users);
    if (!caller.ok) {
      onEvent({ ...base, outcome: 'rejected', account: null, granted: [] });
      return sendJson(res, 401, REJECTED, { 'www-authenticate': `Basic realm="${config.issuer}"` });
    }
    const { access, body } = issue(config, identity, caller.user, scopes);
    onEvent({
      ...base,
      outcome: 'issued',
      account: caller.user?.username ?? null,
      granted: access,
    });
    sendJson(res, 200, body);
  };
}
