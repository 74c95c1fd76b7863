/** One revision's pods in numbers: how many run, which images fail, for what cause, on which nodes. */
import type { ContainerFacts, PodFacts } from '../diagnosis/evidence.js';
import { isPullFailure } from '../diagnosis/scope.js';
import type { ContainerVerdict } from '../diagnosis/verdict.js';
import type {
  RevisionEvidence,
  RevisionFailure,
  RevisionImage,
  RevisionSummary,
} from './rollout-types.js';

/** Summarises one revision from its pods and the diagnoses that stand for its failures. */
export function summariseRevision(rev: RevisionEvidence): RevisionSummary {
  const verdicts = rev.diagnoses.flatMap((d) =>
    d.containers.map((c) => ({ pod: d.pod.name, verdict: c })),
  );
  const failingOf = (pod: PodFacts): ContainerFacts[] =>
    pod.containers.filter(
      (c) =>
        isPullFailure(c) ||
        verdicts.some((v) => v.pod === pod.name && v.verdict.container === c.name),
    );
  const failures = new Map<
    string,
    { verdict?: ContainerVerdict; pods: number; nodes: Set<string> }
  >();
  let failing = 0;
  for (const pod of rev.pods) {
    const containers = failingOf(pod);
    if (containers.length > 0) failing++;
    for (const c of containers) {
      const key = `${c.name}\n${c.image}`;
      const entry = failures.get(key) ?? { pods: 0, nodes: new Set<string>() };
      entry.pods++;
      if (pod.nodeName) entry.nodes.add(pod.nodeName);
      entry.verdict ??= verdictFor(verdicts, pod.name, c) ?? verdictFor(verdicts, undefined, c);
      failures.set(key, entry);
    }
  }
  return {
    name: rev.name,
    revision: rev.revision,
    current: rev.isCurrent,
    pods: rev.pods.length,
    running: rev.pods.filter(isRunningOrDone).length,
    failing,
    images: imagesOf(rev.pods),
    failures: [...failures.entries()].map(([key, e]) => toFailure(key, e)),
  };
}

function verdictFor(
  verdicts: readonly { pod: string; verdict: ContainerVerdict }[],
  pod: string | undefined,
  c: ContainerFacts,
): ContainerVerdict | undefined {
  return verdicts.find(
    (v) =>
      (pod === undefined || v.pod === pod) &&
      v.verdict.container === c.name &&
      v.verdict.image === c.image,
  )?.verdict;
}

function toFailure(
  key: string,
  e: { verdict?: ContainerVerdict; pods: number; nodes: Set<string> },
): RevisionFailure {
  const [container, image] = key.split('\n') as [string, string];
  return {
    container,
    image,
    cause: e.verdict?.cause ?? 'unknown',
    summary: e.verdict?.summary ?? 'not diagnosed one by one',
    pods: e.pods,
    nodes: [...e.nodes].sort(),
  };
}

function isRunningOrDone(pod: PodFacts): boolean {
  return pod.phase === 'Running' || pod.phase === 'Succeeded';
}

/** Every container image of the revision, with the image IDs its pods that pulled it run. */
function imagesOf(pods: readonly PodFacts[]): RevisionImage[] {
  const byContainer = new Map<string, { image: string; ids: Set<string> }>();
  for (const pod of pods) {
    for (const c of pod.containers) {
      const entry = byContainer.get(c.name) ?? { image: c.image, ids: new Set<string>() };
      if (c.imageID && !isPullFailure(c)) entry.ids.add(c.imageID);
      byContainer.set(c.name, entry);
    }
  }
  return [...byContainer.entries()].map(([container, e]) => ({
    container,
    image: e.image,
    imageIds: [...e.ids].sort(),
  }));
}
