// The blob backend of registry.stall.test: fetches the blob from the plain registry; small blobs
// (image configs) go through whole, of a layer it sends the headers and the first 64 KiB, then
// nothing more, and never closes: a registry or
// proxy whose upstream hangs mid-transfer. The runtime's no-progress timeout is what ends such a
// pull. Some bytes must arrive: containerd 2.x's Transfer Service counts a download as under way
// only from its first byte, so a blob that never starts is never cancelled for lack of progress.
// GET /release on this server's own port ends every stalled download.
// Usage: node stall-server.mjs ADDRESS PORT UPSTREAM_ADDRESS UPSTREAM_PORT UPSTREAM_HOST
import { createServer } from 'node:http';
import { request } from 'node:https';
import process from 'node:process';

const [address, port, upstreamAddress, upstreamPort, upstreamHost] = process.argv.slice(2);
/** Blobs up to this size go through whole (image configs: containerd reads them untracked). */
const WHOLE_UP_TO = 64 * 1024;
/** Of a larger blob, this much is sent before the stall. */
const SENT_BEFORE_STALL = 64 * 1024;

/** Responses held open, so that GET /release (from the harness) can end them. */
const held = new Set();

const server = createServer((req, res) => {
  if (req.url === '/release') {
    // Ends every stalled download, as a proxy restart would: the runtime's pull then fails
    // instead of hanging (containerd 2.x never cancels some), and its pod can terminate.
    for (const r of held) r.destroy();
    held.clear();
    return res.end('released\n');
  }
  const upstream = request(
    {
      host: upstreamAddress,
      port: Number(upstreamPort),
      path: req.url,
      method: req.method,
      headers: { host: upstreamHost, accept: req.headers.accept ?? '*/*' },
      servername: upstreamHost,
      // The plain registry's certificate is the harness's own; this hop stays inside its netns.
      rejectUnauthorized: false,
    },
    (up) => {
      const headers = { ...up.headers };
      delete headers.connection;
      res.writeHead(up.statusCode ?? 502, headers);
      const size = Number(up.headers['content-length'] ?? 0);
      if (req.method === 'HEAD' || (up.statusCode ?? 0) >= 300 || size <= WHOLE_UP_TO) {
        up.pipe(res);
        return;
      }
      held.add(res);
      res.on('close', () => held.delete(res));
      let left = SENT_BEFORE_STALL;
      up.on('data', (chunk) => {
        if (left <= 0) return up.destroy();
        const part = chunk.subarray(0, left);
        left -= part.length;
        res.write(part);
        if (left <= 0) up.destroy();
      });
    },
  );
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502).end();
  });
  upstream.end();
});
server.keepAliveTimeout = 0;
server.requestTimeout = 0;
server.listen(Number(port), address);
