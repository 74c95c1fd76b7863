// Asks the registry's API root (`GET /v2/`) anonymously, as the runtime does first: the status
// says whether a registry answers at all, and the challenge how the runtime must authenticate.
import https from 'node:https';
import type { CheckResult, RegistryApiDetail } from '../../shared/probe/report.js';
import { parseAuthChallenge } from '../../shared/probe/www-authenticate.js';
import type { NodeAccess } from '../node/node-access.js';
import type { NodeTrust } from '../node/trust.js';
import { runCheck } from './run-check.js';
import { connectTls, tlsOptions, type TlsTarget } from './tls.js';

/** An HTTP answer: status, headers, and whether TLS verified with the node's trust. */
export interface RegistryAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly tlsVerified: boolean;
  /** The body, when asked for (up to `maxBody` bytes). */
  readonly body?: string;
}

/**
 * GET (or HEAD) over TLS with the node's trust; the body is kept only up to `maxBody` bytes (0: not at
 * all). Verification failures do not stop it. Redirects are not followed: they are news.
 */
export async function registryGet(
  access: NodeAccess,
  target: TlsTarget,
  trust: NodeTrust,
  path: string,
  headers: Record<string, string>,
  signal: AbortSignal,
  maxBody = 0,
  method: 'GET' | 'HEAD' = 'GET',
): Promise<RegistryAnswer> {
  const socket = await connectTls(access, target, tlsOptions(target, trust, false), signal);
  return new Promise((resolve, reject) => {
    const hostHeader =
      target.port === 443 ? target.serverName : `${target.serverName}:${target.port}`;
    const req = https.request(
      {
        // No agent: the request goes over the socket the node opened, and closes with it.
        createConnection: () => socket,
        path,
        method,
        headers: { host: hostHeader, ...headers },
        signal,
      },
      (res) => {
        const answer = {
          status: res.statusCode ?? 0,
          headers: res.headers,
          tlsVerified: socket.authorized,
        };
        if (maxBody <= 0) {
          res.once('end', () => socket.destroy());
          res.resume();
          return resolve(answer);
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size <= maxBody) chunks.push(c);
          else res.destroy();
        });
        res.once('close', () => {
          socket.destroy();
          resolve({ ...answer, body: Buffer.concat(chunks).toString('utf8') });
        });
      },
    );
    req.once('error', (err) => {
      socket.destroy();
      reject(err);
    });
    req.end();
  });
}

/** `GET /v2/` without credentials; ok for 200 or 401 (a registry that wants a login). */
export function checkRegistryApi(
  access: NodeAccess,
  target: TlsTarget,
  trust: NodeTrust,
  timeoutMs: number,
): Promise<CheckResult<RegistryApiDetail>> {
  return runCheck(timeoutMs, async (signal) => {
    const answer = await registryGet(access, target, trust, '/v2/', {}, signal);
    const header = answer.headers['www-authenticate'];
    const challenge = parseAuthChallenge(
      Array.isArray(header) ? (header[0] ?? '') : (header ?? ''),
    );
    const realm = challenge?.params.realm;
    const detail: RegistryApiDetail = {
      status: answer.status,
      ...(challenge ? { challenge: challenge.scheme } : {}),
      ...(realm && challenge?.scheme.toLowerCase() === 'bearer' ? { realm } : {}),
      tlsVerified: answer.tlsVerified,
    };
    const answered = answer.status === 200 || answer.status === 401;
    return answered
      ? { status: 'ok', detail }
      : { status: 'failed', error: `GET /v2/ answered HTTP ${answer.status}`, detail };
  });
}
