/**
 * Where `check` gets what the kubelet would have: the nodes the pods may land on, and the service
 * accounts and pull secrets of each target namespace. The manifests' own Secrets and
 * ServiceAccounts come first (they will exist once applied); the cluster, when read, fills in the
 * rest. Only GETs and LISTs: check never writes to the cluster.
 */
import type { PlacementNode } from '../../shared/check/check-types.js';
import type { ManifestObject } from '../../shared/check/manifest-targets.js';
import type { Lookup, SecretFacts, ServiceAccountFacts } from '../../shared/diagnosis/evidence.js';
import { decodePullSecret } from '../../shared/pull-secrets.js';
import { apiMessage, statusOf } from '../kube/api-errors.js';
import type { ApiConnection } from '../kube/connect.js';

/** The lookups a check needs, memoised per namespace and name. */
export interface CheckSources {
  /** The cluster's nodes; undefined when the cluster is not read. */
  readonly nodes?: readonly PlacementNode[];
  serviceAccount(namespace: string, name: string): Promise<Lookup<ServiceAccountFacts>>;
  secret(namespace: string, name: string): Promise<Lookup<SecretFacts>>;
}

const NOT_READ = { status: 'error', message: 'not read (no cluster)' } as const;

/** Builds the sources; `conn` undefined means --no-cluster (or no cluster reachable). */
export async function checkSources(
  conn: ApiConnection | undefined,
  objects: readonly ManifestObject[],
  defaultNamespace: string,
): Promise<CheckSources> {
  const inManifest = (kind: ManifestObject['kind'], ns: string, name: string) =>
    objects.find(
      (o) => o.kind === kind && o.name === name && (o.namespace ?? defaultNamespace) === ns,
    )?.object;
  const memo = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, read: () => Promise<T>): Promise<T> => {
    if (!memo.has(key)) memo.set(key, read());
    return memo.get(key) as Promise<T>;
  };
  const nodes = conn ? await readNodes(conn) : undefined;
  return {
    nodes,
    serviceAccount: (ns, name) =>
      once(`sa/${ns}/${name}`, async () => {
        const own = inManifest('ServiceAccount', ns, name);
        if (own) return { status: 'found', value: toAccount(own) };
        if (!conn) return NOT_READ;
        return lookup(
          () =>
            conn.get(`get serviceaccount ${name}`, `${nsPath(ns)}/serviceaccounts/${seg(name)}`),
          toAccount,
        );
      }),
    secret: (ns, name) =>
      once(`secret/${ns}/${name}`, async () => {
        const own = inManifest('Secret', ns, name);
        if (own) return { status: 'found', value: toSecret(own) };
        if (!conn) return NOT_READ;
        return lookup(
          () => conn.get(`get secret ${name}`, `${nsPath(ns)}/secrets/${seg(name)}`),
          toSecret,
        );
      }),
  };
}

interface WireNode {
  metadata?: { name?: string; labels?: Record<string, string> };
  spec?: { taints?: { key: string; value?: string; effect: string }[] };
  status?: { nodeInfo?: { architecture?: string; operatingSystem?: string } };
}

async function readNodes(conn: ApiConnection): Promise<PlacementNode[]> {
  const nodes: PlacementNode[] = [];
  let token: string | undefined;
  do {
    const page = await conn.get<{ items?: WireNode[]; metadata?: { continue?: string } }>(
      'list nodes',
      '/api/v1/nodes',
      { limit: 500, continue: token },
    );
    for (const n of page.items ?? [])
      nodes.push({
        name: n.metadata?.name ?? '',
        labels: n.metadata?.labels ?? {},
        taints: n.spec?.taints ?? [],
        architecture: n.status?.nodeInfo?.architecture,
        os: n.status?.nodeInfo?.operatingSystem,
      });
    token = page.metadata?.continue || undefined;
  } while (token && nodes.length < 10_000);
  return nodes;
}

function toAccount(o: unknown): ServiceAccountFacts {
  const refs = (o as { imagePullSecrets?: { name?: string }[] }).imagePullSecrets ?? [];
  return { imagePullSecrets: refs.map((r) => r.name ?? '').filter(Boolean) };
}

/** A Secret as the API stores it; a manifest may use stringData, which the API would encode. */
function toSecret(o: unknown): SecretFacts {
  const s = o as {
    type?: string;
    data?: Record<string, string>;
    stringData?: Record<string, string>;
  };
  const encoded = Object.fromEntries(
    Object.entries(s.stringData ?? {}).map(([k, v]) => [
      k,
      Buffer.from(v, 'utf8').toString('base64'),
    ]),
  );
  return { type: s.type, decoded: decodePullSecret(s.type, { ...s.data, ...encoded }) };
}

async function lookup<T>(read: () => Promise<unknown>, to: (o: unknown) => T): Promise<Lookup<T>> {
  try {
    return { status: 'found', value: to(await read()) };
  } catch (err) {
    if (statusOf(err) === 404) return { status: 'missing' };
    if (statusOf(err) === 403) return { status: 'forbidden', message: apiMessage(err) };
    return { status: 'error', message: apiMessage(err) };
  }
}

function nsPath(ns: string): string {
  return `/api/v1/namespaces/${seg(ns)}`;
}

function seg(name: string): string {
  return encodeURIComponent(name);
}
