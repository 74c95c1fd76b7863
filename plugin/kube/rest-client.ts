/**
 * A small JSON GET client for the API server: one keep-alive agent, the kubeconfig's TLS material
 * and credentials, the server's Status errors kept whole. `diagnose` only reads, and reading
 * through this instead of @kubernetes/client-node spares it client-node's start-up, which on its
 * own costs about as much as `kubectl describe` takes end to end.
 */
import http from 'node:http';
import https from 'node:https';
import { ApiStatusError } from './api-status-error.js';
import { http2Client } from './rest-http2.js';

export { ApiStatusError };

/** How to reach the server: TLS material, headers, and a per-request socket timeout. */
export interface RestSettings {
  readonly server: string;
  readonly ca?: string | Buffer;
  readonly cert?: string | Buffer;
  readonly key?: string | Buffer;
  readonly rejectUnauthorized: boolean;
  readonly servername?: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly timeoutMs: number;
  /** An agent to use instead (client-node's, which knows the cluster's proxy-url). */
  readonly agent?: http.Agent;
}

/** Query values; undefined ones are left out. */
export type Query = Readonly<Record<string, string | number | boolean | undefined>>;

/** GETs JSON from the API server, or text where the answer is not JSON (a node's logs). */
export interface RestClient {
  get<T>(path: string, query?: Query): Promise<T>;
  getText(path: string, query?: Query): Promise<TextAnswer>;
}

/** A body as the server sent it, with its media type. */
export interface TextAnswer {
  readonly text: string;
  readonly contentType: string;
}

/**
 * The most a text answer may bring. A kubelet logging to a file sends the whole file for a log
 * query (no tail, no pattern there): past this it is cut off rather than read for minutes.
 */
export const TEXT_ANSWER_LIMIT = 16 * 1024 * 1024;

/** The error for an answer past its limit (the stream is destroyed with it). */
export function tooLargeError(path: string, limit: number): Error {
  return Object.assign(new Error(`the answer for ${path} is larger than ${limit} bytes`), {
    code: 'ETOOLARGE',
  });
}

/** Parses a JSON answer, naming the path when the server sent something else. */
export function parseJsonAnswer<T>(answer: TextAnswer, path: string): T {
  try {
    return JSON.parse(answer.text) as T;
  } catch (err) {
    throw new Error(`the API server sent unreadable JSON for ${path}`, { cause: err });
  }
}

/**
 * Builds the client: HTTP/2 over one connection where the server is https and no agent is imposed
 * (as kubectl), else HTTP/1.1 with one keep-alive pool.
 */
export function restClient(settings: RestSettings): RestClient {
  const secure = settings.server.startsWith('https:');
  if (secure && !settings.agent) return http2Client(settings, () => http1Client(settings));
  return http1Client(settings);
}

function http1Client(settings: RestSettings): RestClient {
  const base = new URL(settings.server);
  const secure = base.protocol === 'https:';
  const transport = secure ? https : http;
  const agent =
    settings.agent ??
    (secure
      ? new https.Agent({
          keepAlive: true,
          ca: settings.ca,
          cert: settings.cert,
          key: settings.key,
          rejectUnauthorized: settings.rejectUnauthorized,
          servername: settings.servername,
        })
      : new http.Agent({ keepAlive: true }));
  // Keep-alive sockets must not hold the process open once the command is done.
  agent.on('free', (socket: { unref?: () => void }) => socket.unref?.());
  const prefix = base.pathname.replace(/\/$/, '');
  const getText = (
    path: string,
    query: Query = {},
    accept = '*/*',
    limit = TEXT_ANSWER_LIMIT,
  ): Promise<TextAnswer> => {
    const url = new URL(base.origin + prefix + path);
    for (const [k, v] of Object.entries(query)) {
      if (v !== undefined) url.searchParams.set(k, String(v));
    }
    return new Promise<TextAnswer>((resolve, reject) => {
      const req = transport.get(
        url,
        {
          agent,
          headers: { Accept: accept, ...settings.headers },
          timeout: settings.timeoutMs > 0 ? settings.timeoutMs : undefined,
        },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (c: Buffer) => {
            size += c.length;
            if (size > limit) return req.destroy(tooLargeError(path, limit));
            chunks.push(c);
          });
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const code = res.statusCode ?? 0;
            if (code < 200 || code > 299) return reject(new ApiStatusError(code, text, path));
            resolve({ text, contentType: res.headers['content-type'] ?? '' });
          });
        },
      );
      req.on('timeout', () =>
        req.destroy(Object.assign(new Error(`timed out reading ${path}`), { code: 'ETIMEDOUT' })),
      );
      req.on('error', reject);
    });
  };
  return {
    get: async <T>(path: string, query: Query = {}) =>
      // API lists can be large (a namespace of 5,000 pods): JSON answers are not capped.
      parseJsonAnswer<T>(await getText(path, query, 'application/json', Infinity), path),
    getText: (path, query) => getText(path, query),
  };
}
