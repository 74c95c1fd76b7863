// Finds the kubelet's credential provider setup: the flags that name its config file and plugin
// directory, and the providers that config lists with the images each one answers for. The probe
// only lists them; it does not run the plugins.

/** The kubelet flags that turn credential provider plugins on. */
export interface CredentialProviderFlags {
  readonly configFile?: string;
  readonly binDir?: string;
}

/** One provider from a CredentialProviderConfig. */
export interface CredentialProvider {
  readonly name: string;
  readonly matchImages: readonly string[];
}

/** A parsed CredentialProviderConfig (YAML or JSON). */
export interface CredentialProviderConfig {
  readonly kind?: string;
  readonly providers: readonly CredentialProvider[];
}

function flagValue(text: string, flag: string): string | undefined {
  const match = new RegExp(`--${flag}(?:=|\\s+)(?:"([^"]*)"|'([^']*)'|([^\\s"']+))`).exec(text);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** Finds the credential provider flags in any text that carries kubelet arguments (env file, unit). */
export function parseKubeletCredentialFlags(text: string): CredentialProviderFlags {
  const configFile = flagValue(text, 'image-credential-provider-config');
  const binDir = flagValue(text, 'image-credential-provider-bin-dir');
  return { ...(configFile ? { configFile } : {}), ...(binDir ? { binDir } : {}) };
}

const unquote = (text: string): string => text.trim().replace(/^(["'])(.*)\1$/, '$2');

/** `[a, "b"]` flow sequences as YAML writes them inline. */
const flowList = (text: string): string[] =>
  text
    .trim()
    .replace(/^\[|\]$/g, '')
    .split(',')
    .map(unquote)
    .filter((s) => s !== '');

function fromJson(text: string): CredentialProviderConfig | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { kind, providers } = parsed as { kind?: unknown; providers?: unknown };
  const list = Array.isArray(providers) ? providers : [];
  return {
    ...(typeof kind === 'string' ? { kind } : {}),
    providers: list.flatMap((p: unknown) => {
      const { name, matchImages } = (p ?? {}) as { name?: unknown; matchImages?: unknown };
      if (typeof name !== 'string') return [];
      const images = Array.isArray(matchImages)
        ? matchImages.filter((m) => typeof m === 'string')
        : [];
      return [{ name, matchImages: images }];
    }),
  };
}

interface Building {
  name?: string;
  matchImages: string[];
}

const indentOf = (line: string): number => line.length - line.trimStart().length;

/** Reads one provider's `name` and `matchImages` from its `key: value` lines (after `- `). */
function readProviderLine(
  provider: Building,
  key: string,
  value: string,
  list: { open: boolean },
): void {
  list.open = false;
  if (key === 'name') provider.name = unquote(value);
  else if (key === 'matchImages' && value.trim() === '') list.open = true;
  else if (key === 'matchImages') provider.matchImages.push(...flowList(value));
}

/** Reads the block-style YAML kubelet configs are written in; only the fields named above. */
function fromYaml(text: string): CredentialProviderConfig {
  const providers: Building[] = [];
  let kind: string | undefined;
  let itemIndent: number | undefined;
  let inProviders = false;
  const list = { open: false };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '');
    if (line.trim() === '') continue;
    const indent = indentOf(line);
    const top = indent === 0 ? /^([A-Za-z]+):\s*(.*)$/.exec(line) : null;
    if (top || indent === 0) {
      inProviders = top?.[1] === 'providers';
      if (top?.[1] === 'kind') kind = unquote(top[2] ?? '');
      continue;
    }
    if (!inProviders) continue;
    const item = /^(\s*)-\s+(.*)$/.exec(line);
    itemIndent ??= item ? indent : undefined;
    const current = providers[providers.length - 1];
    if (item && indent === itemIndent) {
      const provider: Building = { matchImages: [] };
      providers.push(provider);
      const kv = /^([A-Za-z]+):\s*(.*)$/.exec(item[2] ?? '');
      if (kv) readProviderLine(provider, kv[1] ?? '', kv[2] ?? '', list);
    } else if (current && item && list.open) {
      current.matchImages.push(unquote(item[2] ?? ''));
    } else if (current && itemIndent !== undefined && indent === itemIndent + 2) {
      const kv = /^\s*([A-Za-z]+):\s*(.*)$/.exec(line);
      if (kv) readProviderLine(current, kv[1] ?? '', kv[2] ?? '', list);
    }
  }
  const complete = providers.filter((p): p is Building & { name: string } => p.name !== undefined);
  return { ...(kind ? { kind } : {}), providers: complete };
}

/** Parses a kubelet CredentialProviderConfig file, JSON or YAML. */
export function parseCredentialProviderConfig(text: string): CredentialProviderConfig {
  return (text.trimStart().startsWith('{') ? fromJson(text) : undefined) ?? fromYaml(text);
}
