/**
 * The check itself: for every image of every container of every target, the registry's answer
 * from this machine with the credentials the pod would get, judged against the nodes it may land
 * on. Registry questions are asked once per image and credential set, a few at a time.
 */
import { checkImage, pullSecretNames } from '../../shared/check/check-image.js';
import type {
  CheckResult,
  CheckTarget,
  ImageCheck,
  PodSpecFacts,
} from '../../shared/check/check-types.js';
import { API_VERSION } from '../../shared/api-version.js';
import type {
  Lookup,
  PodFacts,
  RegistryFacts,
  SecretFacts,
} from '../../shared/diagnosis/evidence.js';
import type { RegistryProbe } from '../kube/gather-pod.js';
import type { CheckSources } from './check-sources.js';

/** How many registry questions are in flight at once. */
const CONCURRENCY = 8;

/** What the check was asked, besides the targets. */
export interface CheckRun {
  readonly input: string;
  readonly defaultNamespace: string;
  readonly sources: CheckSources;
  /** Undefined skips the registry (nothing to ask it with). */
  readonly probe?: RegistryProbe;
  readonly clusterNote?: string;
  readonly notes: readonly string[];
}

/** Checks every container image of every target. */
export async function runCheck(targets: readonly CheckTarget[], r: CheckRun): Promise<CheckResult> {
  const asked = new Map<string, Promise<RegistryFacts | undefined>>();
  const jobs = targets.flatMap((target) =>
    target.spec.containers.map((container) => () => checkContainer(target, container, r, asked)),
  );
  const images = await inPool(jobs, CONCURRENCY);
  const problems = images.reduce((n, i) => n + i.problems.length, 0);
  return {
    apiVersion: API_VERSION,
    kind: 'CheckResult',
    input: r.input,
    cluster: {
      read: r.sources.nodes !== undefined,
      nodes: r.sources.nodes?.length,
      note: r.clusterNote,
    },
    ok: problems === 0,
    problems,
    images,
    notes: [...r.notes],
  };
}

/** One container: its namespace's service account and secrets, the registry (asked once), the verdict. */
async function checkContainer(
  target: CheckTarget,
  container: PodSpecFacts['containers'][number],
  r: CheckRun,
  asked: Map<string, Promise<RegistryFacts | undefined>>,
): Promise<ImageCheck> {
  const namespace = target.namespace ?? r.defaultNamespace;
  const serviceAccount = await r.sources.serviceAccount(namespace, target.spec.serviceAccountName);
  const names = pullSecretNames(target.spec, serviceAccount);
  const secrets: Record<string, Lookup<SecretFacts>> = Object.fromEntries(
    await Promise.all(names.map(async (n) => [n, await r.sources.secret(namespace, n)] as const)),
  );
  const key = `${namespace}|${container.image}|${names.join(',')}`;
  if (r.probe && !asked.has(key)) {
    const pod: PodFacts = {
      namespace,
      name: target.name,
      serviceAccountName: target.spec.serviceAccountName,
      imagePullSecrets: names,
      containers: [{ ...container, running: false, restartCount: 0 }],
      labels: {},
    };
    asked.set(key, r.probe(pod, container.name, secrets));
  }
  const registry = await asked.get(key);
  return checkImage({
    target,
    namespace,
    container,
    registry,
    serviceAccount,
    secrets,
    nodes: r.sources.nodes,
  });
}

/** Runs the jobs `size` at a time, keeping their order in the result. */
async function inPool<T>(jobs: readonly (() => Promise<T>)[], size: number): Promise<T[]> {
  const out: T[] = new Array<T>(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      out[i] = await jobs[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, jobs.length) }, worker));
  return out;
}
