import {
  flavourOfHost,
  flavourOfWording,
  roleOfUrl,
  type HostRole,
  type RegistryFlavour,
} from './registry-flavour.js';

export type { HostRole, RegistryFlavour } from './registry-flavour.js';

/** Finer detail read from a pull error; never a new cause, only what the text states. */
export interface ClassificationFacts {
  /** The image reference the text names, as written. */
  image?: string;
  /** The host the failing request went to (registry, auth or blob/CDN host). */
  host?: string;
  /** The host:port or ip:port a TCP connection was attempted to. */
  address?: string;
  /** The DNS server that was asked, as ip:53. */
  resolver?: string;
  httpStatus?: number;
  /** The platform that was wanted, such as linux/arm64/v8. */
  platform?: string;
  /** A file or socket path named by the error. */
  path?: string;
  secretNames?: string[];
  /** The registry product or service, from its host name or its own wording (ecr, acr, ...). */
  registryFlavour?: RegistryFlavour;
  /** The host of the failing request when it is a token service, blob store, proxy or another host. */
  failingHost?: string;
  failingHostRole?: HostRole;
  /** The outermost gRPC status code the text reports, by name (`code = 4` is DeadlineExceeded). */
  grpcCode?: string;
  /** The kubelet credential provider plugin the text names. */
  credentialProvider?: string;
  detail?: string;
}

/** Which software produced the text, as far as its wording tells. */
export type RuntimeFamily = 'containerd' | 'cri-o' | 'docker' | 'kubelet';

// An optional backslash before quotes: events pasted from JSON logs arrive with \" escapes.
const QUOTED = String.raw`\\?"([^"\\\s]{1,500})\\?"`;

const IMAGE_PATTERNS: readonly RegExp[] = [
  new RegExp(
    String.raw`(?:Failed to pull image|pull and unpack image|Back-off pulling image|Container image|Failed to apply default image tag|Failed to inspect image|failed to resolve reference|failed to resolve image:?|couldn't parse image reference|Pulling image)\s${QUOTED}`,
    'i',
  ),
  /image with reference ([^\s"]{1,500}) was found/i,
  /pull access denied for ([^\s,"]{1,500})/i,
  /docker:\/\/([^\s:"\\]{1,500}(?::[\w.-]{1,128})?)/i,
  /(?:failed to resolve ref|failed to resolve image:|manifest for) "?([a-z0-9][^\s,"\\]{0,499}?):?(?=[\s,"\\]|$)/i,
  /(?:reading manifest [\w.-]{1,128}|Error reading manifest [\w.-]{1,128}) in ([^\s:"]{1,500})/i,
];

const STATUS_PATTERNS: readonly RegExp[] = [
  /\b([45]\d\d) (?:Unauthorized|Forbidden|Not Found|Too Many Requests|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out|Bad Request)/i,
  /(?:invalid status code from registry|unexpected status(?: code)?:?|Status|StatusCode:|HTTP code|response status) ?([45]\d\d)\b/i,
  /\[[^\]\n]{0,200}\]: ([45]\d\d)\b/,
  /request to [^\s]{1,1000}: ([45]\d\d)\b/,
];

const PLATFORM_PATTERNS: readonly RegExp[] = [
  /no matching manifest for ([\w/.-]{1,64}) in/i,
  /no match for (?:current )?platform ([\w/.-]{1,64}) in manifest/i,
  /wanted ([\w/.-]{1,64}), actual/i,
];

const RUNTIME_MARKERS: readonly (readonly [RuntimeFamily, RegExp])[] = [
  [
    'docker',
    /Error response from daemon|failed to register layer|ApplyLayer|pull access denied for|received unexpected HTTP status|error pulling image configuration|dockershim\.sock|cri-dockerd|docker login|no matching manifest for|manifest for [^\s]{1,300} not found|Error pulling image \(|Pulling repository|Using default tag|Unable to find image|image operating system [^\n]{1,30} cannot be used|filesystem layer verification failed|re-exec error|ProcessBaseLayer|windowsfilter|detected host platform|Not continuing with pull after error|\bdocker: |docker pull|does not match the specified platform|Status \d{3} trying to pull|HTTP code (?:is )?\d{3}|error parsing HTTP \d{3} response body|DockerApiException|Error from V2 registry|\bdockerd\[\d{1,10}\]/i,
  ],
  [
    'containerd',
    /failed to pull and unpack image|failed to resolve reference|httpRead(?:er)?Seeker|failed to do request|failed commit on ref|failed to extract layer|failed to authorize: failed to fetch|pulling from host [^\s]{1,255} failed with status code|no match for (?:current )?platform|containerd\.sock|\bctr: |failed to resolve image:|failed to copy:|unexpected status from (?:GET|HEAD) request to|failed to unpack image on snapshotter|failed to prepare extraction|failed to fetch (?:anonymous|oauth) token|io\.containerd\.|failed size validation|unexpected commit (?:digest|size)|mismatched image rootfs/i,
  ],
  [
    'cri-o',
    /unable to pull image or OCI artifact|choosing an image from manifest list|reading manifest [^\s]{1,128} in|pinging (?:docker|container) registry|choosing image instance|initializing source docker:\/\/|copying system image|determining manifest MIME type|Source image rejected|SignatureValidationFailed|crio\.sock|Error reading manifest|reading manifest [^\s]{1,128} in|writing blob:|storing blob to file|Trying to pull [^\s]{1,300}\.\.\.|can't talk to a V1|copying config:|containers\/storage|registries\.conf|policy\.json|Error committing the finished image|error creating layer with ID/i,
  ],
  [
    'kubelet',
    /pull QPS exceeded|with pull policy of Never|Unable to retrieve (?:some image )?pull secrets?|Failed to apply default image tag|Back-off pulling image|InvalidImageName|ErrImageNeverPull|Failed to pull image|PullImage from image service failed/i,
  ],
];

/**
 * The runtime family whose wording the text carries. Docker is tried first because Docker Engine
 * with the containerd image store quotes containerd's errors inside its own "Error response from
 * daemon"; the node's runtime is then docker, and that is what the user has to configure.
 */
export function detectRuntime(text: string): RuntimeFamily | undefined {
  if (CONTAINERS_IMAGE_FRAMING.test(text)) return 'cri-o';
  return RUNTIME_MARKERS.find(([, marker]) => marker.test(text))?.[0];
}

/**
 * How containers/image (CRI-O, podman, skopeo) frames a pull. Docker never quotes it, so it
 * decides before Docker's markers; some of those ("received unexpected HTTP status") are
 * containers/image's wording too.
 */
const CONTAINERS_IMAGE_FRAMING =
  /initializing source docker:\/\/|pinging container registry|unable to pull image or OCI artifact/i;

/** Reads every fact the text states; facts the text does not state stay absent. */
export function extractFacts(text: string): ClassificationFacts {
  const facts: ClassificationFacts = {};
  const image = firstGroup(text, IMAGE_PATTERNS);
  if (image !== undefined && image !== '') facts.image = image;
  const host = findHost(text, image);
  if (host !== undefined) facts.host = host;
  const address = findAddress(text);
  if (address !== undefined) facts.address = address;
  const resolver = firstGroup(text, [
    /lookup [^\s]{1,255} on (\[[0-9a-f:.]{2,45}\]:\d{1,5}|[\d.]{7,15}:\d{1,5})/i,
  ]);
  if (resolver !== undefined) facts.resolver = resolver;
  const status = firstGroup(text, STATUS_PATTERNS);
  if (status !== undefined) facts.httpStatus = Number(status);
  const platform = findPlatform(text);
  if (platform !== undefined) facts.platform = platform;
  const path = firstGroup(text, [
    /(?:write|mkdir|open|mount callback failed on) (\/[^\s:"]{1,1000})/i,
    /dial unix:?\s?(?:\/\/)?(\/[^\s:"\\]{1,1000})/i,
  ]);
  if (path !== undefined) facts.path = path;
  const secretNames = findSecretNames(text);
  if (secretNames.length > 0) facts.secretNames = secretNames;
  const registryHost =
    image !== undefined && LOOKS_LIKE_REFERENCE.test(image) ? registryOf(image) : undefined;
  const flavour = findFlavour(text, registryHost);
  if (flavour !== undefined) facts.registryFlavour = flavour;
  Object.assign(facts, findFailingHost(text, registryHost));
  const grpcCode = findGrpcCode(text);
  if (grpcCode !== undefined) facts.grpcCode = grpcCode;
  const provider = firstGroup(text, PROVIDER_PATTERNS);
  if (provider !== undefined) facts.credentialProvider = provider;
  return facts;
}

const PROVIDER_PATTERNS: readonly RegExp[] = [
  /credential provider plugin "?([\w.-]{1,100})"?/i,
  /\b([a-z][\w-]{0,60}-credentials?-provider)\b/i,
  /\b(auth-provider-gcp)\b/i,
];

// gRPC status codes by number, for runtimes and kubelets that print `code = 4`.
const GRPC_CODES = [
  'OK',
  'Canceled',
  'Unknown',
  'InvalidArgument',
  'DeadlineExceeded',
  'NotFound',
  'AlreadyExists',
  'PermissionDenied',
  'ResourceExhausted',
  'FailedPrecondition',
  'Aborted',
  'OutOfRange',
  'Unimplemented',
  'Internal',
  'Unavailable',
  'DataLoss',
  'Unauthenticated',
];

function findGrpcCode(text: string): string | undefined {
  const code = /rpc error: code = (\w{1,20})/.exec(text)?.[1];
  if (code === undefined) return undefined;
  return /^\d{1,2}$/.test(code) ? GRPC_CODES[Number(code)] : code;
}

/** The flavour of the image's registry, else of the first host named, else of the wording. */
function findFlavour(text: string, registryHost: string | undefined): RegistryFlavour | undefined {
  const fromRegistry = registryHost === undefined ? undefined : flavourOfHost(registryHost);
  if (fromRegistry !== undefined) return fromRegistry;
  const url = firstGroup(text, [/https?:\/\/([\w.-]{1,255}(?::\d{1,5})?)/i]);
  return (url === undefined ? undefined : flavourOfHost(url)) ?? flavourOfWording(text);
}

// Every URL the runtime requested; the failing request is the last, innermost one.
const REQUEST_URLS =
  /(?:Get|Head|Post|request to|status code|failed to do request:)\s{1,4}\\?"?https?:\/\/([\w.-]{1,255}(?::\d{1,5})?)([^\s"\\]{0,2000})/gi;

/** The host that failed, when it is a token service, blob store, proxy or another host. */
function findFailingHost(
  text: string,
  registryHost: string | undefined,
): Pick<ClassificationFacts, 'failingHost' | 'failingHostRole'> {
  const proxy = /proxyconnect tcp: (?:dial tcp:? (?:lookup )?)?([^\s:]{1,255}(?::\d{1,5})?)/i.exec(
    text,
  );
  if (proxy?.[1] !== undefined) return { failingHost: proxy[1], failingHostRole: 'proxy' };
  let last: { host: string; path: string } | undefined;
  let first: string | undefined;
  REQUEST_URLS.lastIndex = 0;
  for (let n = 0; n < 100; n += 1) {
    const found = REQUEST_URLS.exec(text);
    if (found === null) break;
    last = { host: found[1] ?? '', path: found[2] ?? '' };
    first ??= last.host;
  }
  const lookedUp = /lookup ([\w.-]{1,255}?)(?: on |: |$)/i.exec(text)?.[1];
  const host = lookedUp ?? last?.host;
  if (host === undefined) return {};
  const role = roleOfUrl(host, lookedUp === undefined ? (last?.path ?? '') : '');
  const registry = registryHost ?? first;
  if (role === 'registry' && (registry === undefined || isSameRegistry(host, registry))) return {};
  return { failingHost: host, failingHostRole: role };
}

function isSameRegistry(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  const flavour = flavourOfHost(a);
  return flavour === 'dockerhub' && flavourOfHost(b) === 'dockerhub';
}

function firstGroup(text: string, patterns: readonly RegExp[]): string | undefined {
  for (const pattern of patterns) {
    const group = pattern.exec(text)?.[1];
    if (group !== undefined) return group;
  }
  return undefined;
}

// A URL the runtime requested, not one quoted in the registry's message (such as Docker Hub's
// link to its rate-limit page).
const REQUEST_URL_HOST =
  /(?:Get|Head|Post|request to|status code|endpoint|failed to do request:)\s{1,4}\\?"?https?:\/\/([\w.-]{1,255}(?::\d{1,5})?)/i;

/**
 * The host the failing step talked to: the DNS name that did not resolve, else the first URL's
 * host (often a blob/CDN or auth host, which is the point), else the registry of the image.
 */
function findHost(text: string, image: string | undefined): string | undefined {
  const lookedUp = firstGroup(text, [/lookup ([^\s:]{1,255})/i]);
  if (lookedUp !== undefined) return lookedUp;
  const fromUrl = firstGroup(text, [REQUEST_URL_HOST]);
  if (fromUrl !== undefined) return fromUrl;
  // A reference that does not even look like one (InvalidImageName) names no registry.
  return image !== undefined && LOOKS_LIKE_REFERENCE.test(image) ? registryOf(image) : undefined;
}

const LOOKS_LIKE_REFERENCE = /^[a-z0-9][a-z0-9._\-/:@]{0,500}$/;

/** The registry host of an image reference, with Docker Hub for references that name none. */
export function registryOf(image: string): string {
  const first = image.split('/')[0] ?? image;
  const isHost = image.includes('/') && (/[.:]/.test(first) || first === 'localhost');
  return isHost ? first : 'docker.io';
}

function findAddress(text: string): string | undefined {
  return firstGroup(text, [
    /(?:dial|read|write) tcp (?:[^\s]{1,80}->)?(\[[0-9a-f:.]{2,45}\]:\d{1,5}|\d{1,3}(?:\.\d{1,3}){3}:\d{1,5})/i,
  ]);
}

function findPlatform(text: string): string | undefined {
  const direct = firstGroup(text, PLATFORM_PATTERNS);
  if (direct !== undefined) return direct;
  // CRI-O spells the platform out: "for architecture arm64, variant v8, OS linux".
  const crio =
    /for architecture "?([\w.-]{1,32})"?(?:, variant "?([\w.-]{1,32})"?)?, OS "?([\w.-]{1,32})/i.exec(
      text,
    );
  if (crio === null) return undefined;
  const [, arch, variant, os] = crio;
  return [os, arch, variant].filter((part) => part !== undefined).join('/');
}

function findSecretNames(text: string): string[] {
  const list = /Unable to retrieve some image pull secrets \(([^)\n]{1,2000})\)/i.exec(text)?.[1];
  if (list !== undefined) {
    return list
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== '');
  }
  // Older kubelets logged one secret per line: "Unable to retrieve pull secret NS/NAME for ...".
  const one = /Unable to retrieve pull secret [^\s/]{1,253}\/([^\s]{1,253}) for/i.exec(text)?.[1];
  return one === undefined ? [] : [one];
}
