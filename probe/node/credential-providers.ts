// Lists the kubelet's credential provider plugins. The kubelet runs them for matching images, so
// a pull can work for the kubelet with no pull secret at all; the probe names them but, in this
// version, never runs them.
import {
  parseCredentialProviderConfig,
  parseKubeletCredentialFlags,
} from '../../shared/probe/credential-provider.js';
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

/** One line per provider config found: the file, its providers and the images they match. */
export async function findCredentialProviders(host: NodeAccess): Promise<string[]> {
  const configs = new Set<string>();
  let binDir: string | undefined;
  for (const text of await flagTexts(host)) {
    const flags = parseKubeletCredentialFlags(text);
    if (flags.configFile) configs.add(flags.configFile);
    binDir ??= flags.binDir;
  }
  for (const file of WELL_KNOWN_CONFIGS) configs.add(file);
  const lines: string[] = [];
  for (const file of configs) {
    const text = await host.read(file);
    if (text === undefined) continue;
    const providers = parseCredentialProviderConfig(text).providers.map(
      (p) => `${p.name} [${p.matchImages.join(', ')}]`,
    );
    lines.push(
      `${file}: ${providers.join('; ') || 'no providers'}${binDir ? ` (plugins in ${binDir})` : ''}`,
    );
  }
  return lines;
}
