import { describe, expect, it } from 'vitest';
import { diagnosePod } from './diagnose-pod.js';
import { analyseScope, isPullWaitingReason } from './scope.js';
import { aPod, DEFAULT_IMAGE, NOW, pullFailed } from './testing/evidence-builders.js';
import type { PodEvidenceBuilder } from './testing/evidence-builders.js';

const OTHER = 'registry.example.com/team/worker:2.0';
const digest = (c: string) => `${DEFAULT_IMAGE}@sha256:${c.repeat(64)}`;

/** This pod (shop/app on node-a) cannot pull DEFAULT_IMAGE: the tag is missing. */
const failing = () =>
  aPod('app')
    .onNode('node-a')
    .waiting('ErrImagePull')
    .withEvent({ message: pullFailed(DEFAULT_IMAGE, 'manifest unknown') });

function scopeOf(builder: PodEvidenceBuilder) {
  const evidence = builder.build();
  return analyseScope(evidence, evidence.pod.containers[0]!);
}

describe('analyseScope', () => {
  it('points at the node when the same image runs elsewhere', () => {
    const scope = scopeOf(
      failing().sibling({ name: 'app-2', node: 'node-b', image: DEFAULT_IMAGE }),
    );
    expect(scope.sameImageRunning).toEqual(['shop/app-2 on node-b']);
    expect(scope.summary).toBe(
      'the same image runs on node-b but fails on node-a: compare the nodes (or the node may have it cached while the registry no longer serves it)',
    );
  });

  it('compares images in canonical form', () => {
    const scope = scopeOf(
      aPod('web')
        .container('web', 'nginx')
        .waiting('ErrImagePull')
        .sibling({ name: 'web-2', node: 'node-b', image: 'docker.io/library/nginx:latest' }),
    );
    expect(scope.sameImageRunning).toEqual(['shop/web-2 on node-b']);
  });

  it('says the image fails on several nodes when it does', () => {
    const scope = scopeOf(
      failing().sibling({
        name: 'app-2',
        node: 'node-b',
        image: DEFAULT_IMAGE,
        waiting: 'ImagePullBackOff',
      }),
    );
    expect(scope.sameImageFailing).toEqual(['shop/app-2 on node-b']);
    expect(scope.summary).toBe('the same image fails on 2 nodes: not specific to node-a');
  });

  it.each([
    {
      name: 'a DNS failure is the node',
      message: pullFailed(
        OTHER,
        'dial tcp: lookup registry.example.com on 10.0.0.2:53: no such host',
      ),
      nodeLevel: true,
    },
    {
      name: 'a network failure is the node',
      message: pullFailed(OTHER, 'dial tcp 203.0.113.10:443: i/o timeout'),
      nodeLevel: true,
    },
    {
      name: 'a missing tag is that image',
      message: pullFailed(OTHER, `${OTHER}: not found`),
      nodeLevel: false,
    },
    {
      name: 'a refused credential is that image',
      message: pullFailed(OTHER, '401 Unauthorized'),
      nodeLevel: false,
    },
  ])('another image failing on this node: $name', ({ message, nodeLevel }) => {
    const scope = scopeOf(
      failing().sibling({
        name: 'worker',
        node: 'node-a',
        image: OTHER,
        waiting: 'ErrImagePull',
        message,
      }),
    );
    if (nodeLevel) {
      expect(scope.otherImagesFailingOnNode).toEqual([`shop/worker (${OTHER})`]);
      expect(scope.summary).toBe(
        '1 other image also fails to pull on node-a: likely a node-level problem (DNS, egress, proxy, CA, disk or runtime)',
      );
    } else {
      expect(scope.otherImagesFailingOnNode).toEqual([]);
      expect(scope.summary).toBeUndefined();
    }
  });

  it('ignores other images failing on other nodes', () => {
    const scope = scopeOf(
      failing().sibling({
        name: 'worker',
        node: 'node-b',
        image: OTHER,
        waiting: 'ErrImagePull',
        message: 'dial tcp: lookup registry.example.com: no such host',
      }),
    );
    expect(scope.otherImagesFailingOnNode).toEqual([]);
  });

  it('does not call the node at fault for an image that fails on other nodes too', () => {
    const refused = pullFailed(OTHER, 'dial tcp 10.0.0.9:443: connect: connection refused');
    const scope = scopeOf(
      failing()
        .sibling({
          name: 'worker',
          node: 'node-a',
          image: OTHER,
          waiting: 'ErrImagePull',
          message: refused,
        })
        .sibling({
          name: 'worker-b',
          node: 'node-b',
          image: OTHER,
          waiting: 'ErrImagePull',
          message: refused,
        }),
    );
    expect(scope.otherImagesFailingOnNode).toEqual([]);
    expect(scope.summary ?? '').not.toContain('node-level');
  });

  it('counts only failures of the same node-side cause when this one is node-side', () => {
    const refused = pullFailed(OTHER, 'dial tcp 10.0.0.9:443: connect: connection refused');
    const scope = scopeOf(
      aPod('app')
        .onNode('node-a')
        .waiting(
          'ErrImagePull',
          pullFailed(DEFAULT_IMAGE, 'dial tcp: lookup registry.example.com: no such host'),
        )
        .sibling({
          name: 'worker',
          node: 'node-a',
          image: OTHER,
          waiting: 'ErrImagePull',
          message: refused,
        }),
    );
    expect(scope.otherImagesFailingOnNode).toEqual([]);
  });

  it('suggests reproduce once the scope points at the node, even for a missing tag', () => {
    const diagnosis = diagnosePod(
      failing().sibling({ name: 'app-2', node: 'node-b', image: DEFAULT_IMAGE }).build(),
      NOW,
    );
    expect(diagnosis.containers[0]?.cause).toBe('not-found');
    expect(diagnosis.containers[0]?.reproduce).toBe(
      'kubectl imagepull reproduce --node node-a --pod shop/app',
    );
  });

  it.each([
    { reason: 'ErrImagePull', pull: true },
    { reason: 'ImagePullBackOff', pull: true },
    { reason: 'illegal base64 data at input byte 0', pull: true },
    { reason: 'ContainerCreating', pull: false },
    { reason: 'CrashLoopBackOff', pull: false },
    { reason: undefined, pull: false },
  ])('treats waiting reason $reason as a pull failure: $pull', ({ reason, pull }) => {
    expect(isPullWaitingReason(reason)).toBe(pull);
  });
});

describe('pull warnings', () => {
  it('warns when running pods of the same image run different builds', () => {
    const diagnosis = diagnosePod(
      failing()
        .sibling({ name: 'app-2', node: 'node-b', image: DEFAULT_IMAGE, imageID: digest('1') })
        .sibling({ name: 'app-3', node: 'node-c', image: DEFAULT_IMAGE, imageID: digest('2') })
        .build(),
      NOW,
    );
    expect(diagnosis.containers[0]?.warnings.join('\n')).toContain(
      `app: ${DEFAULT_IMAGE} resolves to 2 different images across running pods (sha256:111111111111, sha256:222222222222)`,
    );
  });

  it("counts the pod's own build when it differs from the only other running pod", () => {
    const diagnosis = diagnosePod(
      aPod('app')
        .container('app', DEFAULT_IMAGE, { policy: 'Always' })
        .running(digest('1'))
        .sibling({ name: 'app-2', node: 'node-b', image: DEFAULT_IMAGE, imageID: digest('2') })
        .build(),
      NOW,
    );
    expect(diagnosis.warnings.join('\n')).toContain('resolves to 2 different images');
  });

  it.each([
    {
      name: 'IfNotPresent with a version tag',
      image: DEFAULT_IMAGE,
      policy: 'IfNotPresent',
      warns: true,
    },
    {
      name: 'the default policy with a version tag',
      image: DEFAULT_IMAGE,
      policy: undefined,
      warns: true,
    },
    {
      name: 'IfNotPresent with latest',
      image: 'nginx:latest',
      policy: 'IfNotPresent',
      warns: true,
    },
    {
      name: 'latest without a policy (Always)',
      image: 'nginx:latest',
      policy: undefined,
      warns: false,
    },
    {
      name: 'no tag without a policy (latest, Always)',
      image: 'nginx',
      policy: undefined,
      warns: false,
    },
    { name: 'Always with a version tag', image: DEFAULT_IMAGE, policy: 'Always', warns: false },
    {
      name: 'a digest',
      image: `registry.example.com/team/app@sha256:${'c'.repeat(64)}`,
      policy: 'IfNotPresent',
      warns: false,
    },
  ])('mutable tag warning for $name: $warns', ({ image, policy, warns }) => {
    const diagnosis = diagnosePod(
      aPod().container('app', image, { policy }).running().build(),
      NOW,
    );
    const warned = diagnosis.warnings.some((w) =>
      w.includes('imagePullPolicy IfNotPresent with mutable tag'),
    );
    expect(warned).toBe(warns);
  });
});
