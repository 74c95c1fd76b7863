// Collected real messages: admission and signature policy (part 1 of 2).
// Gathered verbatim from public issue trackers for issue 10; see messages-collected.ts.
import type { CorpusEntry } from './messages.js';

/** Collected admission and signature policy messages, part 1. */
export const POLICY_1_MESSAGES: readonly CorpusEntry[] = [
  {
    cause: 'policy',
    runtime: 'containerd',
    registry: 'dockerhub',
    family: 'admission-policy',
    source: 'rancher-sandbox/rancher-desktop#5064',
    message:
      'time="2023-06-27T20:54:19Z" level=fatal msg="failed to resolve reference \\"docker.io/library/busybox:latest\\": unexpected status from HEAD request to https://registry-1.docker.io/v2/library/busybox/manifests/latest: 403 Forbidden"',
  },
  {
    cause: 'policy',
    family: 'admission-policy',
    source: 'sigstore/helm-charts#233',
    message:
      'admission webhook "policy.sigstore.dev" denied the request: validation failed: one of verifier or root certs is required',
  },
  {
    cause: 'policy',
    registry: 'dockerhub',
    family: 'admission-policy',
    source: 'sigstore/policy-controller#189',
    message:
      'Error from server (BadRequest): error when creating "test.yaml": admission webhook "policy.sigstore.dev" denied the request: validation failed: invalid value: mysql:latest must be an image digest: spec.template.spec.containers[0].image',
  },
  {
    cause: 'policy',
    registry: 'harbor',
    family: 'admission-policy',
    source: 'sigstore/policy-controller#477',
    message:
      'signature key validation failed for authority authority-0 for10.49.38.75:30003/library/tomcat@sha256:0758380e1e0c304cd3205fbca241930156975a8f62c4db1d8d7939976189e7ff: GET http://10.49.38.75:30003/v2/: unexpected status code 400 Bad Request',
  },
  {
    cause: 'policy',
    registry: 'acr',
    family: 'admission-policy',
    source: 'kyverno/kyverno#5184',
    message: 'cosign "msg"="image verification failed" "error"="no matching signatures:\\n"',
  },
  {
    cause: 'policy',
    registry: 'acr',
    family: 'admission-policy',
    source: 'kyverno/kyverno#5184',
    message:
      'EngineVerifyImages "msg"="failed to verify image" "error"=".attestors[0].entries[0].keys: no matching signatures:\\n" "kind"="Pod" "name"="" "namespace"="wrp" "policy"="verify-image"',
  },
  {
    cause: 'policy',
    family: 'admission-policy',
    source: 'kyverno/policies#979',
    message:
      'Error from server: error when creating "allowed_container.yaml": admission webhook "validate.kyverno.svc-fail" denied the request: \n\nresource Pod/default/allowed was blocked due to the following policies \n\nallowed-image-repos:\n  good-repos: \'All images in this Pod must come from an authorized repository.',
  },
  {
    cause: 'policy',
    runtime: 'cri-o',
    registry: 'ghcr',
    family: 'admission-policy',
    source: 'JasonN3/build-container-installer#146',
    message: 'Error: Source image rejected: A signature was required, but no signature exists',
  },
  {
    cause: 'policy',
    runtime: 'cri-o',
    registry: 'other',
    family: 'admission-policy',
    source: 'podman-container-tools/podman#26613',
    message: 'Source image rejected: Signature for identity not accepted',
  },
  {
    cause: 'policy',
    runtime: 'cri-o',
    registry: 'other',
    family: 'admission-policy',
    source: 'podman-container-tools/podman#9257',
    message:
      'Error: Source image rejected: Running image docker://registry.fedoraproject.org/fedora:latest is rejected by policy.',
  },
  {
    cause: 'policy',
    runtime: 'cri-o',
    registry: 'dockerhub',
    family: 'admission-policy',
    source: 'Glyndor/podup#1659',
    message:
      'Source image rejected: Running image docker://hello-world:latest is rejected by policy.',
  },
  {
    cause: 'policy',
    runtime: 'cri-o',
    registry: 'quay',
    family: 'admission-policy',
    source: 'podman-container-tools/podman#17391',
    message: 'Source image rejected: Invalid GPG signature',
  },
  {
    cause: 'policy',
    runtime: 'cri-o',
    registry: 'distribution',
    family: 'admission-policy',
    source: 'podman-container-tools/podman#5495',
    message:
      'Error: error pulling image "localhost:5000/alpine": unable to pull localhost:5000/alpine: invalid policy in "/etc/containers/policy.json": invalid character \'"\' after object key:value pair',
  },
  {
    cause: 'policy',
    registry: 'ghcr',
    family: 'admission-policy',
    source: 'blue-build/template#29',
    message:
      'error: Creating importer: Failed to invoke skopeo proxy method OpenImage: remote error: cryptographic signature verification failed: invalid signature when validating ASN.1 encoded signature',
  },
  {
    cause: 'policy',
    runtime: 'containerd',
    registry: 'dockerhub',
    family: 'admission-policy',
    source: 'containerd/containerd#10066',
    message:
      'ctr: rpc error: code = Unknown desc = image verifier bindir blocked pull of index.docker.io/library/alpine@sha256:c75ac27b49326926b803b9ed43bf088bc220d22556de1bc5f72d742c91398f69 with digest sha256:c75ac27b49326926b803b9ed43bf088bc220d22556de1bc5f72d742c91398f69 for reason: verifier verifier rejected image (exit code 1): Rejected',
  },
  {
    cause: 'policy',
    family: 'admission-policy',
    source: 'sigstore/cosign#873',
    message:
      'admission webhook "cosigned.sigstore.dev" denied the request: validation failed: invalid image signature: spec.containers[0].image, spec.containers[1].image, spec.containers[2].image, spec.containers[3].image',
  },
  {
    cause: 'policy',
    family: 'admission-policy',
    source: 'sigstore/helm-charts#200',
    message:
      'Error from server (BadRequest): admission webhook "cosigned.sigstore.dev" denied the request: validation failed: invalid value: signed-image:master must be an image digest: spec.containers[0].image',
  },
  {
    cause: 'policy',
    registry: 'other',
    family: 'admission-policy',
    source: 'sigstore/policy-controller#1520',
    message:
      'admission webhook "policy.sigstore.dev" denied the request: validation failed: invalid value: bcmt-registry:5000/bcmt/harbor-registryctl:2.10.2-v2.8.3-5-ncs24.7.0-rcky-8.10-20240604-1 must be an image digest: spec.template.spec.containers[0].image',
  },
  {
    cause: 'policy',
    registry: 'ghcr',
    family: 'admission-policy',
    source: 'kubewarden/kubewarden.io#87',
    message:
      'Error from server: error when creating "STDIN": admission webhook "clusterwide-verify-image-signatures.kubewarden.admission" denied the request: Pod verify-image-invalid is not accepted: verification of image ghcr.io/kubewarden/test-verify-image-signatures:unsigned failed: error invoking wapc verify: Error(HostError("Callback evaluation failure: signatures can\'t be fetched for image: ghcr.io/kubewarden/test-verify-image-signatures:unsigned"))',
  },
  {
    cause: 'policy',
    registry: 'dockerhub',
    family: 'admission-policy',
    source: 'sse-secure-systems/connaisseur#14',
    message:
      'Error from server: error when creating "STDIN": admission webhook "connaisseur-svc.connaisseur.svc" denied the request: could not find signed digest for image "docker.io/testingconny/testimage:unsigned" in trust data.',
  },
  {
    cause: 'policy',
    registry: 'acr',
    family: 'admission-policy',
    source: 'Azure/notation-azure-kv#31',
    message:
      'Error from server (Forbidden): admission webhook "validation.gatekeeper.sh" denied the request: [ratify-constraint] Subject failed verification: condemogianni.azurecr.io/net-monitor:v1',
  },
  {
    cause: 'policy',
    family: 'admission-policy',
    source: 'kelseyhightower/grafeas-tutorial#8',
    message:
      'Error from server: error when creating "pods/echod.yaml": admission webhook "image-signature.hightowerlabs.com" denied the request without explanation',
  },
  {
    cause: 'policy',
    registry: 'quay',
    family: 'admission-policy',
    source: 'elastisys/compliantkubernetes-apps#686',
    message:
      'Sync \\"alertmanager/alertmanager\\" failed: failed to create statefulset: admission webhook \\"validation.gatekeeper.sh\\" denied the request: [denied by require-harbor-repo] container \\"alertmanager\\" has an invalid image repo \\"quay.io/prometheus/alertmanager:v0.21.0\\", allowed repos are [\\"harbor.ckdemo.a1ck.io\\", \\"quay.io/jetstack/cert-manager-acmesolver\\"]',
  },
  {
    cause: 'policy',
    registry: 'other',
    family: 'admission-policy',
    source: 'jbossdemocentral/coolstore-microservice#125',
    message:
      'Error creating: Pod "" is invalid: spec.containers[0].image: Forbidden: this image is prohibited by policy',
  },
  {
    cause: 'policy',
    registry: 'dockerhub',
    family: 'admission-policy',
    source: 'openshift/origin#16749',
    message:
      'Forbidden: this image is prohibited by policy: only images imported into the registry are allowed (openshift/origin-deployer:v3.6.0)',
  },
  {
    cause: 'policy',
    registry: 'other',
    family: 'admission-policy',
    source: 'openshift-labs/learn-katacoda#849',
    message:
      'Error "Forbidden: this image is prohibited by policy: this image is prohibited by policy (changed after admission)" for field "spec.template.spec.containers[0].image".',
  },
  {
    cause: 'policy',
    registry: 'quay',
    family: 'admission-policy',
    source: 'open-cluster-management-io/policy-collection#19',
    message: 'Running image docker://quay.io/XXX:latest is rejected by policy',
  },
  {
    cause: 'policy',
    family: 'admission-policy',
    source: 'zalando-incubator/kubernetes-on-aws#492',
    message:
      'pods \\"pod-submit-remove-074ec533-671d-11e7-9e85-0242ac110003\\" is forbidden: one or more images rejected by webhook backend',
  },
  {
    // Collected as auth (Singularity/Apptainer; refused at the /v2/ ping (may also be an HPC
    // proxy)); the text alone reads as policy, and the classifier names auth among its
    // alternatives.
    cause: 'policy',
    registry: 'gitlab',
    family: 'admission-policy',
    source: 'apptainer/singularity#6228',
    message:
      'While making image from oci registry: error fetching image to cache: failed to get checksum for docker://git.tu-berlin.de:5000/florianblume/facial-expression-recognition:latest: error pinging docker registry git.tu-berlin.de:5000: Get "https://git.tu-berlin.de:5000/v2/": Forbidden',
  },
  {
    cause: 'policy',
    registry: 'other',
    family: 'admission-policy',
    source: 'siderolabs/talos#13342',
    message: 'image verification failed: no valid signature found: bundle tag not found',
  },
  {
    cause: 'policy',
    runtime: 'containerd',
    registry: 'other',
    family: 'admission-policy',
    source: 'siderolabs/talos#13342',
    message:
      'failed to fetch .sig manifest: failed to decode manifest: httpReadSeeker: failed open: content at https://registry.k8s.io/v2/kube-apiserver/manifests/sha256:15282642d3553a488eac6049a5d24f17ac145df5e31ddb6aed8a6304d111350d not found: not found',
  },
  {
    cause: 'policy',
    registry: 'quay',
    family: 'admission-policy',
    source: 'coreos/coreos-kubernetes#363',
    message: "run: openpgp: invalid signature: hash tag doesn't match",
  },
  {
    cause: 'policy',
    registry: 'dockerhub',
    family: 'admission-policy',
    source: 'linuxkit/kubernetes#25',
    message: 'No valid trust data for 8edc4993e743f1b4d16008aff605aefe37c568e7',
  },
  {
    cause: 'policy',
    registry: 'distribution',
    family: 'admission-policy',
    source: 'kyverno/kyverno#3397',
    message:
      'Error from server: admission webhook "mutate.kyverno.svc-fail" denied the request: \n\nresource Pod/default/unsigned was blocked due to the following policies\n\ncheck-image:\n check-image: \'image verification failed for 10.1.0.12:5000/busybox:latest: signature\n  mismatch\'',
  },
  {
    cause: 'policy',
    registry: 'ghcr',
    family: 'admission-policy',
    source: 'kyverno/kyverno#3805',
    message:
      'EngineVerifyImages "msg"="failed to verify signature" "error"=".attestors[0].entries[0].staticKey: signature not found" "kind"="Pod" "name"="testunsigned" "namespace"="default" "policy"="verify-image"',
  },
  {
    cause: 'policy',
    registry: 'acr',
    family: 'admission-policy',
    source: 'notaryproject/ratify#1719',
    message:
      'Error from server (Forbidden): admission webhook "validation.gatekeeper.sh" denied the request: [ratify-constraint] Subject failed verification: skal21cr.azurecr.io/ratify-demo/net-watcher@sha256:13e4eaae14654cfb02b7975b74f8af42a1d89e5c79cc1eebb56b66b8516dc801',
  },
  {
    cause: 'policy',
    registry: 'acr',
    family: 'admission-policy',
    source: 'notaryproject/ratify#1719',
    message:
      'verification failed: Error: no verifier report, Code: NO_VERIFIER_REPORT, Component Type: executor, Description: No verifier report was generated.',
  },
];
