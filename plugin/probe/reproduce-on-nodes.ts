/** Runs the probe on one or many nodes with bounded concurrency and judges each report. */
import { randomBytes } from 'node:crypto';
import {
  judgeNode,
  summariseNodes,
  type CredentialSource,
  type NodeVerdict,
  type ReproduceResult,
} from '../../shared/probe/verdict.js';
import { InterruptedError, NotFoundError, ProbeError, ProbeRejectedError } from '../errors.js';
import { statusOf, toUserError } from '../kube/api-errors.js';
import type { KubeConnection } from '../kube/connect.js';
import { toNodeFacts } from '../kube/to-facts.js';
import { authFile, buildRequest, resolveTarget } from './probe-target.js';
import { runProbe } from './run-probe.js';

/** Everything reproduce needs, already validated. */
export interface ReproduceRequest {
  readonly nodes: readonly string[];
  readonly nodeSelector?: string;
  readonly pod?: string;
  readonly container?: string;
  readonly image?: string;
  readonly secret?: string;
  readonly namespace: string;
  readonly probeImage: string;
  readonly probeNamespace?: string;
  readonly timeoutMs: number;
  readonly concurrency: number;
  readonly progress: (line: string) => void;
}

/** Probes the nodes; Ctrl-C aborts every probe, which removes what it created. */
export async function reproduceOnNodes(
  conn: KubeConnection,
  r: ReproduceRequest,
): Promise<ReproduceResult> {
  const target = await resolveTarget(conn, r);
  const nodes = await resolveNodes(conn, r);
  const request = JSON.stringify(buildRequest(target, Math.min(20_000, r.timeoutMs / 4)));
  const auth = authFile(target);
  const source: CredentialSource = target.credentials.credential
    ? target.credentials.explicit
      ? 'explicit'
      : (target.credentials.source as CredentialSource)
    : 'none';
  if (target.credentials.credential) r.progress(`credentials: ${target.credentials.why}`);
  const abort = new AbortController();
  const onSignal = () => abort.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const verdicts = await mapLimited(nodes, r.concurrency, async (node): Promise<NodeVerdict> => {
      const report = await runProbe(conn, {
        name: `imagepull-probe-${randomBytes(4).toString('hex')}`,
        namespace: r.probeNamespace ?? target.namespace,
        node,
        image: r.probeImage,
        deadlineSeconds: Math.ceil(r.timeoutMs / 1000),
        request,
        auth,
        signal: abort.signal,
        progress: r.progress,
      }).catch((err: unknown) => {
        if (err instanceof ProbeRejectedError) return err;
        throw err;
      });
      return report instanceof ProbeRejectedError
        ? rejectedVerdict(report)
        : judgeNode(node, report, source);
    });
    if (abort.signal.aborted)
      throw new InterruptedError('interrupted; removed every probe it had started');
    return summariseNodes(target.image, source, verdicts);
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}

async function resolveNodes(conn: KubeConnection, r: ReproduceRequest): Promise<string[]> {
  const names = [...r.nodes];
  if (r.nodeSelector) {
    const list = await conn.core.listNode({ labelSelector: r.nodeSelector }).catch((e: unknown) => {
      throw toUserError(e, 'list nodes', conn.server);
    });
    names.push(...list.items.map((n) => n.metadata!.name!));
    if (names.length === 0) throw new NotFoundError(`no node matches ${r.nodeSelector}`);
  }
  for (const name of names) {
    const node = await conn.core.readNode({ name }).catch((e: unknown) => {
      if (statusOf(e) === 404)
        throw new NotFoundError(`node "${name}" not found`, {
          hint: 'list nodes with `kubectl get nodes`',
        });
      throw toUserError(e, `get node ${name}`, conn.server);
    });
    if (toNodeFacts(node).ready === false) {
      throw new ProbeError(`node ${name} is NotReady: its kubelet cannot run the probe pod`, {
        hint: "fix the node's kubelet first, or reach the node over SSH and run crictl pull there",
      });
    }
  }
  return [...new Set(names)];
}

/** Maps with at most `limit` calls in flight; the first failure wins after the rest settle. */
async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const errors: unknown[] = [];
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      try {
        results[i] = await fn(items[i]!);
      } catch (err) {
        errors.push(err);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (errors.length > 0) throw errors[0];
  return results;
}

/** A node that refuses the probe pod has told us about itself: that is a node fault, with evidence. */
function rejectedVerdict(err: ProbeRejectedError): NodeVerdict {
  const disk = /DiskPressure|disk/i.test(err.nodeMessage);
  return {
    node: err.node,
    domain: 'node',
    cause: disk ? 'disk' : undefined,
    summary: `${err.node} refused to run the probe: ${err.nodeMessage}`,
    evidence: [err.nodeMessage],
    checks: {},
  };
}
