/**
 * Reliability of reproduce's cleanup: runs interrupted with SIGINT at random moments remove what
 * they created; runs killed with SIGKILL leave objects bounded by the Job's deadline and TTL, which
 * `cleanup` removes at once. No run prints a credential.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUNTIME_NODES } from './support/runtime-nodes.js';
import { execa } from 'execa';
import type { ClusterInfo } from '../cluster/cluster-info.js';
import { kubectl } from '../cluster/faults.js';
import { CORP_USER } from '../cluster/layout.js';
import { waitFor } from '../cluster/run-command.js';
import { aCorpPullSecret, aPod } from './support/pod-builder.js';
import { apply, cluster, createNamespace, deleteNamespace } from './support/kube.js';
import { imagepull, imagepullCommand } from './support/plugin.js';

const SELECTOR = 'app.kubernetes.io/managed-by=kubectl-imagepull';
let info: ClusterInfo;
let ns: string;
const outputs: string[] = [];

/** A seeded generator, so a failing sequence of interrupt delays can be replayed. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

async function leftovers(): Promise<string> {
  return (
    await kubectl(info.kubeconfig, [
      'get',
      'jobs,pods,secrets',
      '-n',
      ns,
      '-l',
      SELECTOR,
      '-o',
      'name',
    ])
  ).trim();
}

/** Run i goes to the i-th node of the matrix in turn, so every runtime's probe is interrupted. */
async function interruptedRun(
  signal: 'SIGINT' | 'SIGKILL',
  afterMs: number,
  i: number,
): Promise<number | undefined> {
  const args = [
    'reproduce',
    '-n',
    ns,
    '--node',
    RUNTIME_NODES[i % RUNTIME_NODES.length]!.name,
    '--pod',
    `${ns}/creds`,
    '--probe-image',
    info.probeImage!,
    '--timeout',
    '30s',
  ];
  const run = imagepullCommand(info, args);
  const child = execa(run.cmd, run.args, { reject: false, env: run.env, extendEnv: false });
  await new Promise((r) => setTimeout(r, afterMs));
  child.kill(signal);
  const result = await child;
  outputs.push(`${result.stdout}\n${result.stderr}`);
  return result.exitCode;
}

beforeAll(async () => {
  info = await cluster();
  if (!info.probeImage)
    throw new Error('the test cluster has no probe image: run `npm run build` first');
  ns = await createNamespace(info, 'interrupt');
  await apply(info, aCorpPullSecret('corp-pull', ns));
  await apply(
    info,
    aPod('creds')
      .inNamespace(ns)
      .onNode('node-1')
      .withImage('registry.corp.test:5000/kip/app:v1.4.1')
      .withPullSecret('corp-pull')
      .toJson(),
  );
});

afterAll(async () => {
  if (!info) return;
  await deleteNamespace(info, ns);
  for (const out of outputs) expect(out).not.toContain(CORP_USER.password);
});

describe('reproduce leaves nothing behind, on every runtime node in turn', () => {
  it('50 runs interrupted by SIGINT at random moments', async () => {
    const random = seeded(42);
    const codes: (number | undefined)[] = [];
    for (let i = 0; i < 50; i++)
      codes.push(await interruptedRun('SIGINT', Math.floor(random() * 3000), i));
    // Interrupted runs exit 130 once they have something to clean up; before that node's default
    // SIGINT handling ends them (no exit code); a run that finished first exits with its verdict.
    expect(codes.every((c) => c === undefined || c === 130 || c === 1 || c === 0)).toBe(true);
    expect(codes.filter((c) => c === 130).length).toBeGreaterThan(10);
    await waitFor(
      'no probe objects left',
      async () => ((await leftovers()) === '' ? true : undefined),
      60_000,
    );
  });

  it('10 runs killed with SIGKILL: bounded by the Job deadline and TTL, removed by cleanup', async () => {
    for (let i = 0; i < 10; i++) await interruptedRun('SIGKILL', 1500 + i * 150, i);
    const jobs = JSON.parse(
      await kubectl(info.kubeconfig, ['get', 'jobs', '-n', ns, '-l', SELECTOR, '-o', 'json']),
    ) as {
      items: { spec: { activeDeadlineSeconds?: number; ttlSecondsAfterFinished?: number } }[];
    };
    for (const job of jobs.items) {
      expect(job.spec.activeDeadlineSeconds).toBe(30);
      expect(job.spec.ttlSecondsAfterFinished).toBeGreaterThan(0);
    }
    const cleanup = await imagepull(info, ['cleanup', '-n', ns]);
    expect(cleanup.code).toBe(0);
    await waitFor(
      'no probe objects left after cleanup',
      async () => ((await leftovers()) === '' ? true : undefined),
      60_000,
    );
  });
});
