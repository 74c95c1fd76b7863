// Reads the environment a systemd unit gives its service (Environment= and EnvironmentFile= in
// the unit and its drop-ins), because a runtime's proxy settings usually live there and nowhere
// else. Only proxy variables leave the probe, with any user:password in them masked.

/** The [Service] environment of one unit file or drop-in. */
export interface UnitEnvironment {
  /** Assignments in order; an empty `Environment=` clears earlier ones (`reset`). */
  readonly environment: Readonly<Record<string, string>>;
  readonly reset: boolean;
  /** EnvironmentFile= paths; a leading `-` (missing file allowed) is stripped. */
  readonly environmentFiles: readonly string[];
}

/** Joins backslash-continued lines, drops comments, keeps only the [Service] section. */
function serviceLines(text: string): string[] {
  const lines: string[] = [];
  let section = '';
  let pending = '';
  for (const raw of text.split(/\r?\n/)) {
    const line = pending + raw.trim();
    if (line.endsWith('\\')) {
      pending = `${line.slice(0, -1)} `;
      continue;
    }
    pending = '';
    if (line.startsWith('#') || line.startsWith(';') || line === '') continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) section = header[1] ?? '';
    else if (section === 'Service') lines.push(line);
  }
  return lines;
}

/** Splits an Environment= value into assignments; quotes wrap whole words (`"A=b c" D=e`). */
function splitAssignments(value: string): string[] {
  const words: string[] = [];
  const pattern = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  for (const match of value.matchAll(pattern)) {
    const word =
      match[1] !== undefined ? match[1].replace(/\\(.)/g, '$1') : (match[2] ?? match[3] ?? '');
    words.push(word);
  }
  return words;
}

/** Parses one unit file or drop-in's [Service] environment. */
export function parseUnitEnvironment(text: string): UnitEnvironment {
  let environment: Record<string, string> = {};
  let reset = false;
  const environmentFiles: string[] = [];
  for (const line of serviceLines(text)) {
    const eq = line.indexOf('=');
    const key = line.slice(0, eq).trim();
    const value = line.slice(eq + 1).trim();
    if (key === 'Environment' && value === '') {
      environment = {};
      reset = true;
    } else if (key === 'Environment') {
      for (const word of splitAssignments(value)) {
        const at = word.indexOf('=');
        if (at > 0) environment[word.slice(0, at)] = word.slice(at + 1);
      }
    } else if (key === 'EnvironmentFile' && value !== '') {
      environmentFiles.push(value.replace(/^-/, ''));
    }
  }
  return { environment, reset, environmentFiles };
}

/** Parses an EnvironmentFile (`KEY=value`, optional quotes, `export` allowed, `#` comments). */
export function parseEnvironmentFile(text: string): Record<string, string> {
  const environment: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(raw);
    if (!match || raw.trimStart().startsWith('#')) continue;
    const value = match[2] ?? '';
    const quoted = /^(["'])(.*)\1$/.exec(value);
    environment[match[1] ?? ''] = quoted ? (quoted[2] ?? '') : value;
  }
  return environment;
}

const PROXY_VARIABLES = new Set(['http_proxy', 'https_proxy', 'no_proxy', 'all_proxy']);

/** Masks `user:password@` in a proxy URL: proxy credentials must not reach the report. */
export function redactProxyUrl(value: string): string {
  return value.replace(
    /^([a-z][a-z0-9+.-]*:\/\/)?[^/@\s]*@/i,
    (_, scheme: string | undefined) => `${scheme ?? ''}***@`,
  );
}

/** The proxy variables (HTTP_PROXY, https_proxy, NO_PROXY, ...) of an environment, redacted. */
export function proxyEnvironment(
  environment: Readonly<Record<string, string>>,
): Record<string, string> {
  const proxy: Record<string, string> = {};
  for (const [key, value] of Object.entries(environment)) {
    if (PROXY_VARIABLES.has(key.toLowerCase())) proxy[key] = redactProxyUrl(value);
  }
  return proxy;
}
