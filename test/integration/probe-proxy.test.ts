// The probe on a node whose runtime pulls through an HTTP proxy (HTTPS_PROXY in the runtime's
// systemd drop-in): the network checks go the runtime's way, resolving and dialling the proxy and
// tunnelling to the registry with CONNECT, against a real tinyproxy; a proxy that refuses the
// tunnel is named as the fault, not the node's CAs.
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProbeReport } from '../../shared/probe/report.js';
import { judgeNode } from '../../shared/probe/verdict.js';
import { buildProbe, probeTrusted, type ProbeRun } from './support/probe-run.js';
import { startProbeWorld, TRUSTED_NAME, type ProbeWorld } from './support/probe-world.js';
import { startTinyproxy, type Proxy } from './support/tinyproxy.js';

let world: ProbeWorld;
let open: Proxy;
let strict: Proxy;
let authed: Proxy;
const PROXY_USER = { user: 'node', password: 'Proxy-Pa55-Never-Shown' };
const dropIn = () =>
  path.join(world.prefix, 'etc/systemd/system/containerd.service.d/zz-test-proxy.conf');

beforeAll(async () => {
  await buildProbe();
  world = await startProbeWorld();
  open = await startTinyproxy(world.workDir, 'proxy-open', world.nameserver);
  // CONNECT only to 443: the registry's own port is refused, as a locked-down proxy does.
  strict = await startTinyproxy(world.workDir, 'proxy-strict', world.nameserver, {
    connectPorts: [443],
  });
  authed = await startTinyproxy(world.workDir, 'proxy-auth', world.nameserver, {
    basicAuth: PROXY_USER,
  });
}, 600_000);

afterAll(async () => {
  await open?.stop();
  await strict?.stop();
  await authed?.stop();
  await world?.stop();
});

/** Runs the probe with the runtime's HTTPS_PROXY set to `proxy` (NO_PROXY emptied). */
async function probeVia(
  proxy: string,
  name: string,
): Promise<{ run: ProbeRun; report: ProbeReport }> {
  // A later drop-in overrides the world's NO_PROXY (.kip.test), as systemd applies them in order.
  await writeFile(dropIn(), `[Service]\nEnvironment="HTTPS_PROXY=${proxy}" "NO_PROXY="\n`);
  try {
    return await probeTrusted(world, name);
  } finally {
    await rm(dropIn(), { force: true });
  }
}

describe('a runtime behind an HTTP proxy', () => {
  it('resolves and dials the proxy, and reaches the registry through its CONNECT tunnel', async () => {
    const { report } = await probeVia(open.url, 'proxied');
    expect(report.node.proxy).toMatchObject({ HTTPS_PROXY: open.url });
    expect(report.checks.dns).toMatchObject({
      status: 'ok',
      detail: { host: '127.0.0.1', proxy: open.url },
    });
    expect(report.checks.tcp).toMatchObject({
      status: 'ok',
      detail: { address: `127.0.0.1:${new URL(open.url).port}`, proxy: open.url },
    });
    // The certificate and the /v2/ answer come from the registry, through the tunnel.
    expect(report.checks.tls).toMatchObject({ status: 'ok', detail: { subject: 'CN=registry' } });
    expect(report.checks.registryApi).toMatchObject({
      status: 'ok',
      detail: { status: 401, challenge: 'Basic' },
    });
    expect(report.checks.blobDns).toBeUndefined();
  }, 180_000);

  it('names the proxy when it refuses the tunnel, keeping its answer as evidence', async () => {
    const { report } = await probeVia(strict.url, 'refused');
    expect(report.checks.tcp.status).toBe('ok');
    expect(report.checks.tls.status).toBe('failed');
    expect(report.checks.tls.error).toMatch(
      new RegExp(
        `^proxy ${strict.url} answered CONNECT ${TRUSTED_NAME}:${world.port} with HTTP/1\\.[01] 403`,
      ),
    );
    const verdict = judgeNode('node-1', report, 'none');
    expect(verdict).toMatchObject({ domain: 'network', cause: 'network' });
    expect(verdict.summary).toContain(`runtime proxy ${strict.url} does not tunnel to`);
  }, 180_000);

  it('authenticates to a proxy with the userinfo of HTTPS_PROXY, and never reports the password', async () => {
    const withAuth = authed.url.replace('//', `//${PROXY_USER.user}:${PROXY_USER.password}@`);
    const { run, report } = await probeVia(withAuth, 'authed');
    expect(report.checks.tls.status).toBe('ok');
    expect(report.checks.registryApi.status).toBe('ok');
    expect(report.checks.dns.detail?.proxy).toBe(authed.url);
    expect(`${run.stdout}${run.stderr}`).not.toContain(PROXY_USER.password);
    // Without the userinfo the same proxy says 407, and that is the evidence.
    const { report: refused } = await probeVia(authed.url, 'unauthed');
    expect(refused.checks.tls.error).toMatch(/answered CONNECT .* with HTTP\/1\.[01] 407/);
  }, 180_000);

  it('names the proxy when nothing listens there', async () => {
    const { report } = await probeVia('http://127.0.0.1:9', 'no-proxy');
    expect(report.checks.tcp).toMatchObject({ status: 'failed' });
    expect(judgeNode('node-1', report, 'none').summary).toBe(
      "node-1 cannot connect to its runtime's proxy http://127.0.0.1:9",
    );
  }, 180_000);
});
