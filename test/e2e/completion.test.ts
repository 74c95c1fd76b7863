/**
 * Shell completion as a shell asks for it: the real kubectl, with the released linux/amd64
 * archive's files on PATH, runs `kubectl __complete imagepull ...` (what kubectl's bash/zsh/fish
 * scripts call), finds its kubectl_complete-imagepull, which runs the executable beside it, which
 * asks the real cluster.
 */
import { execa } from 'execa';
import { writeFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterInfo } from '../cluster/cluster-info.js';
import { kubectl } from '../cluster/faults.js';
import { onWorkstation, workstationEnv } from '../cluster/workstation.js';
import { aPod } from './support/pod-builder.js';
import { apply, cluster, createNamespace, deleteNamespace } from './support/kube.js';
import { shippedBinDir } from './support/shipped.js';


let info: ClusterInfo;
let ns: string;
let unreachableKubeconfig: string;

/** One completion request: the candidate values (descriptions cut off) and the directive. */
interface Completion {
  readonly values: string[];
  readonly lines: string[];
  readonly directive: string;
}

/** `kubectl __complete imagepull WORDS...` on the workstation, as the shell's script runs it. */
async function complete(...words: string[]): Promise<Completion> {
  const run = onWorkstation('kubectl', ['__complete', 'imagepull', ...words]);
  const result = await execa(run.cmd, run.args, {
    reject: false,
    timeout: 60_000,
    extendEnv: false,
    env: {
      PATH: `${shippedBinDir()}:${process.env.PATH}`,
      KUBECONFIG: info.kubeconfig,
      HOME: process.env.HOME ?? '/root',
      ...workstationEnv(),
    },
  });
  expect(result.exitCode, result.stderr).toBe(0);
  const lines = result.stdout.split('\n').filter((l) => l !== '');
  const directive = lines.pop() ?? '';
  return { values: lines.map((l) => l.split('\t')[0]!), lines, directive };
}

beforeAll(async () => {
  info = await cluster();
  ns = await createNamespace(info, 'complete');
  for (const name of ['web-0', 'web-1', 'db-0'])
    await apply(info, aPod(name).inNamespace(ns).onNode('node-1').toJson());
  // Same cluster CA and user, but an address nothing listens on.
  unreachableKubeconfig = path.join(os.tmpdir(), `kip-unreachable-${ns}.kubeconfig`);
  const config = await kubectl(info.kubeconfig, ['config', 'view', '--raw', '--minify']);
  await writeFile(
    unreachableKubeconfig,
    config.replace(/server: \S+/, 'server: https://10.213.0.250:6443'),
  );
});

afterAll(async () => {
  if (ns) await deleteNamespace(info, ns);
  if (unreachableKubeconfig) await rm(unreachableKubeconfig, { force: true });
});

describe('kubectl __complete imagepull', () => {
  it('offers the subcommands with their descriptions', async () => {
    const got = await complete('');
    expect(got.values).toEqual([
      'diagnose',
      'check',
      'reproduce',
      'explain',
      'cleanup',
      'version',
      'completion',
    ]);
    expect(got.lines[0]).toMatch(/^diagnose\t.*image pull/);
    expect(got.directive).toBe(':4');
  });

  it("offers a command's flags and the global ones", async () => {
    expect((await complete('diagnose', '--sel')).values).toEqual(['--selector']);
    expect((await complete('reproduce', '--nod')).values).toEqual(['--node', '--nodes']);
    expect((await complete('diagnose', '--names')).values).toEqual(['--namespace']);
  });

  it('offers the -o formats', async () => {
    expect((await complete('diagnose', '-o', '')).values).toEqual(['text', 'json', 'yaml']);
  });

  it('offers the pods of the -n namespace for diagnose POD', async () => {
    const got = await complete('diagnose', '-n', ns, '');
    expect(got.values.sort()).toEqual(['db-0', 'web-0', 'web-1']);
    expect(got.directive).toBe(':4');
    expect((await complete('diagnose', '-n', ns, 'we')).values.sort()).toEqual(['web-0', 'web-1']);
  });

  it('offers the nodes for reproduce --node and each item of --nodes', async () => {
    expect((await complete('reproduce', '--node', '')).values.sort()).toEqual([
      'node-1',
      'node-2',
      'node-3',
    ]);
    expect((await complete('reproduce', '--nodes', 'node-1,')).values.sort()).toEqual([
      'node-1,node-1',
      'node-1,node-2',
      'node-1,node-3',
    ]);
  });

  it('offers NS/NAME for reproduce --pod NS/', async () => {
    expect((await complete('reproduce', '--pod', `${ns}/w`)).values.sort()).toEqual([
      `${ns}/web-0`,
      `${ns}/web-1`,
    ]);
  });

  it('offers namespaces for -n and the kubeconfig contexts for --context', async () => {
    expect((await complete('diagnose', '-n', ns.slice(0, -2))).values).toContain(ns);
    const contexts = (await kubectl(info.kubeconfig, ['config', 'get-contexts', '-o', 'name']))
      .split('\n')
      .filter(Boolean);
    expect((await complete('diagnose', '--context', '')).values).toEqual(contexts);
  });

  it('honours --kubeconfig typed on the line, and offers nothing when its cluster is unreachable', async () => {
    const got = await complete('diagnose', '--kubeconfig', unreachableKubeconfig, '-n', ns, '');
    expect(got).toEqual({ values: [], lines: [], directive: ':4' });
  });
});
