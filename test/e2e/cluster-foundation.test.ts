/**
 * The foundation bars: the real cluster pulls, fails and recovers the way a production cluster
 * does, with real kubelet events carrying real containerd wording.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterInfo } from '../cluster/cluster-info.js';
import { breakDns, crictlOnNode, kubectl, restoreDns } from '../cluster/faults.js';
import { aCorpPullSecret, aPod } from './support/pod-builder.js';
import {
  apply,
  cluster,
  createNamespace,
  deleteNamespace,
  getPod,
  waitForEvent,
  waitForPhase,
  watchWaitingReasons,
} from './support/kube.js';

let info: ClusterInfo;
let ns: string;

beforeAll(async () => {
  info = await cluster();
  ns = await createNamespace(info, 'foundation');
});

afterAll(async () => {
  if (info && ns) await deleteNamespace(info, ns);
});

function nodeNamed(name: string) {
  const node = info.nodes.find((n) => n.name === name);
  if (!node) throw new Error(`cluster has no ${name}`);
  return node;
}

describe('the test cluster', () => {
  it('answers the installed kubectl with every node Ready', async () => {
    const out = await kubectl(info.kubeconfig, [
      'get',
      'nodes',
      '-o',
      'jsonpath={range .items[*]}{.metadata.name}={.status.conditions[?(@.type=="Ready")].status} {end}',
    ]);
    expect(out.trim().split(' ').sort()).toEqual(['node-1=True', 'node-2=True', 'node-3=True']);
  });

  it('runs the matrix: kubelet 1.37 on containerd 2.x, CRI-O 1.36 and the legacy containerd 1.6', async () => {
    const wide = await kubectl(info.kubeconfig, ['get', 'nodes', '-o', 'wide']);
    const rows = wide.trim().split('\n').slice(1);
    const columns = (name: string): string[] =>
      rows.find((r) => r.startsWith(`${name} `))!.split(/\s+/);
    // NAME STATUS ROLES AGE VERSION INTERNAL-IP EXTERNAL-IP OS-IMAGE(several words) KERNEL RUNTIME
    for (const name of ['node-1', 'node-2', 'node-3'])
      expect(columns(name)[4]).toMatch(/^v1\.37\./);
    expect(columns('node-1').at(-1)).toMatch(/^containerd:\/\/v?2\.\d+\.\d+/);
    expect(columns('node-2').at(-1)).toMatch(/^containerd:\/\/1\.6\./);
    expect(columns('node-3').at(-1)).toMatch(/^cri-o:\/\/1\.36\./);
  });

  it("has a real crictl talking to each node's own runtime", async () => {
    for (const node of info.nodes) {
      const out = await crictlOnNode(node, info.crictl, ['version']);
      expect(out).toMatch(
        node.runtime === 'cri-o' ? /RuntimeName:\s+cri-o/ : /RuntimeName:\s+containerd/,
      );
    }
  });

  it('runs a pod with a good image to completion on node-1', async () => {
    await apply(info, aPod('good').inNamespace(ns).onNode('node-1').toJson());
    expect(await waitForPhase(info, ns, 'good', ['Succeeded', 'Failed'])).toBe('Succeeded');
    const logs = await kubectl(info.kubeconfig, ['-n', ns, 'logs', 'good']);
    expect(logs.trim()).toBe('v1.4.1');
  });

  it('reports a nonexistent tag with containerd "not found" text, ErrImagePull then ImagePullBackOff', async () => {
    const image = 'registry.plain.test/kip/app:v9.9.9';
    await apply(info, aPod('bad-tag').inNamespace(ns).onNode('node-1').withImage(image).toJson());
    const reasons = await watchWaitingReasons(info, ns, 'bad-tag', 'ImagePullBackOff');
    expect(reasons).toContain('ErrImagePull');
    expect(reasons.indexOf('ErrImagePull')).toBeLessThan(reasons.indexOf('ImagePullBackOff'));
    const message = await waitForEvent(info, ns, 'bad-tag', 'Failed', /Failed to pull image/);
    expect(message).toContain(`"${image}"`);
    expect(message).toMatch(/not found/);
    const pod = await getPod(info, ns, 'bad-tag');
    expect(pod.status.containerStatuses?.[0]?.restartCount).toBe(0);
  });

  it('fails with containerd 2.x 401 wording from the htpasswd registry without a pull secret', async () => {
    const image = 'registry.corp.test:5000/kip/app:v1.4.1';
    await apply(info, aPod('no-secret').inNamespace(ns).onNode('node-1').withImage(image).toJson());
    const message = await waitForEvent(info, ns, 'no-secret', 'Failed', /Failed to pull image/);
    // node-1 runs containerd 2.x: its wording for a 401 on an anonymous pull (1.6 said "401 Unauthorized").
    expect(message).toMatch(
      /pull access denied, repository does not exist or may require authorization: authorization failed: no basic auth credentials/,
    );
  });

  it('pulls from the htpasswd registry with a correct pull secret', async () => {
    await apply(info, aCorpPullSecret('corp-pull', ns));
    const image = 'registry.corp.test:5000/kip/app:v1.4.1';
    await apply(
      info,
      aPod('with-secret')
        .inNamespace(ns)
        .onNode('node-1')
        .withImage(image)
        .withPullSecret('corp-pull')
        .toJson(),
    );
    expect(await waitForPhase(info, ns, 'with-secret', ['Succeeded', 'Failed'])).toBe('Succeeded');
  });

  it('fails with "no such host" on node-2 with broken DNS while node-1 pulls the same image', async () => {
    const image = 'registry.plain.test/kip/app:v1.4.0';
    await breakDns(nodeNamed('node-2'));
    try {
      await apply(
        info,
        aPod('dns-node-2').inNamespace(ns).onNode('node-2').withImage(image).toJson(),
      );
      await apply(
        info,
        aPod('dns-node-1').inNamespace(ns).onNode('node-1').withImage(image).toJson(),
      );
      const message = await waitForEvent(info, ns, 'dns-node-2', 'Failed', /Failed to pull image/);
      expect(message).toMatch(/lookup registry\.plain\.test.*no such host/);
      expect(await waitForPhase(info, ns, 'dns-node-1', ['Succeeded', 'Failed'])).toBe('Succeeded');
    } finally {
      await restoreDns(nodeNamed('node-2'));
    }
  });
});
