import { describe, expect, it } from 'vitest';
import type { FleetDiagnosis } from '../../shared/diagnosis/fleet.js';
import { ExitCode } from '../exit-codes.js';
import { fixtureApi } from '../testing/fixture-api.js';
import { runCaptured } from '../testing/run-in-process.js';
import { aFixturePod } from '../testing/workload-fixtures.js';

const IMAGE = 'registry.plain.test/kip/app:v1';
const id = (c: string) => `registry.plain.test/kip/app@sha256:${c.repeat(64)}`;
const pod = (name: string, node: string, imageID: string) =>
  aFixturePod(name, {
    app: 'web',
    ownerKind: 'ReplicaSet',
    ownerName: 'web-1',
    node,
    image: IMAGE,
    state: { running: imageID },
  });

describe('diagnose -n NS, the fleet view (API answers from hand-written fixtures)', () => {
  it('shows a tag resolving to different images on different nodes, though nothing fails', async () => {
    const api = fixtureApi([
      pod('a', 'node-1', id('a')),
      pod('b', 'node-1', id('a')),
      pod('c', 'node-2', id('b')),
    ]);
    const run = await runCaptured(['diagnose', '-n', 'shop', '-o', 'json'], {
      deps: { connectApi: () => Promise.resolve(api) },
    });
    expect(run.code).toBe(ExitCode.ok);
    const fleet = JSON.parse(run.stdout) as FleetDiagnosis;
    expect(fleet.failingPods).toBe(0);
    expect(fleet.skew).toEqual([
      {
        image: IMAGE,
        digests: [
          { digest: `sha256:${'a'.repeat(64)}`, nodes: ['node-1'], pods: 2 },
          { digest: `sha256:${'b'.repeat(64)}`, nodes: ['node-2'], pods: 1 },
        ],
      },
    ]);
    const text = await runCaptured(['diagnose', '-n', 'shop'], {
      deps: { connectApi: () => Promise.resolve(api) },
    });
    expect(text.stdout).toContain('Mutable-tag skew');
    expect(text.stdout).toMatch(/sha256:b{12}\s+1 pod on node-2/);
  });
});
