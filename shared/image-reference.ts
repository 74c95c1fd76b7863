// Parses image references the way the kubelet and containerd do: with the docker/distribution
// reference grammar and its Docker Hub normalisation (ParseNormalizedNamed). A reference the
// kubelet rejects ends as `InvalidImageName`, so every rejection carries a sentence that says
// which part is wrong; it becomes the evidence for the `invalid-reference` cause.

/** A parsed, normalised container image reference. */
export interface ImageReference {
  readonly original: string;
  readonly registry: string;
  readonly host: string;
  readonly port?: number;
  readonly repository: string;
  readonly tag?: string;
  readonly digest?: string;
  readonly canonical: string;
  readonly isDockerHub: boolean;
  readonly isMutable: boolean;
}

/** Outcome of parsing a reference: the reference, or a sentence saying what is wrong with it. */
export type ImageReferenceResult =
  | { readonly ok: true; readonly ref: ImageReference }
  | { readonly ok: false; readonly reason: string };

const DOCKER_HUB = 'docker.io';
const DOCKER_HUB_LEGACY = 'index.docker.io';
const DOCKER_HUB_API_HOST = 'registry-1.docker.io';
const OFFICIAL_PREFIX = 'library/';
const NAME_LENGTH_MAX = 255;
const TAG_LENGTH_MAX = 128;

const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN_LABEL = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
const IPV6_HOST = /^\[[a-fA-F0-9:]+\]$/;
const TAG = /^\w[\w.-]*$/;
const DIGEST_ALGORITHM = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*$/;
const DIGEST_HEX = /^[0-9a-fA-F]{32,}$/;
const IMAGE_ID = /^[a-f0-9]{64}$/;
// The algorithms go-digest can verify, with their hex lengths; it accepts lowercase hex only.
const DIGEST_HEX_LENGTH: Readonly<Record<string, number>> = { sha256: 64, sha384: 96, sha512: 128 };

const quote = (text: string): string => `'${text}'`;
const fail = (reason: string): ImageReferenceResult => ({ ok: false, reason });

interface RegistrySplit {
  readonly registry: string;
  readonly remainder: string;
  readonly byUppercase: boolean;
}

/**
 * distribution's splitDockerDomain: the first component is a registry only when it contains '.'
 * or ':', is 'localhost', or has an uppercase letter (Docker Hub namespaces never do).
 */
function splitRegistry(name: string): RegistrySplit {
  const slash = name.indexOf('/');
  const first = slash === -1 ? '' : name.slice(0, slash);
  const isUpper = first.toLowerCase() !== first;
  if (slash === -1 || !(/[.:]/.test(first) || first === 'localhost' || isUpper)) {
    return { registry: DOCKER_HUB, remainder: name, byUppercase: false };
  }
  const registry = first === DOCKER_HUB_LEGACY ? DOCKER_HUB : first;
  return {
    registry,
    remainder: name.slice(slash + 1),
    byUppercase: isUpper && !/[.:]/.test(first),
  };
}

interface HostPort {
  readonly host: string;
  readonly bracketed: boolean;
  readonly portText?: string;
}

/** Splits 'host[:port]' where host may be a bracketed IPv6 address. */
function splitHostPort(registry: string): HostPort | undefined {
  if (registry.startsWith('[')) {
    const close = registry.indexOf(']');
    const rest = registry.slice(close + 1);
    if (close === -1 || (rest !== '' && !rest.startsWith(':'))) return undefined;
    const portText = rest === '' ? undefined : rest.slice(1);
    return { host: registry.slice(0, close + 1), bracketed: true, portText };
  }
  const colon = registry.indexOf(':');
  if (colon === -1) return { host: registry, bracketed: false };
  return { host: registry.slice(0, colon), bracketed: false, portText: registry.slice(colon + 1) };
}

function checkRegistry(registry: string): string | undefined {
  const split = splitHostPort(registry);
  if (split === undefined) return `registry ${quote(registry)} is not a valid host[:port]`;
  const hostOk = split.bracketed
    ? IPV6_HOST.test(split.host)
    : split.host.split('.').every((label) => DOMAIN_LABEL.test(label));
  if (!hostOk) return `registry host ${quote(split.host)} is not a valid host name or address`;
  if (split.portText === '') return `registry ${quote(registry)} has an empty port`;
  if (split.portText !== undefined && !/^[0-9]+$/.test(split.portText)) {
    return `registry port ${quote(split.portText)} is not a number`;
  }
  return undefined;
}

function checkRepository(repository: string, written: string): string | undefined {
  if (repository.toLowerCase() !== repository) {
    return `repository name must be lowercase: ${quote(written)}`;
  }
  for (const component of repository.split('/')) {
    if (component === '') return `repository ${quote(repository)} has an empty path component`;
    if (!PATH_COMPONENT.test(component)) {
      return (
        `repository path component ${quote(component)} is invalid: use lowercase letters and ` +
        `digits, separated by '.', '_', '__' or dashes`
      );
    }
  }
  return undefined;
}

function checkTag(tag: string, original: string): string | undefined {
  if (tag === '') return `${quote(original)} has an empty tag`;
  if (tag.length > TAG_LENGTH_MAX) return `tag may not exceed ${TAG_LENGTH_MAX} characters`;
  if (!TAG.test(tag)) {
    return `tag ${quote(tag)} is invalid: use letters, digits, '_', '.' and '-', not starting with '.' or '-'`;
  }
  return undefined;
}

function checkDigest(digest: string, original: string): string | undefined {
  if (digest === '') return `${quote(original)} has an empty digest`;
  const colon = digest.indexOf(':');
  const algorithm = colon === -1 ? digest : digest.slice(0, colon);
  const hex = colon === -1 ? '' : digest.slice(colon + 1);
  if (colon === -1 || !DIGEST_ALGORITHM.test(algorithm) || !DIGEST_HEX.test(hex)) {
    return `digest ${quote(digest)} is not algorithm:hex (e.g. sha256: and 64 hex characters)`;
  }
  const expected = DIGEST_HEX_LENGTH[algorithm];
  if (expected === undefined) return `digest algorithm ${quote(algorithm)} is not supported`;
  if (hex.length !== expected || !/^[a-f0-9]+$/.test(hex)) {
    return `${algorithm} digest must be ${expected} lowercase hex characters`;
  }
  return undefined;
}

/** Splits 'name[:tag]' where a ':' before the last '/' belongs to a registry port. */
function splitTag(remainder: string): { name: string; tag?: string } {
  const colon = remainder.indexOf(':', remainder.lastIndexOf('/') + 1);
  if (colon === -1) return { name: remainder };
  return { name: remainder.slice(0, colon), tag: remainder.slice(colon + 1) };
}

/** Parses an image reference as the kubelet does (distribution's ParseNormalizedNamed). */
export function parseImageReference(text: string): ImageReferenceResult {
  if (text === '') return fail('image reference is empty');
  if (/\s/.test(text)) return fail(`image reference ${quote(text)} contains whitespace`);
  if (IMAGE_ID.test(text)) {
    return fail(`${quote(text)} is a 64-character hex image ID, not a reference`);
  }
  const at = text.indexOf('@');
  const beforeDigest = at === -1 ? text : text.slice(0, at);
  const digest = at === -1 ? undefined : text.slice(at + 1);
  const split = splitRegistry(beforeDigest);
  const { name, tag } = splitTag(split.remainder);
  if (name === '') return fail(`${quote(text)} has an empty repository name`);
  const repository =
    split.registry === DOCKER_HUB && !name.includes('/') ? OFFICIAL_PREFIX + name : name;
  const written = split.byUppercase ? `${split.registry}/${name}` : name;
  const problem =
    checkRegistry(split.registry) ??
    checkRepository(repository, written) ??
    (tag === undefined ? undefined : checkTag(tag, text)) ??
    (digest === undefined ? undefined : checkDigest(digest, text));
  if (problem !== undefined) return fail(problem);
  if (split.registry.length + 1 + repository.length > NAME_LENGTH_MAX) {
    return fail(`repository name may not exceed ${NAME_LENGTH_MAX} characters`);
  }
  return { ok: true, ref: buildReference(text, split.registry, repository, tag, digest) };
}

function buildReference(
  original: string,
  registry: string,
  repository: string,
  writtenTag: string | undefined,
  digest: string | undefined,
): ImageReference {
  // Only a bare name means ':latest'; 'name@digest' stays untagged, as the runtime pulls it.
  const tag = writtenTag ?? (digest === undefined ? 'latest' : undefined);
  const hostPort = splitHostPort(registry) ?? { host: registry, bracketed: false };
  const host = hostPort.bracketed ? hostPort.host.slice(1, -1) : hostPort.host;
  const canonical =
    `${registry}/${repository}` +
    (tag === undefined ? '' : `:${tag}`) +
    (digest === undefined ? '' : `@${digest}`);
  return {
    original,
    registry,
    host,
    ...(hostPort.portText === undefined ? {} : { port: Number(hostPort.portText) }),
    repository,
    ...(tag === undefined ? {} : { tag }),
    ...(digest === undefined ? {} : { digest }),
    canonical,
    isDockerHub: registry === DOCKER_HUB,
    isMutable: digest === undefined,
  };
}

/** The host to call for the registry v2 API: Docker Hub's API does not live at docker.io. */
export function registryApiHost(ref: ImageReference): string {
  return ref.isDockerHub ? DOCKER_HUB_API_HOST : ref.registry;
}
