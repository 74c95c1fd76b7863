/**
 * `reproduce --via ssh` against the real sshd each test node runs in its own namespaces: the same
 * checks, through the node's own tools, give the same verdict split as the probe pod; a refused
 * key, an unknown or changed host key and a NotReady node each end in one line and an exit code,
 * and nothing is left behind (no probe objects, no image the node did not have before).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { execa } from 'execa';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterInfo, ClusterNode } from '../cluster/cluster-info.js';
import {
  breakDns,
  clearImagefs,
  crictlOnNode,
  fillImagefs,
  kubectl,
  restoreDns,
} from '../cluster/faults.js';
import { pauseKubelet, resumeKubelet } from '../cluster/kubelet-pause.js';
import { inNamespacesOf } from '../cluster/run-command.js';
import { CORP_USER } from '../cluster/layout.js';
import { aCorpPullSecret, aPod } from './support/pod-builder.js';
import { apply, cluster, createNamespace, deleteNamespace } from './support/kube.js';
import { imagepull, json, type PluginRun } from './support/plugin.js';
import type { ReproduceResult } from '../../shared/probe/verdict.js';
import { RUNTIME_NODES } from './support/runtime-nodes.js';

const CORP = 'registry.corp.test:5000';
const PLAIN = 'registry.plain.test';

let info: ClusterInfo;
let ns: string;
let node1: ClusterNode;
let node2: ClusterNode;
const nodeOf = (name: string): ClusterNode => info.nodes.find((n) => n.name === name)!;
let scratch: string;
const runs: PluginRun[] = [];

/** The SSH flags that log in as the harness's test client. */
const sshFlags = (): string[] => [
  '--via',
  'ssh',
  '--ssh-key',
  info.ssh.clientKey,
  '--ssh-known-hosts',
  info.ssh.knownHosts,
];

async function viaSsh(...args: string[]): Promise<PluginRun> {
  const run = await imagepull(info, ['reproduce', '-n', ns, ...sshFlags(), ...args]);
  runs.push(run);
  return run;
}

async function viaSshJson(...args: string[]): Promise<{ run: PluginRun; r: ReproduceResult }> {
  const run = await viaSsh('-o', 'json', ...args);
  return { run, r: json<ReproduceResult>(run) };
}

async function probeLeftovers(): Promise<string> {
  const selector = 'app.kubernetes.io/managed-by=kubectl-imagepull';
  return (
    await kubectl(info.kubeconfig, ['get', 'jobs,pods,secrets', '-A', '-l', selector, '-o', 'name'])
  ).trim();
}

/** The error lines of a failed run: exactly one `error:` line, maybe one `hint:` line. */
function errorLines(run: PluginRun): string[] {
  const lines = run.stderr.trim().split('\n');
  expect(lines.filter((l) => l.startsWith('error: '))).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  return lines;
}

/** The node's imagefs and image list, for a failure message. */
async function imagefsState(node: ClusterNode): Promise<string> {
  const df = await inNamespacesOf(node.pid, 'df', ['-B1M', node.imagefs]);
  const images = await crictlOnNode(node, info.crictl, ['images']);
  return `${df.trim()}\n${images.trim()}`;
}

beforeAll(async () => {
  info = await cluster();
  if (!info.ssh)
    throw new Error(
      'the test cluster runs no sshd (cluster.json has no ssh): rebuild it with `npm run cluster:up`',
    );
  node1 = info.nodes.find((n) => n.name === 'node-1')!;
  node2 = info.nodes.find((n) => n.name === 'node-2')!;
  ns = await createNamespace(info, 'repro-ssh');
  scratch = await mkdtemp(path.join(os.tmpdir(), 'kip-ssh-test-'));
  await apply(info, aCorpPullSecret('corp-pull', ns));
  const pod = aPod('with-secret').inNamespace(ns).onNode('node-1');
  await apply(info, pod.withImage(`${CORP}/kip/app:v1.4.1`).withPullSecret('corp-pull').toJson());
});

afterAll(async () => {
  if (!info) return;
  expect(await probeLeftovers()).toBe('');
  await deleteNamespace(info, ns);
  await rm(scratch, { recursive: true, force: true });
  for (const run of runs) expect(`${run.stdout}\n${run.stderr}`).not.toContain(CORP_USER.password);
});

describe.each(RUNTIME_NODES)(
  'reproduce --via ssh splits the fault as the probe pod does, on $label',
  (node) => {
    it('bad tag: fails the same with and without credentials -> image reference', async () => {
      const here = nodeOf(node.name);
      const { run, r } = await viaSshJson(
        '--node',
        node.name,
        '--image',
        `${PLAIN}/kip/app:v1.4.2`,
      );
      expect(run.code).toBe(1);
      expect(r.nodes[0]).toMatchObject({
        node: node.name,
        domain: 'image-reference',
        cause: 'not-found',
      });
      expect(r.nodes[0]?.checks).toMatchObject({
        dns: 'ok',
        tcp: 'ok',
        tls: 'ok',
        registryApi: 'ok',
        pullAnonymous: 'failed',
        disk: 'ok',
      });
      expect(run.stderr).toContain(`probe on ${node.name}: connected (ssh root@${here.address})`);
    });

    it('auth without a secret: refused, no credentials to try -> credentials', async () => {
      const { run, r } = await viaSshJson('--node', node.name, '--image', `${CORP}/kip/app:v1.4.1`);
      expect(run.code).toBe(1);
      expect(r.credentials).toBe('none');
      expect(r.nodes[0]).toMatchObject({ domain: 'credentials', cause: 'auth' });
    });

    it("auth with the pod's secret: works on the node with the pod's credentials, and leaves no image", async () => {
      const image = `${CORP}/kip/app:v1.4.1`;
      const here = nodeOf(node.name);
      await crictlOnNode(here, info.crictl, ['rmi', image]);
      const { r } = await viaSshJson('--node', node.name, '--pod', `${ns}/with-secret`);
      expect(r.credentials).toBe('kubelet-match');
      expect(r.nodes[0]?.checks).toMatchObject({
        pullAnonymous: 'failed',
        pullWithCredentials: 'ok',
      });
      expect(r.nodes[0]?.summary).toContain(
        'the kubelet did not get (or did not use) those credentials',
      );
      // The node's image cache is as it was: the pulled image was removed again.
      expect(await crictlOnNode(here, info.crictl, ['inspecti', image])).toMatch(
        /not found|no such image/i,
      );
    });

    it('the image pulls fine: exit 0, with the text verdict', async () => {
      const run = await viaSsh('--node', node.name, '--image', `${PLAIN}/kip/app:v1.4.1`);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`${node.name} pulls the image anonymously`);
    });

    it('DNS broken here only: fails here only, node-local DNS (the node resolver, via getent)', async () => {
      const here = nodeOf(node.name);
      await breakDns(here);
      try {
        const { r } = await viaSshJson(
          '--nodes',
          `${node.peer},${node.name}`,
          '--image',
          `${PLAIN}/kip/app:v1.4.1`,
        );
        expect(r.summary).toBe(`fails on ${node.name} only: node-local DNS`);
        const n2 = r.nodes.find((n) => n.node === node.name);
        expect(n2).toMatchObject({ domain: 'network', cause: 'dns' });
        expect(n2?.evidence.join('\n')).toMatch(/registry\.plain\.test.*no such host/);
      } finally {
        await restoreDns(here);
      }
    });

    it('imagefs full here: node (disk), with no probe container to lose to DiskPressure', async () => {
      const here = nodeOf(node.name);
      const big = `${PLAIN}/kip/big:v1`;
      /** One reproduce on a freshly filled imagefs: the node's report and what the node looked like. */
      const attempt = async () => {
        await crictlOnNode(here, info.crictl, ['rmi', big]);
        // Too full for kip/big, not full enough for DiskPressure: the node's own crictl meets ENOSPC.
        await fillImagefs(here, 'enospc');
        try {
          const before = await imagefsState(here);
          const { r } = await viaSshJson('--node', node.name, '--image', big);
          const after = await imagefsState(here);
          return {
            report: r.nodes[0],
            context: `before the run:\n${before}\nafter it:\n${after}\nreport: ${JSON.stringify(r.nodes[0])}`,
          };
        } finally {
          await clearImagefs(here);
        }
      };
      const expected = { node: node.name, domain: 'node', cause: 'disk' };
      let { report, context } = await attempt();
      // Once, in CI, this pull succeeded on the filled imagefs (64 MiB left for a 96 MiB layer that
      // must also be unpacked), and 4 local runs of this file since could not show why. The harness then did not
      // hold the fault, which is not what this test is about: say so with the node's state, so the
      // next occurrence can be explained, and try once more on a fresh fill.
      if (report?.domain === 'none') {
        console.warn(`imagefs fault did not hold on ${node.name}; trying again. ${context}`);
        ({ report, context } = await attempt());
      }
      expect(report, context).toMatchObject(expected);
    });
  },
);

describe('reproduce --via ssh with what only SSH can do', () => {
  it('RBAC without pod create (restricted user): SSH needs no pod, so it still reproduces', async () => {
    const run = await viaSsh(
      '--kubeconfig',
      info.restrictedKubeconfig,
      '--node',
      'node-1',
      '--image',
      `${PLAIN}/kip/app:v1.4.2`,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/not-found|image reference/);
  });

  it('through a jump host (node-1 sshd) to node-2', async () => {
    const { run, r } = await viaSshJson(
      '--node',
      'node-2',
      '--ssh-jump',
      `root@${node1.address}`,
      '--image',
      `${PLAIN}/kip/app:v1.4.2`,
    );
    expect(run.stderr).toMatch(/connected \(ssh root@10\.213\.0\.12 via root@10\.213\.0\.11\)/);
    expect(r.nodes[0]).toMatchObject({ node: 'node-2', domain: 'image-reference' });
  });

  it('with the key held only by a real ssh-agent (SSH_AUTH_SOCK), no --ssh-key and no ~/.ssh', async () => {
    const sock = path.join(scratch, 'agent.sock');
    const agent = spawn('ssh-agent', ['-D', '-a', sock], { stdio: 'ignore' });
    try {
      await waitForSocket(sock);
      await execa('ssh-add', [info.ssh.clientKey], {
        env: { SSH_AUTH_SOCK: sock },
        stdio: 'ignore',
      });
      const run = await imagepull(
        info,
        [
          'reproduce',
          '-n',
          ns,
          '--via',
          'ssh',
          '--ssh-known-hosts',
          info.ssh.knownHosts,
          '--node',
          'node-1',
          '--image',
          `${PLAIN}/kip/app:v1.4.2`,
          '-o',
          'json',
        ],
        { SSH_AUTH_SOCK: sock, HOME: scratch },
      );
      runs.push(run);
      expect(run.stderr).toMatch(/connected \(ssh root@10\.213\.0\.11\)/);
      expect(json<ReproduceResult>(run).nodes[0]).toMatchObject({ domain: 'image-reference' });
    } finally {
      agent.kill();
    }
  });
});

describe('reproduce --via ssh with the ~/.ssh/config people keep', () => {
  it('takes User, IdentityFile, UserKnownHostsFile and ProxyJump from Host blocks, with no --ssh-* flag', async () => {
    // A HOME of its own: ~/.ssh/config is the only source of the login. Node names match `Host`,
    // and node-2 is reached through node-1, as a bastion would be.
    const home = await mkdtemp(path.join(os.tmpdir(), 'kip-ssh-config-'));
    try {
      await mkdir(path.join(home, '.ssh', 'config.d'), { recursive: true });
      await writeFile(
        path.join(home, '.ssh', 'config'),
        `Include config.d/*.conf\n\nHost node-*\n  User root\n  IdentityFile ${info.ssh.clientKey}\n  UserKnownHostsFile ${info.ssh.knownHosts}\n`,
      );
      await writeFile(
        path.join(home, '.ssh', 'config.d', 'jump.conf'),
        `Host node-2\n  ProxyJump root@${node1.address}\n  ServerAliveInterval 10\n`,
      );
      const run = await imagepull(
        info,
        [
          'reproduce',
          '-n',
          ns,
          '--via',
          'ssh',
          '--nodes',
          'node-1,node-2',
          '--image',
          `${PLAIN}/kip/app:v1.4.2`,
          '-o',
          'json',
        ],
        { HOME: home, SSH_AUTH_SOCK: '' },
      );
      runs.push(run);
      expect(run.stderr).toMatch(/probe on node-1: connected \(ssh root@10\.213\.0\.11\)/);
      expect(run.stderr).toMatch(
        /probe on node-2: connected \(ssh root@10\.213\.0\.12 via root@10\.213\.0\.11\)/,
      );
      const r = json<ReproduceResult>(run);
      expect(r.nodes.map((n) => n.domain)).toEqual(['image-reference', 'image-reference']);
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  });

  it('--ssh-config none ignores it: then there is no key, and it says so in one line', async () => {
    const home = await mkdtemp(path.join(os.tmpdir(), 'kip-ssh-config-'));
    try {
      await mkdir(path.join(home, '.ssh'));
      await writeFile(
        path.join(home, '.ssh', 'config'),
        `Host node-*\n  IdentityFile ${info.ssh.clientKey}\n`,
      );
      const run = await imagepull(
        info,
        [
          'reproduce',
          '-n',
          ns,
          '--via',
          'ssh',
          '--ssh-config',
          'none',
          '--ssh-known-hosts',
          info.ssh.knownHosts,
          '--node',
          'node-1',
          '--image',
          `${PLAIN}/kip/app:v1.4.2`,
        ],
        { HOME: home, SSH_AUTH_SOCK: '' },
      );
      runs.push(run);
      expect(run.code).not.toBe(0);
      expect(errorLines(run)[0]).toMatch(/^error: /);
    } finally {
      await rm(home, { recursive: true, force: true });
    }
  });
});

/** ssh-agent creates its socket a moment after it starts. */
async function waitForSocket(file: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (existsSync(file)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`ssh-agent did not create ${file} (is openssh-client installed?)`);
}

describe('reproduce --via ssh refuses what it must', () => {
  it('sshd refusing the key: exit 4, one line naming the node and the key', async () => {
    const run = await imagepull(info, [
      'reproduce',
      '--node',
      'node-1',
      '--image',
      `${PLAIN}/kip/app:v1.4.1`,
      '--via',
      'ssh',
      '--ssh-key',
      info.ssh.refusedKey,
      '--ssh-known-hosts',
      info.ssh.knownHosts,
    ]);
    runs.push(run);
    expect(run.code).toBe(4);
    const [first] = errorLines(run);
    expect(first).toBe(
      `error: sshd on node-1 (root@10.213.0.11) refused every key offered (${info.ssh.refusedKey})`,
    );
  });

  it('unknown host key: refused, exit 4, with the fingerprint and how to add it', async () => {
    const empty = path.join(scratch, 'known_hosts.empty');
    await writeFile(empty, '');
    const run = await imagepull(info, [
      'reproduce',
      '--node',
      'node-1',
      '--image',
      `${PLAIN}/kip/app:v1.4.1`,
      '--via',
      'ssh',
      '--ssh-key',
      info.ssh.clientKey,
      '--ssh-known-hosts',
      empty,
    ]);
    runs.push(run);
    expect(run.code).toBe(4);
    const [first, hint] = errorLines(run);
    expect(first).toMatch(
      new RegExp(
        `^error: refusing SSH to node-1 \\(10\\.213\\.0\\.11\\): its host key ssh-ed25519 SHA256:\\S+ is not in ${empty}$`,
      ),
    );
    expect(hint).toMatch(/^hint: .*ssh-keyscan -p 22 10\.213\.0\.11/);
  });

  it("changed host key (node-2's address with node-1's key on file): refused, exit 4", async () => {
    const real = await readFile(info.ssh.knownHosts, 'utf8');
    const node1Key = real.split('\n').find((l) => l.startsWith(`${node1.address} `))!;
    const swapped = path.join(scratch, 'known_hosts.swapped');
    await writeFile(swapped, `${node1Key.replace(node1.address, node2.address)}\n`);
    const run = await imagepull(info, [
      'reproduce',
      '--node',
      'node-2',
      '--image',
      `${PLAIN}/kip/app:v1.4.1`,
      '--via',
      'ssh',
      '--ssh-key',
      info.ssh.clientKey,
      '--ssh-known-hosts',
      swapped,
    ]);
    runs.push(run);
    expect(run.code).toBe(4);
    expect(errorLines(run)[0]).toMatch(
      /^error: refusing SSH to node-2 .* differs from the one in .* \(line 1\)/,
    );
  });

  it('ssh flags without --via ssh: usage error, exit 2', async () => {
    const run = await imagepull(info, [
      'reproduce',
      '--node',
      'node-1',
      '--image',
      `${PLAIN}/kip/app:v1.4.1`,
      '--ssh-key',
      info.ssh.clientKey,
    ]);
    expect(run.code).toBe(2);
    expect(errorLines(run)[0]).toBe('error: --ssh-key goes with --via ssh');
  });
});

describe('a NotReady node', () => {
  it('the pod path refuses it before creating anything and suggests --via ssh; --via ssh still reproduces', async () => {
    await pauseKubelet(info, node2);
    try {
      const pod = await imagepull(info, [
        'reproduce',
        '-n',
        ns,
        '--node',
        'node-2',
        '--image',
        `${PLAIN}/kip/app:v1.4.2`,
        '--probe-image',
        info.probeImage!,
      ]);
      runs.push(pod);
      expect(pod.code).toBe(4);
      const [first, hint] = errorLines(pod);
      expect(first).toBe('error: node node-2 is NotReady: its kubelet cannot run the probe pod');
      expect(hint).toMatch(/^hint: .*--via ssh/);
      expect(await probeLeftovers()).toBe('');

      const { run, r } = await viaSshJson('--node', 'node-2', '--image', `${PLAIN}/kip/app:v1.4.2`);
      expect(run.code).toBe(1);
      expect(r.nodes[0]).toMatchObject({
        node: 'node-2',
        domain: 'image-reference',
        cause: 'not-found',
      });
    } finally {
      await resumeKubelet(info, node2);
    }
  });
});
