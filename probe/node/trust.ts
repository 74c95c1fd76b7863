// Assembles the node's TLS trust for one registry: the system CA bundle the runtime (a Go
// program) loads, plus the per-host CA files from the runtime's registry config. Node's own
// bundled roots are never used: the question is what the node trusts.
import type { NodeAccess } from './node-access.js';

// The files Go's crypto/x509 tries on Linux, in its order.
const SYSTEM_BUNDLES = [
  '/etc/ssl/certs/ca-certificates.crt',
  '/etc/pki/tls/certs/ca-bundle.crt',
  '/etc/ssl/ca-bundle.pem',
  '/etc/pki/tls/cacert.pem',
  '/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem',
  '/etc/ssl/cert.pem',
];

/** PEM texts to trust and where each came from (host paths). */
export interface NodeTrust {
  readonly pems: readonly string[];
  readonly files: readonly string[];
  readonly problems: readonly string[];
}

/** Reads the system bundle and the runtime's per-host CA files. */
export async function readNodeTrust(
  host: NodeAccess,
  caFiles: readonly string[],
): Promise<NodeTrust> {
  const pems: string[] = [];
  const files: string[] = [];
  const problems: string[] = [];
  for (const file of SYSTEM_BUNDLES) {
    const text = await host.read(file).catch(() => undefined);
    if (text === undefined) continue;
    pems.push(text);
    files.push(file);
    break;
  }
  if (files.length === 0)
    problems.push(`no system CA bundle found (looked for ${SYSTEM_BUNDLES.join(', ')})`);
  for (const file of caFiles) {
    try {
      const text = await host.read(file);
      if (text === undefined)
        problems.push(`CA file ${file} named in the runtime's config does not exist`);
      else {
        pems.push(text);
        files.push(file);
      }
    } catch (err) {
      problems.push(`cannot read CA file ${file}: ${(err as Error).message}`);
    }
  }
  return { pems, files, problems };
}
