import { describe, expect, it } from 'vitest';
import type { Cause } from '../causes.js';
import { fleetItem, summariseFleet, type FleetItem } from './fleet.js';
import { aPod, pullFailed } from './testing/evidence-builders.js';

const SCOPE = { podsScanned: 40, truncated: false };
const HUB_429 = 'toomanyrequests: You have reached your pull rate limit.';
const DNS = 'dial tcp: lookup registry.example.com on 10.0.0.2:53: no such host';
const TIMEOUT = 'dial tcp 203.0.113.10:443: i/o timeout';
const NOT_FOUND = 'manifest unknown';

/** A failing pod seen by the fleet scan: its image, node and the runtime's error. */
function failingItem(name: string, image: string, node: string, error: string): FleetItem {
  const evidence = aPod(name)
    .onNode(node)
    .container('app', image)
    .waiting('ErrImagePull')
    .withEvent({ message: pullFailed(image, error) })
    .build();
  const events = evidence.events.status === 'found' ? evidence.events.value : [];
  return fleetItem(evidence.pod, evidence.pod.containers[0]!, events);
}

/** `count` pods named prefix-1..n, spread round-robin over `nodes`. */
function many(count: number, prefix: string, image: string, nodes: string[], error: string) {
  return Array.from({ length: count }, (_, i) =>
    failingItem(`${prefix}-${i + 1}`, image, nodes[i % nodes.length]!, error),
  );
}

describe('fleetItem', () => {
  it.each([
    {
      name: 'rate limit',
      image: 'nginx:1.25',
      error: HUB_429,
      cause: 'rate-limit',
      registry: 'docker.io',
    },
    {
      name: 'dns',
      image: 'registry.example.com/a:1',
      error: DNS,
      cause: 'dns',
      registry: 'registry.example.com',
    },
    {
      name: 'an unparsable image',
      image: 'Registry/App:1',
      error: 'x',
      cause: 'invalid-reference',
      registry: '(invalid reference)',
    },
  ])('reduces a $name failure to one line', ({ image, error, cause, registry }) => {
    expect(failingItem('p', image, 'node-a', error)).toMatchObject({
      namespace: 'shop',
      pod: 'p',
      node: 'node-a',
      container: 'app',
      cause,
      registry,
    });
  });

  it('turns ErrImageNeverPull without a message into never-pull', () => {
    const pod = aPod('p')
      .container('app', 'app:1', { policy: 'Never' })
      .waiting('ErrImageNeverPull')
      .build();
    expect(fleetItem(pod.pod, pod.pod.containers[0]!, []).cause).toBe('never-pull');
  });
});

describe('summariseFleet: verdict sentences', () => {
  it.each([
    {
      name: 'rate limit across the fleet',
      items: () => many(14, 'web', 'nginx:1.25', ['n1', 'n2', 'n3', 'n4', 'n5', 'n6'], HUB_429),
      verdict: '429 from docker.io on 14 pods across 6 nodes: rate limit, not your manifests',
    },
    {
      name: 'dns on one node',
      items: () => many(3, 'api', 'registry.example.com/api:1', ['node-a'], DNS),
      verdict: 'name resolution fails on node-a only (3 pods): a node problem',
    },
    {
      name: 'dns everywhere',
      items: () => many(4, 'api', 'registry.example.com/api:1', ['node-a', 'node-b'], DNS),
      verdict:
        "name resolution fails for registry.example.com on 4 pods across 2 nodes: cluster-wide DNS or the registry's name",
    },
    {
      name: 'network on one node',
      items: () => many(2, 'api', 'registry.example.com/api:1', ['node-c'], TIMEOUT),
      verdict: "registry.example.com unreachable from node-c only (2 pods): that node's egress",
    },
    {
      name: 'a dominant group and a small one',
      items: () => [
        ...many(3, 'api', 'registry.example.com/api:1', ['node-a', 'node-b'], NOT_FOUND),
        ...many(1, 'web', 'nginx:1.25', ['node-a'], HUB_429),
      ],
      verdict:
        'images missing from registry.example.com on 3 pods across 2 nodes: wrong tags or repositories; 1 other group below',
    },
    {
      name: 'mixed reasons, none a majority',
      items: () => [
        ...many(2, 'api', 'registry.example.com/api:1', ['node-a'], NOT_FOUND),
        ...many(1, 'web', 'nginx:1.25', ['node-b'], HUB_429),
        ...many(1, 'db', 'registry.example.com/db:1', ['node-c'], DNS),
        ...many(1, 'job', 'registry.example.com/job:1', ['node-d'], TIMEOUT),
      ],
      verdict:
        '5 pods fail for 4 different reasons; largest group: Image not found on 2 pods across 1 node (registry.example.com)',
    },
    { name: 'nothing failing', items: () => [], verdict: 'no pod is failing to pull its image' },
  ])('$name', ({ items, verdict }) => {
    expect(summariseFleet(items(), SCOPE).verdict).toBe(verdict);
  });
});

describe('summariseFleet: groups', () => {
  const items = [
    ...many(3, 'api', 'registry.example.com/api:1', ['node-b', 'node-a'], NOT_FOUND),
    ...many(2, 'web', 'nginx:1.25', ['node-a'], HUB_429),
    ...many(1, 'other', 'registry.example.com/other:1', ['node-a'], HUB_429),
  ];
  const fleet = summariseFleet(items, SCOPE);

  it('groups by cause and registry, largest first', () => {
    const groups = fleet.groups.map(
      (g) => [g.cause, g.registry, g.pods] as [Cause, string, number],
    );
    expect(groups).toEqual([
      ['not-found', 'registry.example.com', 3],
      ['rate-limit', 'docker.io', 2],
      ['rate-limit', 'registry.example.com', 1],
    ]);
  });

  it('lists sorted nodes, namespaces and up to three example pods', () => {
    expect(fleet.groups[0]).toMatchObject({
      title: 'Image not found',
      nodes: ['node-a', 'node-b'],
      namespaces: ['shop'],
      examples: ['shop/api-1', 'shop/api-2', 'shop/api-3'],
    });
  });

  it('counts a pod with two failing containers once', () => {
    const twice = [
      failingItem('p', 'nginx:1', 'n', HUB_429),
      { ...failingItem('p', 'nginx:2', 'n', HUB_429), container: 'side' },
    ];
    const summary = summariseFleet(twice, SCOPE);
    expect(summary.failingPods).toBe(1);
    expect(summary.groups[0]?.pods).toBe(1);
  });

  it('keeps the scan scope and the raw items', () => {
    expect(fleet).toMatchObject({ kind: 'FleetDiagnosis', scope: SCOPE, failingPods: 6 });
    expect(fleet.items).toHaveLength(6);
  });
});
