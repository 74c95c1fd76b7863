/**
 * Opens the API server's TLS connection trusting the kubeconfig's CA alone, without building
 * Node's root store (why: verify-server-chain.ts). The handshake runs with an empty store and no
 * verification by OpenSSL; the server's certificate is then judged by verifyServerChain, and the
 * socket is handed over only if it is trusted. Nothing is sent on it before that.
 *
 * Undefined means "connect the usual way": no CA in the kubeconfig, verification turned off, a
 * chain this check is unsure of, a server that did not choose h2, or a TLS failure, which the
 * usual connection (OpenSSL verifying with the CA) then meets and reports as it always has. A
 * failure to reach the server at all is thrown as is: connecting again would only wait again.
 */
import { isIP } from 'node:net';
import tls from 'node:tls';
import type { RestSettings } from './rest-client.js';
import { parseAnchors, verifyServerChain } from './verify-server-chain.js';

const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ETIMEDOUT',
]);

/** A verified h2 TLS socket to `origin`, or undefined (see above). */
export async function connectTrustingKubeconfigCa(
  settings: RestSettings,
  origin: URL,
): Promise<tls.TLSSocket | undefined> {
  if (origin.protocol !== 'https:' || !settings.ca || !settings.rejectUnauthorized)
    return undefined;
  const anchors = parseAnchors(settings.ca.toString());
  if (!anchors || anchors.length === 0) return undefined;
  const host = origin.hostname.replace(/^\[(.*)\]$/, '$1');
  const socket = tls.connect({
    host,
    port: Number(origin.port || 443),
    servername: settings.servername ?? (isIP(host) ? undefined : host),
    // An empty list, not no list: without `ca`, Node would load its root store after all.
    ca: [],
    cert: settings.cert,
    key: settings.key,
    rejectUnauthorized: false,
    ALPNProtocols: ['h2'],
  });
  const handshake = await new Promise<'done' | 'failed'>((resolve, reject) => {
    const fail = (err: Error & { code?: string }) => {
      socket.destroy();
      if (UNREACHABLE.has(err.code ?? '')) reject(err);
      else resolve('failed');
    };
    socket.once('secureConnect', () => resolve('done'));
    socket.once('error', fail);
    if (settings.timeoutMs > 0)
      socket.setTimeout(settings.timeoutMs, () =>
        fail(
          Object.assign(new Error(`timed out connecting to ${origin.host}`), { code: 'ETIMEDOUT' }),
        ),
      );
  });
  if (handshake === 'failed') return undefined;
  socket.setTimeout(0);
  socket.removeAllListeners('error');
  const leaf = socket.getPeerX509Certificate();
  const verdict =
    socket.alpnProtocol === 'h2' && leaf
      ? verifyServerChain(leaf, anchors, settings.servername ?? host, Date.now())
      : undefined;
  if (verdict?.kind === 'trusted') return socket;
  socket.destroy();
  return undefined;
}
