import { describe, expect, it } from 'vitest';
import { describePulledRecord, parsePulledRecord, verificationPolicyOf } from './pulled-record.js';

// The shapes kubelet 1.37 writes under /var/lib/kubelet/image_manager/pulled/ (seen on the test
// cluster's nodes: anonymous and credential-provider pulls are nodePodsAccessible).
const BY_SECRET = {
  kind: 'ImagePulledRecord',
  apiVersion: 'kubelet.config.k8s.io/v1beta1',
  lastUpdatedTime: '2026-12-04T18:51:16Z',
  imageRef: 'sha256:89af3fae9257d40e428a120dad3c4b34cef3ad462202b1eb873fe6a796df7f62',
  credentialMapping: {
    'registry.corp.test:5000/kip/app': {
      kubernetesSecrets: [
        { uid: 'c0ffee', namespace: 'shop', name: 'corp-pull', credentialHash: 'deadbeef' },
      ],
    },
  },
};
const ANONYMOUS = {
  kind: 'ImagePulledRecord',
  apiVersion: 'kubelet.config.k8s.io/v1beta1',
  imageRef: 'sha256:8cb9f65acb3c3a0d79cd362b2bc17f679044472f4a08265bcdbe86919b3a2797',
  credentialMapping: { 'registry.plain.test/kip/app': { nodePodsAccessible: true } },
};

describe('parsePulledRecord', () => {
  it('names the secrets that pulled it, never their uid or credential hash', () => {
    const record = parsePulledRecord(BY_SECRET)!;
    expect(record).toEqual({
      imageRef: BY_SECRET.imageRef,
      lastUpdated: '2026-12-04T18:51:16Z',
      pulledBy: [
        {
          repository: 'registry.corp.test:5000/kip/app',
          secrets: ['shop/corp-pull'],
          serviceAccounts: [],
          nodeWide: false,
        },
      ],
    });
    expect(JSON.stringify(record)).not.toMatch(/deadbeef|c0ffee/);
  });

  it('reads an anonymous pull as usable by every pod, and refuses what is not a record', () => {
    expect(parsePulledRecord(ANONYMOUS)?.pulledBy[0]?.nodeWide).toBe(true);
    expect(parsePulledRecord({ kind: 'ImagePullIntent', image: 'x' })).toBeUndefined();
    expect(parsePulledRecord(null)).toBeUndefined();
  });
});

describe('describePulledRecord', () => {
  it('says who pulled the copy on the node and what the default policy makes of it', () => {
    const line = describePulledRecord('node-1', parsePulledRecord(BY_SECRET)!, undefined);
    expect(line).toContain('pulled for registry.corp.test:5000/kip/app by secret shop/corp-pull');
    expect(line).toContain('NeverVerifyPreloadedImages (the default)');
    expect(line).toContain('usable only by pods with matching credentials');
  });

  it('names a policy set in the kubelet config', () => {
    const text =
      'kind: KubeletConfiguration\nimagePullCredentialsVerificationPolicy: AlwaysVerify\n';
    expect(verificationPolicyOf(text)).toBe('AlwaysVerify');
    expect(verificationPolicyOf('kind: KubeletConfiguration\n')).toBeUndefined();
    const line = describePulledRecord('node-1', parsePulledRecord(ANONYMOUS)!, 'AlwaysVerify');
    expect(line).toMatch(/AlwaysVerify: every pod must show credentials/);
  });
});
