// The typed, JSON-serialisable description of what buildTestImages pushed, so
// tests assert against real digests instead of hard-coding them.

/** OS/architecture pair as written in OCI configs and index entries. */
export interface Platform {
  os: 'linux';
  architecture: 'amd64' | 'arm64';
}

/** One content-addressed blob: digest ("sha256:..."), byte size and media type. */
export interface BlobRef {
  digest: string;
  size: number;
  mediaType: string;
}

/** A single-platform image manifest with its config and (compressed) layers. */
export interface PlatformManifest extends BlobRef {
  platform: Platform;
  config: BlobRef;
  layers: BlobRef[];
}

/** A tag in the registry: either one manifest or an index of platform manifests. */
export interface TaggedImage extends BlobRef {
  repository: string;
  tag: string;
  /** true when the tag points at an OCI image index */
  isIndex: boolean;
  /** for a plain manifest, exactly one entry describing the tag itself */
  manifests: PlatformManifest[];
}

/** Everything in the seeded registry storage, keyed by repository then tag. */
export interface ImageCatalog {
  repositories: Record<string, Record<string, TaggedImage>>;
}

/** The outputs of buildTestImages, consumed by the cluster bootstrap and the tests. */
export interface TestImages {
  /** distribution filesystem-driver rootdirectory holding every test repository */
  registryStorage: string;
  /** docker-archive tar of the sandbox image, for `ctr -n k8s.io images import` */
  pauseArchive: string;
  /** the reference the pause archive is tagged with */
  pauseRef: string;
  catalog: ImageCatalog;
}

/** Returns the catalog entry for `repo:tag`, throwing if the builder did not produce it. */
export function lookupImage(catalog: ImageCatalog, repository: string, tag: string): TaggedImage {
  const image = catalog.repositories[repository]?.[tag];
  if (!image) throw new Error(`test image ${repository}:${tag} is not in the catalog`);
  return image;
}

/** Adds an image to the catalog under its repository and tag. */
export function addToCatalog(catalog: ImageCatalog, image: TaggedImage): void {
  const tags = (catalog.repositories[image.repository] ??= {});
  tags[image.tag] = image;
}
