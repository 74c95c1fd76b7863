import { describe, expect, it } from 'vitest';
import {
  parseCredentialProviderConfig,
  parseKubeletCredentialFlags,
} from './credential-provider.js';
import {
  CREDENTIAL_PROVIDER_JSON,
  CREDENTIAL_PROVIDER_YAML,
  KUBEADM_FLAGS,
} from './testdata/node-config-samples.js';

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
});

describe('parseCredentialProviderConfig', () => {
  it('reads providers and matchImages from YAML, block and flow lists', () => {
    expect(parseCredentialProviderConfig(CREDENTIAL_PROVIDER_YAML)).toEqual({
      kind: 'CredentialProviderConfig',
      providers: [
        {
          name: 'ecr-credential-provider',
          matchImages: ['*.dkr.ecr.*.amazonaws.com', '*.dkr.ecr.*.amazonaws.com.cn'],
        },
        { name: 'acr-credential-provider', matchImages: ['*.azurecr.io', '*.azurecr.cn'] },
      ],
    });
  });

  it('reads the same from JSON', () => {
    expect(parseCredentialProviderConfig(CREDENTIAL_PROVIDER_JSON)).toEqual({
      kind: 'CredentialProviderConfig',
      providers: [
        {
          name: 'ecr-credential-provider',
          matchImages: ['*.dkr.ecr.*.amazonaws.com', '*.dkr.ecr-fips.*.amazonaws.com'],
        },
      ],
    });
  });

  it.each(['', '{', 'providers: 3', '- - -'])('never throws on %j', (text) => {
    expect(parseCredentialProviderConfig(text).providers).toEqual([]);
  });
});
