/**
 * Puts thousands of pods that fail to pull on the API server alone: each is created, then its
 * status is written the way a kubelet writes it (a waiting reason and the runtime's message), and
 * some get the kubelet's `Failed` event. No kubelet ever sees them.
 *
 * They are left unscheduled, behind a scheduling gate, rather than bound to made-up node names:
 * the pod garbage collector deletes pods bound to a node that does not exist about 40-60 s after
 * it first sees them, which is shorter than seeding and measuring take. The node each pod "runs
 * on" is therefore not in the fleet's output; it does not change what the plugin has to do.
 */
import https from 'node:https';
import {
  CoreV1Api,
  KubeConfig,
  Observable,
  type ConfigurationOptions,
  type CoreV1Event,
  type ObservableMiddleware,
  type V1Pod,
} from '@kubernetes/client-node';

/** One kind of failure the fleet is made of, as the runtime words it. */
interface Failure {
  readonly share: number;
  readonly image: string;
  readonly message: (image: string) => string;
}

const RATE_LIMIT_URL =
  'https://registry-1.docker.io/v2/library/nginx/manifests/sha256:2bcabc23b45489fb0885d69a06ba1d648aeda973fae7bb981bafbb884165e514';

/** 60 % Docker Hub rate limit, 25 % a tag that does not exist, 15 % credentials refused. */
const FAILURES: readonly Failure[] = [
  {
    share: 0.6,
    image: 'docker.io/library/nginx:1.27',
    message: (image) =>
      `rpc error: code = Unknown desc = failed to pull and unpack image "${image}": failed to copy: httpReadSeeker: failed open: unexpected status code ${RATE_LIMIT_URL}: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit`,
  },
  {
    share: 0.25,
    image: 'registry.example.com/shop/web:v9.9.9',
    message: (image) =>
      `rpc error: code = NotFound desc = failed to pull and unpack image "${image}": failed to resolve reference "${image}": ${image}: not found`,
  },
  {
    share: 0.15,
    image: 'registry.corp.example:5000/team/api:1.4.1',
    message: (image) =>
      `rpc error: code = Unknown desc = failed to pull and unpack image "${image}": failed to resolve reference "${image}": pulling from host registry.corp.example:5000 failed with status code [manifests 1.4.1]: 401 Unauthorized`,
  },
];

/** What to seed. */
export interface FleetSpec {
  readonly namespace: string;
  readonly pods: number;
  /** How many pods also get a `Failed` event. */
  readonly events: number;
  readonly concurrency: number;
}

/** The client the seeding uses, from the cluster's admin kubeconfig. */
export function adminClient(kubeconfig: string): CoreV1Api {
  const kc = new KubeConfig();
  kc.loadFromFile(kubeconfig);
  return kc.makeApiClient(CoreV1Api);
}

/** Creates the namespace, the pods with their failing statuses, and the events. */
export async function seedFleet(core: CoreV1Api, spec: FleetSpec): Promise<void> {
  const reuse = reuseConnections(spec.concurrency);
  await core.createNamespace({ body: { metadata: { name: spec.namespace } } });
  const names = Array.from({ length: spec.pods }, (_, i) => `web-${i.toString().padStart(5, '0')}`);
  const created: V1Pod[] = new Array<V1Pod>(spec.pods);
  await inParallel(spec.concurrency, names, async (name, i) => {
    const failure = failureFor(i, spec.pods);
    const pod = await core.createNamespacedPod(
      {
        namespace: spec.namespace,
        body: podFor(name, failure.image),
      },
      reuse,
    );
    created[i] = await core.replaceNamespacedPodStatus(
      {
        name,
        namespace: spec.namespace,
        body: withPullFailure(pod, failure, i),
      },
      reuse,
    );
  });
  const step = Math.max(1, Math.floor(spec.pods / spec.events));
  const withEvents = Array.from({ length: Math.min(spec.events, spec.pods) }, (_, k) => k * step);
  await inParallel(spec.concurrency, withEvents, async (i, k) => {
    await core.createNamespacedEvent(
      {
        namespace: spec.namespace,
        body: failedEvent(created[i]!, failureFor(i, spec.pods), k),
      },
      reuse,
    );
  });
}

/** Deletes the namespace and waits until it is gone, so the next run can create it again. */
export async function deleteNamespace(core: CoreV1Api, namespace: string): Promise<void> {
  await core.deleteNamespace({ name: namespace }).catch(ignoreNotFound);
  // 5,000 pods go in well under a minute; ten such namespaces at once take longer.
  for (let i = 0; i < 1800; i += 1) {
    const gone = await core.readNamespace({ name: namespace }).then(
      () => false,
      (err: unknown) => isNotFound(err),
    );
    if (gone) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`namespace ${namespace} was still terminating after 15 minutes`);
}

/**
 * client-node gives every request a new https.Agent, so every request is a new TLS handshake;
 * over ten thousand requests that made seeding take 113 s instead of 44 s. One keep-alive agent
 * with the same TLS options serves them all.
 */
function reuseConnections(sockets: number): ConfigurationOptions {
  let shared: https.Agent | undefined;
  const middleware: ObservableMiddleware = {
    pre: (request) => {
      const fresh = request.getAgent();
      if (fresh instanceof https.Agent) {
        shared ??= new https.Agent({ ...fresh.options, keepAlive: true, maxSockets: sockets });
        request.setAgent(shared);
      }
      return new Observable(Promise.resolve(request));
    },
    post: (response) => new Observable(Promise.resolve(response)),
  };
  return { middleware: [middleware], middlewareMergeStrategy: 'append' };
}

function failureFor(index: number, total: number): Failure {
  const at = (index + 0.5) / total;
  let upTo = 0;
  for (const f of FAILURES) {
    upTo += f.share;
    if (at < upTo) return f;
  }
  return FAILURES[FAILURES.length - 1]!;
}

function podFor(name: string, image: string): V1Pod {
  return {
    metadata: { name, labels: { app: 'web', bench: 'fleet' } },
    spec: {
      // No scheduler ever binds these to a real node, even if the cluster gains one.
      schedulingGates: [{ name: 'kubectl-imagepull.dev/bench' }],
      containers: [{ name: 'app', image, imagePullPolicy: 'IfNotPresent' }],
    },
  };
}

/** The status a kubelet writes: ErrImagePull right after a failed pull, then back-off. */
function withPullFailure(pod: V1Pod, failure: Failure, index: number): V1Pod {
  const message = failure.message(failure.image);
  const backingOff = index % 3 !== 0;
  return {
    ...pod,
    status: {
      ...pod.status,
      phase: 'Pending',
      containerStatuses: [
        {
          name: 'app',
          image: failure.image,
          imageID: '',
          ready: false,
          restartCount: 0,
          started: false,
          state: {
            waiting: backingOff
              ? {
                  reason: 'ImagePullBackOff',
                  message: `Back-off pulling image "${failure.image}": ErrImagePull: ${message}`,
                }
              : { reason: 'ErrImagePull', message },
          },
        },
      ],
    },
  };
}

function failedEvent(pod: V1Pod, failure: Failure, index: number): CoreV1Event {
  const now = new Date();
  const name = pod.metadata!.name!;
  return {
    metadata: { name: `${name}.${(0x18a0000000000000 + index).toString(16)}` },
    involvedObject: {
      apiVersion: 'v1',
      kind: 'Pod',
      name,
      namespace: pod.metadata!.namespace,
      uid: pod.metadata!.uid,
      fieldPath: 'spec.containers{app}',
    },
    reason: 'Failed',
    type: 'Warning',
    message: `Failed to pull image "${failure.image}": ${failure.message(failure.image)}`,
    source: { component: 'kubelet' },
    firstTimestamp: new Date(now.getTime() - 120_000),
    lastTimestamp: now,
    count: 1 + (index % 5),
  };
}

async function inParallel<T>(
  limit: number,
  items: readonly T[],
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next;
      next += 1;
      await work(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

function isNotFound(err: unknown): boolean {
  return (err as { code?: unknown } | undefined)?.code === 404;
}

function ignoreNotFound(err: unknown): void {
  if (!isNotFound(err)) throw err;
}
