/**
 * The reproduce verdict: what the node's own pull says about where the fault is. The point is the
 * split: failing the same way with and without credentials puts it in the image reference, the
 * registry or the network; working with the pod's credentials puts it in what the kubelet was
 * given; failing on one node only puts it in that node.
 */
import { API_VERSION } from '../api-version.js';
import { classifyMessage } from '../classify.js';
import type { Cause } from '../causes.js';
import type { CheckResult, ProbeNodeInfo, ProbeReport, ProviderDetail } from './report.js';
import { describePulledRecord } from './pulled-record.js';

/** Where the fault lies, as seen from the node. */
export type FaultDomain =
  'image-reference' | 'registry' | 'network' | 'credentials' | 'node' | 'none';

/** How the credentials used for the credentialed pull were chosen. */
export type CredentialSource = 'kubelet-match' | 'near-miss' | 'explicit' | 'none';

/** The verdict for one node. */
export interface NodeVerdict {
  readonly node: string;
  readonly domain: FaultDomain;
  readonly cause?: Cause;
  readonly summary: string;
  readonly evidence: readonly string[];
  readonly checks: Readonly<Record<string, 'ok' | 'failed' | 'skipped'>>;
  /** The kubelet credential providers the probe ran for the image, when one matched it. */
  readonly credentialProvider?: ProviderDetail;
  /** The node's runtime as it answered over CRI: name, version, endpoint and its conditions. */
  readonly runtime?: ProbeNodeInfo['runtime'];
}

/** What the user gets back from `reproduce`. */
export interface ReproduceResult {
  readonly apiVersion: string;
  readonly kind: 'ReproduceResult';
  readonly image: string;
  readonly credentials: CredentialSource;
  readonly nodes: readonly NodeVerdict[];
  readonly summary: string;
}

const NETWORK_CAUSES: ReadonlySet<Cause> = new Set(['dns', 'network']);

// The copy already on the node and who may use it: why a pod gets a 401 (or ErrImageNeverPull)
// for an image the node has, said whatever the verdict.
function cachedImageEvidence(node: string, report: ProbeReport): string | undefined {
  const cached = report.node.cachedImage;
  if (!cached?.record) return undefined;
  return describePulledRecord(node, cached.record, cached.policy);
}

// containerd 2.1+ skipping its hosts.toml files: said whatever the verdict when this registry has
// such files, and in the summary of a failure, since a mirror or CA there may be what was missing.
function ignoredHostsDirsEvidence(report: ProbeReport): string | undefined {
  const ignored = report.node.hostsDirsIgnored;
  if (!ignored || ignored.files.length === 0) return undefined;
  return `${ignored.reason}; not used for ${report.request.registry}: ${ignored.files.join(', ')}. Workaround: ${ignored.workaround}`;
}

function withIgnoredHostsDirs(summary: string, domain: FaultDomain, report: ProbeReport): string {
  const ignored = report.node.hostsDirsIgnored;
  if (domain === 'none' || !ignored || ignored.files.length === 0) return summary;
  return `${summary}; note that containerd ${ignored.runtimeVersion} does not use ${ignored.files.join(', ')} (config_path of several directories on the Transfer Service path), so the mirrors and CAs configured there were not tried`;
}

/** Judges one node's report. `credentials` says what the credentialed pull used. */
export function judgeNode(
  node: string,
  report: ProbeReport,
  credentials: CredentialSource,
): NodeVerdict {
  const c = report.checks;
  const checks = Object.fromEntries(
    Object.entries(c).map(([k, v]) => [k, (v as CheckResult<unknown>).status]),
  );
  const verdict = (
    domain: FaultDomain,
    summary: string,
    evidence: (string | undefined)[],
    cause?: Cause,
  ): NodeVerdict => ({
    node,
    domain,
    cause,
    summary: withIgnoredHostsDirs(summary, domain, report),
    // A dead mirror is worth saying whatever the verdict: the runtime tries it first each time.
    evidence: [
      ...evidence,
      c.mirrors?.status === 'failed'
        ? `${c.mirrors.error} (the runtime tries its mirrors before the registry: a dead one slows every pull, and fails it where there is no fallback)`
        : undefined,
      ignoredHostsDirsEvidence(report),
      cachedImageEvidence(node, report),
    ].filter((e): e is string => Boolean(e)),
    checks,
    ...(c.credentialProvider?.detail ? { credentialProvider: c.credentialProvider.detail } : {}),
    ...(report.node.runtime ? { runtime: report.node.runtime } : {}),
  });
  const host = `${report.request.dialHost}:${report.request.dialPort}`;
  const notReady = report.node.runtime?.conditions?.find(
    (cond) => cond.type === 'RuntimeReady' && !cond.status,
  );
  if (notReady)
    return verdict(
      'node',
      `${node}'s runtime ${report.node.runtime!.name} says it is not ready (RuntimeReady=false): the kubelet can neither pull nor start containers there until it recovers`,
      [[notReady.reason, notReady.message].filter(Boolean).join(': ') || 'RuntimeReady=false'],
      'runtime',
    );
  // The direct checks dial the registry themselves; the runtime may go through a proxy or a
  // mirror instead. When its pull works, or when it has a proxy, its own result decides.
  if (!reachedRegistryDirectly(c) && pulledAtAll(c)) {
    const v = judgePullResults(verdict, node, report, credentials);
    const direct = c.dns.status === 'failed' ? c.dns.error : c.tcp.error;
    const note = `${node} cannot reach ${c.dns.detail?.host ?? report.request.dialHost} (${direct ?? 'failed'}), yet its runtime pulls: it goes another way (a mirror), so that is not the fault`;
    return { ...v, evidence: [...v.evidence, note] };
  }
  const proxy = c.dns.detail?.proxy ?? c.tcp.detail?.proxy;
  if (proxy !== undefined) {
    const viaProxy = judgeProxyPath(verdict, node, report, proxy);
    if (viaProxy) return viaProxy;
  }
  if (c.dns.status === 'failed')
    return verdict(
      'network',
      `${node} cannot resolve ${report.request.dialHost} with its own resolver`,
      [c.dns.error],
      'dns',
    );
  if (c.tcp.status === 'failed')
    return verdict('network', `${node} cannot connect to ${host}`, [c.tcp.error], 'network');
  if (c.tls.status === 'failed')
    return verdict(
      'node',
      `${node} does not trust ${report.request.registry}'s certificate (its CA configuration)`,
      [c.tls.error],
      'tls',
    );
  return judgePullResults(verdict, node, report, credentials);
}

/** The verdict from the pulls through the runtime, once the path to the registry is not to blame. */
function judgePullResults(
  verdict: Verdict,
  node: string,
  report: ProbeReport,
  credentials: CredentialSource,
): NodeVerdict {
  const c = report.checks;
  const anon = c.pullAnonymous;
  const cred = c.pullWithCredentials;
  if (anon.status === 'ok' || cred.status === 'ok')
    return judgeSuccess(verdict, node, anon, cred, credentials);
  const provided = judgeProvider(verdict, node, report);
  if (provided) return provided;
  const failure = cred.status === 'failed' ? cred : anon;
  const cause = withChallenge(classifyMessage(failure.error ?? '').cause, report);
  // The runtime's pull outlasted its check while the registry answers 429 (or 5xx) itself.
  const answer = c.manifestAnswer;
  if (cause === 'unknown' && answer?.status === 'failed') {
    const limited = answer.detail?.status === 429;
    return verdict(
      'registry',
      `${node}'s pull did not finish within the check while ${report.request.registry} answers ${limited ? '429 Too Many Requests' : `HTTP ${answer.detail?.status}`} for the manifest: the runtime is retrying${limited ? ' a rate limit' : ''}`,
      [answer.error, anon.error],
      limited ? 'rate-limit' : 'registry-error',
    );
  }
  // The registry resolves, its token service does not: every pull stops at the token step.
  if (c.tokenDns?.status === 'failed' && cause === 'dns')
    return verdict(
      'network',
      `${node} resolves ${report.request.dialHost} but not ${c.tokenDns.detail?.host ?? 'its token service'}, the token service its challenge sends the runtime to: allow that name in the node's DNS (and egress)`,
      [c.tokenDns.error, anon.error],
      'dns',
    );
  // The registry resolves, the host it sends layer downloads to does not: name that host.
  if (c.blobDns?.status === 'failed' && cause === 'dns')
    return verdict(
      'network',
      `${node} resolves ${report.request.dialHost} but not ${c.blobDns.detail?.host ?? 'its blob host'}, where the registry redirects layer downloads: allow that name in the node's DNS (and egress)`,
      [c.blobDns.error, anon.error],
      'dns',
    );
  const evidence = [
    anon.error,
    cred.status === 'failed' ? cred.error : `credentialed pull ${cred.status}`,
  ];
  return verdict(
    domainOf(cause),
    failureSummary(node, cause, cred.status === 'failed'),
    evidence,
    cause,
  );
}

/**
 * containerd 1.7+ words every anonymous 401 as "pull access denied, repository does not exist or
 * may require authorization". The registry's own answer to an anonymous `GET /v2/` settles it when
 * it is a Basic challenge: such a registry admits no anonymous pull of any repository, so the
 * refusal is about credentials. A Bearer registry (Docker Hub) stays ambiguous: it refuses a
 * missing and a private repository alike.
 */
export function withChallenge(cause: Cause, report: ProbeReport): Cause {
  const api = report.checks.registryApi;
  const basic =
    api.status === 'ok' &&
    api.detail?.status === 401 &&
    /^basic$/i.test(api.detail.challenge ?? '');
  const anonymousOnly = report.checks.pullWithCredentials.status !== 'failed';
  return cause === 'auth-or-not-found' && basic && anonymousOnly ? 'auth' : cause;
}

type Verdict = (d: FaultDomain, s: string, e: (string | undefined)[], c?: Cause) => NodeVerdict;

const reachedRegistryDirectly = (c: ProbeReport['checks']): boolean =>
  c.dns.status !== 'failed' && c.tcp.status !== 'failed';

const pulledAtAll = (c: ProbeReport['checks']): boolean =>
  c.pullAnonymous.status === 'ok' ||
  c.pullWithCredentials.status === 'ok' ||
  c.pullWithProvider?.status === 'ok';

/** The node's path through its runtime's proxy: resolving it, reaching it, its CONNECT answer. */
function judgeProxyPath(
  verdict: Verdict,
  node: string,
  report: ProbeReport,
  proxy: string,
): NodeVerdict | undefined {
  const c = report.checks;
  const registry = `${report.request.dialHost}:${report.request.dialPort}`;
  if (c.dns.status === 'failed')
    return verdict(
      'network',
      `${node} cannot resolve its runtime's proxy ${proxy} (HTTPS_PROXY of the runtime's service)`,
      [c.dns.error],
      'dns',
    );
  if (c.tcp.status === 'failed')
    return verdict(
      'network',
      `${node} cannot connect to its runtime's proxy ${proxy}`,
      [c.tcp.error],
      'network',
    );
  // The proxy refused the tunnel: its policy or its own path to the registry, not the node's CAs.
  if (c.tls.status === 'failed' && c.tls.error?.startsWith(`proxy ${proxy}`))
    return verdict(
      'network',
      `${node}'s runtime proxy ${proxy} does not tunnel to ${registry}: allow it there, or add the registry to NO_PROXY`,
      [c.tls.error],
      'network',
    );
  return undefined;
}

/**
 * The kubelet tries the pod's secrets first, then what its credential providers return, so a
 * provider's result decides the verdict once the pulls without it have failed: working provider
 * credentials mean the kubelet pulls here; failing ones put the fault in the provider.
 */
function judgeProvider(
  verdict: Verdict,
  node: string,
  report: ProbeReport,
): NodeVerdict | undefined {
  const run = report.checks.credentialProvider;
  const pull = report.checks.pullWithProvider;
  if (!run) return undefined;
  const names = run.detail?.providers.map((p) => p.name).join(', ') || 'the credential provider';
  if (pull?.status === 'ok')
    return verdict(
      'none',
      `${node} pulls the image with the credentials the kubelet's credential provider ${names} returns: the kubelet gets working credentials here`,
      [report.checks.pullAnonymous.error],
    );
  const anonCause = classifyMessage(report.checks.pullAnonymous.error ?? '').cause;
  if (run.status === 'failed' && (anonCause === 'auth' || anonCause === 'auth-or-not-found'))
    return verdict(
      'credentials',
      `${node} is refused without credentials, and the kubelet's credential provider ${names} gives none for this image: fix the provider (its error is below), not the pod`,
      [run.error, report.checks.pullAnonymous.error],
      'auth',
    );
  if (pull?.status === 'failed' && classifyMessage(pull.error ?? '').cause === 'auth')
    return verdict(
      'credentials',
      `${node} is refused with the credentials the kubelet's credential provider ${names} returns (for ${run.detail?.usedKey ?? 'this registry'}): the provider's account lacks access, or its credentials are wrong`,
      [pull.error, report.checks.pullAnonymous.error],
      'auth',
    );
  return undefined;
}

function judgeSuccess(
  verdict: Verdict,
  node: string,
  anon: CheckResult<unknown>,
  cred: CheckResult<unknown>,
  credentials: CredentialSource,
): NodeVerdict {
  if (anon.status === 'ok')
    return verdict(
      'none',
      `${node} pulls the image anonymously: the registry, network and reference are fine here`,
      [],
    );
  const how =
    credentials === 'near-miss'
      ? 'with credentials from a pull secret the kubelet does not match to this registry'
      : credentials === 'explicit'
        ? 'with the credentials you named'
        : "with the pod's credentials";
  return verdict(
    'credentials',
    `${node} pulls the image ${how}, but not anonymously: the kubelet did not get (or did not use) those credentials`,
    [anon.error],
    'auth',
  );
}

function domainOf(cause: Cause): FaultDomain {
  if (NETWORK_CAUSES.has(cause)) return 'network';
  if (
    cause === 'disk' ||
    cause === 'tls' ||
    cause === 'runtime' ||
    cause === 'kubelet-throttle' ||
    // The runtime's own signature policy (CRI-O's policy.json) refused it on this node.
    cause === 'policy'
  )
    return 'node';
  if (cause === 'auth' || cause === 'secret-missing') return 'credentials';
  if (cause === 'rate-limit' || cause === 'registry-error') return 'registry';
  if (
    cause === 'not-found' ||
    cause === 'platform' ||
    cause === 'invalid-reference' ||
    cause === 'auth-or-not-found'
  )
    return 'image-reference';
  return 'registry';
}

function failureSummary(node: string, cause: Cause, triedCredentials: boolean): string {
  const both = triedCredentials
    ? 'with and without credentials'
    : 'anonymously (no credentials to try)';
  if (cause === 'auth')
    return `${node} is refused ${both}: the credentials themselves are missing or wrong`;
  return `${node} fails the same way ${both} (${cause}): the image reference, the registry or the network, not Kubernetes objects`;
}

/** Combines node verdicts: the same everywhere, or one node apart from the others. */
export function summariseNodes(
  image: string,
  credentials: CredentialSource,
  nodes: readonly NodeVerdict[],
): ReproduceResult {
  const failing = nodes.filter((n) => n.domain !== 'none');
  let summary: string;
  if (nodes.length === 1) summary = nodes[0]!.summary;
  else if (failing.length === 0) summary = `every node pulls ${image}`;
  else if (failing.length < nodes.length) {
    const names = failing.map((n) => n.node).join(', ');
    const local =
      failing[0]!.cause === 'dns' ? 'node-local DNS' : `node-local ${failing[0]!.domain}`;
    summary = `fails on ${names} only: ${local}`;
  } else
    summary = `fails on every node (${[...new Set(failing.map((n) => n.cause ?? n.domain))].join(', ')}): not node-specific`;
  return { apiVersion: API_VERSION, kind: 'ReproduceResult', image, credentials, nodes, summary };
}
