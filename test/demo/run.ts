/**
 * `npm run demo`: the main job on an embedded default. After scripts/setup.sh (packages and
 * cached builds), starts the local test cluster (unless one is running: kubelet 1.37 on
 * containerd 2.x, containerd 1.6 and CRI-O), deploys workloads that fail to pull for different
 * reasons across the runtimes, and runs
 * `kubectl imagepull diagnose` on them as a user would. The cluster stays up to explore.
 */
import { execa } from 'execa';
import path from 'node:path';
import { readClusterInfo, type ClusterInfo } from '../cluster/cluster-info.js';
import { startCluster } from '../cluster/cluster.js';
import { onWorkstation, workstationEnv } from '../cluster/workstation.js';
import { kubectl } from '../cluster/faults.js';
import { waitFor } from '../cluster/run-command.js';

const NS = 'demo';
const DIST = path.resolve(import.meta.dirname, '../../dist');

function deployment(
  name: string,
  image: string,
  node: string,
  extra: Record<string, unknown> = {},
): object {
  const labels = { app: name };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: NS },
    spec: {
      replicas: 1,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: { nodeName: node, containers: [{ name, image }], ...extra },
      },
    },
  };
}

const WORKLOADS = [
  deployment('web', 'registry.plain.test/kip/app:v1.4.2', 'node-1'),
  deployment('billing', 'registry.corp.test:5000/kip/app:v1.4.1', 'node-1'),
  deployment('search', 'registry.limited.test/kip/app:v1.4.1', 'node-2'),
  deployment('arm-tool', 'registry.plain.test/kip/arm-only:v1', 'node-3'),
  deployment('ledger', 'registry.untrusted.test/kip/app:v1.4.1', 'node-3'),
  deployment('checkout', 'registry.plain.test/kip/app:v1.4.1', 'node-2'),
];

async function ensureCluster(): Promise<ClusterInfo> {
  try {
    return await readClusterInfo();
  } catch {
    return startCluster((line) => process.stderr.write(`${line}\n`));
  }
}

async function imagepull(info: ClusterInfo, args: string[]): Promise<void> {
  process.stdout.write(`\n$ kubectl imagepull ${args.join(' ')}\n`);
  const run = onWorkstation('kubectl', ['imagepull', ...args]);
  await execa(run.cmd, run.args, {
    stdio: 'inherit',
    reject: false,
    env: {
      ...process.env,
      PATH: `${DIST}:${process.env.PATH}`,
      KUBECONFIG: info.kubeconfig,
      ...workstationEnv(),
    },
  });
}

async function main(): Promise<void> {
  const info = await ensureCluster();
  // The matrix the demo runs on: each node's kubelet and runtime, as kubectl shows them.
  process.stdout.write(`\n$ kubectl get nodes -o wide\n`);
  process.stdout.write(await kubectl(info.kubeconfig, ['get', 'nodes', '-o', 'wide']));
  await kubectl(info.kubeconfig, [
    'create',
    'namespace',
    NS,
    '--dry-run=client',
    '-o',
    'yaml',
  ]).then((yaml) => kubectl(info.kubeconfig, ['apply', '-f', '-'], yaml));
  for (const w of WORKLOADS)
    await kubectl(info.kubeconfig, ['apply', '-f', '-'], JSON.stringify(w));
  process.stderr.write('waiting for the kubelets to try (and fail) the pulls...\n');
  await waitFor(
    '5 failing demo pods',
    async () => {
      const out = await kubectl(info.kubeconfig, [
        '-n',
        NS,
        'get',
        'pods',
        '-o',
        'jsonpath={range .items[*]}{.status.containerStatuses[0].state.waiting.reason}{"\\n"}{end}',
      ]);
      return out.split('\n').filter((r) => /ErrImagePull|ImagePullBackOff/.test(r)).length >= 5
        ? true
        : undefined;
    },
    120_000,
  );
  await imagepull(info, ['diagnose', '-n', NS]);
  const web = (
    await kubectl(info.kubeconfig, [
      '-n',
      NS,
      'get',
      'pods',
      '-l',
      'app=web',
      '-o',
      'jsonpath={.items[0].metadata.name}',
    ])
  ).trim();
  await imagepull(info, ['diagnose', '-n', NS, web]);
  process.stdout.write(
    `\nThe cluster is still up. Try it yourself:\n  export KUBECONFIG=${info.kubeconfig}\n  export PATH=${DIST}:$PATH\n  kubectl -n ${NS} get pods\n  npm run cluster:down   # when done\n(registry names resolve on the test network: run commands through test/cluster/workstation.ts, as this demo does, for the registry check)\n`,
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
