/**
 * What to reproduce: the image and the credentials, taken from a pod (as the kubelet would take
 * them: the pod's own pull-secret list) or given directly with --image and --secret.
 */
import {
  parseImageReference,
  registryApiHost,
  type ImageReference,
} from '../../shared/image-reference.js';
import {
  chooseCredentials,
  type ChosenCredential,
  type RawSecret,
} from '../../shared/probe/choose-credentials.js';
import { isPullFailure } from '../../shared/diagnosis/scope.js';
import { PROBE_REPORT_VERSION, type ProbeRequest } from '../../shared/probe/report.js';
import type { CredentialsRead } from '../../probe/node/credentials.js';
import { parseCredentialsFile } from '../../shared/probe/credentials-file.js';
import { UsageError } from '../errors.js';
import { apiMessage, statusOf } from '../kube/api-errors.js';
import type { KubeConnection } from '../kube/connect.js';
import { readPod } from '../kube/gather-pod.js';
import { toPodFacts } from '../kube/to-facts.js';
import { kubectlName, parsePodArgument } from '../../shared/workload/workload-ref.js';
import { failingContainerOf, templatePodFacts } from './workload-target.js';

/** The image to pull on the node and the credentials to try. */
export interface ProbeTarget {
  readonly image: string;
  readonly ref: ImageReference;
  readonly credentials: ChosenCredential & { readonly explicit: boolean };
  /** The namespace the image's pod (or --secret) lives in: the probe runs there by default. */
  readonly namespace: string;
}

/** Resolves the target from --pod NS/NAME [--container] or --image [--secret]. */
export async function resolveTarget(
  conn: KubeConnection,
  opts: { pod?: string; container?: string; image?: string; secret?: string; namespace: string },
): Promise<ProbeTarget> {
  if (opts.pod) {
    const where = parsePodArgument(opts.pod, opts.namespace);
    if (!where.ok) throw new UsageError(`invalid --pod: ${where.reason}`);
    const ns = where.namespace;
    const name = kubectlName(where.ref);
    const pod =
      where.ref.kind === 'Pod'
        ? toPodFacts(await readPod(conn, ns, where.ref.name))
        : await templatePodFacts(conn, ns, where.ref);
    const failing =
      where.ref.kind === 'Pod' ? undefined : await failingContainerOf(conn, ns, where.ref);
    const container = opts.container
      ? pod.containers.find((c) => c.name === opts.container)
      : (pod.containers.find((c) => isPullFailure(c) || c.name === failing) ?? pod.containers[0]);
    if (!container)
      throw new UsageError(`${name} in ${ns} has no container "${opts.container}"`, {
        hint: `containers: ${pod.containers.map((c) => c.name).join(', ')}`,
      });
    const ref = parseOrFail(container.image);
    const secrets = await readSecrets(conn, ns, pod.imagePullSecrets);
    return {
      image: container.image,
      ref,
      namespace: ns,
      credentials: { ...chooseCredentials(secrets, ref), explicit: false },
    };
  }
  const ref = parseOrFail(opts.image!);
  const secrets = opts.secret ? await readSecrets(conn, opts.namespace, [opts.secret], true) : [];
  const chosen = chooseCredentials(secrets, ref);
  return {
    image: opts.image!,
    ref,
    namespace: opts.namespace,
    credentials: { ...chosen, explicit: opts.secret !== undefined },
  };
}

function parseOrFail(image: string): ImageReference {
  const parsed = parseImageReference(image);
  if (!parsed.ok)
    throw new UsageError(`"${image}" is not a valid image reference: ${parsed.reason}`);
  return parsed.ref;
}

async function readSecrets(
  conn: KubeConnection,
  namespace: string,
  names: readonly string[],
  required = false,
): Promise<RawSecret[]> {
  const out: RawSecret[] = [];
  for (const name of names) {
    try {
      const s = await conn.core.readNamespacedSecret({ name, namespace });
      out.push({ name, type: s.type, data: s.data });
    } catch (err) {
      if (required)
        throw new UsageError(`cannot read secret ${namespace}/${name}: ${apiMessage(err)}`);
      if (statusOf(err) !== 404 && statusOf(err) !== 403) throw err;
    }
  }
  return out;
}

/** The probe request (no secrets in it) for a target. */
export function buildRequest(target: ProbeTarget, timeoutMs: number): ProbeRequest {
  const api = registryApiHost(target.ref);
  const port = /:(\d+)$/.exec(api)?.[1];
  return {
    version: PROBE_REPORT_VERSION,
    image: target.image,
    registry: target.ref.registry,
    dialHost: port ? api.slice(0, -port.length - 1).replace(/^\[|\]$/g, '') : api,
    dialPort: port ? Number(port) : 443,
    hasCredentials: target.credentials.credential !== undefined,
    timeoutMs,
    hostPrefix: '/host',
  };
}

/** The credentials file content the probe reads; "{}" when there are none. */
export function authFile(target: ProbeTarget): string {
  const c = target.credentials.credential;
  if (!c) return '{}';
  return JSON.stringify({ username: c.username, password: c.password });
}

/** The credentials as the node-side checks take them (parsed as the probe parses its file). */
export function credentialsRead(target: ProbeTarget): CredentialsRead | undefined {
  return target.credentials.credential ? parseCredentialsFile(authFile(target)) : undefined;
}
