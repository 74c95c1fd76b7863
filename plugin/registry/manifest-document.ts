// Reads the parts of manifests, indexes and image configs that say which platforms an image
// offers; everything else in them is ignored.
import { isImageManifestMediaType, isIndexMediaType } from './media-types.js';
import type { Platform } from './types.js';

/** One entry of an index: which manifest serves which platform. */
export interface IndexEntry {
  readonly digest: string;
  readonly platform: Platform;
}

/** A manifest body, read just far enough to find platforms and what a pull downloads. */
export type ManifestDocument =
  | { kind: 'index'; mediaType: string; platforms: Platform[]; entries: IndexEntry[] }
  | {
      kind: 'image';
      mediaType: string;
      configDigest: string;
      /** Config plus layers as the registry stores them (compressed): what a pull downloads. */
      sizeBytes?: number;
    }
  | { kind: 'unsupported'; mediaType: string }
  | { kind: 'invalid' };

// buildx stores provenance attestations as index entries with platform unknown/unknown.
const ATTESTATION_ANNOTATION = 'vnd.docker.reference.type';

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
}

function readPlatform(value: unknown): Platform | undefined {
  const p = value as { os?: unknown; architecture?: unknown; variant?: unknown } | undefined;
  if (typeof p?.os !== 'string' || typeof p.architecture !== 'string') return undefined;
  return typeof p.variant === 'string' && p.variant
    ? { os: p.os, architecture: p.architecture, variant: p.variant }
    : { os: p.os, architecture: p.architecture };
}

function indexEntries(entries: unknown): IndexEntry[] {
  if (!Array.isArray(entries)) return [];
  return entries.flatMap((entry: unknown) => {
    const e = entry as {
      digest?: unknown;
      platform?: unknown;
      annotations?: Record<string, unknown>;
    } | null;
    if (e?.annotations?.[ATTESTATION_ANNOTATION] === 'attestation-manifest') return [];
    const platform = readPlatform(e?.platform);
    return platform && typeof e?.digest === 'string' ? [{ digest: e.digest, platform }] : [];
  });
}

/** The sum of the descriptors' sizes; undefined unless every one states its size. */
function downloadSize(config: unknown, layers: unknown): number | undefined {
  if (!Array.isArray(layers)) return undefined;
  const sizes = [config, ...(layers as unknown[])].map(
    (d) => (d as { size?: unknown } | null)?.size,
  );
  if (!sizes.every((n): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0))
    return undefined;
  return sizes.reduce((a, b) => a + b, 0);
}

/** Parses a manifest body; the media type comes from the body, else from Content-Type. */
export function parseManifestDocument(
  body: Buffer,
  contentType: string | undefined,
): ManifestDocument {
  const doc = parseJson(body) as {
    mediaType?: unknown;
    manifests?: unknown;
    config?: { digest?: unknown };
    layers?: unknown;
  } | null;
  if (!doc || typeof doc !== 'object') return { kind: 'invalid' };
  const headerType = contentType?.split(';')[0]?.trim() ?? '';
  const mediaType = typeof doc.mediaType === 'string' && doc.mediaType ? doc.mediaType : headerType;
  // An OCI index may omit mediaType; its `manifests` array gives it away.
  if (isIndexMediaType(mediaType) || (!mediaType && Array.isArray(doc.manifests))) {
    const entries = indexEntries(doc.manifests);
    return { kind: 'index', mediaType, platforms: entries.map((e) => e.platform), entries };
  }
  const configDigest = doc.config?.digest;
  if ((isImageManifestMediaType(mediaType) || !mediaType) && typeof configDigest === 'string') {
    const sizeBytes = downloadSize(doc.config, doc.layers);
    return {
      kind: 'image',
      mediaType,
      configDigest,
      ...(sizeBytes !== undefined ? { sizeBytes } : {}),
    };
  }
  return { kind: 'unsupported', mediaType };
}

/** The platform an image config declares; undefined when it declares none. */
export function parseConfigPlatform(body: Buffer): Platform | undefined {
  return readPlatform(parseJson(body));
}

/** `os/architecture[/variant]`, the way runtimes print platforms. */
export function formatPlatform(p: Platform): string {
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}
