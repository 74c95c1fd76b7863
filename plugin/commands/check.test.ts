import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../shared/check/check-types.js';
import type { RegistryFacts } from '../../shared/diagnosis/evidence.js';
import { ExitCode } from '../exit-codes.js';
import type { RegistryProbe } from '../kube/gather-pod.js';
import { fixtureApi, type FixtureObject } from '../testing/fixture-api.js';
import { runCaptured } from '../testing/run-in-process.js';
import { aNode, aWorkload } from '../testing/workload-fixtures.js';

const PLAIN = 'registry.plain.test';
const CORP = 'registry.corp.test:5000';
const DIGEST = `sha256:${'a'.repeat(64)}`;

/** What the stub registry answers per image (registry answers from a stub, no network). */
const ANSWERS: Readonly<Record<string, RegistryFacts>> = {
  [`${PLAIN}/kip/app:v1.4.1`]: { kind: 'exists', digest: DIGEST, platforms: ['linux/amd64'] },
  [`${PLAIN}/kip/app:v1.4.2`]: {
    kind: 'not-found',
    what: 'tag',
    closestTags: ['v1.4.1'],
    evidence: 'HEAD → 404',
  },
  [`${PLAIN}/kip/arm-only:v1`]: { kind: 'exists', digest: DIGEST, platforms: ['linux/arm64'] },
  [`${CORP}/kip/app:v1.4.1`]: {
    kind: 'unauthorized',
    withCredentials: false,
    evidence: 'HEAD → 401',
  },
};

function stubRegistry(): { probe: RegistryProbe; asked: string[] } {
  const asked: string[] = [];
  const probe: RegistryProbe = (pod, container) => {
    const image = pod.containers.find((c) => c.name === container)!.image;
    asked.push(image);
    return Promise.resolve(
      ANSWERS[image] ?? { kind: 'error', evidence: `no stub answer for ${image}` },
    );
  };
  return { probe, asked };
}

const deployment = (name: string, image: string, secret?: string) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}}
spec:
  selector: {matchLabels: {app: ${name}}}
  template:
    spec:${secret ? `\n      imagePullSecrets: [{name: ${secret}}]` : ''}
      containers: [{name: main, image: "${image}"}]
`;
const wrongPortSecret = `apiVersion: v1
kind: Secret
metadata: {name: wrong-port}
type: kubernetes.io/dockerconfigjson
stringData:
  .dockerconfigjson: '{"auths":{"registry.corp.test:5001":{"username":"u","password":"p"}}}'
`;
const MIXED = [
  deployment('missing-tag', `${PLAIN}/kip/app:v1.4.2`),
  deployment('arm-only', `${PLAIN}/kip/arm-only:v1`),
  wrongPortSecret + '---\n' + deployment('wrong-port', `${CORP}/kip/app:v1.4.1`, 'wrong-port'),
  deployment('good', `${PLAIN}/kip/app:v1.4.1`),
].join('---\n');

const CLUSTER: FixtureObject[] = [aNode('node-1'), aNode('node-2')];

/** Runs `check` in-process: fixture API (answers from hand-written fixtures), stub registry. */
async function check(
  args: readonly string[],
  o: { stdin?: string; objects?: FixtureObject[] } = {},
) {
  const api = fixtureApi(o.objects ?? CLUSTER);
  const registry = stubRegistry();
  let connected = 0;
  const run = await runCaptured(['check', ...args], {
    deps: {
      connectApi: () => (connected++, Promise.resolve(api)),
      readStdin: () => Promise.resolve(o.stdin ?? ''),
      registryProbe: () => registry.probe,
    },
  });
  return { run, api, connected, asked: registry.asked };
}

const parsed = (stdout: string) => JSON.parse(stdout) as CheckResult;

describe('check (API answers from hand-written fixtures, registry from a stub)', () => {
  it('a multi-document manifest: each image named right, exit 1', async () => {
    const { run } = await check(['-f', '-', '-n', 'shop', '-o', 'json'], { stdin: MIXED });
    expect(run.code).toBe(ExitCode.pullProblem);
    const r = parsed(run.stdout);
    expect(r.kind).toBe('CheckResult');
    const byWorkload = Object.fromEntries(r.images.map((i) => [i.workload, i]));
    expect(byWorkload['deployment/missing-tag']!.problems).toEqual([
      `tag "v1.4.2" in ${PLAIN}/kip/app does not exist (did you mean v1.4.1?)`,
    ]);
    expect(byWorkload['deployment/arm-only']!.problems[0]).toMatch(
      /offers linux\/arm64, not linux\/amd64.*node-1, node-2/,
    );
    expect(byWorkload['deployment/wrong-port']!.problems[0]).toMatch(
      /wants credentials.*wrong-port: .*5001/,
    );
    expect(byWorkload['deployment/good']).toMatchObject({
      ok: true,
      exists: 'yes',
      digest: DIGEST,
    });
    expect(byWorkload['deployment/good']!.warnings[0]).toMatch(/mutable/);
  });

  it('an all-good manifest: exit 0, a table', async () => {
    const { run } = await check(['-f', '-'], {
      stdin: deployment('good', `${PLAIN}/kip/app:v1.4.1`),
    });
    expect(run.code).toBe(ExitCode.ok);
    expect(run.stdout.split('\n')[0]).toMatch(/^WORKLOAD\s+CONTAINER\s+IMAGE\s+RESULT$/);
    expect(run.stdout).toMatch(/✔ every image would pull \(1 checked; 2 nodes read\)/);
  });

  it('reads files and directories, numbering documents', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kip-check-'));
    writeFileSync(path.join(dir, 'a.yaml'), MIXED);
    writeFileSync(path.join(dir, 'notes.txt'), 'not a manifest');
    const { run } = await check(['-f', dir, '-o', 'json']);
    const sources = parsed(run.stdout).images.map((i) => i.source);
    expect(sources).toEqual([1, 2, 4, 5].map((n) => `${path.join(dir, 'a.yaml')}#${n}`));
  });

  it('--no-cluster: never connects, still asks the registry', async () => {
    const { run, connected, asked } = await check(['-f', '-', '--no-cluster', '-o', 'json'], {
      stdin: deployment('good', `${PLAIN}/kip/app:v1.4.1`),
    });
    expect(connected).toBe(0);
    expect(asked).toEqual([`${PLAIN}/kip/app:v1.4.1`]);
    expect(parsed(run.stdout).cluster).toMatchObject({ read: false });
  });

  it('a live workload: its template, against the cluster; only reads', async () => {
    const live = aWorkload('deployments', 'web', {
      spec: {
        template: { spec: { containers: [{ name: 'main', image: `${PLAIN}/kip/arm-only:v1` }] } },
      },
    });
    const { run, api } = await check(['deploy/web', '-n', 'shop', '-o', 'json'], {
      objects: [...CLUSTER, live],
    });
    expect(run.code).toBe(ExitCode.pullProblem);
    expect(parsed(run.stdout).images[0]).toMatchObject({
      workload: 'deployment/web',
      namespace: 'shop',
    });
    expect(api.requests.length).toBeGreaterThan(0); // the fixture API only answers GETs
  });

  it.each([
    {
      name: 'YAML that does not parse',
      stdin: 'kind: Pod\n  bad: [indent',
      line: /^error: - does not parse as YAML \(line \d+\): /,
    },
    {
      name: 'an unknown kind',
      stdin: 'apiVersion: apps/v1\nkind: Deploymnet\nmetadata: {name: x}\n',
      line: /^error: -#1: unknown kind "Deploymnet"/,
    },
  ])('$name: one line, exit 6', async ({ stdin, line }) => {
    const { run } = await check(['-f', '-'], { stdin });
    expect(run.code).toBe(ExitCode.badManifest);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toMatch(line);
  });

  it('a live workload that does not exist: exit 5', async () => {
    const { run } = await check(['sts/nope', '-n', 'shop']);
    expect(run.code).toBe(ExitCode.notFound);
    expect(run.stderr.split('\n')[0]).toBe(
      'error: statefulset "nope" not found in namespace "shop"',
    );
  });

  it.each([
    { name: 'no input', args: [] },
    { name: 'both inputs', args: ['deploy/web', '-f', 'x.yaml'] },
    { name: 'a live workload without the cluster', args: ['deploy/web', '--no-cluster'] },
  ])('$name is a usage error', async ({ args }) => {
    expect((await check(args)).run.code).toBe(ExitCode.usage);
  });
});
