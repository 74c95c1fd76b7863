/** Helpers for the workload end-to-end tests: manifests, pod state by selector, runs with stdin. */
import { execa } from 'execa';
import type { ClusterInfo } from '../../cluster/cluster-info.js';
import { kubectl } from '../../cluster/faults.js';
import { waitFor } from '../../cluster/run-command.js';
import { isPullWaitingReason } from '../../../shared/diagnosis/scope.js';
import { imagepullCommand, type PluginRun } from './plugin.js';

/** A pod template whose one container sleeps (kip/app's own command prints and exits). */
export function template(app: string, image: string, extra: Record<string, unknown> = {}) {
  return {
    metadata: { labels: { app, 'kip-test': 'true' } },
    spec: {
      terminationGracePeriodSeconds: 0,
      tolerations: [{ operator: 'Exists' }],
      containers: [
        { name: 'main', image, imagePullPolicy: 'Always', command: ['/bin/sleep', '3600'] },
      ],
      ...extra,
    },
  };
}

/** A workload manifest as JSON, for `kubectl apply -f -`. */
export function workloadJson(
  ns: string,
  apiVersion: string,
  kind: string,
  name: string,
  spec: Record<string, unknown>,
): string {
  return JSON.stringify({ apiVersion, kind, metadata: { name, namespace: ns }, spec });
}

/** The slice of a pod the workload tests read. */
export interface PodView {
  metadata: { name: string; labels?: Record<string, string> };
  spec: { nodeName?: string };
  status: {
    phase?: string;
    containerStatuses?: { state: { waiting?: { reason?: string }; running?: object } }[];
  };
}

/** The pods of the namespace matching a label selector. */
export async function podsWith(
  info: ClusterInfo,
  ns: string,
  selector: string,
): Promise<PodView[]> {
  const out = await kubectl(info.kubeconfig, [
    '-n',
    ns,
    'get',
    'pods',
    '-l',
    selector,
    '-o',
    'json',
  ]);
  return (JSON.parse(out) as { items: PodView[] }).items;
}

/** True when a container of the pod is stuck on its image. */
export const isFailingToPull = (p: PodView): boolean =>
  (p.status.containerStatuses ?? []).some((c) => isPullWaitingReason(c.state.waiting?.reason));

/** True when the pod runs. */
export const isRunning = (p: PodView): boolean => p.status.phase === 'Running';

/** Waits (up to 3 minutes) until `ready` holds for the pods the selector finds (at least one). */
export function waitForWorkloadPods(
  info: ClusterInfo,
  ns: string,
  what: string,
  selector: string,
  ready: (pods: PodView[]) => boolean,
): Promise<true> {
  return waitFor(
    what,
    async () => {
      const pods = await podsWith(info, ns, selector);
      return pods.length > 0 && ready(pods) ? true : undefined;
    },
    180_000,
  );
}

/** `kubectl imagepull ARGS` with standard input, as `helm template ... | kubectl imagepull check -f -`. */
export async function imagepullWithInput(
  info: ClusterInfo,
  args: readonly string[],
  input: string,
): Promise<PluginRun> {
  const c = imagepullCommand(info, args);
  const r = await execa(c.cmd, c.args, {
    input,
    reject: false,
    timeout: 120_000,
    env: c.env,
    extendEnv: false,
  });
  return { code: r.exitCode ?? -1, stdout: r.stdout, stderr: r.stderr };
}
