// Runs a real docker-registry (CNCF distribution) over TLS on a free loopback port, optionally with
// htpasswd or token auth, serving an existing storage directory.
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { request } from 'node:https';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { stopProcess } from '../../cluster/images/run-command.js';
import { freePort } from '../../cluster/images/temp-registry.js';

/** How a test registry authenticates. */
export type RegistryAuth =
  | { kind: 'none' }
  | { kind: 'htpasswd'; file: string }
  | { kind: 'token'; realm: string; service: string; issuer: string; rootCertBundle: string };

/** What to start. */
export interface TlsRegistrySpec {
  bin: string;
  storage: string;
  workDir: string;
  name: string;
  tls: { cert: string; key: string; caPem: string };
  auth: RegistryAuth;
}

/** A running registry: `host` is 127.0.0.1:PORT. */
export interface TlsRegistry {
  host: string;
  port: number;
  stop(): Promise<void>;
}

function authSection(auth: RegistryAuth): string[] {
  if (auth.kind === 'htpasswd')
    return [
      'auth:',
      '  htpasswd:',
      '    realm: kip-basic',
      `    path: ${JSON.stringify(auth.file)}`,
    ];
  if (auth.kind !== 'token') return [];
  return [
    'auth:',
    '  token:',
    `    realm: ${JSON.stringify(auth.realm)}`,
    `    service: ${JSON.stringify(auth.service)}`,
    `    issuer: ${JSON.stringify(auth.issuer)}`,
    `    rootcertbundle: ${JSON.stringify(auth.rootCertBundle)}`,
  ];
}

function configText(spec: TlsRegistrySpec, port: number): string {
  return [
    'version: 0.1',
    'log:',
    '  level: warn',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${JSON.stringify(spec.storage)}`,
    '  maintenance:',
    '    uploadpurging:',
    '      enabled: false',
    'http:',
    `  addr: 127.0.0.1:${port}`,
    '  tls:',
    `    certificate: ${JSON.stringify(spec.tls.cert)}`,
    `    key: ${JSON.stringify(spec.tls.key)}`,
    ...authSection(spec.auth),
    '',
  ].join('\n');
}

// Any HTTP answer on /v2/ (200, or 401 when auth is on) means the registry is serving.
function answersV2(port: number, caPem: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(
      { host: '127.0.0.1', port, path: '/v2/', ca: caPem, timeout: 1000 },
      (res) => {
        res.resume();
        resolve(true);
      },
    );
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
    req.end();
  });
}

/** Starts the registry and waits until it answers on /v2/. */
export async function startTlsRegistry(spec: TlsRegistrySpec): Promise<TlsRegistry> {
  const port = await freePort();
  const configFile = path.join(spec.workDir, `${spec.name}.yml`);
  await writeFile(configFile, configText(spec, port));
  const child = spawn(spec.bin, ['serve', configFile], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const keep = (chunk: Buffer): void => {
    log = (log + chunk.toString()).slice(-8192);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const stop = (): Promise<void> => stopProcess(child);
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; await sleep(100)) {
    if (child.exitCode !== null) break;
    if (await answersV2(port, spec.tls.caPem)) return { host: `127.0.0.1:${port}`, port, stop };
  }
  await stop();
  throw new Error(`docker-registry ${spec.name} did not start: ${log}`);
}
