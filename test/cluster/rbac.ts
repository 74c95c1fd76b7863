/** RBAC for the restricted test user: can read pods, events and nodes, but no secrets and no pod creation. */
import { run } from './run-command.js';

const MANIFEST = `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: kip-restricted-read
rules:
- apiGroups: [""]
  resources: [pods, pods/log, events, nodes, serviceaccounts, namespaces]
  verbs: [get, list, watch]
- apiGroups: [events.k8s.io]
  resources: [events]
  verbs: [get, list, watch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: kip-restricted-read
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: kip-restricted-read
subjects:
- apiGroup: rbac.authorization.k8s.io
  kind: User
  name: kip-restricted
`;

/** Applies the restricted user's ClusterRole and binding. */
export async function applyRestrictedRbac(kubeconfig: string): Promise<void> {
  await run('kubectl', ['--kubeconfig', kubeconfig, 'apply', '-f', '-'], { input: MANIFEST });
}
