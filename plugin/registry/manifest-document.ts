// Reads the parts of manifests, indexes and image configs that say which platforms an image
// offers; everything else in them is ignored.
import { isImageManifestMediaType, isIndexMediaType } from './media-types.js';
import type { Platform } from './types.js';

/** A manifest body, read just far enough to find platforms. */
export type ManifestDocument =
  | { kind: 'index'; mediaType: string; platforms: Platform[] }
  | { kind: 'image'; mediaType: string; configDigest: string }
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

function indexPlatforms(entries: unknown): Platform[] {
  if (!Array.isArray(entries)) return [];
  return entries.flatMap((entry: unknown) => {
    const e = entry as { platform?: unknown; annotations?: Record<string, unknown> } | null;
    if (e?.annotations?.[ATTESTATION_ANNOTATION] === 'attestation-manifest') return [];
    const platform = readPlatform(e?.platform);
    return platform ? [platform] : [];
  });
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
  } | null;
  if (!doc || typeof doc !== 'object') return { kind: 'invalid' };
  const headerType = contentType?.split(';')[0]?.trim() ?? '';
  const mediaType = typeof doc.mediaType === 'string' && doc.mediaType ? doc.mediaType : headerType;
  // An OCI index may omit mediaType; its `manifests` array gives it away.
  if (isIndexMediaType(mediaType) || (!mediaType && Array.isArray(doc.manifests))) {
    return { kind: 'index', mediaType, platforms: indexPlatforms(doc.manifests) };
  }
  const configDigest = doc.config?.digest;
  if ((isImageManifestMediaType(mediaType) || !mediaType) && typeof configDigest === 'string') {
    return { kind: 'image', mediaType, configDigest };
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
