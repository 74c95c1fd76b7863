// The probe suite runs a real containerd, dnsmasq and docker-registry as root. A missing tool
// fails the suite naming the Debian package; it is never skipped.
import { access, constants } from 'node:fs/promises';
import { findExecutable } from '../../cluster/images/prerequisites.js';
import { requireRegistryTools, type RegistryTools } from './registry-prerequisites.js';

/** Paths of every tool the probe suite runs. */
export interface ProbeTools extends RegistryTools {
  containerd: string;
  dnsmasq: string;
}

const NEEDED = [
  { key: 'containerd', name: 'containerd', debianPackage: 'containerd' },
  { key: 'dnsmasq', name: 'dnsmasq', debianPackage: 'dnsmasq-base' },
] as const;

// Debian puts daemons in /usr/sbin, which a non-login PATH may lack.
const inSbin = (name: string): Promise<string | undefined> =>
  access(`/usr/sbin/${name}`, constants.X_OK).then(
    () => `/usr/sbin/${name}`,
    () => undefined,
  );

/** Finds every tool and checks for root, or throws saying what to install or how to run. */
export async function requireProbeTools(): Promise<ProbeTools> {
  if (process.getuid?.() !== 0) {
    throw new Error(
      'the probe tests start containerd and bind port 53 on loopback: run them as root',
    );
  }
  const registryTools = await requireRegistryTools();
  const found: Partial<Record<(typeof NEEDED)[number]['key'], string>> = {};
  const missing: string[] = [];
  for (const tool of NEEDED) {
    const file = (await findExecutable(tool.name)) ?? (await inSbin(tool.name));
    if (file) found[tool.key] = file;
    else missing.push(`'${tool.name}' (install the Debian package '${tool.debianPackage}')`);
  }
  if (found.containerd === undefined || found.dnsmasq === undefined) {
    throw new Error(`the probe tests need ${missing.join(', ')}`);
  }
  return { ...registryTools, containerd: found.containerd, dnsmasq: found.dnsmasq };
}
