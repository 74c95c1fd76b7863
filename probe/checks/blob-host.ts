// Finds the host a registry sends layer downloads to, and resolves it with the node's resolver.
// Docker Hub, ECR, GCR/Artifact Registry and most SaaS registries answer a blob GET with a
// redirect to a storage or CDN host; a node whose DNS or egress allows the registry but not that
// host gets through /v2/ and the manifest, then fails on the first layer. The pull's own error
// names the host only in passing: this check names it outright.
import type { CheckResult } from '../../shared/probe/report.js';
import { parseImageReference } from '../../shared/image-reference.js';
import type { ProbeCredentials } from '../../shared/probe/credentials-file.js';
import type { DnsDetail, NodeAccess, NodeResolver } from '../node/node-access.js';
import type { NodeTrust } from '../node/trust.js';
import { registryGet } from './registry-api.js';
import { runCheck } from './run-check.js';
import type { TlsTarget } from './tls.js';

const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

/** Enough for any manifest or index; a larger answer is not a manifest we need. */
const MAX_MANIFEST = 4 << 20;

/**
 * Undefined when the registry serves blobs itself (nothing more to resolve) or the blob's
 * location cannot be learnt without a token (Bearer registries): then the report says nothing.
 */
export async function checkBlobHost(
  access: NodeAccess,
  target: TlsTarget,
  trust: NodeTrust,
  image: string,
  node: NodeResolver,
  credentials: ProbeCredentials | undefined,
  timeoutMs: number,
): Promise<CheckResult<DnsDetail> | undefined> {
  const parsed = parseImageReference(image);
  if (!parsed.ok) return undefined;
  const { repository, tag, digest } = parsed.ref;
  let host: string | undefined;
  const found = await runCheck<DnsDetail>(timeoutMs, async (signal) => {
    host = await redirectHost(
      access,
      target,
      trust,
      repository,
      digest ?? tag ?? 'latest',
      credentials,
      signal,
    );
    if (!host || host === target.serverName) return { status: 'skipped' };
    const lookup = await access.lookup(host, node, signal);
    if (lookup.status === 'failed')
      return {
        ...lookup,
        error: `${lookup.error ?? 'does not resolve'} (the registry redirects layer downloads to ${host})`,
      };
    return lookup;
  });
  // Learning nothing is not a result worth reporting; a failed lookup or request is.
  if (found.status === 'skipped') return undefined;
  return { ...found, detail: found.detail ?? { host: host ?? '', addresses: [] } };
}

/** The host named by the redirect of the image's config blob, if the registry redirects. */
async function redirectHost(
  access: NodeAccess,
  target: TlsTarget,
  trust: NodeTrust,
  repository: string,
  reference: string,
  credentials: ProbeCredentials | undefined,
  signal: AbortSignal,
): Promise<string | undefined> {
  const auth = basicAuth(credentials);
  const get = (path: string, headers: Record<string, string>, maxBody = 0) =>
    registryGet(access, target, trust, path, { ...auth, ...headers }, signal, maxBody);
  let manifest = await readManifest(get, repository, reference);
  if (!manifest) return undefined;
  // An index: any platform's manifest leads to the same blob store.
  const child = manifest.manifests?.[0]?.digest;
  if (child) manifest = await readManifest(get, repository, child);
  const blob = manifest?.config?.digest ?? manifest?.layers?.[0]?.digest;
  if (!blob) return undefined;
  const answer = await get(`/v2/${repository}/blobs/${blob}`, {});
  const location = answer.headers['location'];
  const to = Array.isArray(location) ? location[0] : location;
  if (answer.status < 300 || answer.status > 399 || !to) return undefined;
  return new URL(to, `https://${target.serverName}`).hostname;
}

interface Manifest {
  readonly manifests?: readonly { readonly digest?: string }[];
  readonly config?: { readonly digest?: string };
  readonly layers?: readonly { readonly digest?: string }[];
}

async function readManifest(
  get: (
    path: string,
    headers: Record<string, string>,
    maxBody?: number,
  ) => ReturnType<typeof registryGet>,
  repository: string,
  reference: string,
): Promise<Manifest | undefined> {
  const answer = await get(
    `/v2/${repository}/manifests/${reference}`,
    { accept: MANIFEST_TYPES },
    MAX_MANIFEST,
  );
  if (answer.status !== 200 || !answer.body) return undefined;
  try {
    return JSON.parse(answer.body) as Manifest;
  } catch {
    return undefined;
  }
}

/** Basic credentials for registries that take them; a Bearer registry ignores the header. */
function basicAuth(credentials: ProbeCredentials | undefined): Record<string, string> {
  if (!credentials) return {};
  const token =
    credentials.kind === 'basic'
      ? Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')
      : credentials.auth;
  return { authorization: `Basic ${token}` };
}
