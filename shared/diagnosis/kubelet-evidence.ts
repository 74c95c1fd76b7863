/**
 * What the diagnosis shows from the kubelet's own evidence (configz, stats/summary), and what it
 * says when that evidence could not be read: which reads failed, what is missing because of it,
 * and the permission that grants it. Missing kubelet evidence is never an error.
 */
import type { KubeletEvidence, Lookup, PodEvidence } from './evidence.js';
import type { KubeletConfigFacts } from './kubelet-config.js';
import { KUBELET_LOG_SETTING, kubeletLogLinesAbout } from './kubelet-log.js';
import { describePullMetrics } from './kubelet-metrics.js';
import { diskEvidenceTexts, type NodeFilesystems } from './node-filesystems.js';
import type { EvidenceLine, PodDiagnosis } from './verdict.js';

/** The RBAC rule that lets a user read the kubelet through the API server. */
export const KUBELET_READ_GRANT = 'get on nodes/proxy';

/** The configz facts when they were read. */
export function kubeletConfigOf(evidence: PodEvidence): KubeletConfigFacts | undefined {
  return found(evidence.kubelet?.config);
}

/** Evidence lines for a `disk` verdict: imagefs and nodefs numbers and the kubelet's thresholds. */
export function diskEvidence(evidence: PodEvidence): EvidenceLine[] {
  const node = evidence.pod.nodeName;
  if (!node || !evidence.kubelet) return [];
  return diskEvidenceTexts(
    node,
    found(evidence.kubelet.filesystems),
    kubeletConfigOf(evidence),
  ).map((text) => ({ source: 'node' as const, text }));
}

/** The kubelet's own log lines about a failing container's image (credential providers, ...). */
export function kubeletLogEvidence(
  evidence: PodEvidence,
  image: string,
  registry: string | undefined,
): EvidenceLine[] {
  const log = found(evidence.kubelet?.log);
  if (!log) return [];
  return kubeletLogLinesAbout(log, image, registry).map((text) => ({
    source: 'kubelet' as const,
    text,
  }));
}

/** The node's pull record from its kubelet's metrics, as one evidence line (none if unread). */
export function pullMetricsEvidence(evidence: PodEvidence): EvidenceLine[] {
  const metrics = found(evidence.kubelet?.metrics);
  const node = evidence.pod.nodeName;
  if (!metrics || !node) return [];
  return [{ source: 'kubelet', text: describePullMetrics(node, metrics) }];
}

/** The kubelet fields of the diagnosis's `node` object (absent ones left out). */
export function kubeletNodeFields(
  kubelet: KubeletEvidence | undefined,
): Pick<NonNullable<PodDiagnosis['node']>, 'pullConfig' | 'imageFs' | 'nodeFs' | 'pullMetrics'> {
  const config = found(kubelet?.config);
  const fs: NodeFilesystems | undefined = found(kubelet?.filesystems);
  const metrics = found(kubelet?.metrics);
  return {
    ...(config ? { pullConfig: config } : {}),
    ...(metrics ? { pullMetrics: metrics } : {}),
    ...(fs?.imageFs ? { imageFs: fs.imageFs } : {}),
    ...(fs?.nodeFs ? { nodeFs: fs.nodeFs } : {}),
  };
}

/** One note per kubelet read that failed, saying what is missing and what would grant it. */
export function kubeletNotes(evidence: PodEvidence): string[] {
  const kubelet = evidence.kubelet;
  const node = evidence.pod.nodeName;
  if (!kubelet || !node) return [];
  return [
    noteFor(
      kubelet.config,
      `the kubelet configuration of ${node} (configz)`,
      'whether its pulls are serialised, and its image GC and eviction thresholds, are unknown',
      KUBELET_READ_GRANT,
    ),
    noteFor(
      kubelet.filesystems,
      `the filesystem stats of ${node} (stats/summary)`,
      'imagefs and nodefs use are not shown',
      KUBELET_READ_GRANT,
    ),
    noteFor(
      kubelet.metrics,
      `the kubelet metrics of ${node}`,
      'its pull counts and times are not shown',
      KUBELET_READ_GRANT,
    ),
    logNote(kubelet.log, node),
    noteFor(
      evidence.nodePulls,
      `the image pull events of ${node}'s pods`,
      'what else the node is pulling is unknown',
      'list on events in every namespace',
    ),
  ].filter((n): n is string => n !== undefined);
}

/** The log is off on the kubelet, or not readable: say which, and what turns it on. */
function logNote(read: KubeletEvidence['log'], node: string): string | undefined {
  if (read?.status === 'found')
    return read.value.queryEnabled
      ? undefined
      : `the kubelet log of ${node} is not served (NodeLogQuery is off there), so credential provider errors written only there are not shown; set ${KUBELET_LOG_SETTING} in its KubeletConfiguration`;
  return noteFor(
    read,
    `the kubelet log of ${node} (NodeLogQuery)`,
    'credential provider errors written only there are not shown',
    KUBELET_READ_GRANT,
  );
}

function noteFor(
  read: Lookup<unknown> | undefined,
  what: string,
  missing: string,
  grant: string,
): string | undefined {
  if (!read || read.status === 'found') return undefined;
  if (read.status === 'forbidden')
    return `cannot read ${what}: RBAC forbids it (${read.message}); ${missing}. Reading it needs ${grant}`;
  if (read.status === 'missing') return `${what} could not be found; ${missing}`;
  return `cannot read ${what} (${read.message}); ${missing}`;
}

function found<T>(read: Lookup<T> | undefined): T | undefined {
  return read?.status === 'found' ? read.value : undefined;
}
