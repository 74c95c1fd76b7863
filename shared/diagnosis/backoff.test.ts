import { describe, expect, it } from 'vitest';
import { backoffDelaySeconds, backoffFromEvents, isAboutContainer } from './backoff.js';
import type { EventFacts } from './evidence.js';
import { DEFAULT_IMAGE, NOW, pullFailed, secondsAgo } from './testing/evidence-builders.js';

const APP = 'spec.containers{app}';

/** A "Failed to pull image" event for a container, `ago` seconds before NOW. */
function failedPull(
  options: { count?: number; ago?: number; fieldPath?: string } = {},
): EventFacts {
  return {
    type: 'Warning',
    reason: 'Failed',
    message: pullFailed(DEFAULT_IMAGE, 'manifest unknown'),
    fieldPath: options.fieldPath ?? APP,
    count: options.count ?? 1,
    lastSeen: options.ago === undefined ? undefined : secondsAgo(options.ago),
  };
}

describe('backoffDelaySeconds', () => {
  it.each([
    { failures: 0, delay: 0 },
    { failures: 1, delay: 10 },
    { failures: 2, delay: 20 },
    { failures: 3, delay: 40 },
    { failures: 4, delay: 80 },
    { failures: 5, delay: 160 },
    { failures: 6, delay: 300 },
    { failures: 7, delay: 300 },
    { failures: 1000, delay: 300 },
  ])('waits $delay s after $failures failures', ({ failures, delay }) => {
    expect(backoffDelaySeconds(failures)).toBe(delay);
  });
});

describe('backoffFromEvents: attempts', () => {
  it.each([
    { name: 'one event seen once', events: [failedPull()], attempts: 1 },
    { name: 'one event seen 4 times', events: [failedPull({ count: 4 })], attempts: 4 },
    {
      name: 'counts summed over events',
      events: [failedPull({ count: 3 }), failedPull({ count: 2 })],
      attempts: 5,
    },
    { name: 'a zero count still counts once', events: [failedPull({ count: 0 })], attempts: 1 },
    {
      name: '"Error: ErrImagePull" and BackOff events are not pulls',
      events: [
        failedPull({ count: 2 }),
        { ...failedPull({ count: 9 }), message: 'Error: ErrImagePull' },
        { ...failedPull({ count: 9 }), reason: 'BackOff', message: `Back-off pulling image "x"` },
      ],
      attempts: 2,
    },
  ])('$name', ({ events, attempts }) => {
    expect(backoffFromEvents(events, 'app', NOW)?.attempts).toBe(attempts);
  });

  it('reports nothing without pull failures', () => {
    expect(backoffFromEvents([], 'app', NOW)).toBeUndefined();
  });
});

describe('backoffFromEvents: the next retry', () => {
  it('adds the delay for the attempt count to the newest lastSeen', () => {
    const report = backoffFromEvents(
      [failedPull({ count: 2, ago: 100 }), failedPull({ count: 1, ago: 15 })],
      'app',
      NOW,
    );
    // 3 attempts: the next waits 40 s after the newest failure, 15 s ago.
    expect(report).toMatchObject({
      attempts: 3,
      delaySeconds: 40,
      lastFailure: secondsAgo(15),
      nextRetryAt: new Date(NOW + 25_000).toISOString(),
    });
    expect(report?.note).toContain('3 failed pulls; the next try is in about 25s');
  });

  it('says the retry is due once its time has passed', () => {
    const report = backoffFromEvents([failedPull({ count: 1, ago: 60 })], 'app', NOW);
    expect(report?.note).toContain('1 failed pull; the next try is due now');
  });

  it('gives the delay but no time when events carry no timestamps', () => {
    const report = backoffFromEvents([failedPull({ count: 6 })], 'app', NOW);
    expect(report).toMatchObject({ attempts: 6, delaySeconds: 300 });
    expect(report?.nextRetryAt).toBeUndefined();
    expect(report?.note).toContain('delete the pod (or restart its workload)');
  });
});

describe('backoffFromEvents: which container', () => {
  const events = [
    failedPull({ count: 3, fieldPath: 'spec.containers{app}' }),
    failedPull({ count: 5, fieldPath: 'spec.containers{sidecar}' }),
    failedPull({ count: 7, fieldPath: 'spec.initContainers{migrate}' }),
  ];

  it.each([
    { container: 'app', attempts: 3 },
    { container: 'sidecar', attempts: 5 },
    { container: 'migrate', attempts: 7 },
    { container: 'debugger', attempts: undefined },
  ])('counts only events about $container', ({ container, attempts }) => {
    expect(backoffFromEvents(events, container, NOW)?.attempts).toBe(attempts);
  });

  it.each([
    { fieldPath: 'spec.containers{app}', container: 'app', about: true },
    { fieldPath: 'spec.ephemeralContainers{app}', container: 'app', about: true },
    { fieldPath: 'spec.containers{myapp}', container: 'app', about: false },
    { fieldPath: 'spec.containers{app}', container: 'ap', about: false },
    { fieldPath: undefined, container: 'app', about: true },
  ])('$fieldPath is about $container: $about', ({ fieldPath, container, about }) => {
    expect(isAboutContainer({ ...failedPull(), fieldPath }, container)).toBe(about);
  });
});
