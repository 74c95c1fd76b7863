/** Converts client-node objects into the plain evidence shapes of shared/diagnosis. */
import type {
  CoreV1Event,
  V1Container,
  V1ContainerStatus,
  V1Node,
  V1Pod,
} from '@kubernetes/client-node';
import type {
  ContainerFacts,
  ContainerKind,
  EventFacts,
  NodeFacts,
  PodFacts,
} from '../../shared/diagnosis/evidence.js';

/** The pod, with spec and status of every container joined by name. */
export function toPodFacts(pod: V1Pod): PodFacts {
  const spec = pod.spec;
  const status = pod.status;
  const owner =
    pod.metadata?.ownerReferences?.find((o) => o.controller) ?? pod.metadata?.ownerReferences?.[0];
  const containers = [
    ...joinContainers('init', spec?.initContainers ?? [], status?.initContainerStatuses ?? []),
    ...joinContainers('regular', spec?.containers ?? [], status?.containerStatuses ?? []),
    ...joinContainers(
      'ephemeral',
      (spec?.ephemeralContainers ?? []) as V1Container[],
      status?.ephemeralContainerStatuses ?? [],
    ),
  ];
  return {
    namespace: pod.metadata?.namespace ?? 'default',
    name: pod.metadata?.name ?? '',
    uid: pod.metadata?.uid,
    nodeName: spec?.nodeName,
    phase: status?.phase,
    serviceAccountName: spec?.serviceAccountName ?? 'default',
    imagePullSecrets: (spec?.imagePullSecrets ?? []).map((s) => s.name ?? '').filter(Boolean),
    containers,
    owner: owner ? { kind: owner.kind, name: owner.name } : undefined,
    labels: pod.metadata?.labels ?? {},
    createdAt: toIso(pod.metadata?.creationTimestamp),
  };
}

function joinContainers(
  kind: ContainerKind,
  specs: readonly V1Container[],
  statuses: readonly V1ContainerStatus[],
): ContainerFacts[] {
  return specs.map((c) => {
    const s = statuses.find((x) => x.name === c.name);
    const waiting = s?.state?.waiting;
    const terminated = s?.state?.terminated;
    return {
      name: c.name,
      kind,
      image: c.image ?? '',
      imagePullPolicy: c.imagePullPolicy,
      waiting: waiting ? { reason: waiting.reason, message: waiting.message } : undefined,
      running: s?.state?.running !== undefined,
      terminated: terminated
        ? { reason: terminated.reason, exitCode: terminated.exitCode }
        : undefined,
      imageID: s?.imageID || undefined,
      restartCount: s?.restartCount ?? 0,
    };
  });
}

/** One core/v1 Event; event series (newer servers) carry the real count and last time. */
export function toEventFacts(e: CoreV1Event): EventFacts {
  return {
    type: e.type,
    reason: e.reason ?? '',
    message: e.message ?? '',
    fieldPath: e.involvedObject?.fieldPath,
    count: e.series?.count ?? e.count ?? 1,
    firstSeen: toIso(e.firstTimestamp ?? e.eventTime),
    lastSeen: toIso(
      e.series?.lastObservedTime ?? e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp,
    ),
  };
}

/** The node facts the diagnosis uses. */
export function toNodeFacts(node: V1Node): NodeFacts {
  const conditions = node.status?.conditions ?? [];
  const isTrue = (type: string) => conditions.find((c) => c.type === type)?.status === 'True';
  const info = node.status?.nodeInfo;
  const ready = conditions.find((c) => c.type === 'Ready');
  const readyMessage =
    ready && ready.status !== 'True'
      ? [ready.reason, ready.message].filter(Boolean).join(': ') || undefined
      : undefined;
  return {
    name: node.metadata?.name ?? '',
    architecture: info?.architecture,
    os: info?.operatingSystem,
    ready: conditions.some((c) => c.type === 'Ready') ? isTrue('Ready') : undefined,
    ...(readyMessage ? { readyMessage } : {}),
    diskPressure: isTrue('DiskPressure'),
    runtimeVersion: info?.containerRuntimeVersion,
    kubeletVersion: info?.kubeletVersion,
    images: (node.status?.images ?? []).flatMap((i) => i.names ?? []),
  };
}

function toIso(value: Date | string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}
