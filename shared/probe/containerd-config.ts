// Reads what matters for pulls out of containerd's config.toml: where per-host registry config
// lives (config_path, i.e. certs.d), the legacy inline mirrors and TLS settings, the socket and the
// root (imagefs). Config version 2 (containerd 1.x) keeps the registry under the CRI plugin;
// version 3 (containerd 2.x) under the CRI images plugin.
import {
  parseToml,
  tomlBool,
  tomlString,
  tomlStrings,
  tomlTable,
  type TomlTable,
} from './toml-subset.js';

/** The legacy per-host settings (`registry.configs."host"`); auth is noted, never copied. */
export interface ContainerdHostConfig {
  readonly caFile?: string;
  readonly insecureSkipVerify?: boolean;
  readonly hasAuth: boolean;
}

/** What containerd's config says about pulls. */
export interface ContainerdConfig {
  readonly version?: number;
  readonly root?: string;
  readonly socket?: string;
  /** Directories of per-host `hosts.toml` files (config_path, `:`-separated); empty means the legacy mirrors apply. */
  readonly configPaths: readonly string[];
  readonly mirrors: Readonly<Record<string, readonly string[]>>;
  readonly hostConfigs: Readonly<Record<string, ContainerdHostConfig>>;
  readonly problems: readonly string[];
}

const CRI_V2 = 'io.containerd.grpc.v1.cri';
const IMAGES_V3 = 'io.containerd.cri.v1.images';

function readMirrors(registry: TomlTable | undefined): Record<string, string[]> {
  const mirrors: Record<string, string[]> = {};
  for (const [host, value] of Object.entries(tomlTable(registry ?? {}, 'mirrors') ?? {})) {
    if (typeof value === 'object' && !Array.isArray(value))
      mirrors[host] = tomlStrings(value, 'endpoint');
  }
  return mirrors;
}

function readHostConfigs(registry: TomlTable | undefined): Record<string, ContainerdHostConfig> {
  const configs: Record<string, ContainerdHostConfig> = {};
  for (const [host, value] of Object.entries(tomlTable(registry ?? {}, 'configs') ?? {})) {
    if (typeof value !== 'object' || Array.isArray(value)) continue;
    const tls = tomlTable(value, 'tls');
    const caFile = tomlString(tls, 'ca_file');
    const skip = tomlBool(tls, 'insecure_skip_verify');
    configs[host] = {
      ...(caFile ? { caFile } : {}),
      ...(skip === undefined ? {} : { insecureSkipVerify: skip }),
      hasAuth: tomlTable(value, 'auth') !== undefined,
    };
  }
  return configs;
}

/** Parses containerd's config.toml (version 2 or 3). */
export function parseContainerdConfig(text: string): ContainerdConfig {
  const { table, problems } = parseToml(text);
  const version = typeof table.version === 'number' ? table.version : undefined;
  const plugins = tomlTable(table, 'plugins');
  const registry =
    tomlTable(plugins ?? {}, IMAGES_V3, 'registry') ?? tomlTable(plugins ?? {}, CRI_V2, 'registry');
  const root = tomlString(table, 'root');
  const socket = tomlString(tomlTable(table, 'grpc'), 'address');
  const configPath = tomlString(registry, 'config_path');
  return {
    ...(version === undefined ? {} : { version }),
    ...(root ? { root } : {}),
    ...(socket ? { socket } : {}),
    configPaths: (configPath ?? '').split(':').filter((dir) => dir !== ''),
    mirrors: readMirrors(registry),
    hostConfigs: readHostConfigs(registry),
    problems,
  };
}

/** One upstream a `hosts.toml` names, in the order containerd tries them. */
export interface RegistryHost {
  readonly url: string;
  readonly capabilities: readonly string[];
  readonly ca: readonly string[];
  readonly skipVerify?: boolean;
}

/** A parsed certs.d `hosts.toml`: the default server plus the mirrors tried before it. */
export interface HostsToml {
  readonly server?: string;
  readonly hosts: readonly RegistryHost[];
  /** CA files for `server` (top-level `ca`). */
  readonly ca: readonly string[];
  readonly skipVerify?: boolean;
  readonly problems: readonly string[];
}

function readHost(url: string, table: TomlTable): RegistryHost {
  const skip = tomlBool(table, 'skip_verify');
  return {
    url,
    capabilities: tomlStrings(table, 'capabilities'),
    ca: tomlStrings(table, 'ca'),
    ...(skip === undefined ? {} : { skipVerify: skip }),
  };
}

/** Parses a containerd certs.d `hosts.toml`. */
export function parseHostsToml(text: string): HostsToml {
  const { table, problems } = parseToml(text);
  const hosts: RegistryHost[] = [];
  for (const [url, value] of Object.entries(tomlTable(table, 'host') ?? {})) {
    if (typeof value === 'object' && !Array.isArray(value)) hosts.push(readHost(url, value));
  }
  const server = tomlString(table, 'server');
  const skip = tomlBool(table, 'skip_verify');
  return {
    ...(server ? { server } : {}),
    hosts,
    ca: tomlStrings(table, 'ca'),
    ...(skip === undefined ? {} : { skipVerify: skip }),
    problems,
  };
}
