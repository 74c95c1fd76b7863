/**
 * The API reads of rest-client.ts over one HTTP/2 connection, as kubectl makes them: diagnose
 * sends half a dozen requests at once, and over HTTP/1.1 each would open its own TLS connection
 * (a handshake with the client certificate each). A server that does not speak h2 falls back to
 * the HTTP/1.1 client for the rest of the run.
 */
import http2 from 'node:http2';
import { ApiStatusError } from './api-status-error.js';
import { connectTrustingKubeconfigCa } from './kubeconfig-ca-tls.js';
import {
  parseJsonAnswer,
  TEXT_ANSWER_LIMIT,
  tooLargeError,
  type Query,
  type RestClient,
  type RestSettings,
  type TextAnswer,
} from './rest-client.js';

/** Reads over HTTP/2; `fallback` serves every request once h2 turns out not to be available. */
export function http2Client(settings: RestSettings, fallback: () => RestClient): RestClient {
  const base = new URL(settings.server);
  const prefix = base.pathname.replace(/\/$/, '');
  let session: http2.ClientHttp2Session | undefined;
  let opening: Promise<http2.ClientHttp2Session> | undefined;
  let useFallback: RestClient | undefined;
  let inFlight = 0;

  const connect = async (): Promise<http2.ClientHttp2Session> => {
    // Trusting the kubeconfig's CA alone spares Node's root store (kubeconfig-ca-tls.ts).
    const socket = await connectTrustingKubeconfigCa(settings, base);
    const s = http2.connect(base.origin, {
      ca: settings.ca,
      cert: settings.cert,
      key: settings.key,
      rejectUnauthorized: settings.rejectUnauthorized,
      servername: settings.servername,
      ...(socket ? { createConnection: () => socket } : {}),
    });
    // Errors reach each stream; the session's own must not become an uncaught exception.
    s.on('error', () => {});
    return s;
  };

  const open = (): Promise<http2.ClientHttp2Session> => {
    if (session && !session.closed && !session.destroyed) return Promise.resolve(session);
    opening ??= connect().then(
      (s) => ((session = s), (opening = undefined), s),
      (err: unknown) => {
        opening = undefined;
        throw err;
      },
    );
    return opening;
  };

  const request = async (
    path: string,
    query: URLSearchParams,
    accept: string,
    limit: number,
  ): Promise<TextAnswer> => {
    const s = await open();
    return new Promise<TextAnswer>((resolve, reject) => {
      inFlight += 1;
      s.ref();
      const done = () => {
        inFlight -= 1;
        // An idle session must not hold the process open once the command is done.
        if (inFlight === 0 && !s.destroyed) s.unref();
      };
      const search = query.toString();
      const stream = s.request({
        ':path': prefix + path + (search ? `?${search}` : ''),
        accept,
        ...lowerCased(settings.headers),
      });
      let status = 0;
      let contentType = '';
      const chunks: Buffer[] = [];
      stream.on('response', (headers) => {
        status = Number(headers[':status'] ?? 0);
        contentType = String(headers['content-type'] ?? '');
      });
      let size = 0;
      stream.on('data', (c: Buffer) => {
        size += c.length;
        if (size > limit) return stream.destroy(tooLargeError(path, limit));
        chunks.push(c);
      });
      stream.on('end', () => {
        done();
        const text = Buffer.concat(chunks).toString('utf8');
        if (status < 200 || status > 299) return reject(new ApiStatusError(status, text, path));
        resolve({ text, contentType });
      });
      stream.on('error', (err: Error & { code?: string }) => {
        done();
        // A stream cancelled because the connection failed: the connection's error is the news.
        reject(err.code === 'ERR_HTTP2_STREAM_CANCEL' && err.cause ? err.cause : err);
      });
      if (settings.timeoutMs > 0) {
        stream.setTimeout(settings.timeoutMs, () =>
          stream.destroy(
            Object.assign(new Error(`timed out reading ${path}`), { code: 'ETIMEDOUT' }),
          ),
        );
      }
    });
  };

  const getText = async (
    path: string,
    query: Query,
    accept: string,
    limit: number,
  ): Promise<TextAnswer> => {
    if (useFallback) return useFallback.getText(path, query);
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, String(v));
    try {
      return await request(path, params, accept, limit);
    } catch (err) {
      // The server (or a proxy in front of it) did not agree to h2: HTTP/1.1 from now on.
      if (!isNoH2(err)) throw err;
      useFallback ??= fallback();
      return useFallback.getText(path, query);
    }
  };

  return {
    get: async <T>(path: string, query: Query = {}) => {
      if (useFallback) return useFallback.get<T>(path, query);
      return parseJsonAnswer<T>(await getText(path, query, 'application/json', Infinity), path);
    },
    getText: (path, query = {}) => getText(path, query, '*/*', TEXT_ANSWER_LIMIT),
  };
}

function isNoH2(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  // An HTTP/1.1-only server answers the h2 ALPN offer with a "no application protocol" alert
  // (OpenSSL's code, as node reports it); one that ignores ALPN leaves the session unusable.
  return (
    code === 'ERR_SSL_TLSV1_ALERT_NO_APPLICATION_PROTOCOL' ||
    code === 'ERR_SSL_NO_APPLICATION_PROTOCOL' ||
    code === 'ERR_HTTP2_ERROR' ||
    code === 'ERR_HTTP2_SESSION_ERROR'
  );
}

function lowerCased(headers: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}
