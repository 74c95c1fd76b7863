import { describe, expect, it } from 'vitest';
import { describePullMetrics, parseKubeletMetrics } from './kubelet-metrics.js';
import { KUBELET_METRICS } from './testdata/kubelet-samples.js';

describe('parseKubeletMetrics', () => {
  it('reads pull operations, their errors and the mean pull time per size bucket', () => {
    expect(parseKubeletMetrics(KUBELET_METRICS)).toEqual({
      pulls: 42,
      pullErrors: 17,
      durations: [
        { sizeBucket: '0-10MB', count: 22, meanSeconds: 0.5 },
        { sizeBucket: '100MB-500MB', count: 3, meanSeconds: 100.5 },
      ],
    });
  });

  it('a kubelet that never failed a pull exports no error series: that is zero', () => {
    const clean = KUBELET_METRICS.split('\n')
      .filter((l) => !l.includes('errors_total{operation_type="pull_image"}'))
      .join('\n');
    expect(parseKubeletMetrics(clean)?.pullErrors).toBe(0);
  });

  it('a kubelet that has finished no pull yet has no pull series: zero pulls, not unreadable', () => {
    expect(parseKubeletMetrics('kubelet_running_pods 3\n')).toEqual({
      pulls: 0,
      pullErrors: 0,
      durations: [],
    });
  });

  it('other operations and malformed lines are ignored; no kubelet metrics at all is undefined', () => {
    expect(
      parseKubeletMetrics('go_goroutines 120\nnot a sample\nfoo{bar="1"} NaN\n'),
    ).toBeUndefined();
    expect(parseKubeletMetrics('')).toBeUndefined();
  });
});

describe('describePullMetrics', () => {
  it('says what the kubelet counted, and that it is since the kubelet started', () => {
    const line = describePullMetrics('node-2', parseKubeletMetrics(KUBELET_METRICS)!);
    expect(line).toBe(
      'kubelet on node-2 since it started: 42 pulls, 17 failed; mean pull time (waiting included) by size: 0-10MB 22x ~0.5s, 100MB-500MB 3x ~100.5s (metrics)',
    );
  });
});
