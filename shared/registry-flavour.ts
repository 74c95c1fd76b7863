/**
 * Which registry product or cloud service a host (or the wording of its answer) belongs to, and
 * what role a host played in a pull: the registry itself, its token service, the blob store or CDN
 * it redirects layer downloads to, or a proxy. Pure string work on what the error text states.
 */

/** A registry product or service whose answers and fixes differ from the others. */
export type RegistryFlavour =
  | 'dockerhub'
  | 'ecr'
  | 'ecr-public'
  | 'artifact-registry'
  | 'gcr'
  | 'acr'
  | 'mcr'
  | 'ghcr'
  | 'quay'
  | 'harbor'
  | 'artifactory'
  | 'nexus'
  | 'gitlab'
  | 'redhat'
  | 'k8s-registry';

/** What a host did in the failing pull. */
export type HostRole = 'registry' | 'token-service' | 'blob-store' | 'proxy';

const HOST_FLAVOURS: readonly (readonly [RegistryFlavour, RegExp])[] = [
  ['ecr', /\.dkr\.ecr\.[\w-]{1,40}\.amazonaws\.com(?:\.cn)?$|^api\.ecr\./i],
  ['ecr-public', /^public\.ecr\.aws$/i],
  ['artifact-registry', /-docker\.pkg\.dev$|^docker\.pkg\.dev$/i],
  ['gcr', /(?:^|\.)gcr\.io$/i],
  ['acr', /\.azurecr\.(?:io|cn|us)$/i],
  ['mcr', /^mcr\.microsoft\.com$/i],
  ['ghcr', /^ghcr\.io$|^pkg-containers\.githubusercontent\.com$/i],
  ['quay', /(?:^|\.)quay\.io$/i],
  ['dockerhub', /^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io|auth\.docker\.io)$/i],
  ['gitlab', /^registry\.gitlab\.com$|^gitlab\./i],
  ['artifactory', /\.jfrog\.io$|artifactory/i],
  ['nexus', /nexus/i],
  ['harbor', /harbor/i],
  ['redhat', /^registry\.(?:access\.)?redhat\.io$|^registry\.access\.redhat\.com$/i],
  ['k8s-registry', /^registry\.k8s\.io$|^k8s\.gcr\.io$/i],
];

/** Wording that only one product uses, for texts whose hosts are redacted or absent. */
const WORDING_FLAVOURS: readonly (readonly [RegistryFlavour, RegExp])[] = [
  ['ecr', /\becr:[A-Za-z]{3,40}|aws ecr get-login|ecr-credential-provider|CannotPullECRContainer/],
  ['artifact-registry', /artifactregistry\.[a-z]{3,40}/i],
  ['acr', /aka\.ms\/acr|acr-credential-provider|az acr login/i],
  ['harbor', /unauthorized to access repository: [^\s,]{1,300}, action: pull/i],
  ['gcr', /cloud\.google\.com\/container-registry/i],
];

/** Blob stores and CDNs that registries redirect layer downloads to. */
const BLOB_STORE_HOST =
  /cloudfront\.net$|\.s3[.-](?:[\w-]{1,40}\.)?amazonaws\.com$|^s3\.amazonaws\.com$|starport-layer-bucket|storage\.googleapis\.com$|blob\.core\.windows\.net$|\.data\.azurecr\.io$|r2\.cloudflarestorage\.com$|production\.cloudflare\.docker\.com$|^cdn\d{0,3}\.quay\.io$|pkg-containers\.githubusercontent\.com$|\.cdn\.[\w.-]{1,100}$|akamai|fastly/i;

const TOKEN_PATH =
  /\/(?:token|oauth2\/token|v2\/token|auth|service\/token|jwt\/auth)(?:[?/]|$)|\/realms\//i;

/** The flavour of a registry host, if it is one this table knows. */
export function flavourOfHost(host: string): RegistryFlavour | undefined {
  const bare = host.replace(/:\d{1,5}$/, '');
  return HOST_FLAVOURS.find(([, pattern]) => pattern.test(bare))?.[0];
}

/** The flavour that only one product's wording reveals. */
export function flavourOfWording(text: string): RegistryFlavour | undefined {
  return WORDING_FLAVOURS.find(([, pattern]) => pattern.test(text))?.[0];
}

/** The role of a host in a pull, from its name and the path of the URL requested from it. */
export function roleOfUrl(host: string, path: string): HostRole {
  if (TOKEN_PATH.test(path) || /^auth\./i.test(host)) return 'token-service';
  if (BLOB_STORE_HOST.test(host.replace(/:\d{1,5}$/, ''))) return 'blob-store';
  return 'registry';
}
