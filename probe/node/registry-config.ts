// Finds the runtime's configuration for one registry: containerd's certs.d hosts.toml and legacy
// mirrors, CRI-O's registries.conf, and the per-host CA files each runtime trusts on top of the
// system bundle. Summaries go into the report; CA files feed the TLS check.
import path from 'node:path';
import {
  parseContainerdConfig,
  parseHostsToml,
  type HostsToml,
} from '../../shared/probe/containerd-config.js';
import { matchRegistry, parseRegistriesConf } from '../../shared/probe/registries-conf.js';
import type { NodeAccess } from './node-access.js';
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
// containerd 2.x's default when config_path is not set.
const DEFAULT_CERTS_DIRS = ['/etc/containerd/certs.d', '/etc/docker/certs.d'];
const DOCKER_STYLE_DIRS: Partial<Record<RuntimeFlavour, string>> = {
  'cri-o': '/etc/containers/certs.d',
  'cri-dockerd': '/etc/docker/certs.d',
};

interface Found {
  summary: string[];
  caFiles: string[];
  skipVerify?: boolean;
  problems: string[];
  mirrors: MirrorEndpoint[];
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
  for (const name of certs) {
    if (!found.caFiles.includes(`${dir}/${name}`)) found.caFiles.push(`${dir}/${name}`);
  }
  if (text === undefined && certs.length > 0)
    found.summary.push(`${dir}: CA files ${certs.join(', ')}`);
}

async function readContainerd(
  host: NodeAccess,
  flavour: RuntimeFlavour,
  registry: string,
  dial: string,
  found: Found,
): Promise<void> {
  const configFile = CONTAINERD_CONFIG[flavour] ?? '/etc/containerd/config.toml';
  const text = await host.read(configFile);
  const config = text === undefined ? undefined : parseContainerdConfig(text);
  found.problems.push(...(config?.problems ?? []).map((p) => `${configFile} ${p}`));
  const dirs = config && config.configPaths.length > 0 ? config.configPaths : DEFAULT_CERTS_DIRS;
  found.summary.push(
    config === undefined
      ? `containerd ${configFile} not found; looked in default certs.d ${dirs.join(':')}`
      : `containerd ${configFile}: config_path ${config.configPaths.join(':') || '(not set)'}`,
  );
  for (const dir of dirs) await readCertsDir(host, dir, registry, dial, found);
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

async function readCrio(host: NodeAccess, imagePath: string, found: Found): Promise<void> {
  const files = ['/etc/containers/registries.conf'];
  for (const name of await host.list('/etc/containers/registries.conf.d')) {
    if (name.endsWith('.conf')) files.push(`/etc/containers/registries.conf.d/${name}`);
  }
  for (const file of files) {
    const text = await host.read(file);
    if (text === undefined) continue;
    const conf = parseRegistriesConf(text);
    found.problems.push(...conf.problems.map((p) => `${file} ${p}`));
    const entry = matchRegistry(conf, imagePath);
    if (!entry) continue;
    const mirrors = entry.mirrors.map((m) => `${m.location}${m.insecure ? ' (insecure)' : ''}`);
    const flags = [entry.insecure ? 'insecure' : '', entry.blocked ? 'BLOCKED' : ''].filter(
      Boolean,
    );
    found.summary.push(
      `CRI-O ${file}: [[registry]] prefix ${entry.prefix} location ${entry.location ?? entry.prefix}` +
        `${flags.length > 0 ? ` ${flags.join(' ')}` : ''}${mirrors.length > 0 ? `; mirrors ${mirrors.join(', ')}` : ''}`,
    );
  }
}

/** Reads the runtime's registry configuration for `registry`, dialled at dialHost:dialPort. */
export async function readRegistryConfig(
  host: NodeAccess,
  flavour: RuntimeFlavour,
  image: { registry: string; repository: string; dialHost: string; dialPort: number },
): Promise<RegistryTrust> {
  const found: Found = { summary: [], caFiles: [], problems: [], mirrors: [] };
  const dial = `https://${image.dialHost}${image.dialPort === 443 ? '' : `:${image.dialPort}`}`;
  try {
    const dockerStyle = DOCKER_STYLE_DIRS[flavour];
    if (dockerStyle) await readCertsDir(host, dockerStyle, image.registry, dial, found);
    else await readContainerd(host, flavour, image.registry, dial, found);
    if (flavour === 'cri-o') await readCrio(host, `${image.registry}/${image.repository}`, found);
  } catch (err) {
    found.problems.push(
      `reading the runtime's registry configuration failed: ${(err as Error).message}`,
    );
  }
  return found;
}
