// Reads what matters for pulls out of containerd's config.toml: where per-host registry config
// lives (config_path, i.e. certs.d), the legacy inline mirrors and TLS settings, the socket, the
// root (imagefs), the files it imports and which pull path the CRI plugin takes. Config version 2
// (containerd 1.x) keeps the registry under the CRI plugin; versions 3 and 4 (containerd 2.x) under
// the CRI images plugin, and version 4 moves the socket into the gRPC server plugin.
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
  /** True when the file sets config_path at all (an import can then override the main file's). */
  readonly configPathSet?: boolean;
  readonly mirrors: Readonly<Record<string, readonly string[]>>;
  readonly hostConfigs: Readonly<Record<string, ContainerdHostConfig>>;
  /** Further config files (`imports`, globs allowed) whose plugin sections override this one's. */
  readonly imports: readonly string[];
  /** The CRI images plugin's pull path settings, when the file sets them (containerd 2.x). */
  readonly pullPath: PullPathSettings;
  readonly problems: readonly string[];
}

/**
 * What decides whether containerd 2.1+'s CRI plugin pulls through the Transfer Service (the
 * default) or falls back to its local pull: `use_local_image_pull`, or any setting the Transfer
 * Service does not support (containerd's CheckLocalImagePullConfigs). Only what the file sets.
 */
export interface PullPathSettings {
  readonly useLocalImagePull?: boolean;
  /** Settings present that force the local pull path, by their TOML names. */
  readonly forcingLocalPull: readonly string[];
}

const CRI_V2 = 'io.containerd.grpc.v1.cri';
const IMAGES_V3 = 'io.containerd.cri.v1.images';
const GRPC_V4 = 'io.containerd.server.v1.grpc';

// The CRI images plugin settings that make containerd 2.1+ pull without the Transfer Service
// (internal/cri/config CheckLocalImagePullConfigs). disable_snapshot_annotations forces it only
// when false on Linux, and max_concurrent_downloads only when it differs from 3.
function readPullPath(images: TomlTable | undefined): PullPathSettings {
  if (images === undefined) return { forcingLocalPull: [] };
  const forcing: string[] = [];
  if (tomlBool(images, 'disable_snapshot_annotations') === false)
    forcing.push('disable_snapshot_annotations = false');
  if (tomlBool(images, 'discard_unpacked_layers') === true) forcing.push('discard_unpacked_layers');
  if (tomlBool(images, 'image_pull_with_sync_fs') === true) forcing.push('image_pull_with_sync_fs');
  const downloads = images.max_concurrent_downloads;
  if (typeof downloads === 'number' && downloads !== 3) forcing.push('max_concurrent_downloads');
  const registry = tomlTable(images, 'registry');
  for (const key of ['mirrors', 'configs', 'auths']) {
    const table = tomlTable(registry ?? {}, key);
    if (table && Object.keys(table).length > 0) forcing.push(`registry.${key}`);
  }
  const local = tomlBool(images, 'use_local_image_pull');
  return {
    ...(local === undefined ? {} : { useLocalImagePull: local }),
    forcingLocalPull: forcing,
  };
}

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

/** Parses containerd's config.toml (version 2, 3 or 4), or one file it imports. */
export function parseContainerdConfig(text: string): ContainerdConfig {
  const { table, problems } = parseToml(text);
  const version = typeof table.version === 'number' ? table.version : undefined;
  const plugins = tomlTable(table, 'plugins') ?? {};
  const images = tomlTable(plugins, IMAGES_V3);
  const registry = tomlTable(images ?? {}, 'registry') ?? tomlTable(plugins, CRI_V2, 'registry');
  const root = tomlString(table, 'root');
  // Version 4 configures the socket in the gRPC server plugin; older versions in [grpc].
  const socket =
    tomlString(tomlTable(plugins, GRPC_V4), 'address') ??
    tomlString(tomlTable(table, 'grpc'), 'address');
  const configPath = tomlString(registry, 'config_path');
  return {
    ...(version === undefined ? {} : { version }),
    ...(root ? { root } : {}),
    ...(socket ? { socket } : {}),
    // An empty config_path is unset to containerd: it then applies its default directories.
    ...(configPath ? { configPathSet: true } : {}),
    configPaths: (configPath ?? '').split(':').filter((dir) => dir !== ''),
    mirrors: readMirrors(registry),
    hostConfigs: readHostConfigs(registry),
    imports: tomlStrings(table, 'imports'),
    pullPath: readPullPath(images),
    problems,
  };
}

/**
 * The effective config of a main file and the files it imports, in import order. containerd
 * merges imports over the main file: a later file's settings replace an earlier one's.
 */
export function mergeContainerdConfigs(
  main: ContainerdConfig,
  imported: readonly ContainerdConfig[],
): ContainerdConfig {
  let merged = main;
  for (const next of imported) {
    merged = {
      ...merged,
      ...(next.root ? { root: next.root } : {}),
      ...(next.socket ? { socket: next.socket } : {}),
      ...(next.configPathSet ? { configPathSet: true, configPaths: next.configPaths } : {}),
      mirrors: { ...merged.mirrors, ...next.mirrors },
      hostConfigs: { ...merged.hostConfigs, ...next.hostConfigs },
      pullPath: {
        ...merged.pullPath,
        ...next.pullPath,
        forcingLocalPull: [...merged.pullPath.forcingLocalPull, ...next.pullPath.forcingLocalPull],
      },
      problems: [...merged.problems, ...next.problems],
    };
  }
  return merged;
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
