import { describe, expect, it } from 'vitest';
import { parseImageReference, type ImageReference } from '../image-reference.js';
import { lookupCredentials, decodePullSecret } from '../pull-secrets.js';
import { chooseCredentials, type RawSecret } from './choose-credentials.js';

const b64 = (t: string) => Buffer.from(t).toString('base64');
const ref = (image: string): ImageReference => {
  const parsed = parseImageReference(image);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.ref;
};
const secret = (key: string, type = 'kubernetes.io/dockerconfigjson'): RawSecret => ({
  name: 's',
  type,
  data: { '.dockerconfigjson': b64(JSON.stringify({ auths: { [key]: { auth: b64('u:p') } } })) },
});

describe('chooseCredentials tries the near misses diagnose names', () => {
  const image = ref('registry.corp.test:5000/kip/app:v1');

  it.each([
    ['the exact key', 'registry.corp.test:5000', 'kubelet-match'],
    ['a key without the port', 'registry.corp.test', 'near-miss'],
    ['a key with another port', 'registry.corp.test:5001', 'near-miss'],
    ['a wildcard key with another port', '*.corp.test:5001', 'near-miss'],
  ])('%s (%s): %s', (_name, key, source) => {
    expect(chooseCredentials([secret(key)], image)).toMatchObject({ source, key });
  });

  it('every near miss diagnose reports, reproduce tries too', () => {
    for (const key of ['registry.corp.test', 'registry.corp.test:5001', '*.corp.test:5001']) {
      const decoded = decodePullSecret('kubernetes.io/dockerconfigjson', secret(key).data);
      const misses = decoded.ok ? lookupCredentials(decoded.credentials, image).nearMisses : [];
      if (misses.length > 0)
        expect(chooseCredentials([secret(key)], image).source).toBe('near-miss');
    }
  });

  it('an Opaque secret whose entry would match is a near miss', () => {
    expect(chooseCredentials([secret('registry.corp.test:5000', 'Opaque')], image)).toMatchObject({
      source: 'near-miss',
      key: 'registry.corp.test:5000',
    });
  });

  it('a key for another registry is no near miss', () => {
    expect(chooseCredentials([secret('registry.other.test:5000')], image).source).toBe('none');
  });
});
