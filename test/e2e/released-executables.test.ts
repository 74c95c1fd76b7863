/**
 * The released executables beside the development build, against the real cluster: the tier runs
 * the release's linux/amd64 executable everywhere (support/shipped.ts); here the linux/arm64 one
 * too, under qemu-user, and both must give the development bundle's verdict, evidence and fixes
 * for the same pod and exit the same way, and name the pinned runtime they carry.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterInfo } from '../cluster/cluster-info.js';
import { NODE_VERSION } from '../../scripts/release/runtimes.js';
import { aPod } from './support/pod-builder.js';
import { apply, cluster, createNamespace, deleteNamespace, waitForEvent } from './support/kube.js';
import { imagepull, json, type PluginRun } from './support/plugin.js';
import { shippedBinDir } from './support/shipped.js';
import type { PodDiagnosis } from '../../shared/diagnosis/verdict.js';

const DIST = path.resolve(import.meta.dirname, '../../dist');
const POD = 'shipped';
const IMAGE = 'registry.plain.test/kip/app:v1.4.9';

let info: ClusterInfo;
let ns: string;

beforeAll(async () => {
  info = await cluster();
  ns = await createNamespace(info, 'released');
  await apply(
    info,
    aPod(POD).inNamespace(ns).onNode('node-1').withImage(IMAGE).withPullPolicy('Always').toJson(),
  );
  await waitForEvent(info, ns, POD, 'Failed', /Failed to pull image/);
});

afterAll(async () => {
  if (ns) await deleteNamespace(info, ns);
});

/** `kubectl imagepull ARGS` with the shipped executable of `arch`, or the development bundle. */
function run(build: 'amd64' | 'arm64' | 'dev', args: readonly string[]): Promise<PluginRun> {
  const dir = build === 'dev' ? DIST : shippedBinDir(build);
  return imagepull(info, args, { PATH: `${dir}:${process.env.PATH}` });
}

/** The parts of a diagnosis that do not depend on when it ran. */
function stable(d: PodDiagnosis) {
  return {
    healthy: d.healthy,
    containers: d.containers.map((c) => ({
      cause: c.cause,
      confidence: c.confidence,
      summary: c.summary,
      evidence: c.evidence.map((e) => e.text).filter((t) => !/ago|since|\d+s\b/.test(t)),
      fixes: c.fixes,
      registryCheck: c.registryCheck,
    })),
  };
}

describe('the released executables against the test cluster', () => {
  it.each(['amd64', 'arm64'] as const)(
    'linux/%s: version names the pinned runtime, diagnose gives the development build verdict',
    async (arch) => {
      const version = await run(arch, ['version', '-o', 'json']);
      expect(version.code, version.stderr).toBe(0);
      expect(json<{ runtime: unknown }>(version).runtime).toEqual({
        node: `v${NODE_VERSION}`,
        platform: `linux/${arch}`,
      });

      const args = ['diagnose', '-n', ns, POD, '-o', 'json'];
      const [shipped, dev] = await Promise.all([run(arch, args), run('dev', args)]);
      expect(shipped.stderr).not.toMatch(/DeprecationWarning|ExperimentalWarning/);
      expect(shipped.code).toBe(dev.code);
      const d = json<PodDiagnosis>(shipped);
      expect(d.containers[0]?.cause, d.containers[0]?.summary).toBe('not-found');
      expect(stable(d)).toEqual(stable(json<PodDiagnosis>(dev)));
    },
  );
});
