// Finds the node's CRI runtime: the socket named in the request, or the first well-known socket
// that exists and answers Version. The order puts distribution-specific sockets first, because a
// k3s or microk8s node may also have a stock containerd socket that the kubelet does not use.
import { CriClient } from '../cri/client.js';
import type { CriVersion } from '../cri/messages.js';
import type { NodeAccess } from './node-access.js';

/** Well-known CRI sockets, as host paths. */
export const RUNTIME_SOCKETS = [
  { flavour: 'k3s', path: '/run/k3s/containerd/containerd.sock' },
  { flavour: 'microk8s', path: '/var/snap/microk8s/common/run/containerd.sock' },
  { flavour: 'containerd', path: '/run/containerd/containerd.sock' },
  { flavour: 'cri-o', path: '/var/run/crio/crio.sock' },
  { flavour: 'cri-dockerd', path: '/var/run/cri-dockerd.sock' },
] as const;

/** Which packaging of a runtime the node uses; picks where its config and unit files are. */
export type RuntimeFlavour = (typeof RUNTIME_SOCKETS)[number]['flavour'];

/** A runtime that answered. */
export interface FoundRuntime {
  readonly client: CriClient;
  readonly endpoint: string;
  readonly flavour: RuntimeFlavour;
  readonly version: CriVersion;
}

/** The runtime, or why none was found (with each socket tried). */
export type RuntimeSearch = { ok: true; runtime: FoundRuntime } | { ok: false; error: string };

const toSocketPath = (endpoint: string): string => endpoint.replace(/^unix:\/\//, '');

function flavourOf(socket: string, runtimeName: string): RuntimeFlavour {
  const known = RUNTIME_SOCKETS.find((s) => s.path === socket || `/var${s.path}` === socket);
  if (known) return known.flavour;
  if (/cri-?o/i.test(runtimeName)) return 'cri-o';
  return /docker/i.test(runtimeName) ? 'cri-dockerd' : 'containerd';
}

async function tryEndpoint(
  host: NodeAccess,
  socket: string,
  timeoutMs: number,
): Promise<FoundRuntime> {
  const client = new CriClient(() => host.dialSocket(socket));
  try {
    const version = await client.version(timeoutMs);
    return {
      client,
      endpoint: `unix://${socket}`,
      flavour: flavourOf(socket, version.runtimeName),
      version,
    };
  } catch (err) {
    client.close();
    throw err;
  }
}

/** Finds the runtime: the configured endpoint only, or else the first well-known socket that answers. */
export async function findRuntime(
  host: NodeAccess,
  endpoint: string | undefined,
  timeoutMs: number,
): Promise<RuntimeSearch> {
  const candidates = endpoint ? [toSocketPath(endpoint)] : RUNTIME_SOCKETS.map((s) => s.path);
  const tried: string[] = [];
  for (const socket of candidates) {
    if (!endpoint && !(await host.isSocket(socket))) continue;
    try {
      return { ok: true, runtime: await tryEndpoint(host, socket, timeoutMs) };
    } catch (err) {
      tried.push(`${socket}: ${(err as Error).message}`);
    }
  }
  if (tried.length > 0)
    return { ok: false, error: `no CRI runtime answered (${tried.join('; ')})` };
  const list = RUNTIME_SOCKETS.map((s) => s.path).join(', ');
  return {
    ok: false,
    error: `no CRI runtime socket found on ${host.where} (looked for ${list})`,
  };
}
