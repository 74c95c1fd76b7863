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
import type { CredentialsRead } from '../../probe/node/credentials.js';
import type { ProbeRequest } from '../../shared/probe/report.js';
import { toNodeFacts } from '../kube/to-facts.js';
import type { ProbeReport } from '../../shared/probe/report.js';
import { loadSshCredentials } from '../ssh/open-ssh.js';
import { probeOverSsh, sshHostOf } from '../ssh/probe-over-ssh.js';
import type { SshSettings } from '../ssh/ssh-settings.js';
import { settingsForHost } from '../ssh/host-settings.js';
import { readSshConfig } from '../ssh/ssh-config-file.js';
import { authFile, buildRequest, credentialsRead, resolveTarget } from './probe-target.js';
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
  /** How to reach the nodes: a probe pod (default) or SSH with these settings. */
  readonly via: 'pod' | 'ssh';
  readonly ssh?: SshSettings;
  /** With one node: the address to SSH to instead of its InternalIP. */
  readonly sshHost?: string;
  readonly progress: (line: string) => void;
}

/** A node to probe, as the API describes it. */
interface TargetNode {
  readonly name: string;
  readonly addresses: readonly { type: string; address: string }[];
}

/** Probes the nodes; Ctrl-C aborts every probe, which removes what it created. */
export async function reproduceOnNodes(
  conn: KubeConnection,
  r: ReproduceRequest,
): Promise<ReproduceResult> {
  const target = await resolveTarget(conn, r);
  const nodes = await resolveNodes(conn, r);
  const probeRequest = buildRequest(target, Math.min(20_000, r.timeoutMs / 4));
  const request = JSON.stringify(probeRequest);
  const auth = authFile(target);
  const ssh =
    r.via === 'ssh' ? await sshProber(r, probeRequest, credentialsRead(target)) : undefined;
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
    const verdicts = await mapLimited(nodes, r.concurrency, async (each): Promise<NodeVerdict> => {
      const node = each.name;
      if (ssh) return judgeNode(node, await ssh(each, abort.signal), source);
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

/** Probes one node over SSH; the key files and known_hosts are read once for all nodes. */
async function sshProber(
  r: ReproduceRequest,
  request: ProbeRequest,
  credentials: CredentialsRead | undefined,
): Promise<(node: TargetNode, signal: AbortSignal) => Promise<ProbeReport>> {
  const base = r.ssh!;
  const config = base.configFile
    ? await readSshConfig(base.configFile, base.home ?? '', base.configExplicit === true)
    : undefined;
  const withConfig: SshSettings = { ...base, ...(config ? { config } : {}) };
  // Key files and known_hosts are read once per distinct set, not once per node.
  const logins = new Map<string, ReturnType<typeof loadSshCredentials>>();
  const loginFor = (s: SshSettings) => {
    const key = JSON.stringify([s.keyFiles, s.knownHostsFile, s.agent]);
    if (!logins.has(key)) logins.set(key, loadSshCredentials(s));
    return logins.get(key)!;
  };
  // The request as the pod probe gets it, minus the pod's mount prefix: SSH reads the host itself.
  const sshRequest = Object.fromEntries(
    Object.entries(request).filter(([key]) => key !== 'hostPrefix'),
  ) as unknown as ProbeRequest;
  return async (node, signal) => {
    const address = sshHostOf(node.name, node.addresses, r.sshHost);
    const { settings, host, ignored } = settingsForHost(
      withConfig,
      node.name,
      address,
      r.sshHost !== undefined,
    );
    if (ignored.length > 0)
      r.progress(
        `probe on ${node.name}: ${config?.file} sets ${ignored.join(', ')}, which are not applied`,
      );
    return probeOverSsh({
      endpoint: { label: node.name, host, port: settings.port, user: settings.user },
      settings,
      login: await loginFor(settings),
      request: sshRequest,
      ...(credentials ? { credentials } : {}),
      signal,
      progress: r.progress,
    });
  };
}

async function resolveNodes(conn: KubeConnection, r: ReproduceRequest): Promise<TargetNode[]> {
  const names = [...r.nodes];
  if (r.nodeSelector) {
    const list = await conn.core.listNode({ labelSelector: r.nodeSelector }).catch((e: unknown) => {
      throw toUserError(e, 'list nodes', conn.server);
    });
    names.push(...list.items.map((n) => n.metadata!.name!));
    if (names.length === 0) throw new NotFoundError(`no node matches ${r.nodeSelector}`);
  }
  const nodes: TargetNode[] = [];
  for (const name of new Set(names)) {
    const node = await conn.core.readNode({ name }).catch((e: unknown) => {
      if (statusOf(e) === 404)
        throw new NotFoundError(`node "${name}" not found`, {
          hint: 'list nodes with `kubectl get nodes`',
        });
      throw toUserError(e, `get node ${name}`, conn.server);
    });
    // Checked before anything is created: a NotReady node's kubelet would never start the pod.
    if (r.via === 'pod' && toNodeFacts(node).ready === false) {
      throw new ProbeError(`node ${name} is NotReady: its kubelet cannot run the probe pod`, {
        hint: `reach the node over SSH instead: add --via ssh (see --ssh-user, --ssh-key)`,
      });
    }
    nodes.push({ name, addresses: node.status?.addresses ?? [] });
  }
  return nodes;
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
  // Admission says "The node had condition: [DiskPressure]"; eviction says "The node was low on
  // resource: ephemeral-storage" (nodefs or imagefs).
  const disk = /DiskPressure|disk|ephemeral-storage|imagefs|nodefs/i.test(err.nodeMessage);
  return {
    node: err.node,
    domain: 'node',
    cause: disk ? 'disk' : undefined,
    summary: `${err.node} refused to run the probe: ${err.nodeMessage}`,
    evidence: [err.nodeMessage],
    checks: {},
  };
}
