/**
 * What ships, against the real cluster: builds the release (scripts/release/, what `npm run
 * release` runs) into a scratch directory and runs `kubectl imagepull diagnose` through kubectl
 * with the linux/amd64 executable (the Node 22 single executable) and with the linux/arm64 one
 * under qemu-user, against the test cluster's API server and registries. Both must give the
 * development build's verdict, evidence and fixes for the same pod, and exit the same way.
 */
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterInfo } from '../cluster/cluster-info.js';
import { RELEASE_PLATFORMS, type ReleasePlatform } from '../../scripts/release/platforms.js';
import { NODE_VERSION } from '../../scripts/release/runtimes.js';
import {
  buildRelease,
  requireReleaseTools,
  unpackArchive,
} from '../integration/support/release-build.js';
import { aPod } from './support/pod-builder.js';
import { apply, cluster, createNamespace, deleteNamespace, waitForEvent } from './support/kube.js';
import { imagepull, json, type PluginRun } from './support/plugin.js';
import type { PodDiagnosis } from '../../shared/diagnosis/verdict.js';

/** Debian's arm64 cross runtime libraries: what qemu-user needs to load the dynamic arm64 node. */
const ARM64_SYSROOT = '/usr/aarch64-linux-gnu';
const POD = 'shipped';
const IMAGE = 'registry.plain.test/kip/app:v1.4.9';

let info: ClusterInfo;
let ns: string;
let scratch: string;
/** A directory per executable whose kubectl-imagepull kubectl finds first on PATH. */
const pathDirs: Record<'amd64' | 'arm64', string> = { amd64: '', arm64: '' };

function platform(arch: 'amd64' | 'arm64'): ReleasePlatform {
  return RELEASE_PLATFORMS.find((p) => p.os === 'linux' && p.arch === arch)!;
}

beforeAll(async () => {
  requireReleaseTools();
  info = await cluster();
  ns = await createNamespace(info, 'released');
  scratch = await mkdtemp(path.join(os.tmpdir(), 'kip-released-'));
  const release = path.join(scratch, 'release');
  await Promise.all([
    buildRelease(release),
    apply(
      info,
      aPod(POD).inNamespace(ns).onNode('node-1').withImage(IMAGE).withPullPolicy('Always').toJson(),
    ),
  ]);
  // The amd64 executable runs as it is; the arm64 one through qemu-user, as binfmt would run it.
  pathDirs.amd64 = path.join(scratch, 'path-amd64');
  await mkdir(pathDirs.amd64);
  await symlink(
    unpackArchive(release, scratch, platform('amd64')),
    path.join(pathDirs.amd64, 'kubectl-imagepull'),
  );
  pathDirs.arm64 = path.join(scratch, 'path-arm64');
  await mkdir(pathDirs.arm64);
  const arm64 = unpackArchive(release, scratch, platform('arm64'));
  const wrapper = path.join(pathDirs.arm64, 'kubectl-imagepull');
  await writeFile(
    wrapper,
    `#!/bin/sh\nexec qemu-aarch64-static -L ${ARM64_SYSROOT} '${arm64}' "$@"\n`,
  );
  await chmod(wrapper, 0o755);
  await waitForEvent(info, ns, POD, 'Failed', /Failed to pull image/);
}, 900_000);

afterAll(async () => {
  if (ns) await deleteNamespace(info, ns);
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** `kubectl imagepull ARGS` with the executable of `arch` first on PATH, else the dev build. */
function run(arch: 'amd64' | 'arm64' | 'dev', args: readonly string[]): Promise<PluginRun> {
  if (arch === 'dev') return imagepull(info, args);
  return imagepull(info, args, { PATH: `${pathDirs[arch]}:${process.env.PATH}` });
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
