/**
 * Reads everything `diagnose` needs about one pod, in parallel: its events, service account,
 * pull secrets, node and the pods around it. Only reading the pod itself is required; anything
 * else RBAC refuses is recorded as such and the diagnosis carries on without it.
 */
import type {
  CoreV1Event,
  CoreV1EventList,
  V1Node,
  V1Pod,
  V1Secret,
  V1SecretList,
  V1ServiceAccount,
} from '@kubernetes/client-node';
import type {
  Lookup,
  NodeFacts,
  PodEvidence,
  PodFacts,
  RegistryFacts,
  SecretFacts,
} from '../../shared/diagnosis/evidence.js';
import { decodePullSecret } from '../../shared/pull-secrets.js';
import { isPullFailure } from '../../shared/diagnosis/scope.js';
import { apiMessage, statusOf, toUserError } from './api-errors.js';
import type { ApiConnection } from './connect.js';
import { needsOtherSecrets, readOtherSecrets } from './read-other-secrets.js';
import { readNamespaceScope, readScope, type ScopeRead } from './read-scope.js';
import { toEventFacts, toNodeFacts, toPodFacts } from './to-facts.js';
import { readKubeletEvidence } from './read-kubelet.js';
import { readNodePulls } from './read-node-pulls.js';
import { isWaitingToStart } from '../../shared/diagnosis/diagnose-pulling.js';
import { NotFoundError } from '../errors.js';

/** Asks the registry about one container's image with the pod's credentials (see plugin/registry). */
export type RegistryProbe = (
  pod: PodFacts,
  container: string,
  secrets: Readonly<Record<string, Lookup<SecretFacts>>>,
  /** For a pull still under way: the node's platform, so the answer includes the image's size. */
  sizeFor?: { readonly os: string; readonly architecture: string },
) => Promise<RegistryFacts | undefined>;

/** A minute before the pod was made (clocks differ); an hour back when its age is unknown. */
function logSince(createdAt: string | undefined): string {
  const made = createdAt ? Date.parse(createdAt) : NaN;
  const from = Number.isFinite(made) ? made - 60_000 : Date.now() - 3_600_000;
  return new Date(from).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The node's platform as image indexes name it; linux when the node does not say. */
function platformOf(node: NodeFacts): { os: string; architecture: string } | undefined {
  return node.architecture
    ? { os: node.os ?? 'linux', architecture: node.architecture }
    : undefined;
}

/** Reads the pod or fails with a UserError naming what is missing. */
export async function readPod(
  conn: ApiConnection,
  namespace: string,
  name: string,
): Promise<V1Pod> {
  try {
    return await conn.get<V1Pod>(`get pod ${namespace}/${name}`, podPath(namespace, name));
  } catch (err) {
    if (statusOf(err) === 404) {
      const nsExists = await conn.get('get namespace', `/api/v1/namespaces/${seg(namespace)}`).then(
        () => true,
        (e: unknown) => statusOf(e) !== 404,
      );
      if (!nsExists)
        throw new NotFoundError(`namespace "${namespace}" does not exist`, {
          hint: 'list namespaces with `kubectl get namespaces`',
        });
      throw new NotFoundError(`pod "${name}" not found in namespace "${namespace}"`, {
        hint: `list pods with \`kubectl -n ${namespace} get pods\``,
      });
    }
    throw toUserError(err, `get pod ${namespace}/${name}`, conn.server);
  }
}

/** Everything about the pod; `siblings` may be given (a workload's own pods), else read bounded. */
export async function gatherPodEvidence(
  conn: ApiConnection,
  pod: V1Pod,
  registry?: RegistryProbe,
  siblings?: PodEvidence['siblings'] | Promise<PodEvidence['siblings']>,
  early?: EarlyReads,
): Promise<PodEvidence> {
  const facts = toPodFacts(pod);
  const nodeRead: Promise<Lookup<NodeFacts>> | undefined = facts.nodeName
    ? lookup(conn, `get node ${facts.nodeName}`, async (what) =>
        toNodeFacts(await conn.get<V1Node>(what, `/api/v1/nodes/${seg(facts.nodeName!)}`)),
      )
    : undefined;
  // Two chains side by side: the credentials (service account, then its secrets, then the
  // registry asked with them) and everything else; neither waits for the other's slow reads.
  const [credentials, [events, node, around, kubelet, nodePulls]] = await Promise.all([
    readCredentialsAndRegistry(conn, facts, nodeRead, registry),
    Promise.all([
      podEvents(early?.events ?? fetchEvents(conn, facts.namespace, facts.name), facts.uid),
      nodeRead,
      siblings ?? readScope(conn, facts.namespace, facts.nodeName, early?.namespaceScope),
      // The kubelet's own evidence matters only while something waits: a running pod needs none.
      facts.nodeName && facts.containers.some((c) => c.waiting)
        ? readKubeletEvidence(conn, facts.nodeName, {
            // The log only where a pull failed or is being retried, and only since the pod was made.
            logSince:
              facts.containers.some(isPullFailure) || facts.containers.some(isWaitingToStart)
                ? logSince(facts.createdAt)
                : undefined,
          })
        : undefined,
      facts.nodeName && facts.containers.some(isWaitingToStart)
        ? readNodePulls(conn, facts.nodeName)
        : undefined,
    ]),
  ]);
  const { serviceAccount, secrets, secretsElsewhere, otherNamespaceSecrets, registryFacts } =
    credentials;
  return {
    pod: facts,
    events,
    serviceAccount,
    secrets,
    secretsElsewhere,
    node,
    siblings: around,
    registry: registryFacts,
    ...(otherNamespaceSecrets ? { otherNamespaceSecrets } : {}),
    ...(kubelet ? { kubelet } : {}),
    ...(nodePulls ? { nodePulls } : {}),
  };
}

/** The pod's credentials as the kubelet would find them, and the registry's answer with them. */
async function readCredentialsAndRegistry(
  conn: ApiConnection,
  facts: PodFacts,
  nodeRead: Promise<Lookup<NodeFacts>> | undefined,
  registry: RegistryProbe | undefined,
) {
  const serviceAccount = await lookup(
    conn,
    `get serviceaccount ${facts.serviceAccountName}`,
    async (what) => {
      const sa = await conn.get<V1ServiceAccount>(
        what,
        `${nsPath(facts.namespace)}/serviceaccounts/${seg(facts.serviceAccountName)}`,
      );
      return {
        imagePullSecrets: (sa.imagePullSecrets ?? []).map((r) => r.name ?? '').filter(Boolean),
      };
    },
  );
  const names = new Set([
    ...facts.imagePullSecrets,
    ...(serviceAccount.status === 'found' ? serviceAccount.value.imagePullSecrets : []),
  ]);
  const secrets = Object.fromEntries(
    await Promise.all(
      [...names].map(async (n) => [n, await readSecret(conn, facts.namespace, n)] as const),
    ),
  );
  const missing = [...names].filter((n) => secrets[n]?.status === 'missing');
  const [otherNamespaceSecrets, secretsElsewhere, registryFacts] = await Promise.all([
    needsOtherSecrets(facts, secrets) ? readOtherSecrets(conn, facts.namespace) : undefined,
    Promise.all(
      missing.map(async (n) => [n, await findSecretElsewhere(conn, n, facts.namespace)] as const),
    ).then((pairs) => Object.fromEntries(pairs)),
    askRegistry(facts, secrets, nodeRead, registry),
  ]);
  return { serviceAccount, secrets, secretsElsewhere, otherNamespaceSecrets, registryFacts };
}

/** The registry's answer for each failing container and each pull still under way, in parallel. */
async function askRegistry(
  facts: PodFacts,
  secrets: Readonly<Record<string, Lookup<SecretFacts>>>,
  nodeRead: Promise<Lookup<NodeFacts>> | undefined,
  registry: RegistryProbe | undefined,
): Promise<Record<string, RegistryFacts>> {
  if (!registry) return {};
  const failing = facts.containers.filter(isPullFailure);
  const pulling = facts.containers.filter(isWaitingToStart);
  // A pull under way is judged against the image's size, which only the registry knows, for
  // the node's platform.
  const node = pulling.length > 0 ? await nodeRead : undefined;
  const platform = node?.status === 'found' ? platformOf(node.value) : undefined;
  const answers = await Promise.all([
    ...failing.map(async (c) => [c.name, await registry(facts, c.name, secrets)] as const),
    ...(platform
      ? pulling.map(
          async (c) => [c.name, await registry(facts, c.name, secrets, platform)] as const,
        )
      : []),
  ]);
  return Object.fromEntries(
    answers.filter((a): a is readonly [string, RegistryFacts] => a[1] !== undefined),
  );
}

/**
 * Reads that need only the pod's namespace and name, started before the pod itself arrives: the
 * pod's events and its namespace's pods (bounded). The node's pods wait for the pod's node name.
 */
export interface EarlyReads {
  readonly events: Promise<Lookup<CoreV1Event[]>>;
  readonly namespaceScope: Promise<ScopeRead>;
}

/** Starts the early reads; they never reject (failures become Lookups and notes). */
export function startEarlyReads(conn: ApiConnection, namespace: string, name: string): EarlyReads {
  return {
    events: fetchEvents(conn, namespace, name),
    namespaceScope: readNamespaceScope(conn, namespace),
  };
}

function fetchEvents(
  conn: ApiConnection,
  namespace: string,
  name: string,
): Promise<Lookup<CoreV1Event[]>> {
  return lookup(conn, 'list events', async (what) => {
    const list = await conn.get<CoreV1EventList>(what, `${nsPath(namespace)}/events`, {
      fieldSelector: `involvedObject.kind=Pod,involvedObject.name=${name}`,
    });
    return list.items;
  });
}

/** The events of this very pod: a deleted and recreated pod of the same name has another uid. */
async function podEvents(
  read: Promise<Lookup<CoreV1Event[]>>,
  uid: string | undefined,
): Promise<PodEvidence['events']> {
  const events = await read;
  if (events.status !== 'found') return events;
  const mine = events.value.filter(
    (e) => !uid || !e.involvedObject.uid || e.involvedObject.uid === uid,
  );
  return { status: 'found', value: mine.map(toEventFacts) };
}

async function readSecret(
  conn: ApiConnection,
  namespace: string,
  name: string,
): Promise<Lookup<SecretFacts>> {
  return lookup(conn, `get secret ${name}`, async (what) => {
    const s = await conn.get<V1Secret>(what, `${nsPath(namespace)}/secrets/${seg(name)}`);
    return { type: s.type, decoded: decodePullSecret(s.type, s.data) };
  });
}

async function findSecretElsewhere(
  conn: ApiConnection,
  name: string,
  except: string,
): Promise<string[]> {
  try {
    const list = await conn.get<V1SecretList>('list secrets', '/api/v1/secrets', {
      fieldSelector: `metadata.name=${name}`,
      limit: 50,
    });
    return list.items.map((s) => s.metadata?.namespace ?? '').filter((ns) => ns && ns !== except);
  } catch {
    return []; // Not allowed to look across namespaces: the audit simply cannot say where it is.
  }
}

/** Runs a secondary read, recording 404 and 403 instead of failing the whole diagnosis. */
async function lookup<T>(
  conn: ApiConnection,
  what: string,
  read: (what: string) => Promise<T>,
): Promise<Lookup<T>> {
  try {
    return { status: 'found', value: await read(what) };
  } catch (err) {
    const status = statusOf(err);
    if (status === 404) return { status: 'missing' };
    if (status === 403) return { status: 'forbidden', message: apiMessage(err) };
    return { status: 'error', message: apiMessage(err) };
  }
}

/** One path segment, escaped: names come from the user and from API objects. */
function seg(name: string): string {
  return encodeURIComponent(name);
}

function nsPath(namespace: string): string {
  return `/api/v1/namespaces/${seg(namespace)}`;
}

function podPath(namespace: string, name: string): string {
  return `${nsPath(namespace)}/pods/${seg(name)}`;
}
