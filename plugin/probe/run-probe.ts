/**
 * Runs the probe on one node: creates the Job and its Secret, waits with a progress line, reads
 * the report from the pod's log, and deletes what it created on every path out (success, error,
 * timeout, interrupt). The Job's deadline and TTL cover the one path we cannot: SIGKILL.
 */
import type { V1Job, V1Pod } from '@kubernetes/client-node';
import { classifyMessage } from '../../shared/classify.js';
import { REPORT_MARKER, type ProbeReport } from '../../shared/probe/report.js';
import { validateProbeReport } from '../../shared/probe/validate-report.js';
import { isPullFailure } from '../../shared/diagnosis/scope.js';
import { ClusterAccessError, InterruptedError, ProbeError, ProbeRejectedError } from '../errors.js';
import { apiMessage, statusOf } from '../kube/api-errors.js';
import type { KubeConnection } from '../kube/connect.js';
import { toPodFacts } from '../kube/to-facts.js';
import { buildProbeJob, buildProbeSecret, type ProbeJobSpec } from './probe-job.js';

/** One probe run's inputs. `auth` is the credentials file content ("{}" for none). */
export interface ProbeRun extends ProbeJobSpec {
  readonly request: string;
  readonly auth: string;
  readonly signal: AbortSignal;
  readonly progress: (line: string) => void;
}

/** Runs the probe and returns its validated report; always removes the Job and Secret. */
export async function runProbe(conn: KubeConnection, run: ProbeRun): Promise<ProbeReport> {
  const job = await createJob(conn, run);
  try {
    await conn.core.createNamespacedSecret({
      namespace: run.namespace,
      body: buildProbeSecret(job, run.request, run.auth),
    });
    const pod = await waitForPod(conn, run);
    return await readReport(conn, run, pod);
  } finally {
    await removeProbe(conn, run.namespace, run.name);
  }
}

async function createJob(conn: KubeConnection, run: ProbeRun): Promise<V1Job> {
  try {
    return await conn.batch.createNamespacedJob({
      namespace: run.namespace,
      body: buildProbeJob(run),
    });
  } catch (err) {
    if (statusOf(err) === 403) {
      throw new ClusterAccessError(
        `forbidden: cannot create the probe Job in namespace ${run.namespace}: ${apiMessage(err)}`,
        {
          hint: 'reproduce needs create/delete on jobs and secrets and get on pods/log in the probe namespace (--probe-namespace), or use --via ssh',
        },
      );
    }
    if (statusOf(err) === 404)
      throw new ProbeError(`namespace "${run.namespace}" does not exist`, {
        hint: 'pick an existing namespace with --probe-namespace',
      });
    throw new ProbeError(`failed to create the probe on ${run.node}: ${apiMessage(err)}`);
  }
}

/** Deletes the Secret and the Job (and, through the garbage collector, its pod). */
export async function removeProbe(
  conn: KubeConnection,
  namespace: string,
  name: string,
): Promise<void> {
  const ignoreMissing = (err: unknown) => {
    if (statusOf(err) !== 404) throw err;
  };
  await conn.core.deleteNamespacedSecret({ name, namespace }).catch(ignoreMissing);
  await conn.batch
    .deleteNamespacedJob({
      name,
      namespace,
      propagationPolicy: 'Background',
      gracePeriodSeconds: 0,
    })
    .catch(ignoreMissing);
  // Background propagation leaves the pod to the garbage collector; delete it now so nothing lingers.
  const pods = await conn.core.listNamespacedPod({
    namespace,
    labelSelector: `batch.kubernetes.io/job-name=${name}`,
  });
  for (const p of pods.items)
    await conn.core
      .deleteNamespacedPod({ name: p.metadata!.name!, namespace, gracePeriodSeconds: 0 })
      .catch(ignoreMissing);
}

async function waitForPod(conn: KubeConnection, run: ProbeRun): Promise<V1Pod> {
  const started = Date.now();
  const deadline = started + (run.deadlineSeconds + 15) * 1000;
  let last = '';
  for (;;) {
    if (run.signal.aborted)
      throw new InterruptedError(`interrupted; removed the probe from ${run.node}`);
    const pods = await conn.core.listNamespacedPod({
      namespace: run.namespace,
      labelSelector: `batch.kubernetes.io/job-name=${run.name}`,
    });
    const pod = pods.items[0];
    const state = pod ? describePodState(pod) : 'creating';
    if (state !== last)
      run.progress(
        `probe on ${run.node}: ${state} (${((Date.now() - started) / 1000).toFixed(1)}s)`,
      );
    last = state;
    if (pod) checkImagePull(pod, run);
    if (pod?.status?.phase === 'Succeeded' || pod?.status?.phase === 'Failed') return pod;
    if (!pod && Date.now() - started > 5000) await checkJobRejected(conn, run);
    if (Date.now() > deadline)
      throw new ProbeError(
        `the probe on ${run.node} did not finish within ${run.deadlineSeconds}s (last state: ${state})`,
        { hint: "is the node's kubelet running? try --via ssh" },
      );
    await sleep(400, run.signal);
  }
}

function describePodState(pod: V1Pod): string {
  const waiting = pod.status?.containerStatuses?.[0]?.state?.waiting?.reason;
  return waiting
    ? `${pod.status?.phase ?? 'Pending'}/${waiting}`
    : (pod.status?.phase ?? 'Pending');
}

/** The probe image itself may not be pullable on a broken node: say so with the same classifier. */
function checkImagePull(pod: V1Pod, run: ProbeRun): void {
  const facts = toPodFacts(pod);
  const stuck = facts.containers.find(isPullFailure);
  if (!stuck) return;
  const text = [stuck.waiting?.reason, stuck.waiting?.message].filter(Boolean).join(': ');
  const c = classifyMessage(text);
  throw new ProbeError(
    `the probe image ${run.image} cannot be pulled on ${run.node} (${c.cause}): ${stuck.waiting?.message ?? stuck.waiting?.reason}`,
    {
      hint: 'the node has the same problem pulling the probe: pass --probe-image with a copy in a registry the node can reach, or use --via ssh',
    },
  );
}

/** Pod Security (or another admission check) can refuse the probe pod: the Job records why. */
async function checkJobRejected(conn: KubeConnection, run: ProbeRun): Promise<void> {
  const events = await conn.core.listNamespacedEvent({
    namespace: run.namespace,
    fieldSelector: `involvedObject.kind=Job,involvedObject.name=${run.name},reason=FailedCreate`,
  });
  const message = events.items[0]?.message;
  if (!message) return;
  const podSecurity = /PodSecurity/.test(message);
  throw new ProbeError(`the probe pod was refused in namespace ${run.namespace}: ${message}`, {
    hint: podSecurity
      ? `namespace ${run.namespace} enforces Pod Security; run the probe where privileged pods are allowed (--probe-namespace NS whose label pod-security.kubernetes.io/enforce=privileged), or use --via ssh`
      : 'use --probe-namespace, or --via ssh',
  });
}

async function readReport(conn: KubeConnection, run: ProbeRun, pod: V1Pod): Promise<ProbeReport> {
  // The kubelet refused the pod (admission under DiskPressure, say) or evicted it: that is the
  // node speaking, and such a pod may have no log to read at all.
  const rejection =
    pod.status?.phase === 'Failed' &&
    (pod.status.reason === 'Evicted' || !pod.status.containerStatuses?.[0]?.state?.terminated)
      ? (pod.status.message ?? pod.status.reason)
      : undefined;
  let log: string;
  try {
    log = String(
      await conn.core.readNamespacedPodLog({
        name: pod.metadata!.name!,
        namespace: run.namespace,
        container: 'probe',
      }),
    );
  } catch (err) {
    if (rejection) throw new ProbeRejectedError(run.node, rejection);
    throw err;
  }
  const line = log.split('\n').find((l) => l.startsWith(REPORT_MARKER));
  if (!line && rejection) throw new ProbeRejectedError(run.node, rejection);
  if (!line) {
    const tail = log.trim().split('\n').slice(-3).join(' | ');
    throw new ProbeError(
      `the probe on ${run.node} printed no report (pod ${pod.status?.phase}): ${tail || 'no output'}`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(line.slice(REPORT_MARKER.length));
  } catch {
    throw new ProbeError(`the probe on ${run.node} printed a report that is not JSON`);
  }
  const valid = validateProbeReport(parsed);
  if (!valid.ok)
    throw new ProbeError(
      `the probe report from ${run.node} is invalid: ${valid.problems.slice(0, 3).join('; ')}`,
      { hint: 'the probe image and the plugin versions may differ: pass a matching --probe-image' },
    );
  return valid.report;
}

// The listener goes when the timer fires: one per poll would pile up (MaxListenersExceededWarning).
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(t);
      resolve();
    };
    const t = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
