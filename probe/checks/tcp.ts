// Opens a TCP connection to the registry from the node's network namespace, to the address the
// node's resolver gave, so a refused or blackholed port shows up apart from DNS and TLS.
import net from 'node:net';
import type { CheckResult } from '../../shared/probe/report.js';
import { runCheck } from './run-check.js';

/** "ip:port", with brackets for IPv6. */
export const joinHostPort = (address: string, port: number): string =>
  net.isIPv6(address) ? `[${address}]:${port}` : `${address}:${port}`;

function connect(address: string, port: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: address, port });
    signal.addEventListener('abort', () => socket.destroy());
    socket.once('connect', () => {
      socket.destroy();
      resolve();
    });
    socket.once('error', reject);
  });
}

/** Connects to address:port and closes again. */
export function checkTcp(
  address: string,
  port: number,
  timeoutMs: number,
): Promise<CheckResult<{ address: string }>> {
  const detail = { address: joinHostPort(address, port) };
  return runCheck(
    timeoutMs,
    async (signal) => {
      await connect(address, port, signal);
      return { status: 'ok', detail };
    },
    detail,
  );
}
