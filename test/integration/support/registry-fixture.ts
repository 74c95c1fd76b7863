// Everything the registry client suite talks to, started once: three real registries (anonymous,
// htpasswd, token auth with our token server) over TLS with a throwaway CA, the misbehaving fakes,
// and a CONNECT proxy. `stop()` ends every process and removes the temp dir.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { buildTestImages, type TestImages } from '../../cluster/images/build-images.js';
import {
  startCannedHttps,
  startConnectProxy,
  startSilentServer,
  type ConnectProxy,
  type LocalServer,
} from './fake-servers.js';
import { requireRegistryTools, type RegistryTools } from './registry-prerequisites.js';
import { startTlsRegistry, type RegistryAuth, type TlsRegistry } from './registry-process.js';
import { createTestCa, issueLeaf, type CertFiles, type TestCa } from './test-pki.js';
import { startTokenServer, type TokenServerProcess } from './token-server-process.js';

const execFileAsync = promisify(execFile);
// Shared with test-images.test.ts on purpose: a warm image cache makes this suite take seconds.
const IMAGE_CACHE = path.join(os.tmpdir(), 'kubectl-imagepull-test-images');
/** A name only the proxy can resolve: reaching it proves the request went through the proxy. */
export const PROXIED_NAME = 'registry.kip.test';
const TOKEN = { service: 'kip-registry', issuer: 'kip-token-issuer' };

/** The running world of the suite. */
export interface RegistryFixture {
  images: TestImages;
  ca: TestCa;
  /** a CA the client is never told about */
  otherCa: TestCa;
  user: { username: string; password: string; identityToken: string };
  anonymous: TlsRegistry;
  basic: TlsRegistry;
  token: TlsRegistry;
  tokenServer: TokenServerProcess;
  rateLimited: LocalServer;
  broken: LocalServer;
  silent: LocalServer;
  untrusted: LocalServer;
  /** sends its untrusted CA along with the leaf */
  untrustedChain: LocalServer;
  wrongName: LocalServer;
  selfSigned: LocalServer;
  proxy: ConnectProxy;
  stop(): Promise<void>;
}

type Stoppers = (() => Promise<void>)[];

async function startTokenAuth(
  tools: RegistryTools,
  dir: string,
  serving: CertFiles,
  user: RegistryFixture['user'],
  stoppers: Stoppers,
) {
  const signingCa = await createTestCa(tools.openssl, dir, 'token-signing-ca');
  const signer = await issueLeaf(tools.openssl, dir, signingCa, 'token-signer', []);
  const config = {
    listen: '127.0.0.1:0',
    ...TOKEN,
    signingKey: signer.key,
    signingCertChain: signer.cert,
    tls: serving,
    users: [{ ...user, repositories: ['kip/app', 'kip/arm-only'], actions: ['pull'] }],
  };
  const configFile = path.join(dir, 'token-server.json');
  await writeFile(configFile, JSON.stringify(config, null, 2));
  const tokenServer = await startTokenServer(configFile);
  stoppers.push(tokenServer.stop);
  return { tokenServer, rootCertBundle: signingCa.cert };
}

// Certificates a client must refuse: another CA's leaf (alone and with its CA), a leaf for another
// name, and a self-signed one.
async function makeBadCerts(tools: RegistryTools, dir: string, ca: TestCa, otherCa: TestCa) {
  const untrusted = await issueLeaf(tools.openssl, dir, otherCa, 'untrusted', ['IP:127.0.0.1']);
  const untrustedChain = { cert: path.join(dir, 'untrusted-chain.crt'), key: untrusted.key };
  await writeFile(untrustedChain.cert, (await readFile(untrusted.cert, 'utf8')) + otherCa.pem);
  return {
    untrusted,
    untrustedChain,
    wrongName: await issueLeaf(tools.openssl, dir, ca, 'wrong-name', ['DNS:elsewhere.example']),
    selfSigned: await createTestCa(tools.openssl, dir, 'self-signed', ['IP:127.0.0.1']),
  };
}

const HUB_429 = {
  status: 429,
  headers: {
    'ratelimit-limit': '100;w=21600',
    'ratelimit-remaining': '0;w=21600',
    'docker-ratelimit-source': '203.0.113.7',
  },
  body: '{"errors":[{"code":"TOOMANYREQUESTS","message":"You have reached your pull rate limit."}]}',
};
const UNAVAILABLE_503 = {
  status: 503,
  body: '{"errors":[{"code":"UNAVAILABLE","message":"service unavailable"}]}',
};

async function startFakes(
  bad: Awaited<ReturnType<typeof makeBadCerts>>,
  serving: CertFiles,
  stoppers: Stoppers,
) {
  const track = async <T extends { close(): Promise<void> }>(server: Promise<T>): Promise<T> => {
    const started = await server;
    stoppers.push(() => started.close());
    return started;
  };
  return {
    rateLimited: await track(startCannedHttps(serving, HUB_429)),
    broken: await track(startCannedHttps(serving, UNAVAILABLE_503)),
    silent: await track(startSilentServer()),
    untrusted: await track(startCannedHttps(bad.untrusted, { status: 200 })),
    untrustedChain: await track(startCannedHttps(bad.untrustedChain, { status: 200 })),
    wrongName: await track(startCannedHttps(bad.wrongName, { status: 200 })),
    selfSigned: await track(startCannedHttps(bad.selfSigned, { status: 200 })),
    proxy: await track(startConnectProxy({ [PROXIED_NAME]: '127.0.0.1' })),
  };
}

async function stopAll(stoppers: Stoppers, workDir: string): Promise<void> {
  await Promise.allSettled(stoppers.reverse().map((stop) => stop()));
  await rm(workDir, { recursive: true, force: true });
}

/** Starts everything; on any failure stops what already started before rethrowing. */
export async function startRegistryFixture(): Promise<RegistryFixture> {
  const tools = await requireRegistryTools();
  const images = await buildTestImages(IMAGE_CACHE);
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'kip-registry-client-'));
  const stoppers: Stoppers = [];
  try {
    return await startAll(tools, images, workDir, stoppers);
  } catch (err) {
    await stopAll(stoppers, workDir);
    throw err;
  }
}

// A copy of the image storage, the user, the htpasswd file that knows them, and the certificates.
async function prepareFiles(tools: RegistryTools, images: TestImages, workDir: string) {
  const storage = path.join(workDir, 'storage');
  // Serve a copy: the image cache is shared and must never be written to.
  await cp(images.registryStorage, storage, { recursive: true });
  const ca = await createTestCa(tools.openssl, workDir, 'kip-test-ca');
  const otherCa = await createTestCa(tools.openssl, workDir, 'kip-other-ca');
  const sans = ['IP:127.0.0.1', 'DNS:localhost', `DNS:${PROXIED_NAME}`];
  const serving = await issueLeaf(tools.openssl, workDir, ca, 'registry', sans);
  const user = {
    username: 'alice',
    password: `S3cret-${randomBytes(6).toString('hex')}`,
    identityToken: `refresh-${randomBytes(8).toString('hex')}`,
  };
  const htpasswd = path.join(workDir, 'htpasswd');
  const { stdout } = await execFileAsync(tools.htpasswd, ['-Bbn', user.username, user.password]);
  await writeFile(htpasswd, stdout);
  return { storage, ca, otherCa, serving, user, htpasswd };
}

async function startAll(
  tools: RegistryTools,
  images: TestImages,
  workDir: string,
  stoppers: Stoppers,
): Promise<RegistryFixture> {
  const files = await prepareFiles(tools, images, workDir);
  const { ca, otherCa, serving, user } = files;
  const auth = await startTokenAuth(tools, workDir, serving, user, stoppers);
  const start = async (name: string, mode: RegistryAuth): Promise<TlsRegistry> => {
    const spec = { bin: tools.registry, storage: files.storage, workDir, name, auth: mode };
    const registry = await startTlsRegistry({ ...spec, tls: { ...serving, caPem: ca.pem } });
    stoppers.push(registry.stop);
    return registry;
  };
  const [anonymous, basic, token] = await Promise.all([
    start('anonymous', { kind: 'none' }),
    start('basic', { kind: 'htpasswd', file: files.htpasswd }),
    start('token', {
      kind: 'token',
      realm: auth.tokenServer.realm,
      ...TOKEN,
      rootCertBundle: auth.rootCertBundle,
    }),
  ]);
  const fakes = await startFakes(
    await makeBadCerts(tools, workDir, ca, otherCa),
    serving,
    stoppers,
  );
  const stop = (): Promise<void> => stopAll(stoppers, workDir);
  const { tokenServer } = auth;
  return { images, ca, otherCa, user, anonymous, basic, token, tokenServer, ...fakes, stop };
}
