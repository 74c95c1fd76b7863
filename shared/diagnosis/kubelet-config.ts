/**
 * The part of the kubelet's live configuration (`/api/v1/nodes/NODE/proxy/configz`) that decides
 * how images are pulled and when they are collected. configz reports the configuration in force,
 * defaults applied, so a field that is absent means an older kubelet that lacks it.
 */

/** How the kubelet on a node pulls and garbage-collects images. */
export interface KubeletConfigFacts {
  /** One pull at a time when true (the kubelet's default). */
  readonly serializeImagePulls?: boolean;
  /** The parallel limit when pulls are not serialised; absent means no limit. */
  readonly maxParallelImagePulls?: number;
  readonly registryPullQPS?: number;
  readonly imageGCHighThresholdPercent?: number;
  readonly imageGCLowThresholdPercent?: number;
  /** evictionHard signals about disk, e.g. `imagefs.available: 15%`. */
  readonly evictionHard?: Readonly<Record<string, string>>;
  /** KEP-2535: who may use an image already on the node (absent before 1.33). */
  readonly imagePullCredentialsVerificationPolicy?: string;
}

/** Reads configz's JSON (`{"kubeletconfig": {...}}`); undefined when it is not that shape. */
export function parseKubeletConfigz(json: unknown): KubeletConfigFacts | undefined {
  const config = field(json, 'kubeletconfig');
  if (!isObject(config)) return undefined;
  const eviction = field(config, 'evictionHard');
  return {
    serializeImagePulls: boolOf(field(config, 'serializeImagePulls')),
    maxParallelImagePulls: positiveOf(field(config, 'maxParallelImagePulls')),
    registryPullQPS: numberOf(field(config, 'registryPullQPS')),
    imageGCHighThresholdPercent: numberOf(field(config, 'imageGCHighThresholdPercent')),
    imageGCLowThresholdPercent: numberOf(field(config, 'imageGCLowThresholdPercent')),
    evictionHard: isObject(eviction) ? diskSignals(eviction) : undefined,
    imagePullCredentialsVerificationPolicy: stringOf(
      field(config, 'imagePullCredentialsVerificationPolicy'),
    ),
  };
}

/**
 * How many pulls may run at once on the node: 1 when serialised, the limit when one is set,
 * Infinity when parallel without a limit, undefined when the configuration is unknown.
 */
export function pullSlots(config: KubeletConfigFacts | undefined): number | undefined {
  if (!config || config.serializeImagePulls === undefined) return undefined;
  if (config.serializeImagePulls) return 1;
  return config.maxParallelImagePulls ?? Infinity;
}

function diskSignals(eviction: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(eviction).filter(
      (e): e is [string, string] =>
        /^(imagefs|nodefs|containerfs)\./.test(e[0]) && typeof e[1] === 'string',
    ),
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field(value: unknown, key: string): unknown {
  return isObject(value) ? value[key] : undefined;
}

function boolOf(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function numberOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** maxParallelImagePulls is null or absent for "no limit"; 0 is not a valid limit either. */
function positiveOf(value: unknown): number | undefined {
  const n = numberOf(value);
  return n !== undefined && n > 0 ? n : undefined;
}
