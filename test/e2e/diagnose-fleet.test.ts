/** `diagnose` without a pod name: failing pods grouped by cause, registry and node, with a verdict. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterInfo } from '../cluster/cluster-info.js';
import type { FleetDiagnosis } from '../../shared/diagnosis/fleet.js';
import { aPod } from './support/pod-builder.js';
import {
  apply,
  cluster,
  createNamespace,
  deleteNamespace,
  waitForPhase,
  waitForPullFailure,
} from './support/kube.js';
import { imagepull, json } from './support/plugin.js';

let info: ClusterInfo;
let ns: string;

beforeAll(async () => {
  info = await cluster();
  ns = await createNamespace(info, 'fleet');
  const limited = 'registry.limited.test/kip/app:v1.4.1';
  const pods = [
    aPod('web-1').onNode('node-1').withImage(limited).withLabel('app', 'web'),
    aPod('web-2').onNode('node-2').withImage(limited).withLabel('app', 'web'),
    aPod('api-1')
      .onNode('node-1')
      .withImage('registry.plain.test/kip/api:v1')
      .withLabel('app', 'api'),
    aPod('fine').onNode('node-2').withLabel('app', 'web'),
  ];
  await Promise.all(pods.map((p) => apply(info, p.inNamespace(ns).toJson())));
  await Promise.all(['web-1', 'web-2', 'api-1'].map((p) => waitForPullFailure(info, ns, p)));
  await waitForPhase(info, ns, 'fine', ['Succeeded']);
});

afterAll(async () => {
  if (info && ns) await deleteNamespace(info, ns);
});

describe('diagnose over many pods', () => {
  it('groups a namespace by cause and says it is the rate limit, not the manifests', async () => {
    const run = await imagepull(info, ['diagnose', '-n', ns, '-o', 'json']);
    expect(run.code).toBe(1);
    const fleet = json<FleetDiagnosis>(run);
    expect(fleet.failingPods).toBe(3);
    expect(fleet.groups[0]).toMatchObject({
      cause: 'rate-limit',
      pods: 2,
      registry: 'registry.limited.test',
      nodes: ['node-1', 'node-2'],
    });
    expect(fleet.groups[1]).toMatchObject({ cause: 'not-found', pods: 1 });
    expect(fleet.verdict).toBe(
      '429 from registry.limited.test on 2 pods across 2 nodes: rate limit, not your manifests; 1 other group below',
    );
  });

  it('narrows with a label selector and finds the same pods with -A', async () => {
    const web = json<FleetDiagnosis>(
      await imagepull(info, ['diagnose', '-n', ns, '-l', 'app=web', '-o', 'json']),
    );
    expect(web.items.map((i) => i.pod).sort()).toEqual(['web-1', 'web-2']);
    const all = json<FleetDiagnosis>(await imagepull(info, ['diagnose', '-A', '-o', 'json']));
    const mine = all.items
      .filter((i) => i.namespace === ns)
      .map((i) => i.pod)
      .sort();
    expect(mine).toEqual(['api-1', 'web-1', 'web-2']);
  });

  it('prints a readable table and exits 0 when nothing fails', async () => {
    const text = await imagepull(info, ['diagnose', '-n', ns]);
    expect(text.stdout).toMatch(/rate-limit\s+2\s+registry\.limited\.test\s+node-1, node-2/);
    const healthy = await imagepull(info, ['diagnose', '-n', ns, '-l', 'app=none']);
    expect(healthy.code).toBe(0);
    expect(healthy.stdout).toContain('no pod is failing to pull its image');
  });
});
