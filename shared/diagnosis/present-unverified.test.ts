import { describe, expect, it } from 'vitest';
import { diagnosePod } from './diagnose-pod.js';
import type { KubeletEvidence } from './evidence.js';
import { aPod, DEFAULT_IMAGE, NOW, pullFailed } from './testing/evidence-builders.js';

const UNAUTHORIZED = pullFailed(
  DEFAULT_IMAGE,
  'rpc error: code = Unknown desc = failed to pull and unpack image: failed to resolve reference: pulling from host registry.example.com failed with status code [manifests 1.4.2]: 401 Unauthorized',
);
const NEVER = `Container image "${DEFAULT_IMAGE}" is not present with pull policy of Never`;

const withPolicy = (policy: string): KubeletEvidence => ({
  config: {
    status: 'found',
    value: { serializeImagePulls: false, imagePullCredentialsVerificationPolicy: policy },
  },
  filesystems: { status: 'missing' },
});

/** A pod without credentials on node-1, where another pod runs the same image with regcred. */
const refusedBesideHolder = (kubeletVersion = 'v1.37.2') =>
  aPod()
    .onNode('node-1', { kubeletVersion })
    .waiting('ErrImagePull')
    .withEvent({ message: UNAUTHORIZED })
    .sibling({
      name: 'holder',
      node: 'node-1',
      image: DEFAULT_IMAGE,
      imagePullSecrets: ['regcred'],
    });

function only(d: ReturnType<typeof diagnosePod>) {
  expect(d.containers).toHaveLength(1);
  return d.containers[0]!;
}

describe('an image on the node this pod may not use (KEP-2535)', () => {
  it('names the pod that runs it, the secret it most likely came with, and the policy in force', () => {
    const v = only(
      diagnosePod(
        refusedBesideHolder().kubelet(withPolicy('NeverVerifyPreloadedImages')).build(),
        NOW,
      ),
    );
    expect(v.cause).toBe('auth');
    const said = v.evidence.map((e) => e.text).join('\n');
    expect(said).toContain(`${DEFAULT_IMAGE} is already on node-1 (pods there run it)`);
    expect(said).toContain('shop/holder runs it there (pull secrets shop/regcred');
    expect(said).toContain(
      'imagePullCredentialsVerificationPolicy NeverVerifyPreloadedImages (configz)',
    );
    const fixes = v.fixes.map((f) => `${f.description} ${f.command ?? ''}`).join('\n');
    expect(fixes).toContain('list regcred in its imagePullSecrets');
    expect(fixes).toContain(`kubectl imagepull reproduce --node node-1 --image ${DEFAULT_IMAGE}`);
  });

  it('takes the default policy for a 1.35+ kubelet whose configz could not be read', () => {
    const v = only(diagnosePod(refusedBesideHolder().build(), NOW));
    expect(v.evidence.map((e) => e.text).join('\n')).toContain(
      'imagePullCredentialsVerificationPolicy NeverVerifyPreloadedImages (the default since 1.35)',
    );
  });

  it('says nothing of it on a kubelet older than 1.35 with no policy configured', () => {
    const v = only(diagnosePod(refusedBesideHolder('v1.33.4').build(), NOW));
    expect(v.evidence.map((e) => e.text).join('\n')).not.toContain('may not use that copy');
  });

  it('says nothing of it when the policy is NeverVerify (any pod may use any copy)', () => {
    const v = only(
      diagnosePod(refusedBesideHolder().kubelet(withPolicy('NeverVerify')).build(), NOW),
    );
    expect(v.evidence.map((e) => e.text).join('\n')).not.toContain('may not use that copy');
  });

  it("says nothing of it with imagePullPolicy Always (the kubelet pulls with the pod's credentials anyway)", () => {
    const v = only(
      diagnosePod(
        aPod()
          .onNode('node-1', { kubeletVersion: 'v1.37.2' })
          .container('app', DEFAULT_IMAGE, { policy: 'Always' })
          .waiting('ErrImagePull')
          .withEvent({ message: UNAUTHORIZED })
          .sibling({
            name: 'holder',
            node: 'node-1',
            image: DEFAULT_IMAGE,
            imagePullSecrets: ['regcred'],
          })
          .build(),
        NOW,
      ),
    );
    expect(v.evidence.map((e) => e.text).join('\n')).not.toContain('may not use that copy');
  });

  it('says nothing of it when nothing shows the image on the node', () => {
    const v = only(
      diagnosePod(
        aPod()
          .onNode('node-1', { kubeletVersion: 'v1.37.2' })
          .waiting('ErrImagePull')
          .withEvent({ message: UNAUTHORIZED })
          .sibling({ name: 'elsewhere', node: 'node-2', image: DEFAULT_IMAGE })
          .build(),
        NOW,
      ),
    );
    expect(v.evidence.map((e) => e.text).join('\n')).not.toContain('may not use that copy');
  });

  it('with pull policy Never, does not call a present image absent', () => {
    const v = only(
      diagnosePod(
        aPod()
          .onNode('node-1', { kubeletVersion: 'v1.37.2', images: [DEFAULT_IMAGE] })
          .container('app', DEFAULT_IMAGE, { policy: 'Never' })
          .waiting('ErrImageNeverPull', NEVER)
          .withEvent({ reason: 'ErrImageNeverPull', message: NEVER })
          .kubelet(withPolicy('AlwaysVerify'))
          .build(),
        NOW,
      ),
    );
    expect(v.cause).toBe('never-pull');
    expect(v.summary).toContain(
      `${DEFAULT_IMAGE} is on node-1, but pulled with credentials this pod does not show (AlwaysVerify)`,
    );
    expect(v.evidence.map((e) => e.text).join('\n')).toContain('(node status lists it)');
    expect(v.fixes.map((f) => f.description).join('\n')).not.toContain('image is not on the node');
  });
});
