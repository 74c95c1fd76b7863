// Finds the runtime's configuration for one registry: containerd's certs.d hosts.toml and legacy
// mirrors, CRI-O's registries.conf, and the per-host CA files each runtime trusts on top of the
// system bundle. Summaries go into the report; CA files feed the TLS check.
import path from 'node:path';
import {
  mergeContainerdConfigs,
  parseContainerdConfig,
  parseHostsToml,
  type ContainerdConfig,
  type HostsToml,
} from '../../shared/probe/containerd-config.js';
import {
  effectiveConfigPaths,
  transferIgnoresHostsDirs,
  type HostsDirsIgnored,
} from '../../shared/probe/transfer-hosts-bug.js';
import type { NodeAccess } from './node-access.js';
import { readCrio } from './crio-registry-config.js';
import type { RuntimeFlavour } from './runtime-socket.js';

/** What the runtime's config says about one registry. */
export interface RegistryTrust {
  /** One line per finding, naming the file (host paths). */
  readonly summary: string[];
  /** Per-host CA files the runtime adds for this registry (host paths). */
  readonly caFiles: string[];
  readonly skipVerify?: boolean;
  readonly problems: string[];
  /**
   * The endpoints the runtime tries before the registry itself, in its order (hosts.toml hosts
   * that can pull or resolve, legacy `mirrors`), each with the CA files it trusts for it.
   */
  readonly mirrors?: readonly MirrorEndpoint[];
  /**
   * Set when the runtime does not read its hosts.toml directories at all (containerd 2.1+'s
   * Transfer Service with a config_path of several directories), with the files it skips for
   * this registry; their mirrors and CAs are then left out of `mirrors` and `caFiles`.
   */
  readonly hostsDirsIgnored?: HostsDirsIgnored & { readonly files: readonly string[] };
}

/** One mirror endpoint the runtime pulls from. */
export interface MirrorEndpoint {
  readonly url: string;
  readonly caFiles: readonly string[];
  readonly skipVerify?: boolean;
}

const CONTAINERD_CONFIG: Partial<Record<RuntimeFlavour, string>> = {
  containerd: '/etc/containerd/config.toml',
  k3s: '/var/lib/rancher/k3s/agent/etc/containerd/config.toml',
  microk8s: '/var/snap/microk8s/current/args/containerd-template.toml',
};
const DOCKER_STYLE_DIRS: Partial<Record<RuntimeFlavour, string>> = {
  'cri-o': '/etc/containers/certs.d',
  'cri-dockerd': '/etc/docker/certs.d',
};

/** What the readers collect for one registry (shared with crio-registry-config.ts). */
export interface Found {
  summary: string[];
  caFiles: string[];
  skipVerify?: boolean;
  problems: string[];
  mirrors: MirrorEndpoint[];
  /** The per-host files read (hosts.toml, CA files), host paths. */
  files: string[];
  hostsDirsIgnored?: HostsDirsIgnored & { files: string[] };
}

const emptyFound = (): Found => ({
  summary: [],
  caFiles: [],
  problems: [],
  mirrors: [],
  files: [],
});

/** Expands an `imports` entry: a path, or a glob whose `*` stands in its last component only. */
async function expandImport(host: NodeAccess, pattern: string): Promise<string[]> {
  if (!pattern.includes('*')) return [pattern];
  const dir = path.dirname(pattern);
  const escaped = path.basename(pattern).replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const glob = new RegExp(`^${escaped.replaceAll('*', '[^/]*')}$`);
  const matches = (name: string): boolean => glob.test(name);
  return (await host.list(dir))
    .filter(matches)
    .sort()
    .map((name) => `${dir}/${name}`);
}

/** The main config merged with every file it imports, naming each file read in the summary. */
async function readContainerdFiles(
  host: NodeAccess,
  configFile: string,
  found: Found,
): Promise<ContainerdConfig | undefined> {
  const text = await host.read(configFile);
  if (text === undefined) return undefined;
  const main = parseContainerdConfig(text);
  const imported: ContainerdConfig[] = [];
  for (const pattern of main.imports) {
    for (const file of await expandImport(host, pattern)) {
      const part = await host.read(file);
      if (part === undefined) continue;
      const parsed = parseContainerdConfig(part);
      imported.push({ ...parsed, problems: parsed.problems.map((p) => `${file} ${p}`) });
      found.summary.push(`containerd ${configFile}: imports ${file}`);
    }
  }
  const merged = mergeContainerdConfigs(
    { ...main, problems: main.problems.map((p) => `${configFile} ${p}`) },
    imported,
  );
  found.problems.push(...merged.problems);
  return merged;
}

/** The CA files of a hosts.toml that apply when dialling `dial` (`https://host:port`). */
function hostsTomlCas(
  hosts: HostsToml,
  dir: string,
  dial: string,
): { ca: string[]; skip?: boolean } {
  const resolve = (file: string): string => (path.isAbsolute(file) ? file : path.join(dir, file));
  const entry = hosts.hosts.find((h) => h.url.replace(/\/+$/, '') === dial);
  const ca = [...hosts.ca, ...(entry?.ca ?? [])].map(resolve);
  const skip = entry?.skipVerify ?? hosts.skipVerify;
  return skip === undefined ? { ca } : { ca, skip };
}

function describeHostsToml(file: string, hosts: HostsToml): string {
  const parts = [
    ...(hosts.server ? [`server ${hosts.server}`] : []),
    ...(hosts.ca.length > 0 ? [`ca ${hosts.ca.join(', ')}`] : []),
    ...(hosts.skipVerify ? ['skip_verify'] : []),
    ...hosts.hosts.map(
      (h) => `host ${h.url} [${h.capabilities.join(',')}]${h.skipVerify ? ' skip_verify' : ''}`,
    ),
  ];
  return `containerd ${file}: ${parts.join('; ') || 'empty'}`;
}

async function readCertsDir(
  host: NodeAccess,
  certsDir: string,
  registry: string,
  dial: string,
  found: Found,
): Promise<void> {
  const dir = `${certsDir}/${registry}`;
  const text = await host.read(`${dir}/hosts.toml`);
  if (text !== undefined) {
    found.files.push(`${dir}/hosts.toml`);
    const hosts = parseHostsToml(text);
    found.summary.push(describeHostsToml(`${dir}/hosts.toml`, hosts));
    found.problems.push(...hosts.problems.map((p) => `${dir}/hosts.toml ${p}`));
    const { ca, skip } = hostsTomlCas(hosts, dir, dial);
    found.caFiles.push(...ca);
    if (skip !== undefined) found.skipVerify = skip;
    const resolve = (file: string): string => (path.isAbsolute(file) ? file : path.join(dir, file));
    for (const h of hosts.hosts) {
      const url = h.url.replace(/\/+$/, '');
      const pulls =
        h.capabilities.length === 0 || h.capabilities.some((c) => c === 'pull' || c === 'resolve');
      if (url === dial || !pulls || found.mirrors.some((m) => m.url === url)) continue;
      found.mirrors.push({
        url,
        caFiles: h.ca.map(resolve),
        ...(h.skipVerify === undefined ? {} : { skipVerify: h.skipVerify }),
      });
    }
  }
  const certs = (await host.list(dir)).filter((name) => name.endsWith('.crt'));
  found.files.push(...certs.map((name) => `${dir}/${name}`));
  for (const name of certs) {
    if (!found.caFiles.includes(`${dir}/${name}`)) found.caFiles.push(`${dir}/${name}`);
  }
  if (text === undefined && certs.length > 0)
    found.summary.push(`${dir}: CA files ${certs.join(', ')}`);
}

async function readContainerd(
  host: NodeAccess,
  flavour: RuntimeFlavour,
  runtimeVersion: string | undefined,
  image: { registry: string; dial: string },
  found: Found,
): Promise<void> {
  const { registry, dial } = image;
  const configFile = CONTAINERD_CONFIG[flavour] ?? '/etc/containerd/config.toml';
  const config = await readContainerdFiles(host, configFile, found);
  const dirs = effectiveConfigPaths(config);
  found.summary.push(
    config === undefined
      ? `containerd ${configFile} not found; looked in default certs.d ${dirs.join(':')}`
      : `containerd ${configFile}: config_path ${config.configPathSet ? config.configPaths.join(':') : `(not set; default ${dirs.join(':')})`}`,
  );
  const ignored = runtimeVersion ? transferIgnoresHostsDirs(runtimeVersion, config) : undefined;
  // What an ignored directory holds is read into a scratch record: listed, never used.
  const target = ignored ? emptyFound() : found;
  for (const dir of dirs) await readCertsDir(host, dir, registry, dial, target);
  if (ignored) {
    found.hostsDirsIgnored = { ...ignored, files: target.files };
    found.summary.push(
      ...target.summary.map((line) => `${line} (NOT USED: ${ignored.reason.split(': ')[0]})`),
    );
    found.problems.push(`${ignored.reason}; workaround: ${ignored.workaround}`);
  }
  const mirrors = config?.mirrors[registry];
  if (mirrors) {
    found.summary.push(`containerd ${configFile}: mirrors for ${registry}: ${mirrors.join(', ')}`);
    for (const m of mirrors) {
      const url = m.replace(/\/+$/, '');
      if (url !== dial && !found.mirrors.some((e) => e.url === url))
        found.mirrors.push({ url, caFiles: [] });
    }
  }
  const legacy = config?.hostConfigs[registry];
  if (legacy?.caFile) found.caFiles.push(legacy.caFile);
  if (legacy?.insecureSkipVerify) found.skipVerify = true;
  if (legacy)
    found.summary.push(
      `containerd ${configFile}: registry.configs for ${registry}${legacy.hasAuth ? ' (with auth)' : ''}`,
    );
}

/**
 * Reads the runtime's registry configuration for `registry`, dialled at dialHost:dialPort.
 * `runtimeVersion` (as the runtime reports it over CRI) decides version-specific behaviour.
 */
export async function readRegistryConfig(
  host: NodeAccess,
  flavour: RuntimeFlavour,
  image: { registry: string; repository: string; dialHost: string; dialPort: number },
  runtimeVersion?: string,
): Promise<RegistryTrust> {
  const found = emptyFound();
  const dial = `https://${image.dialHost}${image.dialPort === 443 ? '' : `:${image.dialPort}`}`;
  try {
    const dockerStyle = DOCKER_STYLE_DIRS[flavour];
    if (dockerStyle) await readCertsDir(host, dockerStyle, image.registry, dial, found);
    else
      await readContainerd(
        host,
        flavour,
        runtimeVersion,
        { registry: image.registry, dial },
        found,
      );
    if (flavour === 'cri-o') await readCrio(host, `${image.registry}/${image.repository}`, found);
  } catch (err) {
    found.problems.push(
      `reading the runtime's registry configuration failed: ${(err as Error).message}`,
    );
  }
  return found;
}
