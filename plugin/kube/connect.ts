/**
 * Connecting to the cluster the way kubectl does: --kubeconfig, then $KUBECONFIG, then
 * ~/.kube/config; --context; the context's namespace unless -n is given. This is the only file
 * that loads @kubernetes/client-node, and only when a command needs the cluster, because loading
 * it costs more than the rest of the plugin's start-up.
 */
import type { BatchV1Api, CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { existsSync } from 'node:fs';
import type { Agent } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { ClusterAccessError, UsageError } from '../errors.js';
import { restClient, type Query, type RestClient, type TextAnswer } from './rest-client.js';
import { withTimeout } from './timeout.js';

/** The connection settings, straight from the global flags. */
export interface ConnectOptions {
  readonly kubeconfig?: string;
  readonly context?: string;
  readonly namespace?: string;
  readonly requestTimeoutMs: number;
}

/** A read-only connection: what `diagnose` needs (see connect-api.ts). */
export interface ApiConnection {
  readonly namespace: string;
  readonly server: string;
  readonly context: string;
  /** Wraps one API call with --request-timeout (0 means none, as in kubectl). */
  call<T>(what: string, request: () => Promise<T>): Promise<T>;
  /** GETs an API path's JSON, as the server sent it, under --request-timeout. */
  get<T>(what: string, path: string, query?: Query): Promise<T>;
  /** GETs a path whose answer is not JSON (a node's logs), under --request-timeout. */
  getText(what: string, path: string, query?: Query): Promise<TextAnswer>;
}

/** A live connection with client-node's typed clients, for commands that create and delete. */
export interface KubeConnection extends ApiConnection {
  readonly core: CoreV1Api;
  readonly batch: BatchV1Api;
}

/** Loads the kubeconfig and builds the client; throws UserErrors naming what is wrong. */
export async function connect(
  options: ConnectOptions,
  env: NodeJS.ProcessEnv = process.env,
): Promise<KubeConnection> {
  const k8s = await import('@kubernetes/client-node');
  const kc = new k8s.KubeConfig();
  loadConfig(kc, options.kubeconfig, env);
  if (options.context) {
    if (!kc.getContextObject(options.context)) {
      const known =
        kc
          .getContexts()
          .map((c) => c.name)
          .join(', ') || 'none';
      throw new UsageError(`context "${options.context}" does not exist in the kubeconfig`, {
        hint: `known contexts: ${known}`,
      });
    }
    kc.setCurrentContext(options.context);
  }
  const sharedAgent = shareOneAgent(kc);
  const cluster = kc.getCurrentCluster();
  if (kc.getContexts().length === 0 || !cluster) {
    throw new ClusterAccessError(
      'no cluster is configured: the kubeconfig has no current context',
      {
        hint: 'pass --kubeconfig or --context, or run `kubectl config use-context NAME`',
      },
    );
  }
  const contextNamespace = kc.getContextObject(kc.getCurrentContext())?.namespace;
  // Raw reads use client-node's own idea of TLS and credentials (exec plugins included).
  let rest: Promise<RestClient> | undefined;
  const restOf = async (): Promise<RestClient> => {
    const opts: { ca?: Buffer; cert?: Buffer; key?: Buffer; headers?: Record<string, string> } = {};
    try {
      await kc.applyToHTTPSOptions(opts);
    } catch (err) {
      // client-node's exec support throws a bare Error when the credential plugin fails.
      const why = err instanceof Error && err.message ? `: ${err.message.split('\n')[0]}` : '';
      throw new ClusterAccessError(
        `could not get credentials for context "${kc.getCurrentContext()}" (the kubeconfig's exec or auth-provider plugin failed${why})`,
        {
          hint: "run `kubectl get pods` to see the plugin's own error, or log in again",
          cause: err,
        },
      );
    }
    return restClient({
      agent: sharedAgent({
        ca: opts.ca,
        cert: opts.cert,
        key: opts.key,
        rejectUnauthorized: !cluster.skipTLSVerify,
        servername: cluster.tlsServerName,
      }),
      server: cluster.server,
      ca: opts.ca,
      cert: opts.cert,
      key: opts.key,
      rejectUnauthorized: !cluster.skipTLSVerify,
      servername: cluster.tlsServerName,
      headers: opts.headers ?? {},
      timeoutMs: options.requestTimeoutMs,
    });
  };
  return {
    core: kc.makeApiClient(k8s.CoreV1Api),
    batch: kc.makeApiClient(k8s.BatchV1Api),
    namespace: options.namespace ?? contextNamespace ?? 'default',
    server: cluster.server,
    context: kc.getCurrentContext(),
    call: (what, request) => withTimeout(what, request, options.requestTimeoutMs),
    get: (what, path, query) =>
      withTimeout(
        what,
        async () => (await (rest ??= restOf())).get(path, query),
        options.requestTimeoutMs,
      ),
    getText: (what, path, query) =>
      withTimeout(
        what,
        async () => (await (rest ??= restOf())).getText(path, query),
        options.requestTimeoutMs,
      ),
  };
}

/**
 * client-node builds a new https.Agent, and so a new TLS handshake, for every request. diagnose
 * makes a dozen requests; one keep-alive agent for the run lets them share connections, as
 * kubectl's do. createAgent is private in client-node's types, hence the narrow cast.
 */
function shareOneAgent(kc: KubeConfig): (options: Record<string, unknown>) => Agent {
  const target = kc as unknown as {
    createAgent: (cluster: unknown, options: Record<string, unknown>) => Agent;
  };
  const original = target.createAgent.bind(kc);
  let agent: Agent | undefined;
  target.createAgent = (cluster, options) =>
    (agent ??= original(cluster, { ...options, keepAlive: true }));
  return (options) => target.createAgent(kc.getCurrentCluster(), options);
}

function loadConfig(kc: KubeConfig, file: string | undefined, env: NodeJS.ProcessEnv): void {
  // With no kubeconfig anywhere, client-node invents a plain-HTTP localhost:8080 cluster that later
  // fails with an obscure TLS message; say what kubectl would say instead.
  const home = path.join(os.homedir(), '.kube', 'config');
  if (!file && !env.KUBECONFIG && !env.KUBERNETES_SERVICE_HOST && !existsSync(home)) {
    throw new ClusterAccessError(
      'no kubeconfig found (no --kubeconfig, no $KUBECONFIG, no ~/.kube/config)',
      {
        hint: 'pass --kubeconfig PATH or set KUBECONFIG',
      },
    );
  }
  try {
    if (file) kc.loadFromFile(file);
    else kc.loadFromDefault();
  } catch (err) {
    const where = file ?? env.KUBECONFIG ?? '~/.kube/config';
    throw new ClusterAccessError(
      `cannot load kubeconfig ${where}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`,
      {
        hint: 'pass --kubeconfig PATH or set KUBECONFIG',
        cause: err,
      },
    );
  }
}
