import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseImageReference, type ImageReference } from '../image-reference.js';
import {
  credentialFlagsFromArgv,
  matchImagePattern,
  parseCredentialProviderConfig,
  parseKubeletCredentialFlags,
  parseProviderResponse,
  providerRequest,
  providersForImage,
} from './credential-provider.js';
import {
  CREDENTIAL_PROVIDER_JSON,
  CREDENTIAL_PROVIDER_YAML,
  KUBEADM_FLAGS,
} from './testdata/node-config-samples.js';

const ref = (text: string): ImageReference => {
  const parsed = parseImageReference(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.ref;
};

const V1 = 'credentialprovider.kubelet.k8s.io/v1';

describe('parseKubeletCredentialFlags', () => {
  it('finds both flags in kubeadm-flags.env, with = or a space', () => {
    expect(parseKubeletCredentialFlags(KUBEADM_FLAGS)).toEqual({
      configFile: '/etc/kubernetes/credential-provider.yaml',
      binDir: '/usr/local/bin/credential-providers',
    });
  });

  it('finds nothing in a plain kubelet unit', () => {
    expect(
      parseKubeletCredentialFlags(
        'ExecStart=/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml',
      ),
    ).toEqual({});
  });

  it("reads a running kubelet's argv, flag and value as one word or two", () => {
    expect(
      credentialFlagsFromArgv([
        '/usr/bin/kubelet',
        '--image-credential-provider-config',
        '/etc/kubernetes/dir with space/cp.yaml',
        '--image-credential-provider-bin-dir=/opt/cp',
      ]),
    ).toEqual({ configFile: '/etc/kubernetes/dir with space/cp.yaml', binDir: '/opt/cp' });
  });
});

describe('parseCredentialProviderConfig', () => {
  it('reads every field the kubelet uses from YAML, block and flow lists', () => {
    expect(parseCredentialProviderConfig(CREDENTIAL_PROVIDER_YAML)).toEqual({
      kind: 'CredentialProviderConfig',
      providers: [
        {
          name: 'ecr-credential-provider',
          matchImages: ['*.dkr.ecr.*.amazonaws.com', '*.dkr.ecr.*.amazonaws.com.cn'],
          apiVersion: V1,
          args: [],
          env: [{ name: 'AWS_PROFILE', value: 'node' }],
          defaultCacheDuration: '12h',
          wantsServiceAccountToken: false,
        },
        {
          name: 'acr-credential-provider',
          matchImages: ['*.azurecr.io', '*.azurecr.cn'],
          apiVersion: V1,
          args: ['/etc/kubernetes/azure.json'],
          env: [],
          defaultCacheDuration: '10m',
          wantsServiceAccountToken: false,
        },
      ],
    });
  });

  it('reads the same from JSON', () => {
    const config = parseCredentialProviderConfig(CREDENTIAL_PROVIDER_JSON);
    expect(config.kind).toBe('CredentialProviderConfig');
    expect(config.providers.map((p) => [p.name, p.matchImages])).toEqual([
      ['ecr-credential-provider', ['*.dkr.ecr.*.amazonaws.com', '*.dkr.ecr-fips.*.amazonaws.com']],
    ]);
  });

  it('notices a provider that wants a service account token', () => {
    const text = `providers:\n- name: vault\n  matchImages: [reg.io]\n  tokenAttributes:\n    serviceAccountTokenAudience: vault\n`;
    expect(parseCredentialProviderConfig(text).providers[0]?.wantsServiceAccountToken).toBe(true);
  });

  it.each(['', '{', 'providers: 3', '- - -', 'providers: [{matchImages: [a]}]'])(
    'never throws, and keeps no nameless provider, on %j',
    (text) => {
      expect(parseCredentialProviderConfig(text).providers).toEqual([]);
    },
  );

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(Array.isArray(parseCredentialProviderConfig(text).providers)).toBe(true);
      }),
    );
  });
});

describe('matchImagePattern (the kubelet URLsMatchStr rule)', () => {
  it.each([
    ['*.dkr.ecr.*.amazonaws.com', '123.dkr.ecr.eu-west-1.amazonaws.com/app:v1', true],
    ['*.dkr.ecr.*.amazonaws.com', 'dkr.ecr.eu-west-1.amazonaws.com/app:v1', false],
    ['*.azurecr.io', 'team.azurecr.io/app', true],
    ['*.azurecr.io', 'a.team.azurecr.io/app', false],
    ['registry.corp.test:5000/kip/multi', 'registry.corp.test:5000/kip/multi:v1', true],
    ['registry.corp.test:5000/kip/multi', 'registry.corp.test:5000/kip/multi-wrong:v1', true],
    ['registry.corp.test:5000/kip/multi', 'registry.corp.test:5000/kip/app:v1', false],
    ['registry.corp.test/kip', 'registry.corp.test:5000/kip/app:v1', false],
    [
      'https://registry.corp.test:5000',
      'registry.corp.test:5000/kip/app@sha256:' + 'a'.repeat(64),
      true,
    ],
    ['docker.io', 'nginx', true],
    ['*.io', 'docker.io/library/nginx', true],
    ['gcr.io', 'us.gcr.io/p/app', false],
  ])('%s matches %s: %s', (pattern, image, expected) => {
    expect(matchImagePattern(pattern, ref(image))).toBe(expected);
  });

  it('picks the providers in config order with the pattern that matched', () => {
    const config = parseCredentialProviderConfig(CREDENTIAL_PROVIDER_YAML);
    expect(
      providersForImage(config, ref('myreg.azurecr.cn/app:v1')).map((m) => [
        m.provider.name,
        m.pattern,
      ]),
    ).toEqual([['acr-credential-provider', '*.azurecr.cn']]);
    expect(providersForImage(config, ref('quay.io/app:v1'))).toEqual([]);
  });
});

describe('the plugin exchange', () => {
  it('sends the image as the keyring looks it up: normalised, without tag or digest', () => {
    expect(JSON.parse(providerRequest(V1, ref('nginx:1.27')))).toEqual({
      apiVersion: V1,
      kind: 'CredentialProviderRequest',
      image: 'docker.io/library/nginx',
    });
  });

  it('reads a response into keyring entries, never needing more than the keys to describe it', () => {
    const stdout = JSON.stringify({
      apiVersion: V1,
      kind: 'CredentialProviderResponse',
      cacheKeyType: 'Registry',
      cacheDuration: '6h',
      auth: { 'reg.io': { username: 'AWS', password: 's3cret' } },
    });
    expect(parseProviderResponse(stdout, V1)).toEqual({
      ok: true,
      cacheKeyType: 'Registry',
      cacheDuration: '6h',
      credentials: [{ key: 'reg.io', username: 'AWS', password: 's3cret', hasAuth: true }],
    });
  });

  it.each([
    ['not json', /did not print a JSON CredentialProviderResponse/],
    ['[]', /did not print a JSON CredentialProviderResponse/],
    [JSON.stringify({ apiVersion: V1, kind: 'Other' }), /kind "Other", expected/],
    [
      JSON.stringify({
        apiVersion: 'credentialprovider.kubelet.k8s.io/v1beta1',
        kind: 'CredentialProviderResponse',
      }),
      /apiVersion "credentialprovider.kubelet.k8s.io\/v1beta1", but its config says .*\/v1$/,
    ],
  ])('refuses %s as the kubelet would', (stdout, problem) => {
    const r = parseProviderResponse(stdout, V1);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problem).toMatch(problem);
  });

  it('never throws and never quotes the response in a problem', () => {
    fc.assert(
      fc.property(fc.string(), (stdout) => {
        const r = parseProviderResponse(stdout, V1);
        if (!r.ok && stdout.length > 3) expect(r.problem).not.toContain(stdout);
      }),
    );
  });
});
