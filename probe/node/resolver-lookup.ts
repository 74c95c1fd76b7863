// Resolves a registry host the way the runtime does on the node, from inside the probe pod:
// /etc/hosts first, then the nameservers in the node's resolv.conf, asked directly (not the probe
// pod's resolver, which may be the cluster DNS). The resolver's own error text is kept verbatim.
import { Resolver } from 'node:dns/promises';
import { lookupHostsFile, type ResolvConf } from '../../shared/probe/resolv-conf.js';
import { errorText, type CheckOutcome } from '../checks/run-check.js';
import type { DnsDetail, NodeResolver } from './node-access.js';

/** Names to try, in Go's order: the search list first when the name has fewer dots than ndots. */
function candidates(host: string, conf: ResolvConf): string[] {
  if (host.endsWith('.')) return [host];
  const searched = conf.search.map((domain) => `${host}.${domain}`);
  const dots = host.split('.').length - 1;
  return dots >= (conf.ndots ?? 1) ? [host, ...searched] : [...searched, host];
}

async function query(resolver: Resolver, name: string): Promise<string[]> {
  const [v4, v6] = await Promise.allSettled([resolver.resolve4(name), resolver.resolve6(name)]);
  const addresses = [
    ...(v4.status === 'fulfilled' ? v4.value : []),
    ...(v6.status === 'fulfilled' ? v6.value : []),
  ];
  if (addresses.length > 0) return addresses;
  throw v4.status === 'rejected' ? v4.reason : new Error(`no address for ${name}`);
}

async function resolveWithServers(
  host: string,
  conf: ResolvConf,
  signal: AbortSignal,
): Promise<CheckOutcome<DnsDetail>> {
  const servers = conf.nameservers.join(', ');
  if (conf.nameservers.length === 0) {
    return {
      status: 'failed',
      error: 'no nameserver in /etc/resolv.conf',
      detail: { host, addresses: [] },
    };
  }
  const resolver = new Resolver({
    timeout: (conf.timeoutSeconds ?? 5) * 1000,
    tries: conf.attempts ?? 2,
  });
  signal.addEventListener('abort', () => resolver.cancel());
  resolver.setServers([...conf.nameservers]);
  let firstError: unknown;
  for (const name of candidates(host, conf)) {
    try {
      const addresses = await query(resolver, name);
      return { status: 'ok', detail: { host: name, addresses, resolver: servers } };
    } catch (err) {
      firstError ??= err;
    }
  }
  return {
    status: 'failed',
    error: errorText(firstError),
    detail: { host, addresses: [], resolver: servers },
  };
}

/** Resolves `host` through the node's /etc/hosts and resolv.conf nameservers. */
export async function lookupWithResolvConf(
  host: string,
  node: NodeResolver,
  signal: AbortSignal,
): Promise<CheckOutcome<DnsDetail>> {
  const pinned = node.hostsFile === undefined ? [] : lookupHostsFile(node.hostsFile, host);
  if (pinned.length > 0)
    return { status: 'ok', detail: { host, addresses: pinned, resolver: '/etc/hosts' } };
  if (node.resolvConf === undefined) {
    return {
      status: 'failed',
      error: '/etc/resolv.conf not found on the node',
      detail: { host, addresses: [] },
    };
  }
  return resolveWithServers(host, node.resolvConf, signal);
}
