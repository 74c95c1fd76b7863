import { describe, expect, it } from 'vitest';
import { aPod, dockerConfigSecret } from '../../shared/diagnosis/testing/evidence-builders.js';
import { base64 } from '../../shared/diagnosis/testing/secret-builders.js';
import { fixtureApi } from '../testing/fixture-api.js';
import { needsOtherSecrets, readOtherSecrets } from './read-other-secrets.js';

const IMAGE = 'registry.example.com/team/app:1.4.2';
const UNAUTHORIZED = `Failed to pull image "${IMAGE}": 401 Unauthorized`;

describe('pull secrets of other namespaces (API answers from hand-written fixtures)', () => {
  it("are wanted only for a credential failure the pod's own secrets do not solve", () => {
    const auth = aPod('w').container('app', IMAGE).waiting('ErrImagePull', UNAUTHORIZED).build();
    const notFound = aPod('w')
      .container('app', IMAGE)
      .waiting('ErrImagePull', 'manifest unknown')
      .build();
    const matching = {
      regcred: {
        status: 'found' as const,
        value: dockerConfigSecret('registry.example.com', 'u', 'p'),
      },
    };
    expect(needsOtherSecrets(auth.pod, {})).toBe(true);
    expect(needsOtherSecrets(auth.pod, matching)).toBe(false);
    expect(needsOtherSecrets(notFound.pod, {})).toBe(false);
  });

  it("fall back to the pod's namespace when the cluster-wide list is refused", async () => {
    const api = fixtureApi([
      {
        resource: 'secrets',
        object: {
          metadata: { name: 'mine', namespace: 'shop' },
          type: 'kubernetes.io/dockerconfigjson',
          data: {},
        },
      },
    ]);
    const narrow = {
      ...api,
      get: <T>(what: string, path: string, query?: Parameters<typeof api.get>[2]) =>
        path === '/api/v1/secrets'
          ? Promise.reject(new Error('forbidden'))
          : api.get<T>(what, path, query),
    };
    expect((await readOtherSecrets(narrow, 'shop')).map((s) => s.name)).toEqual(['mine']);
  });

  it('are read as one page of dockerconfigjson secrets, and not at all when refused', async () => {
    const config = base64(
      JSON.stringify({ auths: { 'registry.example.com': { auth: base64('u:p') } } }),
    );
    const api = fixtureApi([
      {
        resource: 'secrets',
        object: {
          metadata: { name: 'corp-pull', namespace: 'payments' },
          type: 'kubernetes.io/dockerconfigjson',
          data: { '.dockerconfigjson': config },
        },
      },
      {
        resource: 'secrets',
        object: {
          metadata: { name: 'tls', namespace: 'payments' },
          type: 'kubernetes.io/tls',
          data: {},
        },
      },
    ]);
    const found = await readOtherSecrets(api, 'shop');
    expect(found.map((s) => [s.namespace, s.name, s.decoded.ok])).toEqual([
      ['payments', 'corp-pull', true],
    ]);
    expect(api.requests[0]?.query).toMatchObject({
      fieldSelector: 'type=kubernetes.io/dockerconfigjson',
      limit: 500,
    });
    const refusing = { ...api, get: () => Promise.reject(new Error('forbidden')) };
    expect(await readOtherSecrets(refusing, 'shop')).toEqual([]);
  });
});
