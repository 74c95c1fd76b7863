/**
 * Kubeconfig resolution the way kubectl does it, as pure data: several files merged (the first
 * file to define a cluster, user or context name wins, and so does the first current-context),
 * one context chosen, and file paths made absolute against the file that named them.
 *
 * It resolves what a plain HTTPS client can serve (certificates, bearer tokens, basic auth). A
 * user that needs a program to run (exec, auth-provider) or a cluster behind proxy-url is
 * reported as such, and the caller hands the whole job to @kubernetes/client-node instead.
 */
import path from 'node:path';

/** One parsed kubeconfig file (the YAML already turned into data). */
export interface KubeconfigFile {
  readonly path: string;
  readonly doc: unknown;
}

/** Where a PEM comes from: inline (base64 in the kubeconfig) or a file. */
export type PemSource = { readonly data: string } | { readonly file: string };

/** How requests authenticate, when a plain client can do it. */
export type RestAuth =
  | { readonly kind: 'none' }
  | { readonly kind: 'token'; readonly token: string }
  | { readonly kind: 'token-file'; readonly file: string }
  | { readonly kind: 'basic'; readonly username: string; readonly password: string };

/** The chosen context, ready to connect to. */
export interface KubeTarget {
  readonly context: string;
  readonly server: string;
  readonly namespace?: string;
  readonly ca?: PemSource;
  readonly clientCert?: PemSource;
  readonly clientKey?: PemSource;
  readonly insecureSkipTlsVerify: boolean;
  readonly tlsServerName?: string;
  readonly auth: RestAuth;
  /** Set when only client-node can connect (exec or auth-provider users, proxy-url clusters). */
  readonly needsFullClient?: string;
}

/** Why no target could be chosen; `contexts` lists the names that do exist. */
export type KubeconfigProblem =
  | { readonly problem: 'unknown-context'; readonly context: string; readonly contexts: string[] }
  | { readonly problem: 'no-current-context' }
  | { readonly problem: 'incomplete'; readonly context: string; readonly message: string };

type Named = { readonly value: Record<string, unknown>; readonly dir: string };

export interface Merged {
  readonly clusters: Map<string, Named>;
  readonly users: Map<string, Named>;
  readonly contexts: Map<string, Named>;
  readonly currentContext?: string;
}

/** Merges the files in order, first definition winning, as kubectl's loading rules do. */
export function mergeKubeconfigs(files: readonly KubeconfigFile[]): Merged {
  const clusters = new Map<string, Named>();
  const users = new Map<string, Named>();
  const contexts = new Map<string, Named>();
  let currentContext: string | undefined;
  for (const file of files) {
    const doc = asRecord(file.doc);
    const dir = path.dirname(file.path);
    addNamed(clusters, doc['clusters'], 'cluster', dir);
    addNamed(users, doc['users'], 'user', dir);
    addNamed(contexts, doc['contexts'], 'context', dir);
    const current = doc['current-context'];
    if (!currentContext && typeof current === 'string' && current) currentContext = current;
  }
  return { clusters, users, contexts, currentContext };
}

/** The context's names, for an error that lists them. */
export function contextNames(merged: Merged): string[] {
  return [...merged.contexts.keys()];
}

/** Picks `contextName` (or the current context) and resolves its cluster and user. */
export function resolveTarget(
  merged: Merged,
  contextName?: string,
): KubeTarget | KubeconfigProblem {
  const name = contextName ?? merged.currentContext;
  if (!name) return { problem: 'no-current-context' };
  const context = merged.contexts.get(name);
  if (!context)
    return contextName
      ? { problem: 'unknown-context', context: name, contexts: contextNames(merged) }
      : { problem: 'no-current-context' };
  const clusterName = str(context.value['cluster']);
  const cluster = clusterName ? merged.clusters.get(clusterName) : undefined;
  const server = cluster && str(cluster.value['server']);
  if (!cluster || !server) {
    return {
      problem: 'incomplete',
      context: name,
      message: clusterName
        ? `context "${name}" names cluster "${clusterName}", which has no server in the kubeconfig`
        : `context "${name}" names no cluster`,
    };
  }
  const userName = str(context.value['user']);
  // A context without a user (or naming a missing one) connects anonymously, as kubectl does.
  const user = userName ? merged.users.get(userName) : undefined;
  const c = cluster.value;
  const u = user?.value ?? {};
  return {
    context: name,
    server,
    namespace: str(context.value['namespace']),
    ca: pem(c, 'certificate-authority', cluster.dir),
    clientCert: pem(u, 'client-certificate', user?.dir ?? ''),
    clientKey: pem(u, 'client-key', user?.dir ?? ''),
    insecureSkipTlsVerify: c['insecure-skip-tls-verify'] === true,
    tlsServerName: str(c['tls-server-name']),
    auth: authOf(u, user?.dir ?? ''),
    needsFullClient: needsFullClient(c, u),
  };
}

function needsFullClient(
  cluster: Record<string, unknown>,
  user: Record<string, unknown>,
): string | undefined {
  if (user['exec']) return 'the user runs an exec credential plugin';
  if (user['auth-provider']) return 'the user has an auth-provider';
  if (str(cluster['proxy-url'])) return 'the cluster has a proxy-url';
  if (user['as'] || user['as-groups']) return 'the user impersonates';
  return undefined;
}

function authOf(user: Record<string, unknown>, dir: string): RestAuth {
  const token = str(user['token']);
  if (token) return { kind: 'token', token };
  const tokenFile = str(user['tokenFile']);
  if (tokenFile) return { kind: 'token-file', file: path.resolve(dir, tokenFile) };
  const username = str(user['username']);
  const password = str(user['password']);
  if (username && password !== undefined) return { kind: 'basic', username, password };
  return { kind: 'none' };
}

function pem(entry: Record<string, unknown>, key: string, dir: string): PemSource | undefined {
  const data = str(entry[`${key}-data`]);
  if (data) return { data };
  const file = str(entry[key]);
  return file ? { file: path.resolve(dir, file) } : undefined;
}

function addNamed(into: Map<string, Named>, list: unknown, field: string, dir: string): void {
  if (!Array.isArray(list)) return;
  for (const item of list) {
    const entry = asRecord(item);
    const name = str(entry['name']);
    if (name && !into.has(name)) into.set(name, { value: asRecord(entry[field]), dir });
  }
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
