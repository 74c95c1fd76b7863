// Collected real messages: admission and signature policy (part 2 of 2).
// Gathered verbatim from public issue trackers for issue 10; see messages-collected.ts.
import type { CorpusEntry } from './messages.js';

/** Collected admission and signature policy messages, part 2. */
export const POLICY_2_MESSAGES: readonly CorpusEntry[] = [
  {
    cause: 'policy',
    registry: 'ecr',
    family: 'admission-policy',
    source: 'nirmata/kyverno-notation-aws#7',
    message:
      'Error from server: admission webhook "validate.kyverno.svc-fail" denied the request: \n\nresource Pod/test-notation/test was blocked due to the following policies \n\ncheck-images:\n  call-aws-signer-extension: \'failed to verify container kyverno-demo: failed to verify\n    image 844333597536.dkr.ecr.us-west-2.amazonaws.com/kyverno-demo:v1-unsigned: no\n    signature is associated with "844333597536.dkr.ecr.us-west-2.amazonaws.com/kyverno-demo@sha256:74a98f0e4d750c9052f092a7f7a72de7b20f94f176a490088f7a744c76c53ea5",\n    make sure the artifact was signed successfully\'',
  },
  {
    cause: 'policy',
    runtime: 'cri-o',
    registry: 'quay',
    family: 'admission-policy',
    source: 'https://kubernetes.io/blog/2023/06/29/container-image-signature-verification/',
    message:
      'FATA[…] pulling image: rpc error: code = Unknown desc = Source image rejected: Required email wrong@mail.com not found (got []string{"sgrunert@redhat.com"})',
  },
  {
    cause: 'policy',
    family: 'admission-policy',
    source: 'https://kubernetes.io/blog/2023/06/29/container-image-signature-verification/',
    message: 'Error: SignatureValidationFailed',
  },
  {
    cause: 'policy',
    registry: 'acr',
    family: 'admission-policy',
    source: 'Azure/AKS#4111',
    message:
      'Error from server (Forbidden): admission webhook "validation.gatekeeper.sh" denied the request: [ratify-constraint] Subject failed verification: wabbitnetworks.azurecr.io/test/net-monitor:unsigned',
  },
  {
    // Collected as auth (registry.k8s.io redirect to AR; Forbidden from Google for the client's
    // network/region (see registry.k8s.io debugging doc) rather than credentials; labelled by
    // wording (bare Forbidden); registry.k8s.io says network-level block); the text alone reads as
    // policy, and the classifier names auth among its alternatives.
    cause: 'policy',
    runtime: 'docker',
    registry: 'artifact-registry',
    family: 'admission-policy',
    source: 'kubernetes/registry.k8s.io#273',
    message:
      'Error response from daemon: Head "https://europe-west3-docker.pkg.dev/v2/k8s-artifacts-prod/images/sig-storage/csi-provisioner/manifests/v4.0.0": Forbidden',
  },
  {
    cause: 'policy',
    registry: 'ghcr',
    family: 'admission-policy',
    source: 'JasonN3/build-container-installer#146',
    message:
      'Trying to pull ghcr.io/jasonn3/build-container-installer:latest...\nError: Source image rejected: A signature was required, but no signature exists',
  },
  {
    cause: 'policy',
    registry: 'other',
    family: 'admission-policy',
    source: 'podman-container-tools/podman#9257',
    message:
      'Trying to pull registry.fedoraproject.org/fedora:latest...\n  Running image docker://registry.fedoraproject.org/fedora:latest is rejected by policy.\nError: Source image rejected: Running image docker://registry.fedoraproject.org/fedora:latest is rejected by policy.',
  },
  {
    cause: 'policy',
    registry: 'acr',
    family: 'admission-policy',
    source: 'Azure/acr#84',
    message: '2018-04-13T20:18:22.2543047Z ##[error]unknown: The operation is disallowed.',
  },
];
