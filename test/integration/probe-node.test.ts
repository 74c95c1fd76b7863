// The built node probe against real parts: containerd 1.6 over CRI, a TLS registry with htpasswd,
// dnsmasq as the node's nameserver, and a throwaway host tree as the probe's /host.
import { statfs } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CriClient } from '../../probe/cri/client.js';
import type { ProbeReport, ProbeRequest } from '../../shared/probe/report.js';
import { aRequest, buildProbe, runProbe, type ProbeRun } from './support/probe-run.js';
import {
  startProbeWorld,
  TRUSTED_NAME,
  UNTRUSTED_NAME,
  type ProbeWorld,
} from './support/probe-world.js';

let world: ProbeWorld;
let cri: CriClient;

beforeAll(async () => {
  await buildProbe();
  world = await startProbeWorld();
  cri = new CriClient(world.socket);
}, 600_000);

afterAll(async () => {
  cri?.close();
  await world?.stop();
});

const imageOn = (name: string, tag = 'v1.0.0'): string => `${name}:${world.port}/kip/app:${tag}`;

function requestFor(name: string, tag: string, extra: Partial<ProbeRequest> = {}): ProbeRequest {
  return aRequest({
    image: imageOn(name, tag),
    registry: `${name}:${world.port}`,
    dialHost: name,
    dialPort: world.port,
    hostPrefix: world.prefix,
    hasCredentials: true,
    credentialsPath: world.credentialsFile,
    ...extra,
  });
}

function reportOf(run: ProbeRun): ProbeReport {
  if (!run.report.ok)
    throw new Error(`invalid report: ${run.report.problems.join('; ')}\n${run.stderr}`);
  return run.report.report;
}

describe('probe against a trusted registry that needs credentials', () => {
  let run: ProbeRun;
  let report: ProbeReport;

  beforeAll(async () => {
    run = await runProbe(world.workDir, 'trusted', requestFor(TRUSTED_NAME, 'v1.0.0'));
    report = reportOf(run);
    console.log(`probe run took ${run.ms} ms; report:\n${JSON.stringify(report, null, 2)}`);
  }, 180_000);

  it('prints one valid report and exits 0', () => {
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('resolves the registry through the node resolver and reaches it', () => {
    expect(report.checks.dns).toMatchObject({
      status: 'ok',
      detail: { addresses: ['127.0.0.1'], resolver: world.nameserver },
    });
    expect(report.node.resolvConf?.nameservers).toEqual([world.nameserver]);
    expect(report.checks.tcp).toMatchObject({
      status: 'ok',
      detail: { address: `127.0.0.1:${world.port}` },
    });
  });

  it('verifies TLS with the CA from certs.d', () => {
    expect(report.checks.tls.status).toBe('ok');
    expect(report.checks.tls.detail?.subject).toBe('CN=registry');
    expect(report.checks.tls.detail?.issuer).toBe('CN=kip-probe-ca');
    expect(report.checks.tls.detail?.caFiles).toContain(
      `${world.prefix}/etc/containerd/certs.d/${TRUSTED_NAME}:${world.port}/ca.crt`,
    );
  });

  it('reads the /v2/ challenge', () => {
    expect(report.checks.registryApi).toMatchObject({
      status: 'ok',
      detail: { status: 401, challenge: 'Basic', tlsVerified: true },
    });
  });

  it('fails the anonymous pull with the runtime’s 401 wording', () => {
    expect(report.checks.pullAnonymous.status).toBe('failed');
    expect(report.checks.pullAnonymous.error).toMatch(/401 Unauthorized/);
    expect(report.checks.pullAnonymous.detail).toMatchObject({
      alreadyPresent: false,
      grpcStatus: 'Unknown',
    });
  });

  it('pulls with credentials and removes the image again', async () => {
    expect(report.checks.pullWithCredentials).toMatchObject({
      status: 'ok',
      detail: {
        alreadyPresent: false,
        removedAfter: true,
        imageRef: expect.stringMatching(/^sha256:/),
      },
    });
    expect(await cri.imageStatus(imageOn(TRUSTED_NAME), 5000)).toBeUndefined();
  });

  it('reports the runtime, its config and sane disk numbers', async () => {
    expect(report.node.runtime).toMatchObject({
      name: 'containerd',
      endpoint: 'unix:///run/containerd/containerd.sock',
    });
    expect(report.node.proxy).toEqual({ NO_PROXY: 'localhost,127.0.0.1,.kip.test' });
    expect(report.node.registryConfig?.join('\n')).toContain(
      `server https://127.0.0.1:${world.port}; ca ca.crt`,
    );
    const filesystems = report.checks.disk.detail?.filesystems ?? [];
    expect(filesystems.map((fs) => fs.role)).toEqual(['imagefs', 'nodefs']);
    const tmp = await statfs('/tmp');
    for (const fs of filesystems) {
      expect(fs.bytesTotal).toBe(tmp.blocks * tmp.bsize);
      expect(fs.bytesFree).toBeGreaterThan(0);
      expect(fs.bytesFree).toBeLessThanOrEqual(fs.bytesTotal);
      expect(fs.inodesFree).toBeGreaterThan(0);
      expect(fs.inodesFree).toBeLessThanOrEqual(fs.inodesTotal);
    }
  });

  it('never prints the password', () => {
    expect(run.stdout).not.toContain(world.user.password);
    expect(run.stderr).not.toContain(world.user.password);
  });
});

describe('probe against a registry whose CA the node lacks', () => {
  it('fails TLS with the verify error and the pull with the runtime’s x509 error', async () => {
    const run = await runProbe(world.workDir, 'untrusted', requestFor(UNTRUSTED_NAME, 'v1.0.0'));
    const report = reportOf(run);
    expect(report.checks.tls).toMatchObject({
      status: 'failed',
      detail: { subject: 'CN=registry' },
    });
    expect(report.checks.tls.error).toMatch(/UNABLE_TO_VERIFY_LEAF_SIGNATURE/);
    expect(report.checks.registryApi.detail).toMatchObject({ status: 401, tlsVerified: false });
    expect(report.checks.pullWithCredentials.status).toBe('failed');
    expect(report.checks.pullWithCredentials.error).toMatch(
      /x509: certificate signed by unknown authority/,
    );
    expect(`${run.stdout}${run.stderr}`).not.toContain(world.user.password);
  }, 180_000);
});

describe('probe when the image is already cached', () => {
  it('reports alreadyPresent and leaves the image in place', async () => {
    const image = imageOn(TRUSTED_NAME, 'v1.4.0');
    await cri.pullImage(image, world.user, 60_000);
    try {
      const report = reportOf(
        await runProbe(
          world.workDir,
          'cached',
          requestFor(TRUSTED_NAME, 'v1.4.0', { hasCredentials: false }),
        ),
      );
      expect(report.checks.pullAnonymous).toMatchObject({
        status: 'failed',
        detail: { alreadyPresent: true },
      });
      expect(report.checks.pullWithCredentials).toMatchObject({
        status: 'skipped',
        error: 'no credentials given',
      });
      expect(await cri.imageStatus(image, 5000)).toBeDefined();
    } finally {
      await cri.removeImage(image, 10_000);
    }
  }, 180_000);
});

describe('probe with an unknown name and no runtime', () => {
  it('reports the resolver error verbatim and the missing runtime', async () => {
    const request = requestFor('nowhere.invalid', 'v1.0.0', {
      runtimeEndpoint: 'unix:///run/nothing.sock',
      hasCredentials: false,
    });
    const report = reportOf(await runProbe(world.workDir, 'nowhere', request));
    expect(report.checks.dns.status).toBe('failed');
    expect(report.checks.dns.error).toMatch(/^query(A|AAAA) E[A-Z]+ nowhere\.invalid/);
    expect(report.checks.tcp.status).toBe('skipped');
    expect(report.checks.pullAnonymous).toMatchObject({
      status: 'skipped',
      error: expect.stringContaining('/run/nothing.sock'),
    });
    expect(report.node.runtime).toBeUndefined();
  }, 60_000);
});
