// Runs the checks in the order a pull meets them (DNS, TCP, TLS, the API root, the pulls, disk).
// A network check that cannot start because an earlier one failed is skipped with the reason;
// the pulls always run, because the runtime's own error is the evidence that matters most.
import type { CheckResult, ProbeChecks, ProbeRequest, PullDetail } from '../shared/probe/report.js';
import type { ProbeCredentials } from '../shared/probe/credentials-file.js';
import { parseImageReference } from '../shared/image-reference.js';
import { checkBlobHost } from './checks/blob-host.js';
import { checkCredentialProviders } from './checks/credential-provider.js';
import { checkMirrors } from './checks/mirrors.js';
import { checkManifestAnswer } from './checks/manifest-answer.js';
import { checkCriPull } from './checks/cri-pull.js';
import { checkDisk } from './checks/disk.js';
import { checkDns } from './checks/dns.js';
import { checkRegistryApi } from './checks/registry-api.js';
import { skipped } from './checks/run-check.js';
import { checkTcp } from './checks/tcp.js';
import { checkTls } from './checks/tls.js';
import type { ProxyHop } from './checks/proxy-connect.js';
import {
  formatHostPort,
  proxyAuthorization,
  proxyFor,
  proxyHostPort,
} from '../shared/proxy-env.js';
import type { CriClient } from './cri/client.js';
import type { CriAuth } from './cri/messages.js';
import type { CredentialsRead } from './node/credentials.js';
import type { NodeAccess } from './node/node-access.js';
import { readNodeTrust } from './node/trust.js';
import type { NodeFacts } from './gather-node.js';

/** The checks' results, plus what the report should say about them. */
export interface CheckRun {
  readonly checks: ProbeChecks;
  readonly imageFs?: string;
  readonly notes: readonly string[];
}

// No server_address, as the kubelet sends pull-secret credentials: containerd would withhold
// credentials from any host (a mirror included) whose name differs from it.
function toCriAuth(read: CredentialsRead): CriAuth | undefined {
  if (!read.ok) return undefined;
  const c = read.credentials;
  return c.kind === 'basic' ? { username: c.username, password: c.password } : { auth: c.auth };
}

function realmHostOf(realm: string | undefined): string | undefined {
  if (!realm) return undefined;
  try {
    return new URL(realm).hostname.replace(/^\[|\]$/g, '') || undefined;
  } catch {
    return undefined;
  }
}

/** The runtime's proxy for an HTTPS host, as Go's net/http would choose it from the runtime's env. */
function runtimeProxy(hostname: string, port: number, facts: NodeFacts): ProxyHop | undefined {
  const url = new URL(`https://${formatHostPort({ host: hostname, port })}`);
  const proxy = proxyFor(url, facts.rawProxy);
  if (!proxy) return undefined;
  const shown = new URL(proxy.href);
  shown.username = '';
  shown.password = '';
  const authorization = proxyAuthorization(proxy);
  const { host, port: proxyPort } = proxyHostPort(proxy);
  return {
    address: host,
    port: proxyPort,
    shown: shown.href.replace(/\/$/, ''),
    ...(authorization ? { authorization } : {}),
  };
}

async function networkChecks(
  host: NodeAccess,
  request: ProbeRequest,
  facts: NodeFacts,
  credentials: ProbeCredentials | undefined,
  log: (line: string) => void,
) {
  const t = request.timeoutMs;
  // Through a proxy, the node resolves and dials the proxy; the proxy resolves the registry.
  const proxy = runtimeProxy(request.dialHost, request.dialPort, facts);
  const via = proxy ? { proxy: proxy.shown } : {};
  const dnsResult = await checkDns(host, proxy?.address ?? request.dialHost, facts, t);
  const dns = {
    ...dnsResult,
    ...(dnsResult.detail ? { detail: { ...dnsResult.detail, ...via } } : {}),
  };
  log(`dns ${dns.status}${proxy ? ` (proxy ${proxy.shown})` : ''}`);
  const address = dns.detail?.addresses[0];
  const port = proxy?.port ?? request.dialPort;
  const tcpResult = address
    ? await checkTcp(host, address, port, t)
    : skipped('the registry host did not resolve', { address: '' });
  const tcp = { ...tcpResult, detail: { address: tcpResult.detail?.address ?? '', ...via } };
  log(`tcp ${tcp.status}`);
  const trust = await readNodeTrust(host, facts.registry.caFiles);
  const target = {
    address: proxy ? '' : (address ?? request.dialHost),
    port: request.dialPort,
    serverName: request.dialHost,
    ...(proxy && address ? { proxy: { ...proxy, address } } : {}),
  };
  const connected = tcp.status === 'ok';
  const tls = connected
    ? await checkTls(host, target, trust, facts.registry.skipVerify, t)
    : skipped('no TCP connection to the registry');
  const registryApi = connected
    ? await checkRegistryApi(host, target, trust, t)
    : skipped('no TCP connection to the registry');
  log(`tls ${tls.status}, /v2/ ${registryApi.status}`);
  // Behind a proxy, the blob host is the proxy's to resolve, not the node's.
  const blobDns =
    registryApi.status === 'ok' && !proxy
      ? await checkBlobHost(host, target, trust, request.image, facts, credentials, t)
      : undefined;
  if (blobDns) log(`blob host ${blobDns.detail?.host} ${blobDns.status}`);
  // A Bearer registry sends the runtime to its token service first (the challenge's realm): a
  // node that resolves the registry but not that host fails every pull at the token step.
  const realmHost = realmHostOf(registryApi.detail?.realm);
  const tokenDns =
    realmHost && realmHost !== request.dialHost && !proxy
      ? await checkDns(host, realmHost, facts, t)
      : undefined;
  if (tokenDns) log(`token service ${realmHost} ${tokenDns.status}`);
  const mirrors = await checkMirrors(
    host,
    facts.registry.mirrors ?? [],
    facts,
    (hostname, p) => runtimeProxy(hostname, p, facts),
    t,
  );
  if (mirrors) log(`mirrors ${mirrors.status}`);
  return {
    dns,
    ...(blobDns ? { blobDns } : {}),
    tcp,
    tls,
    registryApi,
    ...(tokenDns ? { tokenDns } : {}),
    ...(mirrors ? { mirrors } : {}),
    trustProblems: trust.problems,
    ...(connected && !proxy ? { direct: { target, trust } } : {}),
  };
}

/** The kubelet's credential providers for the image and a pull with what they return, if any match. */
async function providerChecks(
  host: NodeAccess,
  request: ProbeRequest,
  facts: NodeFacts,
  client: CriClient | undefined,
  noRuntime: string,
  log: (line: string) => void,
): Promise<Pick<ProbeChecks, 'credentialProvider' | 'pullWithProvider'>> {
  const parsed = parseImageReference(request.image);
  if (!parsed.ok) return {};
  const t = request.timeoutMs;
  const run = await checkCredentialProviders(host, facts.credentialProviders, parsed.ref, t);
  if (!run) return {};
  log(`credential provider ${run.result.status}`);
  let pullWithProvider: CheckResult<PullDetail>;
  if (!run.auth) pullWithProvider = skipped('no credentials from the credential providers');
  else if (!client) pullWithProvider = skipped(noRuntime);
  else pullWithProvider = await checkCriPull(client, request.image, run.auth, t);
  log(`pull with provider credentials ${pullWithProvider.status}`);
  return { credentialProvider: run.result, pullWithProvider };
}

/** Runs every check; `credentials` is undefined when the request says none were given. */
export async function runChecks(
  host: NodeAccess,
  request: ProbeRequest,
  facts: NodeFacts,
  credentials: CredentialsRead | undefined,
  log: (line: string) => void,
): Promise<CheckRun> {
  const t = request.timeoutMs;
  const usable = credentials?.ok ? credentials.credentials : undefined;
  const { trustProblems, direct, ...network } = await networkChecks(
    host,
    request,
    facts,
    usable,
    log,
  );
  const client = facts.runtime.ok ? facts.runtime.runtime.client : undefined;
  const noRuntime = facts.runtime.ok ? '' : facts.runtime.error;
  const pullAnonymous = client
    ? await checkCriPull(client, request.image, undefined, t)
    : skipped(noRuntime);
  log(`anonymous pull ${pullAnonymous.status}`);
  // A pull that outlasted its check says nothing of why; the registry's own answer may.
  const manifestAnswer =
    direct && /^timed out/.test(pullAnonymous.error ?? '')
      ? await checkManifestAnswer(host, direct.target, direct.trust, request.image, t)
      : undefined;
  if (manifestAnswer) log(`manifest HEAD ${manifestAnswer.status}`);
  const auth = credentials && toCriAuth(credentials);
  let pullWithCredentials: CheckResult<PullDetail>;
  if (credentials === undefined) pullWithCredentials = skipped('no credentials given');
  else if (!credentials.ok) pullWithCredentials = skipped(credentials.problem);
  else
    pullWithCredentials = client
      ? await checkCriPull(client, request.image, auth, t)
      : skipped(noRuntime);
  log(`credentialed pull ${pullWithCredentials.status}`);
  const providers = await providerChecks(host, request, facts, client, noRuntime, log);
  const disk = await checkDisk(host, client, t);
  const checks: ProbeChecks = {
    ...network,
    pullAnonymous,
    ...(manifestAnswer ? { manifestAnswer } : {}),
    pullWithCredentials,
    ...providers,
    disk: disk.result,
  };
  return { checks, ...(disk.imageFs ? { imageFs: disk.imageFs } : {}), notes: [...trustProblems] };
}
