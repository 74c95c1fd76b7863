import { describe, expect, it } from 'vitest';
import {
  finishedPulls,
  nodeRateFor,
  parsePulledMessage,
  parsePullingMessage,
  pullsInFlight,
  type NodePullEvent,
} from './pull-events.js';

describe('parsePulledMessage: the kubelet wording of each era', () => {
  it.each([
    {
      name: '1.30+: duration, waiting-inclusive duration and size',
      message:
        'Successfully pulled image "g1g1/py-kube" in 15.981s (15.981s including waiting). Image size: 129338587 bytes.',
      want: {
        image: 'g1g1/py-kube',
        durationMs: 15981,
        includingWaitingMs: 15981,
        sizeBytes: 129338587,
      },
    },
    {
      name: '1.30+: a pull that waited minutes behind another',
      message:
        'Successfully pulled image "registry.corp.io/ml/trainer:2.1" in 2m3.512s (6m41.09s including waiting). Image size: 6442450944 bytes.',
      want: {
        image: 'registry.corp.io/ml/trainer:2.1',
        durationMs: 123512,
        includingWaitingMs: 401090,
        sizeBytes: 6442450944,
      },
    },
    {
      name: '1.27-1.29: no size',
      message: 'Successfully pulled image "nginx:1.25" in 4.112s (4.112s including waiting)',
      want: { image: 'nginx:1.25', durationMs: 4112, includingWaitingMs: 4112 },
    },
    {
      name: 'before 1.27: only the duration',
      message: 'Successfully pulled image "busybox:1.36" in 1.934821513s',
      want: { image: 'busybox:1.36', durationMs: 1934.821513 },
    },
    {
      name: 'sub-second pull in milliseconds',
      message:
        'Successfully pulled image "registry.k8s.io/pause:3.10" in 512ms (512ms including waiting). Image size: 320368 bytes.',
      want: {
        image: 'registry.k8s.io/pause:3.10',
        durationMs: 512,
        includingWaitingMs: 512,
        sizeBytes: 320368,
      },
    },
    {
      name: 'very old kubelets: nothing but the image',
      message: 'Successfully pulled image "redis:7"',
      want: { image: 'redis:7' },
    },
  ])('$name', ({ message, want }) => {
    const parsed = parsePulledMessage(message);
    expect(parsed?.image).toBe(want.image);
    if (want.durationMs === undefined) expect(parsed?.durationMs).toBeUndefined();
    else expect(parsed?.durationMs).toBeCloseTo(want.durationMs);
    expect(parsed?.includingWaitingMs).toBe(want.includingWaitingMs);
    expect(parsed?.sizeBytes).toBe(want.sizeBytes);
  });

  it('is not fooled by the already-present wording, which is no pull', () => {
    expect(
      parsePulledMessage('Container image "nginx:1.25" already present on machine'),
    ).toBeUndefined();
    expect(parsePullingMessage('Pulling image "nginx:1.25"')).toBe('nginx:1.25');
  });
});

const at = (s: string) => `2026-12-01T10:${s}Z`;
function ev(pod: string, reason: string, message: string, lastSeen: string): NodePullEvent {
  return {
    namespace: 'shop',
    pod,
    reason,
    message,
    type: reason === 'Failed' ? 'Warning' : 'Normal',
    fieldPath: 'spec.containers{main}',
    count: 1,
    lastSeen,
  };
}

describe('pullsInFlight', () => {
  it.each([
    {
      name: 'a Pulling with no Pulled is in flight',
      events: [ev('big-0', 'Pulling', 'Pulling image "r.io/big:1"', at('00:00'))],
      want: ['big-0'],
    },
    {
      name: 'a later Pulled ends it',
      events: [
        ev('big-0', 'Pulling', 'Pulling image "r.io/big:1"', at('00:00')),
        ev(
          'big-0',
          'Pulled',
          'Successfully pulled image "r.io/big:1" in 1m2s (1m2s including waiting). Image size: 9000000 bytes.',
          at('01:02'),
        ),
      ],
      want: [],
    },
    {
      name: 'a Pulled in the same second ends it too (event times are whole seconds)',
      events: [
        ev('tiny-0', 'Pulling', 'Pulling image "r.io/tiny:1"', at('00:00')),
        ev(
          'tiny-0',
          'Pulled',
          'Successfully pulled image "r.io/tiny:1" in 212ms (212ms including waiting). Image size: 80000 bytes.',
          at('00:00'),
        ),
      ],
      want: [],
    },
    {
      name: 'a retry after a Failed is in flight again',
      events: [
        ev(
          'big-0',
          'Failed',
          'Failed to pull image "r.io/big:1": rpc error: code = Canceled desc = failed to pull and unpack image "r.io/big:1": context canceled',
          at('05:10'),
        ),
        ev('big-0', 'Pulling', 'Pulling image "r.io/big:1"', at('05:40')),
      ],
      want: ['big-0'],
    },
    {
      name: 'a Pulled of another image does not end it',
      events: [
        ev('web-0', 'Pulling', 'Pulling image "r.io/app:2"', at('00:10')),
        ev(
          'web-0',
          'Pulled',
          'Successfully pulled image "r.io/sidecar:1" in 2s (2s including waiting). Image size: 1000 bytes.',
          at('00:20'),
        ),
      ],
      want: ['web-0'],
    },
  ])('$name', ({ events, want }) => {
    expect(pullsInFlight(events).map((p) => p.pod)).toEqual(want);
  });

  it('lists pulls oldest first, and finished pulls newest first', () => {
    const events = [
      ev('b', 'Pulling', 'Pulling image "r.io/b:1"', at('02:00')),
      ev('a', 'Pulling', 'Pulling image "r.io/a:1"', at('01:00')),
      ev(
        'c',
        'Pulled',
        'Successfully pulled image "r.io/c:1" in 3s (3s including waiting). Image size: 5 bytes.',
        at('00:30'),
      ),
      ev(
        'd',
        'Pulled',
        'Successfully pulled image "r.io/d:1" in 3s (3s including waiting). Image size: 5 bytes.',
        at('00:40'),
      ),
    ];
    expect(pullsInFlight(events).map((p) => p.pod)).toEqual(['a', 'b']);
    expect(finishedPulls(events).map((p) => p.pod)).toEqual(['d', 'c']);
  });
});

describe('nodeRateFor: the node usual rate from its Pulled events', () => {
  const pull = (sizeBytes: number, durationMs: number) => ({
    namespace: 'shop',
    pod: 'p',
    image: 'r.io/x:1',
    sizeBytes,
    durationMs,
  });
  it.each([
    {
      name: 'the median of pulls of a similar size, ignoring a tiny fast one',
      finished: [pull(100e6, 5000), pull(300e6, 10_000), pull(200e6, 20_000), pull(1e6, 1000)],
      size: 200e6,
      want: 20e6,
    },
    {
      name: 'all sized pulls when none is of a similar size',
      finished: [pull(10e6, 1000), pull(20e6, 1000)],
      size: 6e9,
      want: 15e6,
    },
    {
      name: 'nothing from pulls under a second (cached layers)',
      finished: [pull(50e6, 400)],
      size: 50e6,
      want: undefined,
    },
  ])('$name', ({ finished, size, want }) => {
    expect(nodeRateFor(finished, size)).toBe(want);
  });
});
