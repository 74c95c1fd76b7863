/**
 * `diagnose POD` against `kubectl describe pod` for one pod that really fails to pull on a node,
 * both run from the workstation's network namespace: the registry names resolve only there.
 */
import type { CoreV1Api } from '@kubernetes/client-node';
import type { ClusterInfo } from '../cluster/cluster-info.js';
import { onWorkstation, workstationEnv } from '../cluster/workstation.js';
import { adminClient, deleteNamespace } from './fleet-seed.js';
import {
  envWithoutExtraCas,
  measureResources,
  median,
  medianWallMs,
  type CommandLine,
} from './measure.js';

/** Median wall times of one pod's diagnosis and of kubectl's description of it. */
export interface SinglePodFigures {
  readonly describeMs: number;
  readonly diagnoseNoRegistryMs: number;
  readonly diagnoseMs: number;
  /** Peak RSS of `diagnose POD` with its registry check, median of 3. */
  readonly diagnosePeakRssMb: number;
  /** The release's linux/amd64 executable (what ships), timed in the same rounds. */
  readonly shipped: { readonly diagnoseNoRegistryMs: number; readonly diagnoseMs: number };
  /** The same two without NODE_EXTRA_CA_CERTS, when the environment sets it (else undefined). */
  readonly clean?: { readonly describeMs: number; readonly diagnoseNoRegistryMs: number };
}

const NAMESPACE = 'bench-pod';
const POD = 'badtag';
const IMAGE = 'registry.plain.test/kip/app:v9';
export const SINGLE_POD_RUNS = 25;

/** Creates the failing pod, waits for the kubelet's verdict, measures, and deletes it again. */
export async function benchSinglePod(
  info: ClusterInfo,
  bin: string,
  shippedBin: string,
  log: (line: string) => void,
): Promise<SinglePodFigures> {
  const core = adminClient(info.kubeconfig);
  const node = info.nodes[0]!.name;
  await deleteNamespace(core, NAMESPACE);
  try {
    log(`creating ${NAMESPACE}/${POD} on ${node} with ${IMAGE} and waiting for ErrImagePull`);
    await core.createNamespace({ body: { metadata: { name: NAMESPACE } } });
    await waitForServiceAccount(core);
    await createFailingPod(core, node);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      KUBECONFIG: info.kubeconfig,
      NO_COLOR: '1',
      ...workstationEnv(),
    };
    const there = (cmd: string, args: string[]): CommandLine => ({
      ...onWorkstation(cmd, args),
      env,
    });
    log(`timing describe and diagnose, ${SINGLE_POD_RUNS} runs each, interleaved`);
    const [
      describeMs = NaN,
      diagnoseNoRegistryMs = NaN,
      diagnoseMs = NaN,
      shippedNoRegistryMs = NaN,
      shippedMs = NaN,
    ] = medianWallMs(
      [
        there('kubectl', ['describe', 'pod', '-n', NAMESPACE, POD]),
        there(bin, ['diagnose', '-n', NAMESPACE, POD, '--no-registry']),
        there(bin, ['diagnose', '-n', NAMESPACE, POD]),
        there(shippedBin, ['diagnose', '-n', NAMESPACE, POD, '--no-registry']),
        there(shippedBin, ['diagnose', '-n', NAMESPACE, POD]),
      ],
      SINGLE_POD_RUNS,
      [0, 1],
    );
    const shipped = { diagnoseNoRegistryMs: shippedNoRegistryMs, diagnoseMs: shippedMs };
    const diagnosePeakRssMb = median(
      [0, 1, 2].map(
        () => measureResources(there(bin, ['diagnose', '-n', NAMESPACE, POD]), [0, 1]).peakRssMb,
      ),
    );
    // Where the environment sets NODE_EXTRA_CA_CERTS (measure.ts says what it costs), time the
    // pair without it too, so both figures are on the table.
    if (!env.NODE_EXTRA_CA_CERTS)
      return { describeMs, diagnoseNoRegistryMs, diagnoseMs, diagnosePeakRssMb, shipped };
    const cleanEnv = envWithoutExtraCas(env);
    log('timing the pair again without NODE_EXTRA_CA_CERTS');
    const [cleanDescribe = NaN, cleanDiagnose = NaN] = medianWallMs(
      [
        { ...there('kubectl', ['describe', 'pod', '-n', NAMESPACE, POD]), env: cleanEnv },
        { ...there(bin, ['diagnose', '-n', NAMESPACE, POD, '--no-registry']), env: cleanEnv },
      ],
      SINGLE_POD_RUNS,
      [0, 1],
    );
    return {
      describeMs,
      diagnoseNoRegistryMs,
      diagnoseMs,
      diagnosePeakRssMb,
      shipped,
      clean: { describeMs: cleanDescribe, diagnoseNoRegistryMs: cleanDiagnose },
    };
  } finally {
    await deleteNamespace(core, NAMESPACE);
  }
}

/** The namespace's default service account comes a moment after the namespace. */
async function waitForServiceAccount(core: CoreV1Api): Promise<void> {
  await poll('the default service account', async () => {
    await core.readNamespacedServiceAccount({ name: 'default', namespace: NAMESPACE });
    return true;
  });
}

/** A pod whose tag does not exist, bound to a real node so its kubelet really tries the pull. */
async function createFailingPod(core: CoreV1Api, node: string): Promise<void> {
  await core.createNamespacedPod({
    namespace: NAMESPACE,
    body: {
      metadata: { name: POD },
      spec: {
        nodeName: node,
        restartPolicy: 'Never',
        containers: [{ name: POD, image: IMAGE }],
      },
    },
  });
  await poll(`${POD} to fail its pull`, async () => {
    const pod = await core.readNamespacedPod({ name: POD, namespace: NAMESPACE });
    const reason = pod.status?.containerStatuses?.[0]?.state?.waiting?.reason ?? '';
    return /ErrImagePull|ImagePullBackOff/.test(reason);
  });
}

async function poll(what: string, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`timed out waiting for ${what}`);
}
