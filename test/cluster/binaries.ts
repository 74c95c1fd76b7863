/** Finds (building if needed) the Kubernetes binaries in the version-keyed cache. */
import { access, constants } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CACHE_DIR,
  CONTAINERD_VERSION,
  CRICTL_VERSION,
  CRIO_VERSION,
  K8S_VERSION,
} from './layout.js';
import { run } from './run-command.js';
import type { K8sBinaries } from './control-plane.js';
import type { RuntimeBins } from './node.js';

const here = path.dirname(fileURLToPath(import.meta.url));

async function allExecutable(files: readonly string[]): Promise<boolean> {
  const found = await Promise.all(
    files.map((f) =>
      access(f, constants.X_OK).then(
        () => true,
        () => false,
      ),
    ),
  );
  return found.every(Boolean);
}

/** Returns the cached containerd 2.x and CRI-O builds, running build-runtimes.sh when absent. */
export async function ensureRuntimeBinaries(): Promise<RuntimeBins> {
  const bins: RuntimeBins = {
    containerd: path.join(CACHE_DIR, `containerd-${CONTAINERD_VERSION}`),
    crio: path.join(CACHE_DIR, `crio-${CRIO_VERSION}`),
  };
  const files = [
    ...['containerd', 'ctr', 'containerd-shim-runc-v2'].map((b) => path.join(bins.containerd, b)),
    ...['crio', 'pinns'].map((b) => path.join(bins.crio, b)),
  ];
  if (!(await allExecutable(files))) {
    await run('bash', [path.join(here, 'build', 'build-runtimes.sh')], {
      timeoutMs: 60 * 60_000,
      env: { ...process.env, CONTAINERD_VERSION, CRIO_VERSION, KIP_CACHE: CACHE_DIR } as Record<
        string,
        string
      >,
    });
  }
  return bins;
}

/** Returns the cached binaries, running build-k8s.sh when any is missing (10-25 min cold). */
export async function ensureK8sBinaries(): Promise<K8sBinaries> {
  const dir = path.join(CACHE_DIR, `k8s-${K8S_VERSION}`);
  const bins: K8sBinaries = {
    apiserver: path.join(dir, 'kube-apiserver'),
    controllerManager: path.join(dir, 'kube-controller-manager'),
    scheduler: path.join(dir, 'kube-scheduler'),
    kubelet: path.join(dir, 'kubelet'),
    crictl: path.join(CACHE_DIR, `crictl-${CRICTL_VERSION}`, 'crictl'),
  };
  const missing = await Promise.all(
    Object.values(bins).map((b) =>
      access(b, constants.X_OK).then(
        () => false,
        () => true,
      ),
    ),
  );
  if (missing.some(Boolean)) {
    await run('bash', [path.join(here, 'build', 'build-k8s.sh')], {
      timeoutMs: 60 * 60_000,
      env: { ...process.env, K8S_VERSION, CRICTL_VERSION, KIP_CACHE: CACHE_DIR } as Record<
        string,
        string
      >,
    });
  }
  return bins;
}
