import { CORP_USER } from '../../cluster/layout.js';

/** Builders for the pods end-to-end scenarios create: `aPod('x').onNode('node-1').withImage(...)`. */

/** A pod manifest under construction. */
export class PodBuilder {
  private readonly pod: {
    apiVersion: 'v1';
    kind: 'Pod';
    metadata: { name: string; namespace: string; labels: Record<string, string> };
    spec: Record<string, unknown> & { containers: Record<string, unknown>[] };
  };

  constructor(name: string) {
    this.pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, namespace: 'default', labels: { 'kip-test': 'true' } },
      spec: {
        restartPolicy: 'Never',
        terminationGracePeriodSeconds: 0,
        // Test pods may land on nodes still carrying start-up taints.
        tolerations: [{ operator: 'Exists' }],
        containers: [
          { name: 'main', image: 'registry.plain.test/kip/app:v1.4.1', imagePullPolicy: 'Always' },
        ],
      },
    };
  }

  inNamespace(ns: string): this {
    this.pod.metadata.namespace = ns;
    return this;
  }

  onNode(node: string): this {
    this.pod.spec.nodeName = node;
    return this;
  }

  withImage(image: string): this {
    this.pod.spec.containers[0]!.image = image;
    return this;
  }

  withLabel(key: string, value: string): this {
    this.pod.metadata.labels[key] = value;
    return this;
  }

  withPullPolicy(policy: 'Always' | 'IfNotPresent' | 'Never'): this {
    this.pod.spec.containers[0]!.imagePullPolicy = policy;
    return this;
  }

  withServiceAccount(name: string): this {
    this.pod.spec.serviceAccountName = name;
    return this;
  }

  withInitContainer(image: string): this {
    this.pod.spec.initContainers = [
      { name: 'init', image, imagePullPolicy: 'Always', command: ['/bin/true'] },
    ];
    return this;
  }

  withPullSecret(name: string): this {
    this.pod.spec.imagePullSecrets = [{ name }];
    return this;
  }

  /** The manifest as JSON, ready for `kubectl apply -f -`. */
  toJson(): string {
    return JSON.stringify(this.pod);
  }
}

/** Starts a pod builder with sensible test defaults (restartPolicy Never, pull Always). */
export function aPod(name: string): PodBuilder {
  return new PodBuilder(name);
}

/** A kubernetes.io/dockerconfigjson secret manifest for `server` with basic credentials. */
export function aDockerConfigSecret(
  name: string,
  ns: string,
  server: string,
  username: string,
  password: string,
): string {
  const auth = Buffer.from(`${username}:${password}`).toString('base64');
  const config = JSON.stringify({ auths: { [server]: { username, password, auth } } });
  return JSON.stringify({
    apiVersion: 'v1',
    kind: 'Secret',
    type: 'kubernetes.io/dockerconfigjson',
    metadata: { name, namespace: ns },
    data: { '.dockerconfigjson': Buffer.from(config).toString('base64') },
  });
}

/** A pull secret for the htpasswd registry with the test user: right password unless told otherwise. */
export function aCorpPullSecret(
  name: string,
  ns: string,
  { server = 'registry.corp.test:5000', password = CORP_USER.password as string } = {},
): string {
  return aDockerConfigSecret(name, ns, server, CORP_USER.username, password);
}
