// Reads a registry's WWW-Authenticate challenge: the scheme says how the runtime must log in, and
// a Bearer realm names a second host (the token service) the node must also reach.

/** A parsed challenge. */
export interface AuthChallenge {
  readonly scheme: string;
  readonly params: Readonly<Record<string, string>>;
}

/** Parses `Bearer realm="https://auth.example/token",service="registry"`; undefined when empty. */
export function parseAuthChallenge(header: string): AuthChallenge | undefined {
  const match = /^\s*([A-Za-z][A-Za-z0-9._~+/-]*)\s*(.*)$/s.exec(header);
  if (!match?.[1]) return undefined;
  const params: Record<string, string> = {};
  const pattern = /([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]*))/g;
  for (const param of (match[2] ?? '').matchAll(pattern)) {
    const key = (param[1] ?? '').toLowerCase();
    params[key] = param[2] !== undefined ? param[2].replace(/\\(.)/g, '$1') : (param[3] ?? '');
  }
  return { scheme: match[1], params };
}
