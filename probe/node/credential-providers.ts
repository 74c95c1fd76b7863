// Finds the kubelet's credential provider setup: the config file and plugin directory its flags
// name, the providers that config lists, and the kubelet's environment, which the kubelet passes
// on to every plugin it runs. The running kubelet's command line is read first, because it is
// what is in force; files that usually carry kubelet flags are the fallback when no kubelet
// process can be seen (SSH as a user who cannot read another's /proc entries).
import {
  credentialFlagsFromArgv,
  parseCredentialProviderConfig,
  parseKubeletCredentialFlags,
  type CredentialProviderConfig,
  type CredentialProviderFlags,
} from '../../shared/probe/credential-provider.js';
import { findKubelet } from './kubelet-process.js';
import type { NodeAccess } from './node-access.js';

// Where kubelet flags are kept by kubeadm, distro packages and systemd units.
const FLAG_FILES = [
  '/var/lib/kubelet/kubeadm-flags.env',
  '/etc/default/kubelet',
  '/etc/sysconfig/kubelet',
];
const UNIT_DIRS = ['/etc/systemd/system', '/usr/lib/systemd/system', '/lib/systemd/system'];
// Configs some managed node images ship without a flag file we would find (EKS AL2023).
const WELL_KNOWN_CONFIGS = ['/etc/eks/image-credential-provider/config.json'];

/** One config file and the providers it lists. */
export interface ProviderConfigFile {
  readonly file: string;
  readonly config: CredentialProviderConfig;
}

/** Everything needed to run the providers the way this node's kubelet does. */
export interface CredentialProviderSetup {
  readonly configs: readonly ProviderConfigFile[];
  readonly binDir?: string;
  /** The kubelet's environment; undefined when its /proc entry could not be read. */
  readonly kubeletEnv?: Readonly<Record<string, string>>;
  /** Where the flags came from: `kubelet PID 1234` or `flag files`. */
  readonly flagsFrom: string;
  /** One line per config for the report: the file, its providers and their images. */
  readonly lines: readonly string[];
}

async function flagTexts(host: NodeAccess): Promise<string[]> {
  const texts: string[] = [];
  for (const file of FLAG_FILES) texts.push((await host.read(file)) ?? '');
  for (const dir of UNIT_DIRS) {
    texts.push((await host.read(`${dir}/kubelet.service`)) ?? '');
    for (const name of await host.list(`${dir}/kubelet.service.d`)) {
      texts.push((await host.read(`${dir}/kubelet.service.d/${name}`)) ?? '');
    }
  }
  return texts;
}

async function flagsFromFiles(host: NodeAccess): Promise<CredentialProviderFlags> {
  let configFile: string | undefined;
  let binDir: string | undefined;
  for (const text of await flagTexts(host)) {
    const flags = parseKubeletCredentialFlags(text);
    configFile ??= flags.configFile;
    binDir ??= flags.binDir;
  }
  return { ...(configFile ? { configFile } : {}), ...(binDir ? { binDir } : {}) };
}

/** The kubelet's credential provider setup, or an empty one when it has none. */
export async function findCredentialProviders(host: NodeAccess): Promise<CredentialProviderSetup> {
  const kubelet = await findKubelet(host).catch(() => undefined);
  const flags = kubelet ? credentialFlagsFromArgv(kubelet.argv) : await flagsFromFiles(host);
  const files = new Set<string>(flags.configFile ? [flags.configFile] : []);
  // A well-known config counts only when no kubelet told us which one is in force.
  if (!kubelet) for (const file of WELL_KNOWN_CONFIGS) files.add(file);
  const configs: ProviderConfigFile[] = [];
  for (const file of files) {
    const text = await host.read(file);
    if (text !== undefined) configs.push({ file, config: parseCredentialProviderConfig(text) });
  }
  const lines = configs.map(({ file, config }) => {
    const providers = config.providers.map((p) => `${p.name} [${p.matchImages.join(', ')}]`);
    const bin = flags.binDir ? ` (plugins in ${flags.binDir})` : '';
    return `${file}: ${providers.join('; ') || 'no providers'}${bin}`;
  });
  return {
    configs,
    ...(flags.binDir ? { binDir: flags.binDir } : {}),
    ...(kubelet?.environ ? { kubeletEnv: kubelet.environ } : {}),
    flagsFrom: kubelet ? `kubelet PID ${kubelet.pid}` : 'flag files',
    lines,
  };
}
