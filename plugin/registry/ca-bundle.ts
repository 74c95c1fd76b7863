// Which CAs the transport trusts. Passing `ca` to TLS replaces node's default store, which is also
// where NODE_EXTRA_CA_CERTS lives; so an extra CA must be added to both, not instead of them.
import { readFileSync } from 'node:fs';
import { rootCertificates } from 'node:tls';

/** The CA list for TLS, or undefined to keep node's default store (bundled + NODE_EXTRA_CA_CERTS). */
export function buildCaBundle(
  extraCaPem: string | undefined,
  nodeExtraCaFile: string | undefined,
): string[] | undefined {
  if (!extraCaPem) return undefined;
  const fromEnv: string[] = [];
  if (nodeExtraCaFile) {
    try {
      fromEnv.push(readFileSync(nodeExtraCaFile, 'utf8'));
    } catch {
      // Node itself only warns about an unreadable NODE_EXTRA_CA_CERTS; so do we, by ignoring it.
    }
  }
  return [...rootCertificates, ...fromEnv, extraCaPem];
}
