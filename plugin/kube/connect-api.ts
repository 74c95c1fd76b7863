/**
 * The read-only connection `diagnose` uses. It reads the kubeconfig itself and talks to the API
 * server through rest-client.ts, so a diagnosis never loads @kubernetes/client-node; a kubeconfig
 * that needs more than certificates and tokens (exec plugins, auth-providers, proxy-url, in-cluster
 * config) is handed to connect.ts, which does load it. Errors read the same either way.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { load } from 'js-yaml';
import {
  mergeKubeconfigs,
  resolveTarget,
  type KubeconfigFile,
  type KubeTarget,
  type PemSource,
} from '../../shared/kubeconfig.js';
import { ClusterAccessError, UsageError } from '../errors.js';
import { loadCluster } from '../lazy.js';
import type { ApiConnection, ConnectOptions } from './connect.js';
import { withTimeout } from './timeout.js';
import { restClient } from './rest-client.js';

/** Connects for reading; falls back to client-node where only it can connect. */
export async function connectApi(
  options: ConnectOptions,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ApiConnection> {
  const files = await readKubeconfigs(options.kubeconfig, env);
  if (files.length === 0) return fullClient(options, env); // in-cluster, or its "no kubeconfig" error
  const target = resolveTarget(mergeKubeconfigs(files), options.context);
  if ('problem' in target) {
    if (target.problem === 'unknown-context') {
      throw new UsageError(`context "${target.context}" does not exist in the kubeconfig`, {
        hint: `known contexts: ${target.contexts.join(', ') || 'none'}`,
      });
    }
    if (target.problem === 'incomplete') throw new ClusterAccessError(target.message);
    throw new ClusterAccessError(
      'no cluster is configured: the kubeconfig has no current context',
      {
        hint: 'pass --kubeconfig or --context, or run `kubectl config use-context NAME`',
      },
    );
  }
  if (target.needsFullClient) return fullClient(options, env);
  const client = restClient({
    server: target.server,
    ca: await pemOf(target.ca),
    cert: await pemOf(target.clientCert),
    key: await pemOf(target.clientKey),
    rejectUnauthorized: !target.insecureSkipTlsVerify,
    servername: target.tlsServerName,
    headers: await authHeaders(target),
    timeoutMs: options.requestTimeoutMs,
  });
  const ms = options.requestTimeoutMs;
  return {
    namespace: options.namespace ?? target.namespace ?? 'default',
    server: target.server,
    context: target.context,
    call: (what, request) => withTimeout(what, request, ms),
    get: (what, apiPath, query) => withTimeout(what, () => client.get(apiPath, query), ms),
    getText: (what, apiPath, query) => withTimeout(what, () => client.getText(apiPath, query), ms),
  };
}

/** client-node's connection, from the heavy half (plugin/lazy.ts), loaded only for this case. */
async function fullClient(options: ConnectOptions, env: NodeJS.ProcessEnv): Promise<ApiConnection> {
  return (await loadCluster()).connect(options, env);
}

/** The kubeconfig files kubectl would read, parsed; empty when there are none. */
export async function readKubeconfigs(
  flag: string | undefined,
  env: NodeJS.ProcessEnv,
): Promise<KubeconfigFile[]> {
  // --kubeconfig must exist; $KUBECONFIG entries that do not are skipped, as kubectl skips them.
  const paths = flag
    ? [flag]
    : env.KUBECONFIG
      ? env.KUBECONFIG.split(path.delimiter).filter((p) => p && existsSync(p))
      : [path.join(os.homedir(), '.kube', 'config')].filter((p) => existsSync(p));
  return Promise.all(
    paths.map(async (file) => {
      try {
        return { path: path.resolve(file), doc: load(await readFile(file, 'utf8')) };
      } catch (err) {
        const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
        throw new ClusterAccessError(`cannot load kubeconfig ${file}: ${reason}`, {
          hint: 'pass --kubeconfig PATH or set KUBECONFIG',
          cause: err,
        });
      }
    }),
  );
}

async function pemOf(source: PemSource | undefined): Promise<Buffer | undefined> {
  if (!source) return undefined;
  if ('data' in source) return Buffer.from(source.data, 'base64');
  return readKubeconfigReference(source.file);
}

async function authHeaders(target: KubeTarget): Promise<Record<string, string>> {
  const auth = target.auth;
  switch (auth.kind) {
    case 'token':
      return { Authorization: `Bearer ${auth.token}` };
    case 'token-file':
      return {
        Authorization: `Bearer ${(await readKubeconfigReference(auth.file)).toString('utf8').trim()}`,
      };
    case 'basic':
      return {
        Authorization: `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`,
      };
    case 'none':
      return {};
  }
}

async function readKubeconfigReference(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (err) {
    throw new ClusterAccessError(`cannot read ${file}, which the kubeconfig names`, {
      hint: 'fix the path in the kubeconfig, or pass another --kubeconfig',
      cause: err,
    });
  }
}
