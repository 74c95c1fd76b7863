/** Kubeconfig files for the cluster's users: admin, a restricted user, nodes and the controller-manager. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { API_SERVER, paths } from './layout.js';
import { pemBase64 } from './pki.js';

/** Writes a self-contained kubeconfig (certificates embedded) for client cert `certName`. */
export async function writeKubeconfig(
  file: string,
  user: string,
  certName: string,
  server = `https://${API_SERVER.address}:${API_SERVER.port}`,
): Promise<void> {
  const ca = await pemBase64(path.join(paths.pki, 'ca.crt'));
  const crt = await pemBase64(path.join(paths.pki, `${certName}.crt`));
  const key = await pemBase64(path.join(paths.pki, `${certName}.key`));
  const text = `apiVersion: v1
kind: Config
clusters:
- name: kip
  cluster:
    server: ${server}
    certificate-authority-data: ${ca}
users:
- name: ${user}
  user:
    client-certificate-data: ${crt}
    client-key-data: ${key}
contexts:
- name: kip-${user}
  context:
    cluster: kip
    user: ${user}
    namespace: default
current-context: kip-${user}
`;
  await writeFile(file, text, { mode: 0o600 });
}
