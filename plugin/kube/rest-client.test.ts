import { readFileSync } from 'node:fs';
import http2 from 'node:http2';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { restClient } from './rest-client.js';

// A self-signed certificate for localhost (valid for 100 years), made once with openssl req -x509.
const key = readFileSync(new URL('./testdata/localhost.key', import.meta.url));
const cert = readFileSync(new URL('./testdata/localhost.crt', import.meta.url));

const servers: { close(): void }[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

function listen(server: https.Server | http2.Http2SecureServer): Promise<string> {
  servers.push(server);
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`https://localhost:${(server.address() as AddressInfo).port}`),
    ),
  );
}

const settings = (server: string) => ({
  server,
  ca: cert,
  rejectUnauthorized: true,
  headers: { Authorization: 'Bearer t' },
  timeoutMs: 5000,
});

describe('the API read client', () => {
  it('reads over HTTP/2 from a server that speaks it, sending the headers and query', async () => {
    const server = http2.createSecureServer({ key, cert }, (req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({ v: req.httpVersion, auth: req.headers.authorization, url: req.url }),
      );
    });
    const client = restClient(settings(await listen(server)));
    expect(await client.get('/api/v1/pods', { limit: 5, continue: undefined })).toEqual({
      v: '2.0',
      auth: 'Bearer t',
      url: '/api/v1/pods?limit=5',
    });
  });

  it('falls back to HTTP/1.1 when the server refuses h2', async () => {
    const server = https.createServer({ key, cert }, (req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ v: req.httpVersion }));
    });
    const client = restClient(settings(await listen(server)));
    expect(await client.get('/api')).toEqual({ v: '1.1' });
    expect(await client.get('/api')).toEqual({ v: '1.1' });
  });

  it("keeps the server's Status body on a non-2xx answer", async () => {
    const server = http2.createSecureServer({ key, cert }, (_req, res) => {
      res.statusCode = 404;
      res.end('{"kind":"Status","message":"pods \\"x\\" not found"}');
    });
    const client = restClient(settings(await listen(server)));
    await expect(client.get('/api/v1/namespaces/d/pods/x')).rejects.toMatchObject({
      code: 404,
      body: expect.stringContaining('not found'),
    });
  });

  it('reads a text answer (a node log) with its media type, over h2 and HTTP/1.1', async () => {
    const log = 'E1204 18:40:01.1 1 plugin.go:418] "Failed to provide credentials for image"\n';
    const servers = [
      http2.createSecureServer({ key, cert }, (_req, res) => {
        res.setHeader('content-type', 'text/plain;charset=UTF-8');
        res.end(log);
      }),
      https.createServer({ key, cert }, (_req, res) => {
        res.setHeader('content-type', 'text/plain;charset=UTF-8');
        res.end(log);
      }),
    ];
    for (const server of servers) {
      const client = restClient(settings(await listen(server)));
      expect(await client.getText('/api/v1/nodes/n/proxy/logs/', { query: 'kubelet' })).toEqual({
        text: log,
        contentType: 'text/plain;charset=UTF-8',
      });
    }
  });

  it('cuts a text answer off past its limit instead of reading a whole log file', async () => {
    const server = http2.createSecureServer({ key, cert }, (_req, res) => {
      const chunk = Buffer.alloc(1 << 20, 'x');
      let sent = 0;
      const more = () => {
        // The server would go on for 64 MiB; the client must stop it well before.
        while (sent < 64 && res.write(chunk)) sent += 1;
        if (sent < 64) res.once('drain', more);
        else res.end();
      };
      more();
    });
    const client = restClient(settings(await listen(server)));
    await expect(client.getText('/api/v1/nodes/n/proxy/logs/')).rejects.toMatchObject({
      code: 'ETOOLARGE',
    });
  });
});
