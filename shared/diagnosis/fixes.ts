/** The exact fix for a diagnosed cause: commands to copy, with the pod's real names in them. */
import { PULL_PROGRESS_CAUSES, type Cause } from '../causes.js';
import type { ImageReference } from '../image-reference.js';
import type { ContainerFacts, NodeFacts, PodFacts, RegistryFacts } from './evidence.js';
import { pullFixes } from './pull-fixes.js';
import type { Fix, PullReport, SecretAudit } from './verdict.js';
import { retryCommand, workloadOf } from './workload.js';

/** What the fix builder needs to know. */
export interface FixContext {
  readonly cause: Cause;
  readonly pod: PodFacts;
  readonly container: ContainerFacts;
  readonly ref?: ImageReference;
  readonly secrets: SecretAudit;
  readonly node?: NodeFacts;
  readonly registry?: RegistryFacts;
  readonly platforms?: readonly string[];
  readonly invalidReason?: string;
  /** The pull in flight, for the pull-progress causes. */
  readonly pull?: PullReport;
}

/** Fixes in the order to try them, ending with how to retry at once. */
export function buildFixes(ctx: FixContext): Fix[] {
  const fixes = causeFixes(ctx);
  // Deleting a pod that is still pulling only starts its pull again, at the back of the queue.
  const isRetryUseful = ctx.cause !== 'unknown' && !PULL_PROGRESS_CAUSES.has(ctx.cause);
  if (isRetryUseful && !fixes.some((f) => f.command === retryCommand(ctx.pod))) {
    fixes.push({
      description: 'after the fix, retry now rather than after the back-off',
      command: retryCommand(ctx.pod),
    });
  }
  return fixes;
}

function causeFixes(ctx: FixContext): Fix[] {
  switch (ctx.cause) {
    case 'not-found':
      return notFoundFixes(ctx);
    case 'auth':
    case 'auth-or-not-found':
    case 'secret-missing':
      return credentialFixes(ctx);
    case 'rate-limit':
      return [
        {
          description:
            'authenticate pulls: anonymous quotas are per source IP and every node behind one NAT shares them',
          ...secretCommand(ctx, 'regcred'),
        },
        {
          description:
            'or pull through a registry mirror / pull-through cache close to the cluster',
        },
      ];
    case 'dns':
    case 'network':
      return [
        {
          description: `check from the node itself: its resolver, egress, proxy and firewall to ${ctx.ref?.registry ?? 'the registry'}`,
          command: reproduceCommand(ctx),
        },
      ];
    case 'tls':
      return tlsFixes(ctx);
    case 'platform':
      return platformFixes(ctx);
    case 'disk':
      return [
        {
          description: `free image filesystem space on ${ctx.pod.nodeName ?? 'the node'} (unused images)`,
          command: 'crictl rmi --prune   # on the node',
        },
        {
          description: "check the node's imagefs and nodefs free bytes and inodes",
          command: reproduceCommand(ctx),
        },
      ];
    case 'invalid-reference':
      return [
        {
          description: `fix the image reference${ctx.invalidReason ? `: ${ctx.invalidReason}` : ''}`,
          command: setImageCommand(ctx, '<valid-reference>'),
        },
      ];
    case 'never-pull':
      return [
        {
          description:
            'imagePullPolicy is Never and the image is not on the node: allow pulls, or load the image onto the node first',
          command: patchPolicyCommand(ctx),
        },
      ];
    case 'policy':
      return [
        {
          description:
            "the runtime's signature/registry policy rejected the image: check /etc/containers/policy.json and registries.conf on the node",
        },
      ];
    case 'kubelet-throttle':
      return [
        {
          description:
            'the kubelet throttled its own pulls: raise registryPullQPS/registryBurst, or set serializeImagePulls: false in the kubelet configuration',
        },
      ];
    case 'registry-error':
      return [
        {
          description: `the registry ${ctx.ref?.registry ?? ''} answered with an error: check its health; the kubelet retries by itself`,
        },
      ];
    case 'pulling':
    case 'pull-queued':
    case 'pull-slow':
    case 'pull-stuck':
      return pullFixes(ctx);
    case 'runtime':
      return [
        {
          description: 'the container runtime is not answering on the node: check it there',
          command: "crictl info   # on the node; then the runtime's service logs",
        },
      ];
    default:
      return [
        {
          description: 'the cause is not clear from events alone; reproduce the pull on the node',
          command: reproduceCommand(ctx),
        },
      ];
  }
}

function notFoundFixes(ctx: FixContext): Fix[] {
  const ref = ctx.ref;
  const fixes: Fix[] = [];
  const closest = ctx.registry?.kind === 'not-found' ? ctx.registry.closestTags : [];
  if (ref && closest.length > 0) {
    fixes.push({
      description: `use an existing tag (did you mean ${closest[0]}?)`,
      command: setImageCommand(ctx, `${ref.registry}/${ref.repository}:${closest[0]}`),
    });
  } else if (ref?.digest) {
    fixes.push({
      description: `digest ${ref.digest} is not in ${ref.registry}/${ref.repository}: point the container at a digest that exists (e.g. the one CI pushed)`,
      command: setImageCommand(ctx, `${ref.registry}/${ref.repository}@<existing-digest>`),
    });
  } else {
    fixes.push({
      description:
        'point the container at an image that exists (check the repository name and tag)',
      command: setImageCommand(ctx, '<existing-image>'),
    });
  }
  // A registry that says "this tag is unknown" has shown us the repository: no credential issue.
  const repositoryVisible =
    ctx.registry?.kind === 'not-found' &&
    (ctx.registry.what === 'tag' || ctx.registry.what === 'digest');
  if (!ctx.secrets.hasMatchingCredential && !repositoryVisible) {
    fixes.push({
      description:
        'if the repository is private, some registries answer "not found" to anonymous pulls: add a pull secret',
      ...secretCommand(ctx, 'regcred'),
    });
  }
  return fixes;
}

function credentialFixes(ctx: FixContext): Fix[] {
  const registry = ctx.ref?.registry ?? '<registry>';
  const fixes: Fix[] = [];
  for (const e of ctx.secrets.entries) {
    if (e.status === 'ok') {
      fixes.push({
        description: `secret ${e.name} has credentials for ${e.matchedKey} but the registry rejects them: update the username/password or token`,
        ...secretCommand(ctx, e.name, true),
      });
    } else if (e.status === 'missing' && e.note?.includes('exists in namespace')) {
      const other = /exists in namespace ([^,;]+)/.exec(e.note)?.[1] ?? '<namespace>';
      fixes.push({
        description: `copy secret ${e.name} from namespace ${other} into ${ctx.pod.namespace}`,
        command: copySecretCommand(e.name, other, ctx.pod.namespace),
      });
    } else if (e.status !== 'unreadable') {
      fixes.push({
        description: `secret ${e.name} ${describeProblem(e.status)}: recreate it as kubernetes.io/dockerconfigjson for ${registry}`,
        ...secretCommand(ctx, e.name, true),
      });
    }
  }
  if (ctx.secrets.entries.length === 0) fixes.push(...noSecretFixes(ctx, registry));
  return fixes;
}

/**
 * The pod lists no pull secret. If its service account lists a matching one, the pod predates it:
 * recreate it. If another namespace has one, copy it. Else create one and list it on the account,
 * never under a name the account already lists.
 */
function noSecretFixes(ctx: FixContext, registry: string): Fix[] {
  const sa = ctx.secrets.serviceAccount;
  // Nothing to create or patch: the pod predates the service account's list.
  if (sa.matchingNotCopied)
    return [
      {
        description: `service account ${sa.name} already lists ${sa.matchingNotCopied}, which matches ${registry}, but this pod was created before it did: recreate the pod`,
        command: retryCommand(ctx.pod),
      },
    ];
  const reuse = ctx.secrets.elsewhere?.[0] ? reuseFixes(ctx, ctx.secrets.elsewhere[0]) : [];
  const name = sa.secrets.includes('regcred')
    ? `regcred-${registry.replace(/[^a-z0-9]+/g, '-')}`
    : 'regcred';
  return [
    ...reuse,
    {
      description: `${reuse.length > 0 ? 'or create' : 'create'} a pull secret for ${registry}`,
      ...secretCommand(ctx, name),
    },
    {
      description: 'and reference it from the service account (new pods get it) or the workload',
      command: attachCommand(ctx, name),
    },
  ];
}

/** Use a secret that exists already: list it (own namespace) or copy it first (another one). */
function reuseFixes(
  ctx: FixContext,
  from: { namespace: string; secret: string; key: string },
): Fix[] {
  const ns = ctx.pod.namespace;
  const attach = {
    description: `${from.namespace === ns ? 'reference' : 'and reference'} it from the service account (new pods get it) or the workload`,
    command: attachCommand(ctx, from.secret),
  };
  if (from.namespace === ns)
    return [
      {
        ...attach,
        description: `secret ${from.secret} already has credentials for ${from.key}: ${attach.description}`,
      },
    ];
  return [
    {
      description: `copy secret ${from.secret} (credentials for ${from.key}) from namespace ${from.namespace} into ${ns}`,
      command: copySecretCommand(from.secret, from.namespace, ns),
    },
    attach,
  ];
}

function describeProblem(status: string): string {
  return (
    {
      missing: "does not exist in the pod's namespace",
      'wrong-type': 'is not a docker-registry secret (the kubelet ignores it)',
      undecodable: 'does not decode',
      'no-matching-entry': `has no entry for this registry`,
    }[status] ?? status
  );
}

function tlsFixes(ctx: FixContext): Fix[] {
  const registry = ctx.ref?.registry ?? '<registry>';
  const runtime = ctx.node?.runtimeVersion ?? '';
  const confirm = { description: 'confirm from the node', command: reproduceCommand(ctx) };
  if (runtime.startsWith('cri-o://'))
    return [
      {
        description: `make CRI-O trust ${registry}'s CA: it reads /etc/containers/certs.d/${registry}/*.crt on every pull (no restart)`,
        command: `# on each node
mkdir -p /etc/containers/certs.d/${registry}
cp registry-ca.crt /etc/containers/certs.d/${registry}/ca.crt`,
      },
      confirm,
    ];
  // containerd 2.1+ on its default Transfer Service path skips hosts.toml under a config_path of
  // several directories (its own default): `reproduce` tells whether this node is affected.
  const transferNote = /^containerd:\/\/v?2\.([1-9]|\d{2})/.test(runtime)
    ? ' (containerd 2.1+ reads it only when config_path names that one directory: `reproduce` checks)'
    : '';
  return [
    {
      description: `make the node's runtime trust ${registry}'s CA (containerd: certs.d${transferNote}; CRI-O: /etc/containers/certs.d/${registry}/ca.crt)`,
      command: `# on each node: /etc/containerd/certs.d/${registry}/hosts.toml\nserver = "https://${registry}"\n[host."https://${registry}"]\n  ca = "/etc/containerd/certs.d/${registry}/ca.crt"`,
    },
    confirm,
  ];
}

function platformFixes(ctx: FixContext): Fix[] {
  const arch = ctx.node?.architecture ?? '<node-arch>';
  const offered =
    ctx.platforms && ctx.platforms.length > 0 ? ctx.platforms.join(', ') : 'other platforms';
  const archs = (ctx.platforms ?? []).map((p) => p.split('/')[1]).filter(Boolean);
  return [
    {
      description: `publish the image for linux/${arch} (it offers ${offered}), e.g. with a multi-platform build`,
    },
    {
      description: `or schedule the workload only on nodes the image supports`,
      command: `kubectl -n ${ctx.pod.namespace} patch ${workloadOf(ctx.pod).ref} --type=merge -p '${JSON.stringify(nodeSelectorPatch(ctx, archs[0] ?? 'amd64'))}'`,
    },
  ];
}

function nodeSelectorPatch(ctx: FixContext, arch: string): object {
  const selector = { nodeSelector: { 'kubernetes.io/arch': arch } };
  return workloadOf(ctx.pod).isPod
    ? { spec: selector }
    : { spec: { template: { spec: selector } } };
}

function setImageCommand(ctx: FixContext, image: string): string {
  return `kubectl -n ${ctx.pod.namespace} set image ${workloadOf(ctx.pod).ref} ${ctx.container.name}=${image}`;
}

function patchPolicyCommand(ctx: FixContext): string {
  const w = workloadOf(ctx.pod);
  const list = ctx.container.kind === 'init' ? 'initContainers' : 'containers';
  const spec = { [list]: [{ name: ctx.container.name, imagePullPolicy: 'IfNotPresent' }] };
  const patch = w.isPod ? { spec } : { spec: { template: { spec } } };
  return `kubectl -n ${ctx.pod.namespace} patch ${w.ref} --type=strategic -p '${JSON.stringify(patch)}'`;
}

function secretCommand(ctx: FixContext, name: string, replace = false): { command: string } {
  const registry = ctx.ref?.isDockerHub
    ? 'https://index.docker.io/v1/'
    : (ctx.ref?.registry ?? '<registry>');
  const create = `kubectl -n ${ctx.pod.namespace} create secret docker-registry ${name} --docker-server=${registry} --docker-username=<user> --docker-password=<password>`;
  // --dry-run + apply replaces an existing secret in place instead of failing on "already exists".
  return { command: replace ? `${create} --dry-run=client -o yaml | kubectl apply -f -` : create };
}

function attachCommand(ctx: FixContext, name: string): string {
  const list = [...ctx.secrets.serviceAccount.secrets, name].map((n) => ({ name: n }));
  return `kubectl -n ${ctx.pod.namespace} patch serviceaccount ${ctx.pod.serviceAccountName} -p '${JSON.stringify({ imagePullSecrets: list })}'`;
}

function copySecretCommand(name: string, from: string, to: string): string {
  return `kubectl -n ${from} get secret ${name} -o yaml | sed -e '/^  namespace:/d' -e '/^  uid:/d' -e '/^  resourceVersion:/d' -e '/^  creationTimestamp:/d' | kubectl -n ${to} apply -f -`;
}

/** The reproduce command for this pod and node. */
export function reproduceCommand(ctx: Pick<FixContext, 'pod'>): string {
  const node = ctx.pod.nodeName ?? '<node>';
  return `kubectl imagepull reproduce --node ${node} --pod ${ctx.pod.namespace}/${ctx.pod.name}`;
}
