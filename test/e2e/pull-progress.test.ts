/**
 * Pulls that have not failed yet (#11): a large image from the slow registry (blobs at 2 MB/s),
 * diagnosed while the kubelet is still pulling it. On node-2, whose kubelet serialises pulls, a
 * second pod's pull waits behind it and is named queued, with the pull ahead of it; on the nodes
 * that pull in parallel the same image is "still pulling". The kubelet's own Pulled event, when
 * the pulls end, confirms the queue ("... including waiting"). A user without nodes/proxy gets the
 * verdict too, with a note naming the missing evidence instead of the kubelet's configuration.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterInfo, ClusterNode } from '../cluster/cluster-info.js';
import { crictlOnNode, kubectl } from '../cluster/faults.js';
import { REGISTRIES } from '../cluster/layout.js';
import { aPod } from './support/pod-builder.js';
import { apply, cluster, createNamespace, deleteNamespace, waitForEvent } from './support/kube.js';
import { imagepull, json } from './support/plugin.js';
import type { PodDiagnosis } from '../../shared/diagnosis/verdict.js';

const SLOW = REGISTRIES.find((r) => r.id === 'slow')!.host;
const BIG = `${SLOW}/kip/big:v1`;
const SMALL = 'registry.plain.test/kip/app:v1.4.1';
/** 96 MiB at 2 MB/s is about 50 s; allow for a busy machine. */
const PULL_DONE_MS = 180_000;

let info: ClusterInfo;
let ns: string;

const nodeOf = (name: string): ClusterNode => info.nodes.find((n) => n.name === name)!;

async function diagnose(pod: string, ...extra: string[]): Promise<PodDiagnosis> {
  return json<PodDiagnosis>(
    await imagepull(info, ['diagnose', '-n', ns, pod, '-o', 'json', ...extra]),
  );
}

/** Seconds in a Go duration as the kubelet prints it: 850ms, 4.2s, 1m3.5s. */
function goSeconds(text: string): number {
  const m = /^(?:(\d+)m(?!s))?(?:([\d.]+)(ms|s))?$/.exec(text);
  if (!m) throw new Error(`not a Go duration: ${text}`);
  const minutes = Number(m[1] ?? 0);
  const rest = Number(m[2] ?? 0) / (m[3] === 'ms' ? 1000 : 1);
  return minutes * 60 + rest;
}

/** Starts `pod` on `node` pulling `image`, and waits for the kubelet's Pulling event. */
async function startPulling(pod: string, node: string, image: string): Promise<void> {
  await apply(info, aPod(pod).inNamespace(ns).onNode(node).withImage(image).toJson());
  await waitForEvent(info, ns, pod, 'Pulling', /Pulling image/, 60_000);
}

/** The big image must really be downloaded again: remove any copy the node holds. */
async function forgetBig(node: string): Promise<void> {
  await crictlOnNode(nodeOf(node), info.crictl, ['rmi', BIG]).catch(() => undefined);
}

beforeAll(async () => {
  info = await cluster();
  ns = await createNamespace(info, 'pull-progress');
  await Promise.all(['node-1', 'node-2', 'node-3'].map(forgetBig));
});

afterAll(async () => {
  await deleteNamespace(info, ns);
  await Promise.all(['node-1', 'node-2', 'node-3'].map(forgetBig));
});

describe('diagnose while the kubelet is still pulling', () => {
  it('node-2 (serializeImagePulls: true): the pod behind a large slow pull is queued, naming it', async () => {
    await startPulling('big-first', 'node-2', BIG);
    await startPulling('queued', 'node-2', SMALL);
    try {
      const queued = await diagnose('queued');
      const c = queued.containers[0]!;
      expect(c.cause).toBe('pull-queued');
      expect(c.pull?.serializeImagePulls).toBe(true);
      expect(c.pull?.ahead).toMatchObject({ pod: `${ns}/big-first`, image: BIG });
      expect(c.summary).toContain('big-first');
      expect(c.fixes.map((f) => f.description + ' ' + (f.command ?? '')).join('\n')).toMatch(
        /serializeImagePulls: false|maxParallelImagePulls/,
      );
      expect(queued.healthy).toBe(false);

      // The pull ahead is under way, not failing, and the report says so.
      const first = await diagnose('big-first');
      expect(first.containers[0]?.cause).toMatch(/^(pulling|pull-slow)$/);
      expect(first.containers[0]?.pull?.image).toBe(BIG);

      // The kubelet's own account once both are done: the second pull waited for the first.
      await waitForEvent(
        info,
        ns,
        'big-first',
        'Pulled',
        /Successfully pulled image/,
        PULL_DONE_MS,
      );
      const pulled = await waitForEvent(
        info,
        ns,
        'queued',
        'Pulled',
        /Successfully pulled/,
        60_000,
      );
      const times = / in (\S+) \((\S+) including waiting\)/.exec(pulled);
      expect(times, pulled).not.toBeNull();
      expect(goSeconds(times![2]!)).toBeGreaterThan(goSeconds(times![1]!));
    } finally {
      await kubectl(info.kubeconfig, [
        '-n',
        ns,
        'delete',
        'pod',
        'big-first',
        'queued',
        '--wait=true',
      ]);
    }
  });

  for (const node of ['node-1', 'node-3']) {
    it(`${node} (pulls in parallel): the same large pull is still pulling, with the node's pull settings`, async () => {
      const pod = `big-${node}`;
      await startPulling(pod, node, BIG);
      try {
        const d = await diagnose(pod);
        const c = d.containers[0]!;
        expect(c.cause).toBe('pulling');
        expect(c.pull?.serializeImagePulls).toBe(false);
        expect(c.pull?.ahead).toBeUndefined();
        expect(c.summary).toMatch(/pull/i);
        // Still pulling at a normal rate is not a problem: exit 0, and the text says so.
        const text = await imagepull(info, ['diagnose', '-n', ns, pod]);
        expect(text.code).toBe(0);
        expect(text.stdout).toMatch(/still pulling/);

        // Without nodes/proxy: the same verdict, and a note instead of the kubelet's settings.
        const restricted = json<PodDiagnosis>(
          await imagepull(info, [
            'diagnose',
            '-n',
            ns,
            pod,
            '-o',
            'json',
            '--kubeconfig',
            info.restrictedKubeconfig,
          ]),
        );
        expect(restricted.containers[0]?.cause).toBe('pulling');
        expect(restricted.containers[0]?.pull?.serializeImagePulls).toBeUndefined();
        expect(restricted.notes.join('\n')).toContain('nodes/proxy');
      } finally {
        await waitForEvent(info, ns, pod, 'Pulled', /Successfully pulled/, PULL_DONE_MS).catch(
          () => undefined,
        );
        await kubectl(info.kubeconfig, ['-n', ns, 'delete', 'pod', pod, '--wait=true']);
      }
    });
  }
});
