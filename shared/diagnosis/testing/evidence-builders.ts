/**
 * Builders for the verdict engine's tests: `aPod('web').waiting('ErrImagePull').withEvent(...)`
 * reads like the scenario it sets up, and every field a test does not mention gets a dull default.
 */
import type { NodePullEvent } from '../pull-events.js';
import type {
  ContainerFacts,
  ContainerKind,
  EventFacts,
  KubeletEvidence,
  Lookup,
  NodeFacts,
  PodEvidence,
  PodFacts,
  RegistryFacts,
  SecretFacts,
  ServiceAccountFacts,
  SiblingFacts,
  SiblingPodFacts,
} from '../evidence.js';

export {
  base64,
  dockerConfigSecret,
  opaqueSecret,
  rawSecret,
  undecodableSecret,
} from './secret-builders.js';

/** The image a pod gets when the test does not name one. */
export const DEFAULT_IMAGE = 'registry.example.com/team/app:1.4.2';

/** A fixed clock for `diagnosePod(evidence, NOW)`. */
export const NOW = Date.parse('2024-05-01T12:00:00Z');

/** An ISO timestamp `seconds` before NOW, for event lastSeen values. */
export function secondsAgo(seconds: number): string {
  return new Date(NOW - seconds * 1000).toISOString();
}

/** Options of a container: where it is declared, its pull policy, the image it runs. */
export interface ContainerOptions {
  readonly kind?: ContainerKind;
  readonly policy?: string;
  readonly imageID?: string;
}

/** One event; `reason` defaults to Failed and `fieldPath` to the current container. */
export interface EventOptions {
  readonly reason?: string;
  readonly message: string;
  readonly fieldPath?: string;
  readonly count?: number;
  readonly lastSeen?: string;
  readonly type?: string;
}

/** A sibling pod with one container: running (with imageID) or waiting on its pull. */
export interface SiblingOptions {
  readonly name: string;
  readonly namespace?: string;
  readonly node: string;
  readonly image: string;
  readonly imageID?: string;
  readonly waiting?: string;
  readonly message?: string;
  readonly imagePullSecrets?: readonly string[];
}

type MutableContainer = { -readonly [K in keyof ContainerFacts]: ContainerFacts[K] };

/** The fieldPath the kubelet writes for a container of this kind. */
export function fieldPathOf(kind: ContainerKind, name: string): string {
  const list = { init: 'initContainers', regular: 'containers', ephemeral: 'ephemeralContainers' };
  return `spec.${list[kind]}{${name}}`;
}

/** A pod's evidence under construction. Methods that touch "the container" use the latest one. */
export class PodEvidenceBuilder {
  private namespace = 'shop';
  private nodeName?: string = 'node-a';
  private node?: Lookup<NodeFacts>;
  private readonly containers: MutableContainer[] = [];
  private readonly events: EventFacts[] = [];
  private eventsLookup?: Lookup<readonly EventFacts[]>;
  private readonly pullSecrets: string[] = [];
  private readonly secrets: Record<string, Lookup<SecretFacts>> = {};
  private readonly elsewhere: Record<string, string[]> = {};
  private serviceAccountName = 'default';
  private sa: Lookup<ServiceAccountFacts> = { status: 'found', value: { imagePullSecrets: [] } };
  private readonly siblingPods: SiblingPodFacts[] = [];
  private siblingReach: SiblingFacts['reach'] = 'cluster';
  private siblingNote?: string;
  private nodeListed = false;
  private readonly registryFacts: Record<string, RegistryFacts> = {};
  private owner?: PodFacts['owner'];
  private readonly labels: Record<string, string> = {};
  private nodePulls?: Lookup<readonly NodePullEvent[]>;
  private kubeletEvidence?: KubeletEvidence;

  constructor(private readonly name: string) {}

  inNamespace(namespace: string): this {
    this.namespace = namespace;
    return this;
  }

  /** Schedules the pod onto a node the engine can read. */
  onNode(name: string, facts: Omit<NodeFacts, 'name'> = {}): this {
    this.nodeName = name;
    this.node = { status: 'found', value: { name, architecture: 'amd64', ready: true, ...facts } };
    return this;
  }

  /** The pod names a node that cannot be read (RBAC) or no longer exists. */
  onUnreadableNode(name: string, lookup: Lookup<NodeFacts>): this {
    this.nodeName = name;
    this.node = lookup;
    return this;
  }

  unscheduled(): this {
    this.nodeName = undefined;
    this.node = undefined;
    return this;
  }

  /** Adds a container; later `.waiting()`, `.running()` and `.withEvent()` are about it. */
  container(name: string, image: string, options: ContainerOptions = {}): this {
    this.containers.push({
      name,
      image,
      kind: options.kind ?? 'regular',
      imagePullPolicy: options.policy,
      running: false,
      imageID: options.imageID,
      restartCount: 0,
    });
    return this;
  }

  waiting(reason: string, message?: string): this {
    Object.assign(this.current(), { waiting: { reason, message }, running: false });
    return this;
  }

  running(imageID = `${DEFAULT_IMAGE}@sha256:${'a'.repeat(64)}`): this {
    Object.assign(this.current(), { waiting: undefined, running: true, imageID });
    return this;
  }

  /** An event about the current container (pass `fieldPath` to aim it elsewhere). */
  withEvent(event: EventOptions): this {
    const fieldPath = 'fieldPath' in event ? event.fieldPath : this.currentFieldPath();
    this.events.push(toEvent(event, fieldPath));
    return this;
  }

  /** An event about the pod as a whole, as FailedToRetrieveImagePullSecret is. */
  withPodEvent(event: EventOptions): this {
    this.events.push(toEvent(event, undefined));
    return this;
  }

  eventsUnreadable(
    message = 'events is forbidden: User "dev" cannot list resource "events"',
  ): this {
    this.eventsLookup = { status: 'forbidden', message };
    return this;
  }

  /** Lists a pull secret in the pod's spec, with what reading it gave. */
  withPullSecret(name: string, secret: SecretFacts | 'missing' | 'forbidden'): this {
    this.pullSecrets.push(name);
    this.secrets[name] =
      secret === 'missing'
        ? { status: 'missing' }
        : secret === 'forbidden'
          ? { status: 'forbidden', message: `secrets "${name}" is forbidden` }
          : { status: 'found', value: secret };
    return this;
  }

  serviceAccount(name: string, secrets: readonly string[] | 'missing' | 'forbidden'): this {
    this.serviceAccountName = name;
    this.sa =
      secrets === 'missing'
        ? { status: 'missing' }
        : secrets === 'forbidden'
          ? { status: 'forbidden', message: `serviceaccounts "${name}" is forbidden` }
          : { status: 'found', value: { imagePullSecrets: secrets } };
    return this;
  }

  /** A secret of this name exists in another namespace (but not in the pod's). */
  secretElsewhere(name: string, namespace: string): this {
    (this.elsewhere[name] ??= []).push(namespace);
    return this;
  }

  sibling(options: SiblingOptions): this {
    const running = options.waiting === undefined;
    this.siblingPods.push({
      namespace: options.namespace ?? this.namespace,
      name: options.name,
      nodeName: options.node,
      ...(options.imagePullSecrets ? { imagePullSecrets: options.imagePullSecrets } : {}),
      containers: [
        {
          name: 'main',
          kind: 'regular',
          image: options.image,
          running,
          imageID: running
            ? (options.imageID ?? `${options.image}@sha256:${'b'.repeat(64)}`)
            : undefined,
          waiting: running ? undefined : { reason: options.waiting, message: options.message },
          restartCount: 0,
        },
      ],
    });
    return this;
  }

  /** The node's pods were listed whole: a pod not among the siblings is not on the node. */
  nodeListedWhole(): this {
    this.nodeListed = true;
    return this;
  }

  siblingsReach(reach: SiblingFacts['reach'], note?: string): this {
    this.siblingReach = reach;
    this.siblingNote = note;
    return this;
  }

  /** What the registry said about this container's image, seen from the user's machine. */
  registry(container: string, facts: RegistryFacts): this {
    this.registryFacts[container] = facts;
    return this;
  }

  /** Owned by a ReplicaSet of a Deployment: `<deployment>-<hash>` plus the pod-template-hash label. */
  /** The pull events of the node's pods (what else it pulls, how fast), or why they are unread. */
  nodePullEvents(events: readonly NodePullEvent[] | Lookup<readonly NodePullEvent[]>): this {
    this.nodePulls = 'status' in events ? events : { status: 'found', value: events };
    return this;
  }

  /** What the node's kubelet said through nodes/proxy (configz, stats/summary). */
  kubelet(evidence: KubeletEvidence): this {
    this.kubeletEvidence = evidence;
    return this;
  }

  ownedByDeployment(deployment: string, hash = '7d9f8c6b5'): this {
    this.owner = { kind: 'ReplicaSet', name: `${deployment}-${hash}` };
    this.labels['pod-template-hash'] = hash;
    return this;
  }

  ownedBy(kind: string, name: string): this {
    this.owner = { kind, name };
    return this;
  }

  build(): PodEvidence {
    if (this.containers.length === 0) this.current();
    return {
      pod: {
        namespace: this.namespace,
        name: this.name,
        nodeName: this.nodeName,
        phase: 'Pending',
        serviceAccountName: this.serviceAccountName,
        imagePullSecrets: [...this.pullSecrets],
        containers: this.containers.map((c) => ({ ...c })),
        owner: this.owner,
        labels: { ...this.labels },
      },
      events: this.eventsLookup ?? { status: 'found', value: [...this.events] },
      serviceAccount: this.sa,
      secrets: { ...this.secrets },
      secretsElsewhere: { ...this.elsewhere },
      node: this.node ?? (this.nodeName ? defaultNode(this.nodeName) : undefined),
      siblings: {
        reach: this.siblingReach,
        note: this.siblingNote,
        pods: [...this.siblingPods],
        ...(this.nodeListed ? { nodeListed: true } : {}),
      },
      registry: { ...this.registryFacts },
      ...(this.nodePulls ? { nodePulls: this.nodePulls } : {}),
      ...(this.kubeletEvidence ? { kubelet: this.kubeletEvidence } : {}),
    };
  }

  private current(): MutableContainer {
    if (this.containers.length === 0) this.container('app', DEFAULT_IMAGE);
    return this.containers[this.containers.length - 1]!;
  }

  private currentFieldPath(): string {
    const c = this.current();
    return fieldPathOf(c.kind, c.name);
  }
}

function defaultNode(name: string): Lookup<NodeFacts> {
  return { status: 'found', value: { name, architecture: 'amd64', ready: true } };
}

function toEvent(event: EventOptions, fieldPath: string | undefined): EventFacts {
  return {
    type: event.type ?? 'Warning',
    reason: event.reason ?? 'Failed',
    message: event.message,
    fieldPath,
    count: event.count ?? 1,
    lastSeen: event.lastSeen ?? secondsAgo(5),
  };
}

/** A pod's evidence; name it like the pod (`web-7d9f8c6b5-x2x4z`) when the name matters. */
export function aPod(name = 'app-7d9f8c6b5-x2x4z'): PodEvidenceBuilder {
  return new PodEvidenceBuilder(name);
}

/** The kubelet's Failed event text for a pull: `Failed to pull image "REF": <runtime error>`. */
export function pullFailed(image: string, error: string): string {
  return `Failed to pull image "${image}": ${error}`;
}
