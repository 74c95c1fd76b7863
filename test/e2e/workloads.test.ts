/**
 * Workloads and the check before deploy, on the real cluster: `diagnose deploy/NAME` for a rollout
 * whose new revision cannot pull while the old one runs, a StatefulSet, a DaemonSet failing on one
 * node only, a CronJob's newest Job; `check -f` on manifests with a missing tag, an image without
 * the nodes' architecture, a secret keyed to the wrong port and a good image (exit 1), on an
 * all-good manifest from standard input (exit 0), and `check` against live workloads. Every run
 * is the built plugin as `kubectl imagepull` from the workstation.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterInfo, ClusterNode } from '../cluster/cluster-info.js';
import { breakDns, kubectl, restoreDns } from '../cluster/faults.js';
import { CORP_USER } from '../cluster/layout.js';
import type { CheckResult, ImageCheck } from '../../shared/check/check-types.js';
import type { WorkloadDiagnosis } from '../../shared/workload/rollout-types.js';
import type { ReproduceResult } from '../../shared/probe/verdict.js';
import { aCorpPullSecret } from './support/pod-builder.js';
import { apply, cluster, createNamespace, deleteNamespace } from './support/kube.js';
import { imagepull, json, type PluginRun } from './support/plugin.js';
import {
  imagepullWithInput,
  isFailingToPull,
  isRunning,
  template,
  waitForWorkloadPods,
  workloadJson,
  type PodView,
} from './support/workloads.js';

const PLAIN = 'registry.plain.test';
const CORP = 'registry.corp.test:5000';
const GOOD = `${PLAIN}/kip/app:v1.4.1`;
const MISSING = `${PLAIN}/kip/app:v1.4.2`;

let info: ClusterInfo;
let ns: string;
const runs: PluginRun[] = [];

function workload(apiVersion: string, kind: string, name: string, spec: Record<string, unknown>) {
  return workloadJson(ns, apiVersion, kind, name, spec);
}

function waitForPods(what: string, selector: string, ready: (pods: PodView[]) => boolean) {
  return waitForWorkloadPods(info, ns, what, selector, ready);
}

async function run(args: readonly string[]): Promise<PluginRun> {
  const r = await imagepull(info, args);
  runs.push(r);
  return r;
}

async function runWithStdin(args: readonly string[], input: string): Promise<PluginRun> {
  const result = await imagepullWithInput(info, args, input);
  runs.push(result);
  return result;
}

async function diagnose(ref: string): Promise<{ r: PluginRun; d: WorkloadDiagnosis }> {
  const r = await run(['diagnose', '-n', ns, ref, '-o', 'json']);
  return { r, d: json<WorkloadDiagnosis>(r) };
}

beforeAll(async () => {
  info = await cluster();
  ns = await createNamespace(info, 'workloads');
});

afterAll(async () => {
  if (!info) return;
  if (ns) await deleteNamespace(info, ns);
  // No run may print a pull secret's password, whatever the manifests held.
  for (const r of runs) expect(`${r.stdout}\n${r.stderr}`).not.toContain(CORP_USER.password);
});

describe('diagnose WORKLOAD on real rollouts', () => {
  it('a Deployment whose new ReplicaSet cannot pull while the old one runs: one verdict, workload fixes', async () => {
    await apply(
      info,
      workload('apps/v1', 'Deployment', 'web', {
        replicas: 2,
        selector: { matchLabels: { app: 'web' } },
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
        template: template('web', GOOD),
      }),
    );
    await kubectl(info.kubeconfig, [
      '-n',
      ns,
      'rollout',
      'status',
      'deployment/web',
      '--timeout=180s',
    ]);
    await kubectl(info.kubeconfig, ['-n', ns, 'set', 'image', 'deployment/web', `main=${MISSING}`]);
    await waitForPods(
      'a new web pod failing to pull',
      'app=web',
      (pods) => pods.some(isFailingToPull) && pods.filter(isRunning).length >= 2,
    );

    const { r, d } = await diagnose('deploy/web');
    expect(r.code).toBe(1);
    expect(d.kind).toBe('WorkloadDiagnosis');
    expect(d.workload).toMatchObject({ kind: 'Deployment', name: 'web', namespace: ns });
    expect(d.verdict).toMatch(
      /^the new ReplicaSet web-[a-z0-9]+ cannot pull registry\.plain\.test\/kip\/app:v1\.4\.2 \(not found\) on 1 of 1 pod; the old ReplicaSet web-[a-z0-9]+ runs v1\.4\.1 \(sha256:[0-9a-f]{12}\) on 2 pods$/,
    );
    const current = d.revisions.find((x) => x.current)!;
    expect(current.failures[0]).toMatchObject({
      container: 'main',
      image: MISSING,
      cause: 'not-found',
      pods: 1,
    });
    const commands = d.fixes.map((f) => f.command);
    expect(commands).toContain(`kubectl -n ${ns} set image deployment/web main=${GOOD}`);
    expect(commands).toContain(`kubectl -n ${ns} rollout undo deployment/web`);
    expect(d.pods[0]?.containers[0]?.cause).toBe('not-found');

    const text = await run(['diagnose', '-n', ns, 'deployment.apps/web']);
    expect(text.stdout.split('\n')[0]).toMatch(/^✖ Deployment .*: the new ReplicaSet web-/);
  });

  it('a StatefulSet with a missing tag', async () => {
    await apply(
      info,
      workload('apps/v1', 'StatefulSet', 'db', {
        replicas: 1,
        serviceName: 'db',
        podManagementPolicy: 'Parallel',
        selector: { matchLabels: { app: 'db' } },
        template: template('db', MISSING),
      }),
    );
    await waitForPods('db-0 failing to pull', 'app=db', (pods) => pods.every(isFailingToPull));
    const { r, d } = await diagnose('sts/db');
    expect(r.code).toBe(1);
    expect(d.workload.kind).toBe('StatefulSet');
    expect(d.verdict).toMatch(
      /^the revision db-[a-z0-9]+ cannot pull registry\.plain\.test\/kip\/app:v1\.4\.2 \(not found\) on 1 of 1 pod$/,
    );
    expect(d.fixes.map((f) => f.command)).toContain(
      `kubectl -n ${ns} set image statefulset/db main=${GOOD}`,
    );
  });

  it('a DaemonSet whose pods fail on one node only says so', async () => {
    const node2 = info.nodes.find((n) => n.name === 'node-2') as ClusterNode;
    await breakDns(node2);
    try {
      await apply(
        info,
        workload('apps/v1', 'DaemonSet', 'agent', {
          selector: { matchLabels: { app: 'agent' } },
          template: template('agent', `${PLAIN}/kip/app:v1.4.0`),
        }),
      );
      await waitForPods(
        'agent running everywhere but node-2',
        'app=agent',
        (pods) =>
          pods.length === info.nodes.length &&
          pods.every((p) => (p.spec.nodeName === 'node-2' ? isFailingToPull(p) : isRunning(p))),
      );
      const { r, d } = await diagnose('ds/agent');
      expect(r.code).toBe(1);
      expect(d.verdict).toMatch(
        new RegExp(
          `^the revision agent-[a-z0-9]+ cannot pull registry\\.plain\\.test/kip/app:v1\\.4\\.0 \\(dns\\) on 1 of ${info.nodes.length} pods, on node-2 only: other nodes pull it$`,
        ),
      );
      expect(d.revisions[0]?.failures[0]?.nodes).toEqual(['node-2']);
    } finally {
      await restoreDns(node2);
    }
  });

  it("a CronJob: its newest Job's pods", async () => {
    await apply(
      info,
      workload('batch/v1', 'CronJob', 'nightly', {
        schedule: '0 0 1 1 *',
        jobTemplate: {
          spec: {
            backoffLimit: 0,
            template: {
              ...template('nightly', MISSING),
              spec: { ...template('nightly', MISSING).spec, restartPolicy: 'Never' },
            },
          },
        },
      }),
    );
    // `create job --from` makes the CronJob the Job's controlling owner, as the schedule would.
    await kubectl(info.kubeconfig, [
      '-n',
      ns,
      'create',
      'job',
      '--from=cronjob/nightly',
      'nightly-manual',
    ]);
    await waitForPods('the Job pod failing to pull', 'job-name=nightly-manual', (pods) =>
      pods.every(isFailingToPull),
    );
    const { r, d } = await diagnose('cronjob/nightly');
    expect(r.code).toBe(1);
    expect(d.workload).toMatchObject({ kind: 'CronJob', name: 'nightly', job: 'nightly-manual' });
    expect(d.verdict).toMatch(
      /^job nightly-manual cannot pull registry\.plain\.test\/kip\/app:v1\.4\.2 \(not found\) on 1 of 1 pod$/,
    );
    expect(d.fixes.at(-1)?.command).toBe(
      `kubectl -n ${ns} create job --from=cronjob/nightly nightly-retry`,
    );
  });

  it.each([
    {
      name: 'a Deployment that does not exist',
      ref: 'deploy/nope',
      line: () => `error: deployment "nope" not found in namespace "${ns}"`,
    },
    {
      name: 'a CronJob that never ran',
      ref: 'cronjob/never',
      line: () => `error: cronjob "never" has not run yet: it has no Job in namespace "${ns}"`,
    },
  ])('$name: one line, exit 5', async ({ ref, line }) => {
    await apply(
      info,
      workload('batch/v1', 'CronJob', 'never', {
        schedule: '0 0 1 1 *',
        jobTemplate: {
          spec: {
            template: {
              spec: { restartPolicy: 'Never', containers: [{ name: 'main', image: GOOD }] },
            },
          },
        },
      }),
    );
    const r = await run(['diagnose', '-n', ns, ref]);
    expect(r.code).toBe(5);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(line());
  });
});

describe('reproduce --pod WORKLOAD', () => {
  it("takes the image and the service account's credentials from the Deployment's template", async () => {
    if (!info.probeImage)
      throw new Error(
        'the test cluster has no probe image: run `npm run build` before the e2e tier',
      );
    await apply(info, aCorpPullSecret('corp-pull', ns));
    await apply(
      info,
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'ServiceAccount',
        metadata: { name: 'puller', namespace: ns },
        imagePullSecrets: [{ name: 'corp-pull' }],
      }),
    );
    const image = `${CORP}/kip/app:v1.4.1`;
    await apply(
      info,
      workload('apps/v1', 'Deployment', 'corp-web', {
        replicas: 0,
        selector: { matchLabels: { app: 'corp-web' } },
        template: template('corp-web', image, { serviceAccountName: 'puller' }),
      }),
    );
    const r = await run([
      'reproduce',
      '-n',
      ns,
      '--node',
      'node-1',
      '--pod',
      'deploy/corp-web',
      '--probe-image',
      info.probeImage,
      '-o',
      'json',
    ]);
    const result = json<ReproduceResult>(r);
    expect(result.image).toBe(image);
    expect(result.credentials).toBe('kubelet-match');
    expect(result.nodes[0]?.checks).toMatchObject({ pullWithCredentials: 'ok' });
  });
});

describe('check before deploy', () => {
  const deployment = (name: string, image: string, secret?: string) =>
    [
      'apiVersion: apps/v1',
      'kind: Deployment',
      `metadata: {name: ${name}, namespace: ${ns}}`,
      'spec:',
      `  selector: {matchLabels: {app: ${name}}}`,
      '  template:',
      `    metadata: {labels: {app: ${name}}}`,
      '    spec:',
      ...(secret ? [`      imagePullSecrets: [{name: ${secret}}]`] : []),
      `      containers: [{name: main, image: "${image}"}]`,
      '',
    ].join('\n');

  const byWorkload = (r: CheckResult): Record<string, ImageCheck> =>
    Object.fromEntries(r.images.map((i) => [i.workload, i]));

  it('a multi-document manifest: missing tag, wrong architecture, secret on the wrong port, a good image; exit 1', async () => {
    await apply(info, aCorpPullSecret('wrong-port', ns, { server: 'registry.corp.test:5001' }));
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kip-check-'));
    const file = path.join(dir, 'release.yaml');
    await writeFile(
      file,
      [
        deployment('missing-tag', MISSING),
        deployment('arm-only', `${PLAIN}/kip/arm-only:v1`),
        deployment('wrong-port', `${CORP}/kip/app:v1.4.1`, 'wrong-port'),
        deployment('good', GOOD),
      ].join('---\n'),
    );
    const r = await run(['check', '-f', file, '-o', 'json']);
    expect(r.code).toBe(1);
    const result = json<CheckResult>(r);
    expect(result.kind).toBe('CheckResult');
    expect(result.cluster.read).toBe(true);
    const c = byWorkload(result);
    // The closest tag first, as diagnose names it; check lists the other near ones after it.
    expect(c['deployment/missing-tag']!.problems).toHaveLength(1);
    expect(c['deployment/missing-tag']!.problems[0]).toMatch(
      /^tag "v1\.4\.2" in registry\.plain\.test\/kip\/app does not exist \(did you mean v1\.4\.1[,?]/,
    );
    expect(c['deployment/arm-only']!.problems[0]).toMatch(
      /^the image offers linux\/arm64, not linux\/amd64/,
    );
    expect(c['deployment/wrong-port']!.problems[0]).toMatch(
      /^registry\.corp\.test:5000 wants credentials, and no pull secret the pod would get matches it \(wrong-port: .*5001/,
    );
    expect(c['deployment/good']).toMatchObject({ ok: true, exists: 'yes' });
    expect(c['deployment/good']!.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(c['deployment/good']!.warnings.join('\n')).toMatch(/mutable/);

    const text = await run(['check', '-f', file]);
    expect(text.stdout).toMatch(/✖ 3 problems in 3 of 4 images/);
  });

  it('an all-good manifest from standard input, with its own pull secret: exit 0', async () => {
    const auth = Buffer.from(`${CORP_USER.username}:${CORP_USER.password}`).toString('base64');
    const secret = JSON.stringify({
      apiVersion: 'v1',
      kind: 'Secret',
      type: 'kubernetes.io/dockerconfigjson',
      metadata: { name: 'corp-in-manifest', namespace: ns },
      stringData: {
        '.dockerconfigjson': JSON.stringify({
          auths: { [CORP]: { username: CORP_USER.username, password: CORP_USER.password, auth } },
        }),
      },
    });
    // helm's output: documents separated by `---` lines; the Secret is a JSON document.
    const manifest = [
      `${secret}\n`,
      deployment('corp', `${CORP}/kip/app:v1.4.1`, 'corp-in-manifest'),
      deployment('multi', `${PLAIN}/kip/multi:v1`),
    ].join('---\n');
    const r = await runWithStdin(['check', '-f', '-', '-o', 'json'], manifest);
    expect(r.code).toBe(0);
    const c = byWorkload(json<CheckResult>(r));
    expect(c['deployment/corp']!.credential).toMatchObject({
      status: 'matched',
      secret: 'corp-in-manifest',
      key: CORP,
    });
    expect(c['deployment/multi']!.platforms).toContain('linux/amd64');
    expect(c['deployment/multi']!.platforms?.some((p) => p.startsWith('linux/arm64'))).toBe(true);
  });

  it('check deploy/NAME against a live workload', async () => {
    // deploy/web's template was set to the missing tag by the rollout test; `good` is created here.
    await apply(
      info,
      workload('apps/v1', 'Deployment', 'good', {
        replicas: 0,
        selector: { matchLabels: { app: 'good' } },
        template: template('good', GOOD),
      }),
    );
    const bad = await run(['check', '-n', ns, 'deploy/web', '-o', 'json']);
    expect(bad.code).toBe(1);
    expect(json<CheckResult>(bad).images[0]!.problems[0]).toMatch(
      /^tag "v1\.4\.2" in registry\.plain\.test\/kip\/app does not exist/,
    );
    const good = await run(['check', '-n', ns, 'deployment/good']);
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/✔ every image would pull/);
  });

  it.each([
    {
      name: 'a manifest that does not parse',
      text: 'kind: Deployment\n  metadata: [\n',
      line: /^error: .*release\.yaml does not parse as YAML \(line \d+\): /,
    },
    {
      name: 'an unknown kind',
      text: 'apiVersion: apps/v1\nkind: Deploymnet\nmetadata: {name: x}\n',
      line: /^error: .*release\.yaml#1: unknown kind "Deploymnet"/,
    },
  ])('$name: one line, exit 6', async ({ text, line }) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kip-check-'));
    await writeFile(path.join(dir, 'release.yaml'), text);
    const r = await run(['check', '-f', path.join(dir, 'release.yaml')]);
    expect(r.code).toBe(6);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toMatch(line);
  });
});
