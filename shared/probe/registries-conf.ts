// Reads CRI-O's (containers-registries.conf v2) registry table: per-prefix location rewrites,
// mirrors, insecure and blocked registries, and the short-name search list.
import {
  parseToml,
  tomlBool,
  tomlString,
  tomlStrings,
  tomlTable,
  tomlTables,
} from './toml-subset.js';

/** One `[[registry]]` entry. */
export interface ContainersRegistry {
  readonly prefix: string;
  readonly location?: string;
  readonly insecure: boolean;
  readonly blocked: boolean;
  readonly mirrors: readonly { readonly location: string; readonly insecure: boolean }[];
}

/** What registries.conf says about pulls. */
export interface RegistriesConf {
  readonly unqualifiedSearch: readonly string[];
  readonly registries: readonly ContainersRegistry[];
  /** v1-format lists (`[registries.insecure] registries = [...]`), still read by some versions. */
  readonly legacyInsecure: readonly string[];
  readonly legacyBlocked: readonly string[];
  readonly problems: readonly string[];
}

/** Parses registries.conf (or one of its registries.conf.d drop-ins). */
export function parseRegistriesConf(text: string): RegistriesConf {
  const { table, problems } = parseToml(text);
  const registries = tomlTables(table, 'registry').map((entry): ContainersRegistry => {
    const location = tomlString(entry, 'location');
    // registries.conf: when prefix is absent it defaults to location.
    const prefix = tomlString(entry, 'prefix') ?? location ?? '';
    return {
      prefix,
      ...(location === undefined ? {} : { location }),
      insecure: tomlBool(entry, 'insecure') ?? false,
      blocked: tomlBool(entry, 'blocked') ?? false,
      mirrors: tomlTables(entry, 'mirror').map((mirror) => ({
        location: tomlString(mirror, 'location') ?? '',
        insecure: tomlBool(mirror, 'insecure') ?? false,
      })),
    };
  });
  const legacy = tomlTable(table, 'registries');
  return {
    unqualifiedSearch: tomlStrings(table, 'unqualified-search-registries'),
    registries,
    legacyInsecure: tomlStrings(tomlTable(legacy ?? {}, 'insecure'), 'registries'),
    legacyBlocked: tomlStrings(tomlTable(legacy ?? {}, 'block'), 'registries'),
    problems,
  };
}

/** The entry whose prefix matches the image's host[:port]/path best (longest prefix), if any. */
export function matchRegistry(
  conf: RegistriesConf,
  hostAndPath: string,
): ContainersRegistry | undefined {
  let best: ContainersRegistry | undefined;
  for (const entry of conf.registries) {
    const prefix = entry.prefix;
    const wildcard = prefix.startsWith('*.') ? prefix.slice(1) : undefined;
    const host = hostAndPath.split('/')[0] ?? '';
    const matches = wildcard
      ? host.endsWith(wildcard)
      : hostAndPath === prefix || hostAndPath.startsWith(`${prefix}/`) || host === prefix;
    if (matches && (best === undefined || prefix.length > best.prefix.length)) best = entry;
  }
  return best;
}
