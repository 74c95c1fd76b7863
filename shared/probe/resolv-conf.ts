// Reads the node's resolver configuration the way glibc and Go's resolver (which containerd and
// CRI-O use) read it, so the probe asks the same servers the runtime asks.

/** The parts of resolv.conf that decide how a registry name is looked up. */
export interface ResolvConf {
  readonly nameservers: readonly string[];
  readonly search: readonly string[];
  readonly ndots?: number;
  readonly timeoutSeconds?: number;
  readonly attempts?: number;
}

// glibc and Go's resolver both use at most three nameservers and ignore the rest.
const MAX_NAMESERVERS = 3;

function readOptions(
  words: readonly string[],
): Pick<ResolvConf, 'ndots' | 'timeoutSeconds' | 'attempts'> {
  const options: { ndots?: number; timeoutSeconds?: number; attempts?: number } = {};
  for (const word of words) {
    const [name, value] = word.split(':');
    const n = Number(value);
    if (value === undefined || !Number.isInteger(n) || n < 0) continue;
    if (name === 'ndots') options.ndots = n;
    else if (name === 'timeout') options.timeoutSeconds = n;
    else if (name === 'attempts') options.attempts = n;
  }
  return options;
}

/** Parses resolv.conf text: nameservers (first three), search list (last search/domain wins), options. */
export function parseResolvConf(text: string): ResolvConf {
  const nameservers: string[] = [];
  let search: string[] = [];
  let options = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const [keyword, ...words] = line.split(/\s+/);
    if (keyword === 'nameserver' && words[0] !== undefined) {
      if (nameservers.length < MAX_NAMESERVERS) nameservers.push(words[0]);
    } else if (keyword === 'search' || keyword === 'domain') {
      search = words.filter((w) => !w.startsWith('#') && !w.startsWith(';'));
    } else if (keyword === 'options') {
      options = { ...options, ...readOptions(words) };
    }
  }
  return { nameservers, search, ...options };
}

/** Addresses /etc/hosts gives a name (the runtime looks there before DNS), case-insensitively. */
export function lookupHostsFile(text: string, name: string): string[] {
  const wanted = name.toLowerCase().replace(/\.$/, '');
  const addresses: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const [address, ...names] = (raw.split('#')[0] ?? '').trim().split(/\s+/);
    if (address && names.some((n) => n.toLowerCase() === wanted)) addresses.push(address);
  }
  return addresses;
}
