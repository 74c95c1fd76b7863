// Gathers what the probe learns about the node before any check: its resolver, its runtime (over
// CRI), the runtime's proxy environment and registry config, and kubelet credential providers.
import { parseImageReference } from '../shared/image-reference.js';
import type { ProbeRequest } from '../shared/probe/report.js';
import { parseResolvConf, type ResolvConf } from '../shared/probe/resolv-conf.js';
import {
  findCredentialProviders,
  type CredentialProviderSetup,
} from './node/credential-providers.js';
import type { NodeAccess } from './node/node-access.js';
import { readRegistryConfig, type RegistryTrust } from './node/registry-config.js';
import { readRuntimeProxy } from './node/runtime-proxy.js';
import { findRuntime, type RuntimeSearch } from './node/runtime-socket.js';
import type { CriCondition } from './cri/messages.js';
import { readPulledRecord, type PulledRecordRead } from './node/pulled-records.js';

/** Everything known about the node before the checks run. */
export interface NodeFacts {
  readonly name: string;
  readonly resolvConf?: ResolvConf;
  readonly hostsFile?: string;
  readonly runtime: RuntimeSearch;
  /** The runtime's CRI Status conditions, when it answered Status. */
  readonly runtimeConditions?: readonly CriCondition[];
  /** The kubelet's record of who pulled the image already on the node (KEP-2535), if it is there. */
  readonly pulledRecord?: PulledRecordRead;
  /** The runtime's proxy variables, redacted: what the report shows. */
  readonly proxy: Readonly<Record<string, string>>;
  /** The same, as written: only for the checks' own proxy connection, never reported. */
  readonly rawProxy: Readonly<Record<string, string>>;
  readonly registry: RegistryTrust;
  readonly credentialProviders: CredentialProviderSetup;
  readonly problems: readonly string[];
}

/** Reads a host file, turning a read error into a problem instead of a crash. */
async function readSoft(
  host: NodeAccess,
  file: string,
  problems: string[],
): Promise<string | undefined> {
  try {
    return await host.read(file);
  } catch (err) {
    problems.push(`cannot read ${file}: ${(err as Error).message}`);
    return undefined;
  }
}

const repositoryOf = (image: string): string => {
  const parsed = parseImageReference(image);
  return parsed.ok ? parsed.ref.repository : '';
};

/** Gathers the node facts of the node called `name`; only the runtime search talks to another process. */
export async function gatherNode(
  host: NodeAccess,
  name: string,
  request: ProbeRequest,
  log: (line: string) => void,
): Promise<NodeFacts> {
  const problems: string[] = [];
  const resolvText = await readSoft(host, '/etc/resolv.conf', problems);
  const hostsFile = await readSoft(host, '/etc/hosts', problems);
  const runtime = await findRuntime(host, request.runtimeEndpoint, request.timeoutMs);
  log(
    runtime.ok
      ? `runtime ${runtime.runtime.version.runtimeName} ${runtime.runtime.version.runtimeVersion} at ${runtime.runtime.endpoint}`
      : runtime.error,
  );
  // The runtime's own word on whether it is ready: a runtime that answers Version can still say no.
  const conditions = runtime.ok
    ? await runtime.runtime.client.status(request.timeoutMs).catch((err: Error) => {
        problems.push(`the runtime's CRI Status failed: ${err.message}`);
        return undefined;
      })
    : undefined;
  // Who pulled the copy already here (KEP-2535), read before any check pulls it again.
  const pulledRecord = runtime.ok
    ? await readPulledRecord(host, runtime.runtime.client, request.image, request.timeoutMs).catch(
        (err: Error) => {
          problems.push(`reading the kubelet's pulled-image record failed: ${err.message}`);
          return undefined;
        },
      )
    : undefined;
  const flavour = runtime.ok ? runtime.runtime.flavour : 'containerd';
  const proxy = await readRuntimeProxy(host, flavour).catch((err: Error) => {
    problems.push(`reading the runtime's service environment failed: ${err.message}`);
    return { proxy: {}, raw: {}, files: [] };
  });
  const registry = await readRegistryConfig(
    host,
    flavour,
    { ...request, repository: repositoryOf(request.image) },
    runtime.ok ? runtime.runtime.version.runtimeVersion : undefined,
  );
  const credentialProviders = await findCredentialProviders(host).catch(
    (err: Error): CredentialProviderSetup => {
      problems.push(`looking for kubelet credential providers failed: ${err.message}`);
      return { configs: [], flagsFrom: 'nowhere', lines: [] };
    },
  );
  return {
    name,
    ...(resolvText === undefined ? {} : { resolvConf: parseResolvConf(resolvText) }),
    ...(hostsFile === undefined ? {} : { hostsFile }),
    runtime,
    ...(conditions ? { runtimeConditions: conditions } : {}),
    ...(pulledRecord ? { pulledRecord } : {}),
    proxy: proxy.proxy,
    rawProxy: proxy.raw,
    registry,
    credentialProviders,
    problems: [...problems, ...registry.problems],
  };
}
