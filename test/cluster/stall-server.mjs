// The blob backend of registry.stall.test: answers every request with a blob's headers and its
// first 64 KiB, then sends nothing more and never closes, as a registry or proxy does when its
// upstream hangs mid-transfer. The runtime's no-progress timeout is what ends such a pull.
// Usage: node stall-server.mjs ADDRESS PORT
import { createServer } from 'node:http';

const [address, port] = process.argv.slice(2);
const FIRST_BYTES = 64 * 1024;
const server = createServer((req, res) => {
  res.writeHead(200, {
    'Content-Type': 'application/octet-stream',
    // Larger than anything sent, so the client keeps waiting for the rest.
    'Content-Length': String(1 << 30),
    'Docker-Content-Digest': req.url?.split('/').pop() ?? '',
  });
  if (req.method === 'HEAD') return res.end();
  res.write(Buffer.alloc(FIRST_BYTES));
});
// Stalled connections must not keep the harness from stopping this process.
server.keepAliveTimeout = 0;
server.requestTimeout = 0;
server.listen(Number(port), address);
