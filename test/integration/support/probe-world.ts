// The node the probe suite runs on: a throwaway "host" tree (what the probe pod would see under
// /host) with resolv.conf, the system CA bundle and containerd's certs.d; a real containerd whose
// socket, root and config live in that tree; a dnsmasq as the node's nameserver; and a TLS
// registry with htpasswd auth serving the test images. stop() ends every process and removes
// every file.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { buildTestImages, type TestImages } from '../../cluster/images/build-images.js';
import { containerdConfig, startContainerd, startDnsmasq, type Daemon } from './probe-daemons.js';
import { requireProbeTools, type ProbeTools } from './probe-prerequisites.js';
import { startTlsRegistry } from './registry-process.js';
import { createTestCa, issueLeaf } from './test-pki.js';

const execFileAsync = promisify(execFile);
// Shared with the other integration suites: a warm image cache makes this one take seconds.
const IMAGE_CACHE = path.join(os.tmpdir(), 'kubectl-imagepull-test-images');
/** The names dnsmasq answers (all 127.0.0.1). */
export const TRUSTED_NAME = 'registry.kip.test';
export const UNTRUSTED_NAME = 'untrusted.kip.test';

/** The running node. */
export interface ProbeWorld {
  images: TestImages;
  workDir: string;
  /** The host prefix the probe reads. */
  prefix: string;
  /** The CRI socket (a path inside the prefix). */
  socket: string;
  port: number;
  user: { username: string; password: string };
  credentialsFile: string;
  nameserver: string;
  /**
   * A second registry on the same images, TLS with the world's CA, that answers with a Bearer
   * challenge naming `realm` (no token service runs: the challenge is what the tests need), and
   * the certs.d entry containerd needs for it. Stopped with the world.
   */
  startTokenRegistry(realm: string): Promise<{ port: number }>;
  stop(): Promise<void>;
}

type Stoppers = (() => Promise<void>)[];

async function makePki(tools: ProbeTools, dir: string) {
  const ca = await createTestCa(tools.openssl, dir, 'kip-probe-ca');
  const sans = [`DNS:${TRUSTED_NAME}`, `DNS:${UNTRUSTED_NAME}`, 'IP:127.0.0.1'];
  return { ca, serving: await issueLeaf(tools.openssl, dir, ca, 'registry', sans) };
}

async function writeFileIn(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}

/** The host tree: resolver, CA bundle, certs.d (CA for TRUSTED_NAME only), proxy drop-in, kubelet dir. */
async function writeHostTree(
  prefix: string,
  nameserver: string,
  port: number,
  caPem: string,
): Promise<void> {
  // The real root's /tmp shows through the prefix, so absolute temp paths in containerd's config
  // and in ImageFsInfo resolve under the prefix as they would on a node.
  await mkdir(prefix, { recursive: true });
  await symlink('/tmp', path.join(prefix, 'tmp'));
  await writeFileIn(
    path.join(prefix, 'etc/resolv.conf'),
    `# kip probe test node\nnameserver ${nameserver}\noptions timeout:2 attempts:2\n`,
  );
  await writeFileIn(path.join(prefix, 'etc/hosts'), '127.0.0.1\tlocalhost\n');
  await writeFileIn(
    path.join(prefix, 'etc/ssl/certs/ca-certificates.crt'),
    await readFile('/etc/ssl/certs/ca-certificates.crt', 'utf8'),
  );
  const certs = path.join(prefix, 'etc/containerd/certs.d');
  // containerd dials the IP (the real host's resolver knows nothing of *.kip.test); the probe
  // dials the name. containerd 1.6 needs the [host] table: a bare `server` line is not used.
  const hostsToml = (ca: string): string =>
    `server = "https://127.0.0.1:${port}"\n${ca}\n[host."https://127.0.0.1:${port}"]\n` +
    `  capabilities = ["pull", "resolve"]\n  ${ca}\n`;
  await writeFileIn(
    path.join(certs, `${TRUSTED_NAME}:${port}/hosts.toml`),
    hostsToml('ca = "ca.crt"'),
  );
  await writeFileIn(path.join(certs, `${TRUSTED_NAME}:${port}/ca.crt`), caPem);
  await writeFileIn(path.join(certs, `${UNTRUSTED_NAME}:${port}/hosts.toml`), hostsToml(''));
  const dropIn = '[Service]\nEnvironment="NO_PROXY=localhost,127.0.0.1,.kip.test"\n';
  await writeFileIn(
    path.join(prefix, 'etc/systemd/system/containerd.service.d/http-proxy.conf'),
    dropIn,
  );
  await mkdir(path.join(prefix, 'var/lib/kubelet'), { recursive: true });
}

async function startRegistry(
  tools: ProbeTools,
  images: TestImages,
  workDir: string,
  stoppers: Stoppers,
) {
  const pki = await makePki(tools, workDir);
  const user = { username: 'alice', password: `S3cret-${randomBytes(8).toString('hex')}` };
  const htpasswd = path.join(workDir, 'htpasswd');
  await writeFile(
    htpasswd,
    (await execFileAsync(tools.htpasswd, ['-Bbn', user.username, user.password])).stdout,
  );
  const storage = path.join(workDir, 'storage');
  // Serve a copy: the image cache is shared and must never be written to.
  await cp(images.registryStorage, storage, { recursive: true });
  const registry = await startTlsRegistry({
    bin: tools.registry,
    storage,
    workDir,
    name: 'probe-registry',
    tls: { ...pki.serving, caPem: pki.ca.pem },
    auth: { kind: 'htpasswd', file: htpasswd },
  });
  stoppers.push(registry.stop);
  return { registry, user, caPem: pki.ca.pem, pki, storage };
}

async function startAll(
  tools: ProbeTools,
  images: TestImages,
  workDir: string,
  stoppers: Stoppers,
): Promise<ProbeWorld> {
  const { registry, user, caPem, pki, storage } = await startRegistry(
    tools,
    images,
    workDir,
    stoppers,
  );
  const dns = await startDnsmasq(tools.dnsmasq, 'kip.test');
  stoppers.push(dns.stop);
  const prefix = path.join(workDir, 'host');
  await writeHostTree(prefix, dns.address, registry.port, caPem);
  const dirs = {
    root: path.join(prefix, 'var/lib/containerd'),
    state: path.join(prefix, 'run/containerd'),
    socket: path.join(prefix, 'run/containerd/containerd.sock'),
    opt: path.join(workDir, 'containerd-opt'),
    certsDir: path.join(prefix, 'etc/containerd/certs.d'),
  };
  const configFile = path.join(prefix, 'etc/containerd/config.toml');
  await writeFile(configFile, containerdConfig(dirs));
  const containerd: Daemon = await startContainerd(tools.containerd, configFile, dirs.socket);
  stoppers.push(containerd.stop);
  const credentialsFile = path.join(workDir, 'credentials/auth.json');
  await writeFileIn(credentialsFile, JSON.stringify(user));
  const stop = (): Promise<void> => stopAll(stoppers, workDir);
  const startTokenRegistry = async (realm: string): Promise<{ port: number }> => {
    const ca = pki.ca.cert;
    const token = await startTlsRegistry({
      bin: tools.registry,
      storage,
      workDir,
      name: `token-registry-${stoppers.length}`,
      tls: { ...pki.serving, caPem },
      auth: { kind: 'token', realm, service: 'kip-test', issuer: 'kip-test', rootCertBundle: ca },
    });
    stoppers.push(token.stop);
    const dir = path.join(dirs.certsDir, `${TRUSTED_NAME}:${token.port}`);
    await writeFileIn(path.join(dir, 'ca.crt'), caPem);
    await writeFileIn(
      path.join(dir, 'hosts.toml'),
      `server = "https://127.0.0.1:${token.port}"\nca = "ca.crt"\n[host."https://127.0.0.1:${token.port}"]\n  capabilities = ["pull", "resolve"]\n  ca = "ca.crt"\n`,
    );
    return { port: token.port };
  };
  return {
    startTokenRegistry,
    images,
    workDir,
    prefix,
    socket: dirs.socket,
    port: registry.port,
    user,
    credentialsFile,
    nameserver: dns.address,
    stop,
  };
}

async function stopAll(stoppers: Stoppers, workDir: string): Promise<void> {
  await Promise.allSettled(stoppers.reverse().map((stop) => stop()));
  await rm(workDir, { recursive: true, force: true });
}

/** Starts the node; on any failure stops what already started before rethrowing. */
export async function startProbeWorld(): Promise<ProbeWorld> {
  const tools = await requireProbeTools();
  const images = await buildTestImages(IMAGE_CACHE);
  // Short: the CRI socket path inside it must stay under the 108-byte unix socket limit.
  const workDir = await mkdtemp('/tmp/kip-probe-');
  const stoppers: Stoppers = [];
  try {
    return await startAll(tools, images, workDir, stoppers);
  } catch (err) {
    await stopAll(stoppers, workDir);
    throw err;
  }
}
