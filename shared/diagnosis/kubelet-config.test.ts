import { describe, expect, it } from 'vitest';
import { parseKubeletConfigz, pullSlots } from './kubelet-config.js';
import { diskEvidenceTexts, parseStatsSummary } from './node-filesystems.js';
import {
  CONFIGZ_PARALLEL,
  CONFIGZ_SERIALISED,
  STATS_SUMMARY_IMAGEFS_FULL,
} from './testdata/kubelet-samples.js';

describe('parseKubeletConfigz', () => {
  it('reads the pull and disk settings of a default kubelet', () => {
    const config = parseKubeletConfigz(CONFIGZ_SERIALISED);
    expect(config).toEqual({
      serializeImagePulls: true,
      maxParallelImagePulls: undefined,
      registryPullQPS: 5,
      imageGCHighThresholdPercent: 85,
      imageGCLowThresholdPercent: 80,
      evictionHard: {
        'imagefs.available': '15%',
        'imagefs.inodesFree': '5%',
        'nodefs.available': '10%',
        'nodefs.inodesFree': '5%',
      },
      imagePullCredentialsVerificationPolicy: 'NeverVerifyPreloadedImages',
    });
    expect(pullSlots(config)).toBe(1);
  });

  it.each([
    { name: 'serialised', json: CONFIGZ_SERIALISED, slots: 1 },
    { name: 'parallel with a limit', json: CONFIGZ_PARALLEL, slots: 2 },
    {
      name: 'parallel without a limit (maxParallelImagePulls null)',
      json: { kubeletconfig: { serializeImagePulls: false, maxParallelImagePulls: null } },
      slots: Infinity,
    },
    { name: 'an older kubelet without the field', json: { kubeletconfig: {} }, slots: undefined },
  ])('pull slots: $name', ({ json, slots }) => {
    expect(pullSlots(parseKubeletConfigz(json))).toBe(slots);
  });

  it('rejects what is not a configz answer', () => {
    expect(parseKubeletConfigz({ kind: 'Status', code: 403 })).toBeUndefined();
    expect(parseKubeletConfigz('forbidden')).toBeUndefined();
  });
});

describe('parseStatsSummary and the disk evidence it gives', () => {
  it('reads nodefs and imagefs bytes and inodes', () => {
    const fs = parseStatsSummary(STATS_SUMMARY_IMAGEFS_FULL);
    expect(fs?.imageFs).toEqual({
      usedBytes: 9683714048,
      capacityBytes: 10726932480,
      availableBytes: 518656000,
      inodes: 655360,
      inodesFree: 643251,
      inodesUsed: 12109,
    });
    expect(fs?.nodeFs?.availableBytes).toBe(4212334592);
  });

  it('says how full imagefs is, and where the kubelet collects and evicts', () => {
    const lines = diskEvidenceTexts(
      'node-1',
      parseStatsSummary(STATS_SUMMARY_IMAGEFS_FULL),
      parseKubeletConfigz(CONFIGZ_SERIALISED),
    );
    expect(lines).toEqual([
      'imagefs on node-1: 9.7 GB of 10.7 GB used, 518.7 MB available (5%); inodes 643251 of 655360 free (stats/summary)',
      'nodefs on node-1: 15.7 GB of 21.0 GB used, 4.2 GB available (20%); inodes 1203845 of 1310720 free (stats/summary)',
      'kubelet thresholds on node-1: image GC from 85% used; eviction at imagefs.available<15%, imagefs.inodesFree<5%, nodefs.available<10%, nodefs.inodesFree<5% (configz)',
    ]);
  });

  it('gives no lines when nothing was read', () => {
    expect(diskEvidenceTexts('node-1', undefined, undefined)).toEqual([]);
    expect(parseStatsSummary({ pods: [] })).toBeUndefined();
  });
});
