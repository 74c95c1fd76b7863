/** Builders of API objects for the fixture API: workloads, ReplicaSets, pods, events, nodes. */
import type { FixtureObject } from './fixture-api.js';

const NS = 'shop';
const CREATED = '2026-12-01T10:00:00Z';

/** A controlling owner reference. */
function owner(kind: string, name: string, uid: string): Record<string, unknown> {
  return { kind, name, uid, controller: true, apiVersion: 'apps/v1' };
}

/** A Deployment with `app=NAME` pods at the given revision. */
export function aDeployment(name: string, revision = '2', replicas = 3): FixtureObject {
  return {
    resource: 'deployments',
    object: {
      metadata: {
        name,
        namespace: NS,
        uid: `uid-${name}`,
        annotations: { 'deployment.kubernetes.io/revision': revision },
      },
      spec: {
        replicas,
        selector: { matchLabels: { app: name } },
        template: { spec: { containers: [] } },
      },
      status: {},
    },
  };
}

/** A ReplicaSet of a Deployment, `DEPLOYMENT-HASH`, with its revision annotation and conditions. */
export function aReplicaSet(
  deployment: string,
  hash: string,
  revision: string,
  conditions: readonly Record<string, string>[] = [],
): FixtureObject {
  return {
    resource: 'replicasets',
    object: {
      metadata: {
        name: `${deployment}-${hash}`,
        namespace: NS,
        uid: `uid-${deployment}-${hash}`,
        labels: { app: deployment, 'pod-template-hash': hash },
        annotations: { 'deployment.kubernetes.io/revision': revision },
        ownerReferences: [owner('Deployment', deployment, `uid-${deployment}`)],
      },
      spec: { selector: { matchLabels: { app: deployment, 'pod-template-hash': hash } } },
      status: { conditions },
    },
  };
}

/** Any workload kind with `app=NAME` pods (StatefulSet, DaemonSet, Job, CronJob, ...). */
export function aWorkload(
  resource: string,
  name: string,
  extra: Record<string, unknown> = {},
): FixtureObject {
  return {
    resource,
    object: {
      metadata: {
        name,
        namespace: NS,
        uid: `uid-${name}`,
        creationTimestamp: CREATED,
        ...(extra['metadata'] as object),
      },
      spec: { selector: { matchLabels: { app: name } } },
      status: {},
      ...Object.fromEntries(Object.entries(extra).filter(([k]) => k !== 'metadata')),
    },
  };
}

/** How a fixture pod's one container fares. */
export type FixturePodState =
  { readonly running: string } | { readonly waiting: string; readonly message: string };

/** A pod owned by `ownerKind/ownerName`, labelled `app=APP` plus `labels`, on `node`. */
export function aFixturePod(
  name: string,
  o: {
    app: string;
    ownerKind: string;
    ownerName: string;
    node: string;
    image: string;
    state: FixturePodState;
    labels?: Record<string, string>;
  },
): FixtureObject {
  const running = 'running' in o.state;
  return {
    resource: 'pods',
    object: {
      metadata: {
        name,
        namespace: NS,
        uid: `uid-${name}`,
        creationTimestamp: CREATED,
        labels: { app: o.app, ...o.labels },
        ownerReferences: [owner(o.ownerKind, o.ownerName, `uid-${o.ownerName}`)],
      },
      spec: { nodeName: o.node, containers: [{ name: 'main', image: o.image }] },
      status: {
        phase: running ? 'Running' : 'Pending',
        containerStatuses: [
          'running' in o.state
            ? {
                name: 'main',
                image: o.image,
                imageID: o.state.running,
                ready: true,
                restartCount: 0,
                state: { running: {} },
              }
            : {
                name: 'main',
                image: o.image,
                imageID: '',
                ready: false,
                restartCount: 0,
                state: { waiting: { reason: o.state.waiting, message: o.state.message } },
              },
        ],
      },
    },
  };
}

/** An event about an object (`involvedObject.kind/name`). */
export function anEvent(
  kind: string,
  name: string,
  reason: string,
  message: string,
): FixtureObject {
  return {
    resource: 'events',
    object: {
      metadata: { name: `${name}.${reason}`, namespace: NS },
      involvedObject: { kind, name, namespace: NS },
      reason,
      message,
      type: 'Warning',
      count: 1,
      lastTimestamp: CREATED,
    },
  };
}

/** A Ready node of the given architecture. */
export function aNode(
  name: string,
  architecture = 'amd64',
  extra: Record<string, unknown> = {},
): FixtureObject {
  return {
    resource: 'nodes',
    object: {
      metadata: {
        name,
        labels: { 'kubernetes.io/arch': architecture, 'kubernetes.io/os': 'linux' },
      },
      status: {
        nodeInfo: { architecture, operatingSystem: 'linux' },
        conditions: [{ type: 'Ready', status: 'True' }],
      },
      ...extra,
    },
  };
}
