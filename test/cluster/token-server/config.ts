// The token server's configuration file: who may log in, what they may pull, and the key and
// certificate chain it signs with (the chain's root goes into distribution's rootcertbundle).
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** One account of the token server. */
export interface TokenUser {
  username: string;
  password: string;
  /** accepted as an OAuth2 refresh token (docker's `identitytoken`) in place of the password */
  identityToken?: string;
  /** repository patterns this user may act on; `*` matches any run of characters, `/` included */
  repositories: string[];
  /** actions granted on those repositories, default ["pull"] */
  actions?: string[];
}

/** The whole configuration file, paths already resolved against the file's directory. */
export interface TokenServerConfig {
  /** host:port to listen on; port 0 picks a free one (the chosen one is printed) */
  listen: string;
  issuer: string;
  service: string;
  /** PEM EC P-256 private key the tokens are signed with */
  signingKey: string;
  /** PEM certificate chain of that key, leaf first; sent as the JWT's x5c header */
  signingCertChain: string;
  /** serve HTTPS with this certificate and key; plain HTTP when absent */
  tls?: { cert: string; key: string };
  tokenTtlSeconds?: number;
  users: TokenUser[];
}

function requireString(value: unknown, name: string): string {
  if (typeof value !== 'string' || value === '')
    throw new Error(`token server config: ${name} must be a non-empty string`);
  return value;
}

function readUser(value: unknown, index: number): TokenUser {
  const u = (value ?? {}) as Partial<Record<keyof TokenUser, unknown>>;
  const where = `users[${index}]`;
  const repositories = u.repositories;
  if (!Array.isArray(repositories) || !repositories.every((r) => typeof r === 'string')) {
    throw new Error(`token server config: ${where}.repositories must be a list of patterns`);
  }
  const actions = Array.isArray(u.actions)
    ? u.actions.filter((a): a is string => typeof a === 'string')
    : undefined;
  return {
    username: requireString(u.username, `${where}.username`),
    password: requireString(u.password, `${where}.password`),
    ...(typeof u.identityToken === 'string' ? { identityToken: u.identityToken } : {}),
    repositories: repositories as string[],
    ...(actions ? { actions } : {}),
  };
}

/** Reads and checks a configuration file; relative paths are taken from the file's directory. */
export async function loadConfig(file: string): Promise<TokenServerConfig> {
  const raw = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  const dir = path.dirname(path.resolve(file));
  const resolve = (p: unknown, name: string): string => path.resolve(dir, requireString(p, name));
  const tls = raw.tls as { cert?: unknown; key?: unknown } | undefined;
  const users = Array.isArray(raw.users) ? raw.users.map(readUser) : [];
  return {
    listen: typeof raw.listen === 'string' ? raw.listen : '127.0.0.1:0',
    issuer: requireString(raw.issuer, 'issuer'),
    service: requireString(raw.service, 'service'),
    signingKey: resolve(raw.signingKey, 'signingKey'),
    signingCertChain: resolve(raw.signingCertChain, 'signingCertChain'),
    ...(tls
      ? { tls: { cert: resolve(tls.cert, 'tls.cert'), key: resolve(tls.key, 'tls.key') } }
      : {}),
    ...(typeof raw.tokenTtlSeconds === 'number' ? { tokenTtlSeconds: raw.tokenTtlSeconds } : {}),
    users,
  };
}
