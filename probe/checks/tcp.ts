// Opens a TCP connection to the registry from the node's network, to the address the node's
// resolver gave, so a refused or blackholed port shows up apart from DNS and TLS.
import net from 'node:net';
import type { CheckResult } from '../../shared/probe/report.js';
import type { NodeAccess } from '../node/node-access.js';
import { runCheck } from './run-check.js';

/** "ip:port", with brackets for IPv6. */
export const joinHostPort = (address: string, port: number): string =>
  net.isIPv6(address) ? `[${address}]:${port}` : `${address}:${port}`;

/** Connects to address:port from the node and closes again. */
export function checkTcp(
  access: NodeAccess,
  address: string,
  port: number,
  timeoutMs: number,
): Promise<CheckResult<{ address: string }>> {
  const detail = { address: joinHostPort(address, port) };
  return runCheck(
    timeoutMs,
    async (signal) => {
      (await access.dialTcp(address, port, signal)).destroy();
      return { status: 'ok', detail };
    },
    detail,
  );
}
