// The registry client suite needs real tools; when one is missing the suite fails naming the
// Debian package to install. It is never skipped.
import { findExecutable } from '../../cluster/images/prerequisites.js';

/** Paths of the host tools the registry client suite runs. */
export interface RegistryTools {
  registry: string;
  openssl: string;
  htpasswd: string;
}

const NEEDED = [
  { key: 'registry', name: 'docker-registry', debianPackage: 'docker-registry' },
  { key: 'openssl', name: 'openssl', debianPackage: 'openssl' },
  { key: 'htpasswd', name: 'htpasswd', debianPackage: 'apache2-utils' },
] as const;

/** Finds every tool, or throws one message listing each missing tool and its Debian package. */
export async function requireRegistryTools(): Promise<RegistryTools> {
  const found: Partial<RegistryTools> = {};
  const missing: string[] = [];
  for (const tool of NEEDED) {
    const file = await findExecutable(tool.name);
    if (file) found[tool.key] = file;
    else missing.push(`'${tool.name}' (install the Debian package '${tool.debianPackage}')`);
  }
  if (missing.length > 0) {
    throw new Error(
      `the registry client tests need ${missing.join(', ')}: apt-get install ${NEEDED.filter(
        (t) => !found[t.key],
      )
        .map((t) => t.debianPackage)
        .join(' ')}`,
    );
  }
  return found as RegistryTools;
}
