// Resolves the registry host the way the runtime does on the node; how exactly is the node
// access's business (the pod asks the node's nameservers itself, SSH runs the node's getent).
import { isIP } from 'node:net';
import type { CheckResult } from '../../shared/probe/report.js';
import type { DnsDetail, NodeAccess, NodeResolver } from '../node/node-access.js';
import { runCheck } from './run-check.js';

export type { DnsDetail, NodeResolver } from '../node/node-access.js';

/** Resolves `host` with the node's resolver; an IP literal needs no lookup. */
export function checkDns(
  access: NodeAccess,
  host: string,
  node: NodeResolver,
  timeoutMs: number,
): Promise<CheckResult<DnsDetail>> {
  return runCheck(
    timeoutMs,
    async (signal) =>
      isIP(host) !== 0
        ? { status: 'ok', detail: { host, addresses: [host], resolver: 'IP literal' } }
        : access.lookup(host, node, signal),
    { host, addresses: [] },
  );
}
