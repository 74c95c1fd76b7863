// Opens a TCP tunnel through an HTTP proxy with CONNECT, the way Go's net/http does for HTTPS
// (node's own fetch ignores HTTPS_PROXY, so we do it ourselves).
import { request } from 'node:http';
import type { Socket } from 'node:net';
import {
  formatHostPort,
  proxyAuthorization,
  proxyHostPort,
  type HostPort,
} from '../../shared/proxy-env.js';
import { errorCode, errorMessage, TransportError } from './transport-error.js';

export { formatHostPort, proxyAuthorization, proxyHostPort, type HostPort };

/** Resolves with a socket tunnelled to `target` through `proxy`; rejects with a TransportError. */
export function openTunnel(proxy: URL, target: HostPort, signal: AbortSignal): Promise<Socket> {
  const via = proxyHostPort(proxy);
  const authority = formatHostPort(target);
  const auth = proxyAuthorization(proxy);
  return new Promise((resolve, reject) => {
    const req = request({
      host: via.host,
      port: via.port,
      method: 'CONNECT',
      path: authority,
      headers: { host: authority, ...(auth ? { 'proxy-authorization': auth } : {}) },
    });
    // Not `request({ signal })`: the signal must lose its grip on the socket once the tunnel stands.
    const onAbort = (): void => {
      req.destroy(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    req.once('close', () => signal.removeEventListener('abort', onAbort));
    req.once('connect', (res, socket) => {
      signal.removeEventListener('abort', onAbort);
      if (res.statusCode === 200) return resolve(socket);
      socket.destroy();
      const message = `proxy ${formatHostPort(via)} refused CONNECT to ${authority}: ${res.statusCode} ${res.statusMessage ?? ''}`;
      reject(
        new TransportError(message.trim(), 'ERR_PROXY_CONNECT', 'proxy', formatHostPort(via), {
          status: res.statusCode,
        }),
      );
    });
    req.once('error', (err) => {
      const message = `proxy ${formatHostPort(via)}: ${errorMessage(err)}`;
      reject(
        new TransportError(message, errorCode(err) ?? 'ERR_PROXY', 'proxy', formatHostPort(via), {
          cause: err,
        }),
      );
    });
    req.end();
  });
}
