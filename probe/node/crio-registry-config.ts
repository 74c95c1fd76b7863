// CRI-O's side of the registry configuration: registries.conf and its drop-ins (mirrors,
// insecure, blocked), crio.conf and its drop-ins (signature policy, pull progress timeout, auth
// file), and what policy.json requires of the image being pulled.
import { matchRegistry, parseRegistriesConf } from '../../shared/probe/registries-conf.js';
import {
  DEFAULT_SIGNATURE_POLICY,
  mergeCrioConfigs,
  parseCrioConfig,
  type CrioConfig,
} from '../../shared/probe/crio-config.js';
import {
  describePolicy,
  parseContainersPolicy,
  policyFor,
} from '../../shared/probe/containers-policy.js';
import type { NodeAccess } from './node-access.js';
import type { Found } from './registry-config.js';

/** Reads CRI-O's registry, runtime and policy configuration for `imagePath` (host/repository). */
export async function readCrio(host: NodeAccess, imagePath: string, found: Found): Promise<void> {
  const files = ['/etc/containers/registries.conf'];
  for (const name of (await host.list('/etc/containers/registries.conf.d')).sort()) {
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
    for (const m of entry.mirrors) {
      const url = `https://${m.location.replace(/\/+$/, '')}`;
      if (!found.mirrors.some((e) => e.url === url)) found.mirrors.push({ url, caFiles: [] });
    }
  }
  const crio = await readCrioConf(host, found);
  await readSignaturePolicy(
    host,
    crio.signaturePolicy ?? DEFAULT_SIGNATURE_POLICY,
    imagePath,
    found,
  );
}

/** crio.conf and its crio.conf.d drop-ins, merged in name order. */
async function readCrioConf(host: NodeAccess, found: Found): Promise<CrioConfig> {
  const files = ['/etc/crio/crio.conf'];
  for (const name of (await host.list('/etc/crio/crio.conf.d')).sort()) {
    if (name.endsWith('.conf')) files.push(`/etc/crio/crio.conf.d/${name}`);
  }
  const parsed: CrioConfig[] = [];
  for (const file of files) {
    const text = await host.read(file);
    if (text === undefined) continue;
    const conf = parseCrioConfig(text);
    parsed.push({ ...conf, problems: conf.problems.map((p) => `${file} ${p}`) });
  }
  const merged = mergeCrioConfigs(parsed);
  found.problems.push(...merged.problems);
  const facts = [
    merged.signaturePolicy ? `signature_policy ${merged.signaturePolicy}` : '',
    merged.pullProgressTimeout ? `pull_progress_timeout ${merged.pullProgressTimeout}` : '',
    merged.globalAuthFile ? `global_auth_file ${merged.globalAuthFile}` : '',
    merged.insecureRegistries.length > 0
      ? `insecure_registries ${merged.insecureRegistries.join(', ')}`
      : '',
  ].filter(Boolean);
  if (parsed.length > 0)
    found.summary.push(
      `CRI-O ${files.slice(0, parsed.length).join(' + ')}: ${facts.join('; ') || 'defaults for pulls'}`,
    );
  return merged;
}

/** What the signature policy requires of this image; a refusal is the policy verdict's evidence. */
async function readSignaturePolicy(
  host: NodeAccess,
  file: string,
  imagePath: string,
  found: Found,
): Promise<void> {
  const text = await host.read(file);
  if (text === undefined) return;
  const policy = parseContainersPolicy(text);
  if (!policy.ok) {
    found.problems.push(`${file} ${policy.problem}`);
    return;
  }
  found.summary.push(describePolicy(file, policyFor(policy, imagePath)));
}
