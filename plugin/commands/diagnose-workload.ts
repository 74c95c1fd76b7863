/**
 * `diagnose deploy/web` (any workload): the owner chain to the pods, grouped by revision; one pod
 * diagnosed in full for each failing image and node of each revision, the rest counted with it;
 * then one rollout verdict. The workload's own pods are the scope: nothing outside its namespace
 * and selector is listed.
 */
import type { V1Pod } from '@kubernetes/client-node';
import { diagnosePod } from '../../shared/diagnosis/diagnose-pod.js';
import type { PodFacts, SiblingFacts } from '../../shared/diagnosis/evidence.js';
import { isPullFailure } from '../../shared/diagnosis/scope.js';
import { diagnoseWorkload } from '../../shared/workload/rollout.js';
import type { RevisionEvidence } from '../../shared/workload/rollout-types.js';
import { kubectlName, type WorkloadRef } from '../../shared/workload/workload-ref.js';
import { ExitCode, type ExitCodeValue } from '../exit-codes.js';
import type { RegistryProbe } from '../kube/gather-pod.js';
import { loadReadPath } from '../lazy.js';
import { workloadText } from '../render/workload-text.js';
import type { CommandDeps } from './command.js';
import type { DiagnoseOptions } from './diagnose.js';

/** At most this many pods are diagnosed one by one; the others are counted with their image. */
const MAX_DIAGNOSED = 8;

/** Diagnoses a workload and prints the rollout verdict. */
export async function runWorkload(
  o: DiagnoseOptions,
  ref: WorkloadRef,
  deps: CommandDeps,
): Promise<ExitCodeValue> {
  const conn = await deps.connectApi(o);
  const read = await loadReadPath();
  const namespace = o.namespace ?? conn.namespace;
  const found = await read.findWorkloadPods(conn, namespace, ref);
  const allFacts = found.revisions.flatMap((r) => r.pods.map(read.toPodFacts));
  const siblings: SiblingFacts = {
    reach: 'namespace',
    pods: allFacts,
    note: `scope: the ${allFacts.length} pods of ${kubectlName(ref)}`,
  };
  const probe = o.checkRegistry ? memoised(deps.registryProbe(o.registryTimeoutMs)) : undefined;
  const facts = found.revisions.map((r) => r.pods.map(read.toPodFacts));
  const chosen = representatives(facts);
  if (o.isVerbose)
    deps.render.progress(
      `${kubectlName(ref)}: ${allFacts.length} pods in ${found.revisions.length} revisions; diagnosing ${chosen.picked.size}`,
    );
  // Each chosen pod is diagnosed with the workload's own pods as its scope.
  const diagnose = async (pod: V1Pod) =>
    diagnosePod(await read.gatherPodEvidence(conn, pod, probe, siblings), deps.now());
  const revisions: RevisionEvidence[] = await Promise.all(
    found.revisions.map(async (r, i) => ({
      ...r,
      pods: facts[i]!,
      diagnoses: await Promise.all(
        r.pods.filter((p) => chosen.picked.has(p.metadata?.name ?? '')).map(diagnose),
      ),
    })),
  );
  const diagnosis = diagnoseWorkload({
    kind: ref.kind,
    name: ref.name,
    namespace,
    job: found.job,
    revisions,
    creation: found.creation,
    undiagnosedPods: chosen.skipped,
  });
  deps.render.printResult(diagnosis, o.output, (p) => workloadText(diagnosis, p));
  return diagnosis.healthy ? ExitCode.ok : ExitCode.pullProblem;
}

/**
 * One failing pod per revision, failing image and node stands for the others (a DaemonSet that
 * fails on one node must have that node's pod diagnosed), up to MAX_DIAGNOSED in all.
 */
function representatives(revisions: readonly (readonly PodFacts[])[]): {
  picked: Set<string>;
  skipped: number;
} {
  const picked = new Set<string>();
  const keys = new Set<string>();
  let skipped = 0;
  revisions.forEach((pods, i) => {
    for (const pod of pods) {
      const failing = pod.containers.filter(isPullFailure);
      if (failing.length === 0) continue;
      const key = `${i}|${pod.nodeName ?? ''}|${failing.map((c) => c.image).join(',')}`;
      if (keys.has(key) || picked.size >= MAX_DIAGNOSED) {
        skipped++;
        continue;
      }
      keys.add(key);
      picked.add(pod.name);
    }
  });
  return { picked, skipped };
}

/** Asks the registry once per image and credential set, however many pods share them. */
function memoised(probe: RegistryProbe): RegistryProbe {
  const answers = new Map<string, ReturnType<RegistryProbe>>();
  return (pod, container, secrets) => {
    const image = pod.containers.find((c) => c.name === container)?.image ?? '';
    const key = `${image}|${pod.imagePullSecrets.join(',')}`;
    let answer = answers.get(key);
    if (!answer) {
      answer = probe(pod, container, secrets);
      answers.set(key, answer);
    }
    return answer;
  };
}
