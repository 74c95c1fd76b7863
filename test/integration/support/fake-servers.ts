// Small local servers that play the parts a real registry cannot: a quota-spent front (429), a
// broken registry (503), a silent peer (timeout), a server nobody trusts, and an HTTP CONNECT proxy.
import { readFile } from 'node:fs/promises';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, createServer as createTcpServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { CertFiles } from './test-pki.js';

/** A listening server on 127.0.0.1 and how to stop it. */
export interface LocalServer {
  host: string;
  port: number;
  close(): Promise<void>;
}

/** A canned answer. */
export interface CannedAnswer {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

async function listen(server: Server, sockets: Set<Socket>): Promise<LocalServer> {
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.once('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const close = (): Promise<void> =>
    new Promise((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
  return { host: `127.0.0.1:${port}`, port, close };
}

/** An HTTPS server answering every request with `answer`. */
export async function startCannedHttps(tls: CertFiles, answer: CannedAnswer): Promise<LocalServer> {
  const handler = (_req: IncomingMessage, res: ServerResponse): void => {
    res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
    res.end(answer.body ?? '');
  };
  const server = createHttpsServer(
    { cert: await readFile(tls.cert), key: await readFile(tls.key) },
    handler,
  );
  return listen(server, new Set());
}

/** A TCP server that accepts connections and never says a word. */
export function startSilentServer(): Promise<LocalServer> {
  return listen(
    createTcpServer(() => undefined),
    new Set(),
  );
}

/** A CONNECT proxy; `connects` lists each requested authority. Names in `hosts` resolve to the given IP. */
export interface ConnectProxy extends LocalServer {
  url: string;
  connects: string[];
}

/** Starts a CONNECT proxy on 127.0.0.1 that resolves `hosts` itself (as a corporate proxy's DNS would). */
export async function startConnectProxy(hosts: Record<string, string>): Promise<ConnectProxy> {
  const connects: string[] = [];
  const server = createHttpServer((_req, res) => res.writeHead(405).end());
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const authority = req.url ?? '';
    connects.push(authority);
    const colon = authority.lastIndexOf(':');
    const name = authority.slice(0, colon);
    const upstream = connect({
      host: hosts[name] ?? name,
      port: Number(authority.slice(colon + 1)),
    });
    upstream.once('connect', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client).pipe(upstream);
    });
    upstream.once('error', () => client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n'));
    client.once('error', () => upstream.destroy());
  });
  const local = await listen(server, new Set());
  return { ...local, url: `http://${local.host}`, connects };
}
