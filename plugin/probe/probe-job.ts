/**
 * The probe as Kubernetes objects, built by small named steps (as kubectl debug builds its pod):
 * a Job pinned to the node whose pod reads the host through a read-only mount, and a Secret that
 * carries the request and, when needed, the credentials, owned by the Job so that deleting the Job
 * (or the Job's own deadline and TTL, if we are killed) removes the credentials with it.
 */
import type { V1Job, V1PodSpec, V1Secret } from '@kubernetes/client-node';

/** Labels every object the plugin creates carries, so `cleanup` can find leftovers. */
export const PROBE_LABELS = {
  'app.kubernetes.io/managed-by': 'kubectl-imagepull',
  'imagepull.kubectl.dev/probe': 'true',
} as const;

/** The label selector matching every probe object. */
export const PROBE_SELECTOR = Object.entries(PROBE_LABELS)
  .map(([k, v]) => `${k}=${v}`)
  .join(',');

/** Where the probe finds its input inside the container. */
export const INPUT_DIR = '/var/run/kip-probe';

/** What varies between probe runs. */
export interface ProbeJobSpec {
  readonly name: string;
  readonly namespace: string;
  readonly node: string;
  readonly image: string;
  readonly deadlineSeconds: number;
}

/** The probe Job. */
export function buildProbeJob(spec: ProbeJobSpec): V1Job {
  const labels = { ...PROBE_LABELS, 'imagepull.kubectl.dev/node': spec.node };
  const pod: V1PodSpec = { containers: [], restartPolicy: 'Never' };
  pinToNode(pod, spec.node);
  tolerateEverything(pod);
  useHostNetwork(pod);
  addProbeContainer(pod, spec.image, spec.name);
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: spec.name, namespace: spec.namespace, labels },
    spec: {
      backoffLimit: 0,
      // Bounds the probe even if the plugin is killed; the TTL then removes the finished Job, and
      // the garbage collector its pod and Secret.
      activeDeadlineSeconds: spec.deadlineSeconds,
      ttlSecondsAfterFinished: 60,
      template: { metadata: { labels }, spec: pod },
    },
  };
}

/** nodeName bypasses the scheduler: the probe must run on exactly this node, even a cordoned one. */
function pinToNode(pod: V1PodSpec, node: string): void {
  pod.nodeName = node;
}

/** The node may be tainted (NotReady, DiskPressure, dedicated pools): the probe goes anyway. */
function tolerateEverything(pod: V1PodSpec): void {
  pod.tolerations = [{ operator: 'Exists' }];
}

/** The node's network identity and resolver, as its container runtime sees them. */
function useHostNetwork(pod: V1PodSpec): void {
  pod.hostNetwork = true;
  pod.dnsPolicy = 'Default';
  pod.automountServiceAccountToken = false;
  pod.terminationGracePeriodSeconds = 0;
}

/** Privileged, to talk to the runtime socket; the host is mounted read-only at /host. */
function addProbeContainer(pod: V1PodSpec, image: string, secretName: string): void {
  pod.containers.push({
    name: 'probe',
    image,
    imagePullPolicy: 'IfNotPresent',
    args: [`${INPUT_DIR}/request/request.json`],
    securityContext: { privileged: true },
    resources: { limits: { memory: '256Mi' }, requests: { cpu: '10m', memory: '64Mi' } },
    volumeMounts: [
      { name: 'host', mountPath: '/host', readOnly: true },
      { name: 'input', mountPath: INPUT_DIR, readOnly: true },
    ],
  });
  pod.volumes = [
    { name: 'host', hostPath: { path: '/' } },
    {
      name: 'input',
      secret: {
        secretName,
        defaultMode: 0o400,
        items: [
          { key: 'request.json', path: 'request/request.json' },
          { key: 'auth.json', path: 'credentials/auth.json' },
        ],
      },
    },
  ];
}

/** The Secret with the request and credentials, owned by the Job (created after it, with its UID). */
export function buildProbeSecret(job: V1Job, request: string, auth: string): V1Secret {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    type: 'Opaque',
    metadata: {
      name: job.metadata!.name,
      namespace: job.metadata!.namespace,
      labels: { ...PROBE_LABELS },
      ownerReferences: [
        {
          apiVersion: 'batch/v1',
          kind: 'Job',
          name: job.metadata!.name!,
          uid: job.metadata!.uid!,
          blockOwnerDeletion: false,
        },
      ],
    },
    stringData: { 'request.json': request, 'auth.json': auth },
  };
}
