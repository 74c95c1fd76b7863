/** Thin kubectl helpers for end-to-end tests: namespaces, pod state, events. */
import { execa } from 'execa';
import { readClusterInfo, type ClusterInfo } from '../../cluster/cluster-info.js';
import { kubectl } from '../../cluster/faults.js';
import { waitFor } from '../../cluster/run-command.js';
import { isPullWaitingReason } from '../../../shared/diagnosis/scope.js';

/** The running cluster; every e2e file starts with this (fails loudly without a cluster). */
export function cluster(): Promise<ClusterInfo> {
  return readClusterInfo();
}

/** Creates a fresh namespace for one test file and returns its name. */
export async function createNamespace(info: ClusterInfo, prefix: string): Promise<string> {
  const ns = `${prefix}-${Date.now().toString(36)}`;
  await kubectl(info.kubeconfig, ['create', 'namespace', ns]);
  await waitFor(
    `service account default in ${ns}`,
    async () =>
      (await kubectl(info.kubeconfig, [
        '-n',
        ns,
        'get',
        'serviceaccount',
        'default',
        '-o',
        'name',
      ]).catch(() => '')) || undefined,
    60_000,
  );
  return ns;
}

/** Deletes a namespace without waiting for finalizers (the cluster is torn down anyway). */
export async function deleteNamespace(info: ClusterInfo, ns: string): Promise<void> {
  await kubectl(info.kubeconfig, ['delete', 'namespace', ns, '--wait=false', '--ignore-not-found']);
}

/** Creates an object from its JSON/YAML manifest. */
export async function apply(info: ClusterInfo, manifest: string): Promise<void> {
  await kubectl(info.kubeconfig, ['apply', '-f', '-'], manifest);
}

/** Reads a pod as parsed JSON. */
export async function getPod(info: ClusterInfo, ns: string, name: string): Promise<PodStatusView> {
  return JSON.parse(
    await kubectl(info.kubeconfig, ['-n', ns, 'get', 'pod', name, '-o', 'json']),
  ) as PodStatusView;
}

/** The slice of a pod the tests read. */
export interface PodStatusView {
  status: {
    phase?: string;
    containerStatuses?: ContainerStatusView[];
    initContainerStatuses?: ContainerStatusView[];
  };
}

interface ContainerStatusView {
  restartCount: number;
  state: { waiting?: { reason?: string; message?: string } };
}

/** Waits for the pod's phase to be one of `phases`. */
export function waitForPhase(
  info: ClusterInfo,
  ns: string,
  name: string,
  phases: string[],
  timeoutMs = 120_000,
): Promise<string> {
  return waitFor(
    `pod ${ns}/${name} phase in ${phases.join('|')}`,
    async () => {
      const phase = (await getPod(info, ns, name)).status.phase ?? '';
      return phases.includes(phase) ? phase : undefined;
    },
    timeoutMs,
  );
}

/** Messages of the pod's events with `reason`, oldest first. */
export async function eventMessages(
  info: ClusterInfo,
  ns: string,
  pod: string,
  reason: string,
): Promise<string[]> {
  const out = await kubectl(info.kubeconfig, [
    '-n',
    ns,
    'get',
    'events',
    '--field-selector',
    `involvedObject.name=${pod},reason=${reason}`,
    '-o',
    'json',
  ]);
  const items = (JSON.parse(out) as { items: { message?: string }[] }).items;
  return items.map((e) => e.message ?? '');
}

/** Waits until the pod has an event with `reason` whose message matches `pattern`; returns it. */
export function waitForEvent(
  info: ClusterInfo,
  ns: string,
  pod: string,
  reason: string,
  pattern: RegExp,
  timeoutMs = 120_000,
): Promise<string> {
  return waitFor(
    `event ${reason} ${pattern} on ${ns}/${pod}`,
    async () => (await eventMessages(info, ns, pod, reason)).find((m) => pattern.test(m)),
    timeoutMs,
  );
}

/**
 * Watches the first container's waiting reason and returns every distinct reason seen, in order,
 * until `until` appears. A watch, unlike polling, cannot miss a short-lived state.
 */
export async function watchWaitingReasons(
  info: ClusterInfo,
  ns: string,
  pod: string,
  until: string,
  timeoutMs = 120_000,
): Promise<string[]> {
  const proc = execa(
    'kubectl',
    [
      '--kubeconfig',
      info.kubeconfig,
      '-n',
      ns,
      'get',
      'pod',
      pod,
      '-w',
      '-o',
      'jsonpath={.status.containerStatuses[0].state.waiting.reason}{"\\n"}',
    ],
    { reject: false, timeout: timeoutMs },
  );
  const seen: string[] = [];
  let buffer = '';
  proc.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const reason of lines.map((l) => l.trim()).filter(Boolean)) {
      if (seen[seen.length - 1] !== reason) seen.push(reason);
      if (reason === until) proc.kill();
    }
  });
  await proc;
  return seen;
}

/** Waits until some container of the pod is stuck on its image; returns the waiting reason. */
export function waitForPullFailure(
  info: ClusterInfo,
  ns: string,
  name: string,
  timeoutMs = 120_000,
): Promise<string> {
  return waitFor(
    `pod ${ns}/${name} to fail pulling`,
    async () => {
      const pod = await getPod(info, ns, name);
      const all = [
        ...(pod.status.initContainerStatuses ?? []),
        ...(pod.status.containerStatuses ?? []),
      ];
      return all
        .map((c) => c.state.waiting?.reason)
        .find((r): r is string => r !== undefined && isPullWaitingReason(r));
    },
    timeoutMs,
  );
}
