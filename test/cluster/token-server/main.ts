// A minimal token server for distribution's token auth, for tests only:
//   npx tsx test/cluster/token-server/main.ts --config token-server.json
// Prints one JSON line per event on stdout: first {"event":"listening","url":...}, then one per
// token request (account and scopes, never a secret). Stops on SIGTERM or SIGINT.
import { readFile } from 'node:fs/promises';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { loadConfig } from './config.js';
import { loadSigningIdentity } from './jwt.js';
import { createTokenHandler } from './server.js';

function splitListen(listen: string): { host: string; port: number } {
  const colon = listen.lastIndexOf(':');
  if (colon < 0) throw new Error(`listen must be host:port, got ${listen}`);
  return {
    host: listen.slice(0, colon).replace(/^\[|\]$/g, ''),
    port: Number(listen.slice(colon + 1)),
  };
}

function emit(event: object): void {
  process.stdout.write(`${JSON.stringify(event)}\n`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { config: { type: 'string' } } });
  if (!values.config) throw new Error('usage: main.ts --config FILE');
  const config = await loadConfig(values.config);
  const identity = loadSigningIdentity(
    await readFile(config.signingKey, 'utf8'),
    await readFile(config.signingCertChain, 'utf8'),
  );
  const handle = createTokenHandler(config, identity, emit);
  const listener = (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res).catch((err: unknown) => {
      emit({ event: 'error', message: err instanceof Error ? err.message : String(err) });
      if (!res.headersSent) res.writeHead(500).end();
    });
  };
  const server = config.tls
    ? createHttpsServer(
        { cert: await readFile(config.tls.cert), key: await readFile(config.tls.key) },
        listener,
      )
    : createHttpServer(listener);
  const { host, port } = splitListen(config.listen);
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address() as AddressInfo;
  const scheme = config.tls ? 'https' : 'http';
  const hostText = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  emit({ event: 'listening', url: `${scheme}://${hostText}:${address.port}/token` });
  const stop = (): void => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`token server: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
