import { describe, expect, it } from 'vitest';
import { diagnosePod } from './diagnose-pod.js';
import { aPod, DEFAULT_IMAGE, NOW, pullFailed } from './testing/evidence-builders.js';

/** A pod whose last pull failed with `error`, waiting in ErrImagePull. */
const failedWith = (error: string) =>
  diagnosePod(
    aPod()
      .waiting('ErrImagePull')
      .withEvent({ message: pullFailed(DEFAULT_IMAGE, error) })
      .build(),
    NOW,
  ).containers[0]!;

describe('a pull the runtime cancelled, on a pod that still waits for it', () => {
  it.each([
    [
      'CRI-O (pull_progress_timeout), as node-3 reports it',
      'rpc error: code = Canceled desc = unable to pull image: writing blob: storing blob to file "/var/tmp/container_images_storage1268620867/2": happened during read: context canceled',
    ],
    [
      'containerd (image_pull_progress_timeout)',
      `rpc error: code = Canceled desc = failed to pull and unpack image "${DEFAULT_IMAGE}": context canceled`,
    ],
  ])('%s: pull-stuck, saying the runtime cancelled it', (_name, error) => {
    const v = failedWith(error);
    expect([v.cause, v.confidence]).toEqual(['pull-stuck', 'medium']);
    expect(v.evidence.map((e) => e.text).join('\n')).toContain("runtime's no-progress timeout");
    expect(v.fixes.map((f) => f.description).join('\n')).toContain('pull_progress_timeout');
  });

  it('a deadline that ran out is not called a cancellation', () => {
    const v = failedWith(
      'rpc error: code = DeadlineExceeded desc = failed to pull and unpack image: context deadline exceeded',
    );
    expect(v.cause).not.toBe('pull-stuck');
  });

  it('a named registry request that was cancelled stays a network problem', () => {
    const v = failedWith(
      'rpc error: code = Canceled desc = failed to resolve reference: Head "https://registry.example.com/v2/team/app/manifests/1.4.2": context canceled',
    );
    expect(v.cause).toBe('network');
  });
});
