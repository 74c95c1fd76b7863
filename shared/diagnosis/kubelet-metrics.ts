/**
 * The kubelet's own pull figures from its metrics (`/api/v1/nodes/NODE/proxy/metrics`, the
 * Prometheus text format): how many pulls it asked the runtime for, how many failed, and how long
 * pulls took by image size (`kubelet_image_pull_duration_seconds`, queue time included). They are
 * counted since the kubelet started, so they describe the node, not this pod.
 */

/** Pulls of one image-size bucket (the kubelet's `image_size_in_bytes` label, e.g. 100MB-500MB). */
export interface PullDurations {
  readonly sizeBucket: string;
  readonly count: number;
  readonly meanSeconds: number;
}

/** What the node's kubelet counted about pulls since it started. */
export interface KubeletPullMetrics {
  /** `kubelet_runtime_operations_total{operation_type="pull_image"}`. */
  readonly pulls?: number;
  /** `kubelet_runtime_operations_errors_total{operation_type="pull_image"}`. */
  readonly pullErrors?: number;
  readonly durations: readonly PullDurations[];
}

const SAMPLE = /^([A-Za-z_:][A-Za-z0-9_:]*)(?:\{([^}]*)\})?\s+(\S+)/;
const LABEL = /([A-Za-z_][A-Za-z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

/** Reads the metrics text; undefined when it holds none of the kubelet's pull metrics. */
export function parseKubeletMetrics(text: string): KubeletPullMetrics | undefined {
  let pulls: number | undefined;
  let fromKubelet = false;
  let pullErrors: number | undefined;
  const sums = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const m = SAMPLE.exec(line);
    if (!m) continue;
    const [, name, labelText = '', raw] = m;
    if (name!.startsWith('kubelet_')) fromKubelet = true;
    const value = Number(raw);
    if (!Number.isFinite(value)) continue;
    const labels = Object.fromEntries([...labelText.matchAll(LABEL)].map((l) => [l[1], l[2]]));
    if (name === 'kubelet_runtime_operations_total' && labels['operation_type'] === 'pull_image')
      pulls = value;
    else if (
      name === 'kubelet_runtime_operations_errors_total' &&
      labels['operation_type'] === 'pull_image'
    )
      pullErrors = value;
    else if (name === 'kubelet_image_pull_duration_seconds_sum')
      sums.set(labels['image_size_in_bytes'] ?? '', value);
    else if (name === 'kubelet_image_pull_duration_seconds_count')
      counts.set(labels['image_size_in_bytes'] ?? '', value);
  }
  const durations = [...counts]
    .filter(([bucket, count]) => count > 0 && sums.has(bucket))
    .map(([sizeBucket, count]) => ({
      sizeBucket,
      count,
      meanSeconds: Math.round((10 * sums.get(sizeBucket)!) / count) / 10,
    }));
  if (!fromKubelet) return undefined;
  // A counter is exported once it first moves: a kubelet that has finished no pull yet has none.
  pulls ??= 0;
  return {
    ...(pulls !== undefined ? { pulls } : {}),
    // A counter no error has touched yet is not exported at all: none is zero, once pulls are known.
    ...(pullErrors !== undefined ? { pullErrors } : pulls !== undefined ? { pullErrors: 0 } : {}),
    durations,
  };
}

/** One line for the evidence: the node's pull record as its kubelet counts it. */
export function describePullMetrics(node: string, m: KubeletPullMetrics): string {
  const parts: string[] = [];
  if (m.pulls !== undefined) parts.push(`${m.pulls} pulls, ${m.pullErrors ?? 0} failed`);
  const timed = m.durations.map((d) => `${d.sizeBucket} ${d.count}x ~${d.meanSeconds}s`);
  if (timed.length > 0)
    parts.push(`mean pull time (waiting included) by size: ${timed.join(', ')}`);
  return `kubelet on ${node} since it started: ${parts.join('; ')} (metrics)`;
}
