/**
 * `diagnose` with limited rights and bad input: RBAC that hides secrets is reported and the
 * diagnosis carries on; every bad input gets one clear line, a documented exit code, no stack.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { ClusterInfo } from '../cluster/cluster-info.js';
import { aCorpPullSecret, aPod } from './support/pod-builder.js';
import {
  apply,
  cluster,
  createNamespace,
  deleteNamespace,
  waitForPullFailure,
} from './support/kube.js';
import { imagepull, json, type PluginRun } from './support/plugin.js';
import type { PodDiagnosis } from '../../shared/diagnosis/verdict.js';
import { readFile } from 'node:fs/promises';

let info: ClusterInfo;
let ns: string;
let unreachable: string;

beforeAll(async () => {
  info = await cluster();
  ns = await createNamespace(info, 'access');
  await apply(info, aCorpPullSecret('corp-wrong', ns, { password: 'wrong' }));
  // A docker config whose auth field is not base64: the audit must say so, never crash.
  const garbled = Buffer.from(
    JSON.stringify({ auths: { 'registry.corp.test:5000': { auth: '%%%not-base64%%%' } } }),
  ).toString('base64');
  await apply(
    info,
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'Secret',
      type: 'kubernetes.io/dockerconfigjson',
      metadata: { name: 'garbled', namespace: ns },
      data: { '.dockerconfigjson': garbled },
    }),
  );
  const image = 'registry.corp.test:5000/kip/app:v1.4.1';
  await apply(
    info,
    aPod('secret-hidden')
      .inNamespace(ns)
      .onNode('node-1')
      .withImage(image)
      .withPullSecret('corp-wrong')
      .toJson(),
  );
  await apply(
    info,
    aPod('garbled')
      .inNamespace(ns)
      .onNode('node-1')
      .withImage(image)
      .withPullSecret('garbled')
      .toJson(),
  );
  await Promise.all(['secret-hidden', 'garbled'].map((p) => waitForPullFailure(info, ns, p)));
  // A kubeconfig pointing at a port where no API server listens.
  unreachable = path.join(info.stateDir, 'unreachable.kubeconfig');
  const admin = await readFile(info.kubeconfig, 'utf8');
  await writeFile(unreachable, admin.replace(/server: .*/, 'server: https://10.213.0.1:1'));
});

afterAll(async () => {
  if (!info) return;
  await deleteNamespace(info, ns);
  await rm(unreachable, { force: true });
});

function expectOneLineError(run: PluginRun, code: number, pattern: RegExp): void {
  expect(run.code).toBe(code);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trim().split('\n');
  expect(lines[0]).toMatch(/^error: /);
  expect(lines[0]).toMatch(pattern);
  expect(lines.length).toBeLessThanOrEqual(2);
  if (lines[1]) expect(lines[1]).toMatch(/^hint: /);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

describe('diagnose with what RBAC allows', () => {
  it('carries on when secrets cannot be read, and says so', async () => {
    const run = await imagepull(info, [
      'diagnose',
      '-n',
      ns,
      'secret-hidden',
      '-o',
      'json',
      '--kubeconfig',
      info.restrictedKubeconfig,
    ]);
    const d = json<PodDiagnosis>(run);
    expect(run.code).toBe(1);
    expect(d.containers[0]?.cause).toBe('auth');
    expect(d.containers[0]?.secrets.entries[0]?.status).toBe('unreadable');
    expect(d.notes.join('\n')).toContain('cannot read secret corp-wrong (RBAC)');
  });

  it('reports an undecodable secret in the audit instead of failing', async () => {
    const run = await imagepull(info, ['diagnose', '-n', ns, 'garbled', '-o', 'json']);
    const d = json<PodDiagnosis>(run);
    // The kubelet itself stops at such a secret: its waiting reason is the decoding error.
    expect(d.containers[0]?.waitingReason).toMatch(/illegal base64/);
    expect(d.containers[0]?.cause).toBe('auth');
    expect(d.containers[0]?.secrets.entries[0]).toMatchObject({
      name: 'garbled',
      status: 'undecodable',
    });
  });
});

describe('diagnose with the kubeconfigs people have', () => {
  const pki = () => path.join(info.stateDir, 'pki');
  const made: string[] = [];
  afterAll(async () => {
    await Promise.all(made.map((f) => rm(f, { force: true })));
  });

  async function write(file: string, text: string, mode = 0o600): Promise<string> {
    made.push(file);
    await writeFile(file, text, { mode });
    return file;
  }

  it('merges $KUBECONFIG files and reads certificate paths relative to their own file', async () => {
    // The user and the current context in one file, the cluster in another, as kubectl allows.
    const a = await write(
      path.join(pki(), 'split-a.kubeconfig'),
      [
        'apiVersion: v1',
        'kind: Config',
        'current-context: split',
        'users:',
        '- name: split-user',
        '  user: {client-certificate: admin.crt, client-key: admin.key}',
        'contexts:',
        '- name: split',
        `  context: {cluster: kip, user: split-user, namespace: ${ns}}`,
      ].join('\n'),
    );
    const admin = await readFile(info.kubeconfig, 'utf8');
    const server = /server: (\S+)/.exec(admin)![1]!;
    const b = await write(
      path.join(info.stateDir, 'split-b.kubeconfig'),
      [
        'apiVersion: v1',
        'kind: Config',
        'current-context: somewhere-else',
        'clusters:',
        '- name: kip',
        `  cluster: {server: "${server}", certificate-authority: pki/ca.crt}`,
      ].join('\n'),
    );
    const run = await imagepull(info, ['diagnose', 'garbled', '-o', 'json'], {
      KUBECONFIG: `${a}${path.delimiter}${b}`,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(json<PodDiagnosis>(run).pod).toMatchObject({ namespace: ns, name: 'garbled' });
  });

  it('uses an exec credential plugin (through client-node) and gives the same diagnosis', async () => {
    const cert = await readFile(path.join(pki(), 'admin.crt'), 'utf8');
    const key = await readFile(path.join(pki(), 'admin.key'), 'utf8');
    const credential = JSON.stringify({
      apiVersion: 'client.authentication.k8s.io/v1',
      kind: 'ExecCredential',
      status: { clientCertificateData: cert, clientKeyData: key },
    });
    const plugin = await write(
      path.join(info.stateDir, 'exec-credential.sh'),
      `#!/bin/sh\ncat <<'EOF'\n${credential}\nEOF\n`,
      0o700,
    );
    const admin = await readFile(info.kubeconfig, 'utf8');
    const exec = `    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: ${plugin}\n      interactiveMode: Never\n`;
    const withExec = admin.replace(
      / {4}client-certificate-data: .*\n {4}client-key-data: .*\n/,
      exec,
    );
    expect(withExec).toContain('exec:');
    const file = await write(path.join(info.stateDir, 'exec.kubeconfig'), withExec);
    const viaExec = await imagepull(info, [
      'diagnose',
      '-n',
      ns,
      'garbled',
      '-o',
      'json',
      '--kubeconfig',
      file,
    ]);
    const direct = await imagepull(info, ['diagnose', '-n', ns, 'garbled', '-o', 'json']);
    expect(viaExec.stderr).toBe('');
    expect(viaExec.code).toBe(1);
    expect(json<PodDiagnosis>(viaExec).containers[0]?.cause).toBe(
      json<PodDiagnosis>(direct).containers[0]?.cause,
    );
  });

  it('a failing exec credential plugin: exit 3, one line', async () => {
    const admin = await readFile(info.kubeconfig, 'utf8');
    const exec = `    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: /bin/false\n      interactiveMode: Never\n`;
    const file = await write(
      path.join(info.stateDir, 'exec-fails.kubeconfig'),
      admin.replace(/ {4}client-certificate-data: .*\n {4}client-key-data: .*\n/, exec),
    );
    expectOneLineError(
      await imagepull(info, ['diagnose', '-n', ns, 'garbled', '--kubeconfig', file]),
      3,
      /could not get credentials for context "kip-kip-admin"/,
    );
  });
});

describe('diagnose with bad input', () => {
  it('unknown pod: exit 5', async () => {
    expectOneLineError(
      await imagepull(info, ['diagnose', '-n', ns, 'no-such-pod']),
      5,
      /pod "no-such-pod" not found in namespace/,
    );
  });

  it('unknown namespace: exit 5', async () => {
    expectOneLineError(
      await imagepull(info, ['diagnose', '-n', 'no-such-ns', 'x']),
      5,
      /namespace "no-such-ns" does not exist/,
    );
  });

  it('unknown context: exit 2', async () => {
    expectOneLineError(
      await imagepull(info, ['diagnose', '--context', 'nope', 'x']),
      2,
      /context "nope" does not exist/,
    );
  });

  it('API server unreachable: exit 3', async () => {
    expectOneLineError(
      await imagepull(info, [
        'diagnose',
        '-n',
        ns,
        'x',
        '--kubeconfig',
        unreachable,
        '--request-timeout',
        '5s',
      ]),
      3,
      /cannot reach the API server|timed out/,
    );
  });

  it('RBAC denies reading the pod: exit 3', async () => {
    expectOneLineError(
      await imagepull(info, [
        'diagnose',
        '-n',
        ns,
        'garbled',
        '--kubeconfig',
        info.nobodyKubeconfig,
      ]),
      3,
      /forbidden/,
    );
  });

  it('no kubeconfig anywhere: exit 3, says so', async () => {
    const run = await imagepull(info, ['diagnose', 'x'], { KUBECONFIG: '', HOME: info.stateDir });
    expectOneLineError(run, 3, /no kubeconfig found/);
  });

  it('a pod name with -A: exit 2', async () => {
    expectOneLineError(await imagepull(info, ['diagnose', '-A', 'x']), 2, /-A/);
  });
});
