// Opens a TCP tunnel through an HTTP proxy with CONNECT, the way Go's net/http does for HTTPS
// (node's own fetch ignores HTTPS_PROXY, so we do it ourselves).
import { request } from 'node:http';
import type { Socket } from 'node:net';
import { errorCode, errorMessage, TransportError } from './transport-error.js';

/** A host and port to reach, host bare (no IPv6 brackets). */
export interface HostPort {
  host: string;
  port: number;
}

/** host:port as written in CONNECT lines and messages (IPv6 in brackets). */
export function formatHostPort({ host, port }: HostPort): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/** Where a proxy URL points, bare host and numeric port. */
export function proxyHostPort(proxy: URL): HostPort {
  return {
    host: proxy.hostname.replace(/^\[|\]$/g, ''),
    port: Number(proxy.port) || (proxy.protocol === 'https:' ? 443 : 80),
  };
}

/** Proxy-Authorization for a proxy URL with userinfo, else undefined. */
export function proxyAuthorization(proxy: URL): string | undefined {
  if (!proxy.username) return undefined;
  const user = decodeURIComponent(proxy.username);
  const pass = decodeURIComponent(proxy.password);
  return `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
}

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
