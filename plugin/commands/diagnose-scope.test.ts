import { describe, expect, it } from 'vitest';
import type { PodDiagnosis } from '../../shared/diagnosis/verdict.js';
import { ExitCode } from '../exit-codes.js';
import { SCOPE_MAX_PODS } from '../kube/read-scope.js';
import { fixtureApi, type FixtureObject } from '../testing/fixture-api.js';
import { runCaptured } from '../testing/run-in-process.js';
import { aFixturePod, aNode } from '../testing/workload-fixtures.js';

const IMAGE = 'registry.plain.test/kip/app:v1.4.2';
const ID = `registry.plain.test/kip/app@sha256:${'e'.repeat(64)}`;
const failing = {
  waiting: 'ErrImagePull',
  message: `Failed to pull image "${IMAGE}": failed to resolve image: ${IMAGE}: not found`,
};

function pod(
  name: string,
  node: string,
  state: typeof failing | { running: string },
  namespace = 'shop',
): FixtureObject {
  const p = aFixturePod(name, {
    app: 'web',
    ownerKind: 'ReplicaSet',
    ownerName: 'web-1',
    node,
    image: IMAGE,
    state,
  });
  const metadata = { ...(p.object.metadata as object), namespace };
  return { ...p, object: { ...p.object, metadata } };
}

/** Runs `diagnose POD` in-process against the fixture API (API answers from hand-written fixtures). */
async function diagnose(objects: readonly FixtureObject[]) {
  const api = fixtureApi(objects);
  const run = await runCaptured(
    ['diagnose', '-n', 'shop', 'web-1-a', '--no-registry', '-o', 'json'],
    {
      deps: {
        connectApi: () => Promise.resolve(api),
        now: () => Date.parse('2026-12-01T10:05:00Z'),
      },
    },
  );
  return { run, api, d: JSON.parse(run.stdout || '{}') as PodDiagnosis };
}

describe('diagnose POD reads a bounded scope (API answers from hand-written fixtures)', () => {
  it('lists only its namespace and its node (by field selector), never the whole cluster', async () => {
    const { run, api, d } = await diagnose([
      pod('web-1-a', 'node-1', failing),
      pod('web-1-b', 'node-2', { running: ID }),
      pod('other', 'node-1', { running: ID }, 'elsewhere'),
      aNode('node-1'),
    ]);
    expect(run.code).toBe(ExitCode.pullProblem);
    const podLists = api.requests.filter((r) => r.path.endsWith('/pods'));
    expect(podLists.map((r) => [r.path, r.query['fieldSelector']])).toEqual(
      expect.arrayContaining([
        ['/api/v1/namespaces/shop/pods', undefined],
        ['/api/v1/pods', 'spec.nodeName=node-1'],
      ]),
    );
    expect(podLists.every((r) => r.path !== '/api/v1/pods' || r.query['fieldSelector'])).toBe(true);
    expect(podLists.every((r) => typeof r.query['limit'] === 'number')).toBe(true);
    const scope = d.containers[0]!.scope;
    expect(scope.looked).toBe('pods of namespace shop and node node-1 (every namespace)');
    // The node's pods come from every namespace: the same image on the same node is seen too.
    expect(scope.sameImageRunning).toEqual(['shop/web-1-b on node-2', 'elsewhere/other on node-1']);
    expect(d.notes.join('\n')).not.toMatch(/bounded/);
  });

  it('a namespace larger than the bound: reads the first pages only, and says so', async () => {
    const many = Array.from({ length: SCOPE_MAX_PODS + 300 }, (_, i) =>
      pod(`filler-${i}`, 'node-9', { running: ID }),
    );
    const { api, d } = await diagnose([
      pod('web-1-a', 'node-1', failing),
      ...many,
      aNode('node-1'),
    ]);
    const pages = api.requests.filter((r) => r.path === '/api/v1/namespaces/shop/pods');
    expect(pages.length).toBeLessThanOrEqual(Math.ceil(SCOPE_MAX_PODS / 500) + 1);
    expect(d.containers[0]!.scope.looked).toMatch(
      /^pods of namespace shop, the first \d+ and node node-1/,
    );
    expect(d.notes.join('\n')).toMatch(
      /scope was bounded: looked at pods of namespace shop, the first \d+/,
    );
  });
});
