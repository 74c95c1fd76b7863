/** Every certificate the cluster and the registries use, issued fresh for each cluster. */
import { NODES, REGISTRIES, SERVICE_CIDR, API_SERVER, paths } from './layout.js';
import { createCa, createServiceAccountKey, issueCert } from './pki.js';
import { run } from './run-command.js';

/**
 * An ECDSA P-256 public key that signs nothing: the CRI-O node's policy.json requires a sigstore
 * signature by it for one repository, so that pull is refused by policy.
 */
async function createPolicyKey(dir: string): Promise<void> {
  await run('openssl', [
    'ecparam',
    '-name',
    'prime256v1',
    '-genkey',
    '-noout',
    '-out',
    `${dir}/policy.key`,
  ]);
  await run('openssl', ['ec', '-in', `${dir}/policy.key`, '-pubout', '-out', `${dir}/policy.pub`]);
}

/** The first address of the service range: the `kubernetes` Service's ClusterIP. */
function kubernetesServiceIp(): string {
  const [a, b, c] = SERVICE_CIDR.split('/')[0]!.split('.');
  return `${a}.${b}.${c}.1`;
}

/** Creates the cluster CA, the registry CA, an untrusted CA and all leaf certificates. */
export async function createClusterPki(): Promise<void> {
  const dir = paths.pki;
  await createCa(dir, 'ca', 'kip-cluster-ca');
  await createCa(dir, 'registry-ca', 'kip-registry-ca');
  // A CA no node trusts: the registry it signs produces "x509: certificate signed by unknown authority".
  await createCa(dir, 'untrusted-ca', 'kip-untrusted-ca');
  await createServiceAccountKey(dir);
  await createPolicyKey(dir);
  await issueCert(dir, 'ca', {
    name: 'apiserver',
    cn: 'kube-apiserver',
    usage: 'server',
    dns: [
      'kubernetes',
      'kubernetes.default',
      'kubernetes.default.svc',
      'kubernetes.default.svc.cluster.local',
      'localhost',
    ],
    ips: [API_SERVER.address, kubernetesServiceIp(), '127.0.0.1'],
  });
  await issueCert(dir, 'ca', {
    name: 'apiserver-kubelet-client',
    cn: 'kube-apiserver-kubelet-client',
    org: 'system:masters',
    usage: 'client',
  });
  await issueCert(dir, 'ca', {
    name: 'admin',
    cn: 'kip-admin',
    org: 'system:masters',
    usage: 'client',
  });
  await issueCert(dir, 'ca', {
    name: 'restricted',
    cn: 'kip-restricted',
    org: 'kip-restricted-users',
    usage: 'client',
  });
  // A user with no RBAC binding at all: every request is forbidden.
  await issueCert(dir, 'ca', { name: 'nobody', cn: 'kip-nobody', usage: 'client' });
  await issueCert(dir, 'ca', {
    name: 'controller-manager',
    cn: 'system:kube-controller-manager',
    usage: 'client',
  });
  // The scheduler places what controllers create (Deployments, DaemonSets, StatefulSets, Jobs).
  await issueCert(dir, 'ca', { name: 'scheduler', cn: 'system:kube-scheduler', usage: 'client' });
  for (const node of NODES) {
    await issueCert(dir, 'ca', {
      name: `kubelet-${node.name}`,
      cn: `system:node:${node.name}`,
      org: 'system:nodes',
      usage: 'client',
    });
  }
  for (const reg of REGISTRIES) {
    await issueCert(dir, reg.id === 'untrusted' ? 'untrusted-ca' : 'registry-ca', {
      name: `registry-${reg.id}`,
      cn: reg.host,
      usage: 'server',
      dns: [reg.host],
      ips: [reg.address],
    });
  }
}
