// The fix commands are right in every credential state, the scope does not blame the node for
// missing credentials, and a digest that does not exist is called a digest.
import { describe, expect, it } from 'vitest';
import { diagnosePod } from './diagnose-pod.js';
import type { PodEvidence } from './evidence.js';
import {
  aPod,
  DEFAULT_IMAGE,
  dockerConfigSecret,
  NOW,
  pullFailed,
} from './testing/evidence-builders.js';

const UNAUTHORIZED = pullFailed(DEFAULT_IMAGE, 'failed to resolve reference: 401 Unauthorized');

function unauthorized() {
  return aPod('web-0')
    .ownedByDeployment('web')
    .waiting('ErrImagePull')
    .withEvent({ message: UNAUTHORIZED });
}

function withSecret(e: PodEvidence, name: string): PodEvidence {
  const value = dockerConfigSecret('registry.example.com', 'ci', 'hunter2');
  return { ...e, secrets: { ...e.secrets, [name]: { status: 'found', value } } };
}

describe('credential fixes', () => {
  it('a pod created before its service account listed a matching secret: recreate, nothing to create or patch', () => {
    const e = withSecret(
      unauthorized().serviceAccount('puller', ['corp-pull']).build(),
      'corp-pull',
    );
    const c = diagnosePod(e, NOW).containers[0]!;
    expect(c.secrets.serviceAccount.matchingNotCopied).toBe('corp-pull');
    const commands = c.fixes.map((f) => f.command ?? '');
    expect(c.fixes[0]?.description).toMatch(
      /already lists corp-pull.*created before it did: recreate the pod/,
    );
    expect(commands[0]).toBe('kubectl -n shop rollout restart deployment/web');
    expect(commands.some((x) => x.includes('patch serviceaccount'))).toBe(false);
    expect(commands.some((x) => x.includes('create secret'))).toBe(false);
    expect(commands.filter((x) => x.includes('rollout restart'))).toHaveLength(1);
  });

  it('no secret anywhere: create one and list it on the service account, once', () => {
    const c = diagnosePod(unauthorized().build(), NOW).containers[0]!;
    const commands = c.fixes.map((f) => f.command ?? '');
    expect(commands[0]).toMatch(
      /create secret docker-registry regcred --docker-server=registry.example.com/,
    );
    expect(commands[1]).toBe(
      `kubectl -n shop patch serviceaccount default -p '{"imagePullSecrets":[{"name":"regcred"}]}'`,
    );
  });

  it('the service account already lists a regcred that does not match: the new secret gets another name', () => {
    const c = diagnosePod(unauthorized().serviceAccount('default', ['regcred']).build(), NOW)
      .containers[0]!;
    const attach = c.fixes.find((f) => f.command?.includes('patch serviceaccount'))?.command ?? '';
    expect(attach).toContain('{"name":"regcred"},{"name":"regcred-registry-example-com"}');
  });
});

describe('scope for credential causes', () => {
  it('the same image running in other pods is about their credentials, not the node', () => {
    const e = unauthorized()
      .onNode('node-a')
      .sibling({ name: 'api-1', node: 'node-b', image: DEFAULT_IMAGE })
      .build();
    const c = diagnosePod(e, NOW).containers[0]!;
    expect(c.cause).toBe('auth');
    expect(c.scope.summary).toMatch(
      /they get credentials this pod does not, so the node is not the difference/,
    );
    expect(c.scope.summary).not.toMatch(/compare the nodes/);
    expect(c.reproduce).toBeUndefined();
  });
});

describe('a missing digest', () => {
  it('is called a digest, not a tag', () => {
    const image = `registry.example.com/team/app@sha256:${'9'.repeat(64)}`;
    const e = aPod('web-0')
      .container('app', image)
      .waiting('ErrImagePull')
      .withEvent({ message: pullFailed(image, `${image}: not found`) })
      .registry('app', {
        kind: 'not-found',
        what: 'digest',
        closestTags: [],
        evidence: 'HEAD → 404',
      })
      .build();
    const c = diagnosePod(e, NOW).containers[0]!;
    expect(c.summary).toBe(
      `digest sha256:${'9'.repeat(64)} of team/app does not exist in registry.example.com`,
    );
    expect(c.registryCheck?.result).toBe('digest not found');
    expect(c.fixes[0]?.description).toMatch(
      /^digest sha256:9+ is not in registry.example.com\/team\/app/,
    );
  });
});

describe('a credential the pod does not get', () => {
  const other = dockerConfigSecret('registry.example.com', 'ci', 'hunter2');

  it('in another namespace: named, with the copy command, since secrets never cross namespaces', () => {
    const e: PodEvidence = {
      ...unauthorized().build(),
      otherNamespaceSecrets: [{ namespace: 'payments', name: 'corp-pull', decoded: other.decoded }],
    };
    const c = diagnosePod(e, NOW).containers[0]!;
    expect(c.secrets.elsewhere).toEqual([
      { namespace: 'payments', secret: 'corp-pull', key: 'registry.example.com' },
    ]);
    expect(c.secrets.notes.join('\n')).toMatch(
      /namespace payments has secret corp-pull .* secrets never cross namespaces/,
    );
    expect(c.fixes[0]?.command).toMatch(
      /^kubectl -n payments get secret corp-pull -o yaml \| .* \| kubectl -n shop apply -f -$/,
    );
    expect(c.fixes[1]?.command).toBe(
      `kubectl -n shop patch serviceaccount default -p '{"imagePullSecrets":[{"name":"corp-pull"}]}'`,
    );
    expect(c.fixes[2]?.description).toMatch(/^or create a pull secret/);
    expect(JSON.stringify(c)).not.toContain('hunter2');
  });

  it('in its own namespace but listed nowhere: reference it, nothing to copy', () => {
    const e: PodEvidence = {
      ...unauthorized().build(),
      otherNamespaceSecrets: [
        { namespace: 'payments', name: 'corp-pull', decoded: other.decoded },
        { namespace: 'shop', name: 'regcred-app', decoded: other.decoded },
      ],
    };
    const c = diagnosePod(e, NOW).containers[0]!;
    expect(c.secrets.elsewhere?.[0]).toEqual({
      namespace: 'shop',
      secret: 'regcred-app',
      key: 'registry.example.com',
    });
    expect(c.secrets.notes.join('\n')).toMatch(
      /secret regcred-app in shop has credentials .* neither the pod nor its service account lists it/,
    );
    expect(c.fixes[0]).toEqual({
      description:
        'secret regcred-app already has credentials for registry.example.com: reference it from the service account (new pods get it) or the workload',
      command: `kubectl -n shop patch serviceaccount default -p '{"imagePullSecrets":[{"name":"regcred-app"}]}'`,
    });
    expect(c.fixes.some((f) => f.command?.includes('get secret'))).toBe(false);
  });
});
