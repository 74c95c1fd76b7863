// A CONNECT tunnel through the runtime's HTTP proxy, over a TCP stream the node opened, so the
// TLS and /v2/ checks reach the registry the way the runtime's pulls do (Go's net/http tunnels
// every HTTPS request through HTTPS_PROXY with CONNECT).
import type { Duplex } from 'node:stream';

/** The proxy hop: where the node dials, and the Proxy-Authorization header, if any. */
export interface ProxyHop {
  readonly address: string;
  readonly port: number;
  /** The proxy URL with any password removed, for reports. */
  readonly shown: string;
  readonly authorization?: string;
}

const MAX_HEADER = 16 * 1024;

/** Sends CONNECT for `authority` on `stream`; resolves with the stream once the proxy says 2xx. */
export function connectThrough(
  stream: Duplex,
  hop: ProxyHop,
  authority: string,
  signal: AbortSignal,
): Promise<Duplex> {
  return new Promise((resolve, reject) => {
    let buffered = Buffer.alloc(0);
    const fail = (err: Error) => {
      cleanup();
      stream.destroy();
      reject(err);
    };
    const onAbort = () => fail(new Error('aborted'));
    const onError = (err: Error) => fail(new Error(`proxy ${hop.shown}: ${err.message}`));
    const onEnd = () => fail(new Error(`proxy ${hop.shown} closed the connection during CONNECT`));
    const onData = (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      const end = buffered.indexOf('\r\n\r\n');
      if (end === -1) {
        if (buffered.length > MAX_HEADER) fail(new Error(`proxy ${hop.shown}: oversized answer`));
        return;
      }
      cleanup();
      const statusLine = buffered.subarray(0, buffered.indexOf('\r\n')).toString('latin1');
      const status = Number(/^HTTP\/\d(?:\.\d)? (\d{3})/.exec(statusLine)?.[1]);
      if (!(status >= 200 && status < 300)) {
        stream.destroy();
        reject(new Error(`proxy ${hop.shown} answered CONNECT ${authority} with ${statusLine}`));
        return;
      }
      const rest = buffered.subarray(end + 4);
      if (rest.length > 0) stream.unshift(rest);
      resolve(stream);
    };
    function cleanup() {
      stream.off('data', onData);
      stream.off('error', onError);
      stream.off('end', onEnd);
      signal.removeEventListener('abort', onAbort);
    }
    signal.addEventListener('abort', onAbort);
    stream.on('data', onData);
    stream.on('error', onError);
    stream.on('end', onEnd);
    const auth = hop.authorization ? `Proxy-Authorization: ${hop.authorization}\r\n` : '';
    stream.write(`CONNECT ${authority} HTTP/1.1\r\nHost: ${authority}\r\n${auth}\r\n`);
  });
}
