import { describe, expect, it } from 'vitest';
import type { RegistryFacts } from '../diagnosis/evidence.js';
import { dockerConfigSecret } from '../diagnosis/testing/secret-builders.js';
import type { CheckTarget, PlacementNode } from './check-types.js';
import { checkImage, type ImageCheckInput } from './check-image.js';
import { podSpecFacts } from './manifest-targets.js';

const CORP = 'registry.corp.test:5000';
const DIGEST = `sha256:${'f'.repeat(64)}`;
const amd = (name: string): PlacementNode => ({
  name,
  labels: {},
  taints: [],
  architecture: 'amd64',
  os: 'linux',
});

function input(
  image: string,
  registry: RegistryFacts | undefined,
  more: Partial<ImageCheckInput> = {},
): ImageCheckInput {
  const target: CheckTarget = {
    source: 'app.yaml#1',
    kind: 'Deployment',
    name: 'web',
    spec: podSpecFacts({
      containers: [{ name: 'main', image }],
      imagePullSecrets: [{ name: 'regcred' }],
    }),
  };
  return {
    target,
    namespace: 'shop',
    container: target.spec.containers[0]!,
    registry,
    serviceAccount: { status: 'found', value: { imagePullSecrets: [] } },
    secrets: {},
    nodes: [amd('node-1'), amd('node-2')],
    ...more,
  };
}

describe('checkImage', () => {
  it('a good image pinned by tag: ok, with its digest and a mutable-tag warning', () => {
    const c = checkImage(
      input('registry.plain.test/kip/app:v1.4.1', {
        kind: 'exists',
        digest: DIGEST,
        platforms: ['linux/amd64'],
      }),
    );
    expect(c.ok).toBe(true);
    expect(c.exists).toBe('yes');
    expect(c.digest).toBe(DIGEST);
    expect(c.nodes).toEqual({ eligible: ['node-1', 'node-2'], unsupported: [] });
    expect(c.warnings.join('\n')).toContain(`pin it as registry.plain.test/kip/app@${DIGEST}`);
  });

  it('a missing tag: a problem naming the near tags', () => {
    const c = checkImage(
      input('registry.plain.test/kip/app:v1.4.2', {
        kind: 'not-found',
        what: 'tag',
        closestTags: ['v1.4.1'],
        evidence: '404',
      }),
    );
    expect(c.ok).toBe(false);
    expect(c.problems).toEqual([
      'tag "v1.4.2" in registry.plain.test/kip/app does not exist (did you mean v1.4.1?)',
    ]);
  });

  it('a missing digest is called a digest', () => {
    const c = checkImage(
      input(`registry.plain.test/kip/app@${DIGEST}`, {
        kind: 'not-found',
        what: 'unknown',
        closestTags: [],
        evidence: '404',
      }),
    );
    expect(c.problems[0]).toMatch(
      /^digest sha256:f+ in registry.plain.test\/kip\/app does not exist/,
    );
  });

  it("an image without the nodes' architecture: a problem naming the nodes", () => {
    const c = checkImage(
      input('registry.plain.test/kip/arm-only:v1', {
        kind: 'exists',
        digest: DIGEST,
        platforms: ['linux/arm64'],
      }),
    );
    expect(c.ok).toBe(false);
    expect(c.problems[0]).toBe(
      'the image offers linux/arm64, not linux/amd64, the platform of every node it may land on (node-1, node-2)',
    );
    expect(c.nodes?.unsupported).toEqual(['node-1', 'node-2']);
  });

  it('a secret keyed to the wrong port: the registry wants credentials, and the near miss is named', () => {
    const c = checkImage(
      input(
        `${CORP}/kip/app:v1.4.1`,
        { kind: 'unauthorized', withCredentials: false, evidence: '401' },
        {
          secrets: {
            regcred: {
              status: 'found',
              value: dockerConfigSecret('registry.corp.test:5001', 'u', 'p'),
            },
          },
        },
      ),
    );
    expect(c.ok).toBe(false);
    expect(c.credential.status).toBe('anonymous');
    expect(c.problems[0]).toMatch(
      /^registry.corp.test:5000 wants credentials, and no pull secret the pod would get matches it \(regcred: .*5001/,
    );
  });

  it('the matching secret is named, with the way the pod gets it', () => {
    const c = checkImage(
      input(
        `${CORP}/kip/app:v1.4.1`,
        { kind: 'exists', digest: DIGEST, platforms: ['linux/amd64'] },
        {
          secrets: { regcred: { status: 'found', value: dockerConfigSecret(CORP, 'u', 'p') } },
        },
      ),
    );
    expect(c.credential).toEqual({ status: 'matched', secret: 'regcred', via: 'pod', key: CORP });
  });

  it('without the cluster: no placement, secrets unchecked, still a registry verdict', () => {
    const c = checkImage(
      input(
        'registry.plain.test/kip/app:v1.4.1',
        { kind: 'exists', digest: DIGEST },
        {
          nodes: undefined,
          serviceAccount: { status: 'error', message: 'not read (--no-cluster)' },
          secrets: { regcred: { status: 'error', message: 'not read (--no-cluster)' } },
        },
      ),
    );
    expect(c.ok).toBe(true);
    expect(c.nodes).toBeUndefined();
    expect(c.credential.status).toBe('unchecked');
    expect(c.warnings.some((w) => w.startsWith('pull secret'))).toBe(false);
  });

  it('Docker Hub with little headroom warns', () => {
    const c = checkImage(
      input('nginx:1.27', {
        kind: 'exists',
        digest: DIGEST,
        platforms: ['linux/amd64'],
        rateLimit: { limit: '100 per 21600s', remaining: '7 per 21600s' },
      }),
    );
    expect(c.rateLimit).toEqual({ limit: '100 per 21600s', remaining: '7 per 21600s' });
    expect(c.warnings.join('\n')).toMatch(/Docker Hub: 7 pulls left/);
  });

  it('an invalid reference is a problem without asking anyone', () => {
    const c = checkImage(input('registry.plain.test/kip/App:v1', undefined));
    expect(c.problems[0]).toMatch(/^not a valid image reference/);
  });
});
