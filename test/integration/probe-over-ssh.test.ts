// The SSH transport against real parts: a real OpenSSH sshd whose mount namespace shows the probe
// world's host tree where a node keeps things, the same real containerd, TLS registry and dnsmasq
// the pod probe suite uses. The SSH report must match what the built probe reports for the same
// request through the same node, check for check.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CriClient } from '../../probe/cri/client.js';
import type { CredentialsRead } from '../../probe/node/credentials.js';
import { loadSshCredentials, openSsh } from '../../plugin/ssh/open-ssh.js';
import { probeOverSsh } from '../../plugin/ssh/probe-over-ssh.js';
import type { SshSettings } from '../../plugin/ssh/ssh-settings.js';
import type { ProbeReport, ProbeRequest } from '../../shared/probe/report.js';
import { aRequest, buildProbe, runProbe } from './support/probe-run.js';
import { startProbeWorld, TRUSTED_NAME, type ProbeWorld } from './support/probe-world.js';
import { startSshd, type Sshd } from './support/sshd-process.js';

let world: ProbeWorld;
let sshd: Sshd;
/** The same node, through an sshd without the sftp subsystem: files are read with cat and ls. */
let noSftp: Sshd;
let cri: CriClient;

beforeAll(async () => {
  await buildProbe();
  world = await startProbeWorld();
  sshd = await startSshd(world.workDir, world.prefix, { sftp: true, name: 'sshd-sftp' });
  noSftp = await startSshd(world.workDir, world.prefix, { sftp: false, name: 'sshd-plain' });
  cri = new CriClient(world.socket);
}, 600_000);

afterAll(async () => {
  cri?.close();
  await sshd?.stop();
  await noSftp?.stop();
  await world?.stop();
});

const settings = (over: Partial<SshSettings> = {}): SshSettings => ({
  user: 'root',
  port: sshd.port,
  keyFiles: [sshd.clientKey],
  keysExplicit: true,
  knownHostsFile: sshd.knownHosts,
  knownHostsExplicit: true,
  connectTimeoutMs: 10_000,
  ...over,
});
const endpoint = { label: 'test-node', host: '127.0.0.1', port: 0, user: 'root' };

function requestFor(name: string, tag: string): ProbeRequest {
  return aRequest({
    image: `${name}:${world.port}/kip/app:${tag}`,
    registry: `${name}:${world.port}`,
    dialHost: name,
    dialPort: world.port,
    hasCredentials: true,
  });
}

async function overSsh(
  request: ProbeRequest,
  s: SshSettings = settings(),
  server: Sshd = sshd,
): Promise<ProbeReport> {
  const credentials: CredentialsRead = {
    ok: true,
    credentials: { kind: 'basic', ...world.user },
  };
  return probeOverSsh({
    endpoint: { ...endpoint, port: server.port },
    settings: s,
    login: await loadSshCredentials(s),
    request,
    credentials,
    signal: new AbortController().signal,
    progress: () => undefined,
  });
}

const statuses = (r: ProbeReport) =>
  Object.fromEntries(Object.entries(r.checks).map(([k, v]) => [k, v.status]));

describe('the SSH transport against a registry that needs credentials', () => {
  let ssh: ProbeReport;
  let pod: ProbeReport;

  beforeAll(async () => {
    const request = requestFor(TRUSTED_NAME, 'v1.0.0');
    ssh = await overSsh(request);
    const run = await runProbe(world.workDir, 'pod-twin', {
      ...request,
      hostPrefix: world.prefix,
      credentialsPath: world.credentialsFile,
    });
    if (!run.report.ok) throw new Error(`pod probe report invalid: ${run.stderr}`);
    pod = run.report.report;
    console.log(`SSH report:\n${JSON.stringify(ssh, null, 2)}`);
  }, 180_000);

  it('is a valid report marked transport ssh', () => {
    expect(ssh.transport).toBe('ssh');
    expect(ssh.node.name).toBe('test-node');
  });

  it('gives every check the same status as the pod probe on the same node', () => {
    expect(statuses(ssh)).toEqual(statuses(pod));
    expect(statuses(ssh)).toEqual({
      dns: 'ok',
      tcp: 'ok',
      tls: 'ok',
      registryApi: 'ok',
      // The world's hosts.toml lists the registry by IP as a [host]: a mirror the runtime tries.
      mirrors: 'ok',
      pullAnonymous: 'failed',
      pullWithCredentials: 'ok',
      disk: 'ok',
    });
  });

  it('reads the same runtime, registry config and proxy environment as the pod probe', () => {
    expect(ssh.node.runtime).toEqual(pod.node.runtime);
    expect(ssh.node.registryConfig).toEqual(pod.node.registryConfig);
    expect(ssh.node.proxy).toEqual(pod.node.proxy);
    expect(ssh.node.resolvConf).toEqual(pod.node.resolvConf);
  });

  it('resolved with the node resolver, verified TLS with certs.d, saw the Basic challenge', () => {
    expect(ssh.checks.dns.detail).toMatchObject({ addresses: ['127.0.0.1'] });
    expect(ssh.checks.tls.detail?.caFiles?.some((f) => f.endsWith('/ca.crt'))).toBe(true);
    expect(ssh.checks.registryApi.detail).toMatchObject({
      status: 401,
      challenge: 'Basic',
      tlsVerified: true,
    });
  });

  it("fails anonymously with the runtime's 401, pulls with credentials, and removes the image again", async () => {
    expect(ssh.checks.pullAnonymous.error).toMatch(/401 Unauthorized/);
    expect(ssh.checks.pullWithCredentials.detail).toMatchObject({
      alreadyPresent: false,
      removedAfter: true,
    });
    expect(await cri.imageStatus(requestFor(TRUSTED_NAME, 'v1.0.0').image, 5000)).toBeUndefined();
  });

  it('measures imagefs and nodefs through stat -f', () => {
    const roles = ssh.checks.disk.detail?.filesystems.map((f) => f.role);
    expect(roles).toEqual(['imagefs', 'nodefs']);
    for (const fs of ssh.checks.disk.detail?.filesystems ?? [])
      expect(fs.bytesTotal).toBeGreaterThan(0);
  });

  it('never carries the password', () => {
    expect(JSON.stringify(ssh)).not.toContain(world.user.password);
  });

  it('reads the same node facts and gets the same statuses without the sftp subsystem (cat, ls)', async () => {
    const plain = await overSsh(
      requestFor(TRUSTED_NAME, 'v1.0.0'),
      settings({
        port: noSftp.port,
        knownHostsFile: noSftp.knownHosts,
        keyFiles: [noSftp.clientKey],
      }),
      noSftp,
    );
    expect(plain.node).toEqual(ssh.node);
    expect(plain.notes).toEqual(ssh.notes);
    expect(statuses(plain)).toEqual(statuses(ssh));
  }, 120_000);
});

describe('the SSH transport refuses', () => {
  it('an unknown name: DNS failed with the node resolver', async () => {
    const report = await overSsh(requestFor('nowhere.invalid', 'v1.0.0'));
    expect(report.checks.dns.status).toBe('failed');
    expect(report.checks.dns.error).toMatch(/^lookup nowhere\.invalid on .*: no such host$/);
  });

  it('a key sshd does not accept: one line naming the node and the key', async () => {
    await expect(
      overSsh(requestFor(TRUSTED_NAME, 'v1.0.0'), settings({ keyFiles: [sshd.refusedKey] })),
    ).rejects.toThrow(
      `sshd on test-node (root@[127.0.0.1]:${sshd.port}) refused every key offered (${sshd.refusedKey})`,
    );
  });

  it('a host key known_hosts does not list, naming its fingerprint', async () => {
    const empty = path.join(world.workDir, 'known_hosts.empty');
    await writeFile(empty, '');
    await expect(
      overSsh(requestFor(TRUSTED_NAME, 'v1.0.0'), settings({ knownHostsFile: empty })),
    ).rejects.toThrow(
      /^refusing SSH to test-node \(\[127\.0\.0\.1\]:\d+\): its host key ssh-ed25519 SHA256:\S+ is not in /,
    );
  });

  it('connects and closes cleanly when asked directly (no channel left open)', async () => {
    const s = settings();
    const conn = await openSsh({ ...endpoint, port: sshd.port }, s, await loadSshCredentials(s));
    expect(conn.where).toBe(`ssh root@[127.0.0.1]:${sshd.port}`);
    await new Promise<void>((resolve) => {
      conn.client.once('close', () => resolve());
      conn.close();
    });
  });
});
