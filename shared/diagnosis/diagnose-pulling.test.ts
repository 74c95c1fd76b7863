import { describe, expect, it } from 'vitest';
import type { Cause, Confidence } from '../causes.js';
import { diagnosePod } from './diagnose-pod.js';
import type { KubeletEvidence, PodEvidence } from './evidence.js';
import { parseKubeletConfigz } from './kubelet-config.js';
import { parseStatsSummary } from './node-filesystems.js';
import type { NodePullEvent } from './pull-events.js';
import { PROGRESS_TIMEOUT_MS } from './pull-progress.js';
import { aPod, DEFAULT_IMAGE, NOW, pullFailed, secondsAgo } from './testing/evidence-builders.js';
import {
  CONFIGZ_PARALLEL,
  CONFIGZ_SERIALISED,
  STATS_SUMMARY_IMAGEFS_FULL,
} from './testdata/kubelet-samples.js';

const BIG = 'registry.example.com/ml/trainer:2.1';
const MB = 1_000_000;

/** The kubelet's Pulled wording since 1.30. */
function pulled(image: string, seconds: number, waiting: number, bytes: number): string {
  return `Successfully pulled image "${image}" in ${seconds}s (${waiting}s including waiting). Image size: ${bytes} bytes.`;
}

/** An event of another pod on node-a. */
function nodeEvent(pod: string, reason: string, message: string, ago: number): NodePullEvent {
  return {
    namespace: 'ml',
    pod,
    reason,
    message,
    type: 'Normal',
    fieldPath: 'spec.containers{main}',
    count: 1,
    lastSeen: secondsAgo(ago),
  };
}

/** The node is pulling BIG for trainer-0 since 10 minutes; it pulled a 6.4 GB image before. */
const BIG_IN_FLIGHT = [
  nodeEvent('trainer-0', 'Pulling', `Pulling image "${BIG}"`, 600),
  nodeEvent('trainer-old', 'Pulled', pulled(BIG, 320, 320, 6_442_450_944), 3000),
];
/** Recent pulls on the node at about 20 MB/s. */
const NODE_HISTORY = [
  nodeEvent('web-1', 'Pulled', pulled('registry.example.com/team/web:3', 10, 10, 200 * MB), 900),
  nodeEvent('web-2', 'Pulled', pulled('registry.example.com/team/api:7', 5, 12, 100 * MB), 1200),
  nodeEvent('web-3', 'Pulled', pulled('registry.example.com/team/job:1', 15, 15, 300 * MB), 1500),
];

function kubelet(configz: unknown): KubeletEvidence {
  const value = parseKubeletConfigz(configz)!;
  return {
    config: { status: 'found', value },
    filesystems: { status: 'found', value: parseStatsSummary(STATS_SUMMARY_IMAGEFS_FULL)! },
  };
}

const FORBIDDEN_KUBELET: KubeletEvidence = {
  config: {
    status: 'forbidden',
    message: 'nodes "node-a" is forbidden: User "dev" cannot get resource "nodes/proxy"',
  },
  filesystems: {
    status: 'forbidden',
    message: 'nodes "node-a" is forbidden: User "dev" cannot get resource "nodes/proxy"',
  },
};

/** A pod whose container waits in ContainerCreating, its own pull started `ago` seconds back. */
function pulling(ago: number) {
  return aPod()
    .waiting('ContainerCreating')
    .withEvent({
      type: 'Normal',
      reason: 'Pulling',
      message: `Pulling image "${DEFAULT_IMAGE}"`,
      lastSeen: secondsAgo(ago),
    });
}

interface PullCase {
  readonly name: string;
  readonly pod: () => PodEvidence;
  readonly cause: Cause;
  readonly confidence: Confidence;
  readonly summary: readonly string[];
  readonly healthy?: boolean;
  readonly firstFix?: string;
}

describe('diagnose of a pod whose image is still being pulled', () => {
  it.each<PullCase>([
    {
      name: 'queued behind a large pull on a serialised node: names it, its size and since when',
      pod: () =>
        pulling(180)
          .nodePullEvents([...BIG_IN_FLIGHT, ...NODE_HISTORY])
          .kubelet(kubelet(CONFIGZ_SERIALISED))
          .build(),
      cause: 'pull-queued',
      confidence: 'high',
      summary: [BIG, 'pod ml/trainer-0', secondsAgo(600), '6.4 GB', 'serializeImagePulls: true'],
      firstFix: 'serializeImagePulls: false',
    },
    {
      name: 'the same on a node with parallel pulls (limit 2): still pulling, with a rate',
      pod: () =>
        pulling(8)
          .registry('app', { kind: 'exists', sizeBytes: 200 * MB })
          .nodePullEvents([...BIG_IN_FLIGHT, ...NODE_HISTORY])
          .kubelet(kubelet(CONFIGZ_PARALLEL))
          .build(),
      cause: 'pulling',
      confidence: 'high',
      summary: ['200.0 MB', '8s of about 10s expected', '20.0 MB/s'],
      healthy: true,
    },
    {
      name: 'the parallel limit reached: queued, and the fix raises maxParallelImagePulls',
      pod: () =>
        pulling(30)
          .nodePullEvents([
            ...BIG_IN_FLIGHT,
            nodeEvent('etl-0', 'Pulling', 'Pulling image "registry.example.com/data/etl:9"', 300),
          ])
          .kubelet(kubelet(CONFIGZ_PARALLEL))
          .build(),
      cause: 'pull-queued',
      confidence: 'high',
      summary: [BIG, 'maxParallelImagePulls: 2 reached'],
      firstFix: 'maxParallelImagePulls: 3',
    },
    {
      name: 'far past the time its size needs at the node rate: slow, with bytes per second',
      pod: () =>
        pulling(240)
          .registry('app', { kind: 'exists', sizeBytes: 200 * MB })
          .nodePullEvents(NODE_HISTORY)
          .kubelet(kubelet(CONFIGZ_SERIALISED))
          .build(),
      cause: 'pull-slow',
      confidence: 'medium',
      summary: ['for 4m', 'expected about 10s', 'at most 833.3 kB/s', '20.0 MB/s'],
    },
    {
      name: 'past the runtime progress timeout, size unknown: stuck',
      pod: () =>
        pulling(PROGRESS_TIMEOUT_MS / 1000 + 120)
          .nodePullEvents([])
          .kubelet(kubelet(CONFIGZ_SERIALISED))
          .build(),
      cause: 'pull-stuck',
      confidence: 'medium',
      summary: ['7m', 'no Pulled event', '5m progress timeout'],
    },
    {
      name: 'past the progress timeout and ten times what its size needs: stuck, not slow',
      pod: () =>
        pulling(PROGRESS_TIMEOUT_MS / 1000 + 60)
          .registry('app', { kind: 'exists', sizeBytes: 2 * MB })
          .nodePullEvents(NODE_HISTORY)
          .kubelet(kubelet(CONFIGZ_PARALLEL))
          .build(),
      cause: 'pull-stuck',
      confidence: 'medium',
      summary: ['2.0 MB', 'for 6m', 'most likely stopped', 'containerd 2.1+'],
    },
    {
      name: 'an earlier attempt cancelled for no progress, retrying now: stuck',
      pod: () =>
        pulling(20)
          .withEvent({
            message: pullFailed(
              DEFAULT_IMAGE,
              `rpc error: code = Canceled desc = failed to pull and unpack image "${DEFAULT_IMAGE}": failed to copy: httpReadSeeker: failed open: failed to do request: Get "https://registry.example.com/v2/team/app/blobs/sha256:${'c'.repeat(64)}": context canceled`,
            ),
            lastSeen: secondsAgo(45),
          })
          .nodePullEvents([])
          .kubelet(kubelet(CONFIGZ_SERIALISED))
          .build(),
      cause: 'pull-stuck',
      confidence: 'medium',
      summary: ['cancelled for making no progress', 'trying again'],
    },
    {
      name: 'configz refused: another pull ahead reads as queued, with low confidence',
      pod: () => pulling(60).nodePullEvents(BIG_IN_FLIGHT).kubelet(FORBIDDEN_KUBELET).build(),
      cause: 'pull-queued',
      confidence: 'low',
      summary: ['if pulls are serialised', 'configz could not be read'],
    },
  ])('$name', ({ pod, cause, confidence, summary, healthy, firstFix }) => {
    const diagnosis = diagnosePod(pod(), NOW);
    expect(diagnosis.containers).toHaveLength(1);
    const verdict = diagnosis.containers[0]!;
    expect({ cause: verdict.cause, confidence: verdict.confidence }).toEqual({ cause, confidence });
    for (const part of summary) expect(verdict.summary).toContain(part);
    expect(diagnosis.healthy).toBe(healthy ?? false);
    expect(verdict.pull?.image).toBe(DEFAULT_IMAGE);
    if (firstFix) expect(verdict.fixes[0]?.command).toContain(firstFix);
    // Deleting a pod that is pulling starts its pull again: never suggested.
    expect(verdict.fixes.map((f) => f.command ?? '').join('\n')).not.toMatch(/kubectl delete pod/);
  });

  it('a Pulling event of a pod no longer on the node is no pull ahead (events outlive pods)', () => {
    const d = diagnosePod(
      pulling(180)
        .onNode('node-a')
        .nodePullEvents([...BIG_IN_FLIGHT, ...NODE_HISTORY])
        .kubelet(kubelet(CONFIGZ_SERIALISED))
        .nodeListedWhole()
        .build(),
      NOW,
    );
    expect(d.containers[0]?.cause).not.toBe('pull-queued');
    expect(d.containers[0]?.pull?.inFlightOnNode).toEqual([]);
  });

  it('reports the pull ahead, the node settings and its recent pulls for -o json', () => {
    const d = diagnosePod(
      pulling(180)
        .nodePullEvents([...BIG_IN_FLIGHT, ...NODE_HISTORY])
        .kubelet(kubelet(CONFIGZ_SERIALISED))
        .build(),
      NOW,
    );
    const pull = d.containers[0]!.pull!;
    expect(pull.ahead).toEqual({
      pod: 'ml/trainer-0',
      image: BIG,
      since: secondsAgo(600),
      sizeBytes: 6_442_450_944,
    });
    expect(pull).toMatchObject({ seconds: 180, serializeImagePulls: true });
    expect(pull.recentOnNode[0]).toEqual({
      pod: 'ml/web-1',
      image: 'registry.example.com/team/web:3',
      seconds: 10,
      includingWaitingSeconds: 10,
      sizeBytes: 200 * MB,
    });
    expect(d.node?.pullConfig?.serializeImagePulls).toBe(true);
    expect(d.node?.imageFs?.availableBytes).toBe(518_656_000);
  });

  it('a pod waiting in ContainerCreating with no pull in flight is not about its image', () => {
    const d = diagnosePod(
      aPod()
        .waiting('ContainerCreating')
        .withEvent({
          type: 'Normal',
          reason: 'Pulled',
          message: pulled(DEFAULT_IMAGE, 3, 3, 5 * MB),
          lastSeen: secondsAgo(30),
        })
        .build(),
      NOW,
    );
    expect(d).toMatchObject({ healthy: true, containers: [] });
  });

  it('says which kubelet evidence is missing and that nodes/proxy grants it, never failing', () => {
    const d = diagnosePod(pulling(60).kubelet(FORBIDDEN_KUBELET).build(), NOW);
    const notes = d.notes.join('\n');
    expect(notes).toContain('cannot read the kubelet configuration of node-a (configz)');
    expect(notes).toContain('cannot read the filesystem stats of node-a (stats/summary)');
    expect(notes.match(/get on nodes\/proxy/g)).toHaveLength(2);
  });
});

describe('disk verdicts show the numbers from stats/summary', () => {
  it('adds imagefs, nodefs and the kubelet thresholds to the evidence', () => {
    const d = diagnosePod(
      aPod()
        .waiting('ErrImagePull')
        .withEvent({
          message: pullFailed(
            DEFAULT_IMAGE,
            `rpc error: code = Unknown desc = failed to pull and unpack image "${DEFAULT_IMAGE}": failed to extract layer sha256:${'d'.repeat(64)}: write /var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots/112/fs/usr/lib/libLLVM.so.17: no space left on device: unknown`,
          ),
        })
        .kubelet(kubelet(CONFIGZ_SERIALISED))
        .build(),
      NOW,
    );
    const verdict = d.containers[0]!;
    expect(verdict.cause).toBe('disk');
    const texts = verdict.evidence.map((e) => e.text);
    expect(texts).toContain(
      'imagefs on node-a: 9.7 GB of 10.7 GB used, 518.7 MB available (5%); inodes 643251 of 655360 free (stats/summary)',
    );
    expect(
      texts.some((t) => t.startsWith('kubelet thresholds on node-a: image GC from 85% used')),
    ).toBe(true);
  });
});
