// The real transport: node:http over a socket we open ourselves (direct, or tunnelled through the
// proxy the environment names), with TLS verified against node's store plus an optional extra CA.
import { request, type IncomingMessage } from 'node:http';
import { connect as netConnect, isIP, type Socket } from 'node:net';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';
import { buildCaBundle } from './ca-bundle.js';
import { proxyFor, type ProxyEnv } from '../../shared/proxy-env.js';
import { formatHostPort, openTunnel, proxyAuthorization, type HostPort } from './proxy-tunnel.js';
import {
  errorCode,
  errorMessage,
  RESPONSE_TOO_LARGE,
  TransportError,
  type TransportPhase,
} from './transport-error.js';
import type { HttpRequest, HttpResponse, HttpTransport } from './types.js';

/** How the node transport connects. */
export interface NodeTransportOptions {
  /** the environment HTTPS_PROXY, HTTP_PROXY, NO_PROXY and NODE_EXTRA_CA_CERTS are read from */
  env: ProxyEnv;
  /** a PEM bundle trusted in addition to node's store and NODE_EXTRA_CA_CERTS */
  extraCaPem?: string;
  /** TCP + proxy + TLS handshake budget in ms, default 5000 */
  connectTimeoutMs?: number;
}

interface OpenedConnection {
  socket: Socket;
  /** plain HTTP through a proxy: the request line carries the absolute URL */
  absoluteForm: boolean;
  proxyAuth?: string;
}

function targetOf(url: URL): HostPort {
  const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
  return { host: url.hostname.replace(/^\[|\]$/g, ''), port };
}

// Turns whatever a connect step threw into a TransportError, naming a timeout as such.
function asTransportError(err: unknown, phase: TransportPhase, target: string): TransportError {
  if (err instanceof TransportError) return err;
  return new TransportError(errorMessage(err), errorCode(err) ?? 'ERR_UNKNOWN', phase, target, {
    cause: err,
  });
}

function waitForTls(socket: TLSSocket, signal: AbortSignal): Promise<TLSSocket> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      socket.destroy();
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    socket.once('secureConnect', () => {
      signal.removeEventListener('abort', onAbort);
      resolve(socket);
    });
    socket.once('error', (err) => {
      signal.removeEventListener('abort', onAbort);
      reject(err);
    });
  });
}

function waitForTcp(target: HostPort, signal: AbortSignal): Promise<Socket> {
  return new Promise((resolve, reject) => {
    // Not `netConnect({ signal })`: that signal would keep the power to destroy the socket after
    // the connect deadline, in the middle of a perfectly healthy response.
    const socket = netConnect({ host: target.host, port: target.port });
    const onAbort = (): void => {
      socket.destroy();
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    socket.once('connect', () => {
      signal.removeEventListener('abort', onAbort);
      resolve(socket);
    });
    socket.once('error', (err) => {
      signal.removeEventListener('abort', onAbort);
      reject(err);
    });
  });
}

/** Sends requests with node:http, honouring the proxy environment and the CA configuration. */
export class NodeHttpTransport implements HttpTransport {
  private readonly ca: string[] | undefined;
  private readonly connectTimeoutMs: number;

  constructor(private readonly options: NodeTransportOptions) {
    this.ca = buildCaBundle(options.extraCaPem, options.env.NODE_EXTRA_CA_CERTS);
    this.connectTimeoutMs = options.connectTimeoutMs ?? 5000;
  }

  /** Sends one request; never follows redirects. */
  async request(req: HttpRequest): Promise<HttpResponse> {
    const connectSignal = AbortSignal.any([req.signal, AbortSignal.timeout(this.connectTimeoutMs)]);
    const conn = await this.open(req.url, connectSignal).catch((err: unknown) => {
      throw this.explainAbort(err, req.signal, connectSignal, formatHostPort(targetOf(req.url)));
    });
    try {
      return await exchange(req, conn);
    } catch (err) {
      conn.socket.destroy();
      const failure = asTransportError(err, 'response', formatHostPort(targetOf(req.url)));
      throw this.explainAbort(failure, req.signal, req.signal, failure.target);
    }
  }

  private async open(url: URL, signal: AbortSignal): Promise<OpenedConnection> {
    const target = targetOf(url);
    const proxy = proxyFor(url, this.options.env);
    if (url.protocol === 'http:') {
      if (!proxy) return { socket: await this.tcp(target, signal), absoluteForm: false };
      const viaTarget = targetOf(proxy);
      const socket = await this.tcp(viaTarget, signal, 'proxy');
      return { socket, absoluteForm: true, proxyAuth: proxyAuthorization(proxy) };
    }
    const raw = proxy ? await openTunnel(proxy, target, signal) : await this.tcp(target, signal);
    const tls = tlsConnect({
      socket: raw,
      host: target.host,
      // SNI must be a name, never an IP address.
      ...(isIP(target.host) ? {} : { servername: target.host }),
      ...(this.ca ? { ca: this.ca } : {}),
    });
    try {
      return { socket: await waitForTls(tls, signal), absoluteForm: false };
    } catch (err) {
      raw.destroy();
      throw asTransportError(err, 'tls', formatHostPort(target));
    }
  }

  private async tcp(target: HostPort, signal: AbortSignal, phase: TransportPhase = 'connect') {
    try {
      return await waitForTcp(target, signal);
    } catch (err) {
      throw asTransportError(err, phase, formatHostPort(target));
    }
  }

  // An abort surfaces as a generic AbortError; say whether it was the caller, the request deadline
  // or the connect deadline, because "timeout" and "cancelled" lead to different diagnoses.
  private explainAbort(
    err: unknown,
    callerSignal: AbortSignal,
    phaseSignal: AbortSignal,
    target: string,
  ): TransportError {
    const failure = asTransportError(err, 'connect', target);
    if (!phaseSignal.aborted) return failure;
    const reason: unknown = callerSignal.aborted ? callerSignal.reason : phaseSignal.reason;
    const timedOut = (reason as { name?: string } | undefined)?.name === 'TimeoutError';
    if (!timedOut) return new TransportError('request aborted', 'ABORT_ERR', failure.phase, target);
    const message = callerSignal.aborted
      ? `request to ${target} timed out`
      : `connecting to ${target} timed out after ${this.connectTimeoutMs} ms`;
    return new TransportError(message, 'ETIMEDOUT', failure.phase, target);
  }
}

// Writes the request on an open connection and reads the response, capped at req.maxBytes.
function exchange(req: HttpRequest, conn: OpenedConnection): Promise<HttpResponse> {
  const headers: Record<string, string> = { ...req.headers, host: req.url.host };
  if (conn.proxyAuth) headers['proxy-authorization'] = conn.proxyAuth;
  if (req.body !== undefined) headers['content-length'] = String(Buffer.byteLength(req.body));
  return new Promise((resolve, reject) => {
    const outgoing = request({
      method: req.method,
      path: conn.absoluteForm ? req.url.href : `${req.url.pathname}${req.url.search}`,
      headers,
      signal: req.signal,
      createConnection: () => conn.socket,
    });
    outgoing.once('error', reject);
    outgoing.once('response', (res) => {
      readBody(res, req.maxBytes).then(
        (body) => resolve({ status: res.statusCode ?? 0, headers: flatHeaders(res), body }),
        reject,
      );
    });
    outgoing.end(req.body);
  });
}

function flatHeaders(res: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(res.headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function readBody(res: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    res.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        res.destroy();
        const err = Object.assign(new Error(`response larger than ${maxBytes} bytes`), {
          code: RESPONSE_TOO_LARGE,
        });
        reject(err);
        return;
      }
      chunks.push(chunk);
    });
    res.once('end', () => resolve(Buffer.concat(chunks)));
    res.once('error', reject);
    res.once('close', () => {
      if (res.complete) return;
      const err = new Error('connection closed before the response was complete');
      reject(Object.assign(err, { code: 'ECONNRESET' }));
    });
  });
}
