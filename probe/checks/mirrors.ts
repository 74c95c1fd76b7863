// Checks each mirror endpoint the runtime tries before the registry (containerd hosts.toml
// hosts, legacy mirrors): resolve it with the node's resolver, connect, shake hands with the
// node's trust plus the CAs hosts.toml gives it, and ask its /v2/. containerd moves to the next
// host when one fails, so a dead mirror costs time on every pull, and with no registry fallback
// (air-gapped nodes) it is the fault; either way this check names it.
import type { CheckResult, MirrorDetail, MirrorEndpointResult } from '../../shared/probe/report.js';
import type { MirrorEndpoint } from '../node/registry-config.js';
import type { NodeAccess, NodeResolver } from '../node/node-access.js';
import { readNodeTrust } from '../node/trust.js';
import { checkDns } from './dns.js';
import type { ProxyHop } from './proxy-connect.js';
import { checkRegistryApi } from './registry-api.js';
import { runCheck } from './run-check.js';
import { checkTcp } from './tcp.js';
import { checkTls } from './tls.js';

async function checkOne(
  host: NodeAccess,
  mirror: MirrorEndpoint,
  node: NodeResolver,
  proxyFor: (hostname: string, port: number) => ProxyHop | undefined,
  timeoutMs: number,
): Promise<MirrorEndpointResult> {
  let url: URL;
  try {
    url = new URL(mirror.url);
  } catch {
    return { url: mirror.url, status: 'failed', error: 'not a URL' };
  }
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  const port = Number(url.port) || (url.protocol === 'http:' ? 80 : 443);
  const proxy = url.protocol === 'https:' ? proxyFor(hostname, port) : undefined;
  const fail = (step: string, error: string | undefined): MirrorEndpointResult => ({
    url: mirror.url,
    status: 'failed',
    error: `${step}: ${error ?? 'failed'}`,
  });
  const dns = await checkDns(host, proxy?.address ?? hostname, node, timeoutMs);
  const address = dns.detail?.addresses[0];
  if (dns.status === 'failed' || !address) return fail('DNS', dns.error);
  const tcp = await checkTcp(host, address, proxy?.port ?? port, timeoutMs);
  if (tcp.status === 'failed') return fail('TCP', tcp.error);
  if (url.protocol === 'http:')
    return { url: mirror.url, status: 'ok', address: `${address}:${port}` };
  const trust = await readNodeTrust(host, [...mirror.caFiles]);
  const target = {
    address: proxy ? '' : address,
    port,
    serverName: hostname,
    ...(proxy ? { proxy: { ...proxy, address } } : {}),
  };
  const tls = await checkTls(host, target, trust, mirror.skipVerify, timeoutMs);
  if (tls.status === 'failed') return fail('TLS', tls.error);
  const api = await checkRegistryApi(host, target, trust, timeoutMs);
  if (api.status === 'failed') return fail('/v2/', api.error);
  return {
    url: mirror.url,
    status: 'ok',
    address: `${address}:${proxy?.port ?? port}`,
    ...(api.detail?.status ? { httpStatus: api.detail.status } : {}),
  };
}

/** Checks every mirror in order; undefined when the runtime has none for this registry. */
export async function checkMirrors(
  host: NodeAccess,
  mirrors: readonly MirrorEndpoint[],
  node: NodeResolver,
  proxyFor: (hostname: string, port: number) => ProxyHop | undefined,
  timeoutMs: number,
): Promise<CheckResult<MirrorDetail> | undefined> {
  if (mirrors.length === 0) return undefined;
  // One deadline per mirror, so several dead ones cannot eat the whole probe's time.
  return runCheck(timeoutMs * mirrors.length, async () => {
    const endpoints: MirrorEndpointResult[] = [];
    for (const m of mirrors) endpoints.push(await checkOne(host, m, node, proxyFor, timeoutMs));
    const failed = endpoints.filter((e) => e.status === 'failed');
    return failed.length === 0
      ? { status: 'ok', detail: { endpoints } }
      : {
          status: 'failed',
          error: failed.map((e) => `mirror ${e.url}: ${e.error}`).join('; '),
          detail: { endpoints },
        };
  });
}
