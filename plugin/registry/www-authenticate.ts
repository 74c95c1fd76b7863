// Reads the challenge a registry sends with a 401, e.g.
// `Bearer realm="https://auth.example/token",service="reg",scope="repository:a/b:pull,push"`.

/** An auth challenge: its scheme (lower-case) and its parameters (names lower-case). */
export interface AuthChallenge {
  scheme: string;
  params: Record<string, string>;
}

// A parameter value is either a quoted string (commas allowed inside, backslash escapes) or a token.
const PARAM = /\s*([A-Za-z0-9_.-]+)\s*=\s*("((?:[^"\\]|\\.)*)"|[^\s,]*)\s*,?/y;

/** Parses the first challenge of a `WWW-Authenticate` value; undefined if there is none. */
export function parseWwwAuthenticate(header: string | undefined): AuthChallenge | undefined {
  const match = header ? /^\s*([A-Za-z][A-Za-z0-9_-]*)(\s+|$)/.exec(header) : null;
  if (!header || !match?.[1]) return undefined;
  const params: Record<string, string> = {};
  PARAM.lastIndex = match[0].length;
  // A second challenge (`, Basic realm=...`) starts with a bare scheme name, which PARAM does not
  // match: parsing stops there and only the first challenge is kept.
  for (let m = PARAM.exec(header); m; m = PARAM.exec(header)) {
    const [, name, raw, quoted] = m;
    if (!name) break;
    params[name.toLowerCase()] =
      quoted !== undefined ? quoted.replace(/\\(.)/g, '$1') : (raw ?? '');
  }
  return { scheme: match[1].toLowerCase(), params };
}
