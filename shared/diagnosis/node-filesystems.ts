/**
 * The node's filesystems as the kubelet's `stats/summary` reports them: nodefs (`node.fs`, where
 * /var/lib/kubelet and logs live) and imagefs (`node.runtime.imageFs`, the runtime's image
 * store), so a `disk` verdict can show the numbers without running a probe on the node.
 */
import type { KubeletConfigFacts } from './kubelet-config.js';

/** One filesystem's bytes and inodes; any field may be absent (the kubelet omits unknowns). */
export interface FsUsage {
  readonly usedBytes?: number;
  readonly capacityBytes?: number;
  readonly availableBytes?: number;
  readonly inodes?: number;
  readonly inodesFree?: number;
  readonly inodesUsed?: number;
}

/** nodefs and imagefs of one node. */
export interface NodeFilesystems {
  readonly nodeFs?: FsUsage;
  readonly imageFs?: FsUsage;
}

/** Reads stats/summary's JSON; undefined when it has no `node` object. */
export function parseStatsSummary(json: unknown): NodeFilesystems | undefined {
  const node = field(json, 'node');
  if (!isObject(node)) return undefined;
  return {
    nodeFs: fsOf(field(node, 'fs')),
    imageFs: fsOf(field(field(node, 'runtime'), 'imageFs')),
  };
}

/**
 * Evidence lines for a disk verdict: imagefs first (where layers are unpacked), then nodefs, then
 * the kubelet's own thresholds, which say how close the node is to image GC and eviction.
 */
export function diskEvidenceTexts(
  node: string,
  fs: NodeFilesystems | undefined,
  config: KubeletConfigFacts | undefined,
): string[] {
  const lines: string[] = [];
  if (fs?.imageFs) lines.push(`imagefs on ${node}: ${describeFs(fs.imageFs)} (stats/summary)`);
  if (fs?.nodeFs) lines.push(`nodefs on ${node}: ${describeFs(fs.nodeFs)} (stats/summary)`);
  const gc = config?.imageGCHighThresholdPercent;
  const eviction = Object.entries(config?.evictionHard ?? {}).map(([k, v]) => `${k}<${v}`);
  if (gc !== undefined || eviction.length > 0) {
    const parts = [
      ...(gc !== undefined ? [`image GC from ${gc}% used`] : []),
      ...(eviction.length > 0 ? [`eviction at ${eviction.join(', ')}`] : []),
    ];
    lines.push(`kubelet thresholds on ${node}: ${parts.join('; ')} (configz)`);
  }
  return lines;
}

/** "9.4 GB of 10.0 GB used, 0.6 GB available (6%); inodes 1200 of 655360 free". */
export function describeFs(fs: FsUsage): string {
  const parts: string[] = [];
  if (fs.usedBytes !== undefined && fs.capacityBytes !== undefined)
    parts.push(`${formatBytes(fs.usedBytes)} of ${formatBytes(fs.capacityBytes)} used`);
  if (fs.availableBytes !== undefined) {
    const pct = fs.capacityBytes
      ? ` (${Math.round((100 * fs.availableBytes) / fs.capacityBytes)}%)`
      : '';
    parts.push(`${formatBytes(fs.availableBytes)} available${pct}`);
  }
  const bytes = parts.join(', ');
  const inodes =
    fs.inodesFree !== undefined && fs.inodes !== undefined
      ? `inodes ${fs.inodesFree} of ${fs.inodes} free`
      : undefined;
  return [bytes, inodes].filter(Boolean).join('; ') || 'no figures';
}

/** Decimal units, as registries and `crictl images` print sizes. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

function fsOf(value: unknown): FsUsage | undefined {
  if (!isObject(value)) return undefined;
  const n = (key: string) => {
    const v = value[key];
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
  };
  return {
    usedBytes: n('usedBytes'),
    capacityBytes: n('capacityBytes'),
    availableBytes: n('availableBytes'),
    inodes: n('inodes'),
    inodesFree: n('inodesFree'),
    inodesUsed: n('inodesUsed'),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field(value: unknown, key: string): unknown {
  return isObject(value) ? value[key] : undefined;
}
