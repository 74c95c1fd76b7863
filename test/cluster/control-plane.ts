/**
 * etcd, kube-apiserver, kube-controller-manager and kube-scheduler, run as host processes on the
 * bridge address. Scenario pods name their node (`spec.nodeName`); the scheduler is there for what
 * controllers create from a workload's template: DaemonSet pods in particular are placed by it.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import https from 'node:https';
import { readFile } from 'node:fs/promises';
import { API_SERVER, ETCD, ETCD_DATA_DIR, SERVICE_CIDR, STATE_DIR, paths } from './layout.js';
import { logTail, startDaemon, isAlive, type DaemonRecord } from './daemons.js';
import { waitFor } from './run-command.js';
import { writeKubeconfig } from './kubeconfig.js';

/** Paths of the Kubernetes binaries the harness runs. */
export interface K8sBinaries {
  readonly apiserver: string;
  readonly controllerManager: string;
  readonly scheduler: string;
  readonly kubelet: string;
  readonly crictl: string;
}

/** Starts etcd, the API server and the controller-manager; resolves once /readyz answers ok. */
export async function startControlPlane(bin: K8sBinaries): Promise<void> {
  await rm(ETCD_DATA_DIR, { recursive: true, force: true });
  const etcd = await startDaemon('etcd', 'etcd', [
    '--name',
    'kip',
    '--data-dir',
    ETCD_DATA_DIR,
    '--listen-client-urls',
    ETCD.client,
    '--advertise-client-urls',
    ETCD.client,
    '--listen-peer-urls',
    ETCD.peer,
    '--initial-advertise-peer-urls',
    ETCD.peer,
    '--initial-cluster',
    `kip=${ETCD.peer}`,
    '--log-level',
    'warn',
  ]);
  const apiserver = await startDaemon('kube-apiserver', bin.apiserver, apiServerArgs());
  await waitForReady([etcd, apiserver]);
  await writeKubeconfig(
    path.join(STATE_DIR, 'controller-manager.kubeconfig'),
    'system:kube-controller-manager',
    'controller-manager',
  );
  await startDaemon('kube-controller-manager', bin.controllerManager, [
    `--kubeconfig=${path.join(STATE_DIR, 'controller-manager.kubeconfig')}`,
    `--service-account-private-key-file=${pki('sa.key')}`,
    `--root-ca-file=${pki('ca.crt')}`,
    '--use-service-account-credentials=true',
    '--leader-elect=false',
    '--bind-address=127.0.0.1',
    '--secure-port=0',
    // No CNI-managed CIDRs: nodes bring their own pod ranges. (The cloud controllers, route,
    // service and cloud-node-lifecycle, left kube-controller-manager by 1.37, which refuses
    // their names.)
    '--controllers=*,-nodeipam',
    // A node whose kubelet stops reporting turns NotReady after 20 s (default 40 s), so the
    // NotReady scenario (kubelet-pause.ts) is quick; kubelets renew their lease every 10 s.
    '--node-monitor-grace-period=20s',
    '--node-monitor-period=2s',
    '--v=1',
  ]);
  await writeKubeconfig(
    path.join(STATE_DIR, 'scheduler.kubeconfig'),
    'system:kube-scheduler',
    'scheduler',
  );
  await startDaemon('kube-scheduler', bin.scheduler, [
    `--kubeconfig=${path.join(STATE_DIR, 'scheduler.kubeconfig')}`,
    '--leader-elect=false',
    '--bind-address=127.0.0.1',
    '--secure-port=0',
    '--v=1',
  ]);
}

function pki(file: string): string {
  return path.join(paths.pki, file);
}

function apiServerArgs(): string[] {
  return [
    `--etcd-servers=${ETCD.client}`,
    `--bind-address=${API_SERVER.address}`,
    `--advertise-address=${API_SERVER.address}`,
    `--secure-port=${API_SERVER.port}`,
    `--service-cluster-ip-range=${SERVICE_CIDR}`,
    '--allow-privileged=true',
    '--authorization-mode=Node,RBAC',
    // PodSecurity admission is on by default; NodeRestriction keeps kubelets honest as in production.
    '--enable-admission-plugins=NodeRestriction',
    `--client-ca-file=${pki('ca.crt')}`,
    `--tls-cert-file=${pki('apiserver.crt')}`,
    `--tls-private-key-file=${pki('apiserver.key')}`,
    `--kubelet-client-certificate=${pki('apiserver-kubelet-client.crt')}`,
    `--kubelet-client-key=${pki('apiserver-kubelet-client.key')}`,
    // Node names do not resolve anywhere; reach kubelets (logs, exec) by their InternalIP.
    '--kubelet-preferred-address-types=InternalIP',
    '--service-account-issuer=https://kubernetes.default.svc.cluster.local',
    `--service-account-key-file=${pki('sa.pub')}`,
    `--service-account-signing-key-file=${pki('sa.key')}`,
    '--profiling=false',
    '--v=1',
  ];
}

async function waitForReady(watched: DaemonRecord[]): Promise<void> {
  const ca = await readFile(pki('ca.crt'));
  const cert = await readFile(pki('admin.crt'));
  const key = await readFile(pki('admin.key'));
  await waitFor(
    'kube-apiserver /readyz',
    async () => {
      for (const d of watched) {
        if (!isAlive(d.pid)) throw new Error(`${d.name} exited:\n${await logTail(d)}`);
      }
      return (await getReadyz(ca, cert, key)) === 'ok' ? true : undefined;
    },
    90_000,
  ).catch(async (err: unknown) => {
    const tails = await Promise.all(watched.map(async (d) => `--- ${d.name}\n${await logTail(d)}`));
    throw new Error(`${(err as Error).message}\n${tails.join('\n')}`);
  });
}

function getReadyz(ca: Buffer, cert: Buffer, key: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = https.get(
      {
        host: API_SERVER.address,
        port: API_SERVER.port,
        path: '/readyz',
        ca,
        cert,
        key,
        timeout: 2000,
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve(body.trim()));
      },
    );
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error('timeout')));
  });
}
