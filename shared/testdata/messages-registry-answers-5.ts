// Collected real messages: missing images, rate limits, registry faults, the kubelet, and texts naming no cause (part 5 of 6).
// Gathered verbatim from public issue trackers for issue 10; see messages-collected.ts.
import type { CorpusEntry } from './messages.js';

/** Collected missing images, rate limits, registry faults, the kubelet, and texts naming no cause messages, part 5. */
export const REGISTRY_ANSWERS_5_MESSAGES: readonly CorpusEntry[] = [
  {
    cause: 'invalid-reference',
    runtime: 'docker',
    registry: 'gcr',
    family: 'kubelet',
    source: 'kreuzwerker/terraform-provider-docker#116',
    message:
      'Error: Error building docker image: Error response from daemon: invalid reference format',
  },
  {
    cause: 'invalid-reference',
    registry: 'other',
    family: 'kubelet',
    source: 'hashicorp/waypoint#4889',
    message:
      '! unable to tag image:Error parsing reference: "/nomad-nodejs-web:1" is not a\n  valid repository/tag: invalid reference format',
  },
  {
    cause: 'invalid-reference',
    runtime: 'docker',
    registry: 'other',
    family: 'kubelet',
    source: 'kubernetes/kubernetes#72295',
    message:
      'E1222 15:12:46.909965    2002 remote_image.go:87] ImageStatus "registry.cn-hangzhou.aliyuncs.com/google-containers/pause-amd64:3.0\\"" from image service failed: rpc error: code = Unknown desc = Error response from daemon: no such image: registry.cn-hangzhou.aliyuncs.com/google-containers/pause-amd64:3.0": invalid reference format',
  },
  {
    cause: 'invalid-reference',
    registry: 'dockerhub',
    family: 'kubelet',
    source: 'PingCAP-QE/Naglfar#110',
    message: '"message": "pulling image library/ubuntu failed: repository name must be canonical"',
  },
  {
    cause: 'invalid-reference',
    registry: 'other',
    family: 'kubelet',
    source: 'kubernetes/minikube#2835',
    message:
      'May 24 03:45:38 minikube kubelet[3510]: E0524 03:45:38.049437    3510 remote_image.go:83] ImageStatus "nginx:alpine" from image service failed: rpc error: code = Unknown desc = no registries configured while trying to pull an unqualified image',
  },
  {
    cause: 'invalid-reference',
    runtime: 'docker',
    registry: 'other',
    family: 'kubelet',
    source: 'dineshreddy91/Occlusion_Net#9',
    message:
      "docker: invalid reference format: repository name must be lowercase.\nSee 'docker run --help'.",
  },
  {
    cause: 'kubelet-throttle',
    runtime: 'kubelet',
    registry: 'other',
    family: 'kubelet',
    source: 'redhat-appstudio/infra-deployments#7796',
    message:
      'E0823 00:08:36.232130    2669 pod_workers.go:1298] "Error syncing pod, skipping" err="failed to \\"StartContainer\\" for \\"prepare\\" with ErrImagePull: \\"pull QPS exceeded\\"" pod="rhodf-tenant/odr-operator-4-20-on-push-c2mlv-clone-repository-pod" podUID="03c1ff62-b2a5-4ed3-aeac-035af202b5b0"',
  },
  {
    cause: 'kubelet-throttle',
    runtime: 'kubelet',
    registry: 'other',
    family: 'kubelet',
    source: 'Azure/AKS#3138',
    message:
      'Warning  Failed             52s                kubelet             Failed to pull image "a.b.c/image-0.1": pull QPS exceeded\nWarning  Failed             52s                kubelet             Error: ErrImagePull',
  },
  {
    cause: 'kubelet-throttle',
    runtime: 'kubelet',
    registry: 'other',
    family: 'kubelet',
    source: 'bottlerocket-os/bottlerocket#1527',
    message: 'ErrImagePull - pull QPS exceeded',
  },
  {
    cause: 'never-pull',
    runtime: 'kubelet',
    registry: 'other',
    family: 'kubelet',
    source: 'hystax/optscale#701',
    message:
      'Warning  ErrImageNeverPull       3m41s (x230 over 53m)  kubelet            Container image "error_pages:local" is not present with pull policy of Never',
  },
  {
    cause: 'never-pull',
    runtime: 'kubelet',
    registry: 'dockerhub',
    family: 'kubelet',
    source: 'cyberark/kubernetes-conjur-deploy#144',
    message: 'Container image "postgres:9.4" is not present with pull policy of Never',
  },
  {
    cause: 'never-pull',
    registry: 'dockerhub',
    family: 'kubelet',
    source: 'k3s-io/k3s#1586',
    message:
      'Warning  Failed             8s (x5 over 44s)  kubelet, k3s-s-1   Error: ErrImageNeverPull\n  Warning  ErrImageNeverPull  8s (x5 over 44s)  kubelet, k3s-s-1   Container image "nginx:latest" is not present with pull policy of Never',
  },
  {
    cause: 'never-pull',
    runtime: 'kubelet',
    registry: 'quay',
    family: 'kubelet',
    source: 'GoogleContainerTools/skaffold#9687',
    message:
      ' - cert-manager:deployment/cert-manager: ErrImageNeverPull: Container image "quay.io/jetstack/cert-manager-controller:v1.16.3" is not present with pull policy of Never',
  },
  {
    cause: 'never-pull',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'kubelet',
    source: 'microsoft/aspire#13731',
    message: 'Error response from daemon: No such image: redis:8.2',
  },
  {
    // Collected as not-found (Kitematic); the text alone reads as never-pull, and the classifier
    // names not-found among its alternatives.
    cause: 'never-pull',
    runtime: 'docker',
    registry: 'artifactory',
    family: 'kubelet',
    source: 'docker-archive-public/docker.kitematic#1811',
    message:
      'HTTP code is 404 which indicates error: no such image - No such image: jfrog-docker-reg2.bintray.io/jfrog:latest',
  },
  {
    cause: 'never-pull',
    runtime: 'containerd',
    registry: 'ghcr',
    family: 'kubelet',
    source: 'kube-vip/kube-vip#433',
    message: 'ctr: image "ghcr.io/kube-vip/kube-vip:v0.5.0": not found',
  },
  {
    cause: 'secret-missing',
    runtime: 'kubelet',
    family: 'kubelet',
    source: 'koderover/zadig#3649',
    message:
      'Unable to retrieve some image pull secrets (default-registry-secret); attempting to pull the image may not succeed.',
  },
  {
    cause: 'secret-missing',
    runtime: 'kubelet',
    family: 'kubelet',
    source: 'poseidon-network/qlauncher-linux#25',
    message:
      'Unable to retrieve pull secret default/docker-registry-poseidon for default/v2ray-x86-r5m29 due to secret "docker-registry-poseidon" not found.  The image pull may not succeed.',
  },
  {
    cause: 'secret-missing',
    runtime: 'kubelet',
    registry: 'artifactory',
    family: 'kubelet',
    source: 'kiwigrid/helm-charts#232',
    message:
      'Unable to retrieve pull secret default/artifactory-docker-secret for default/qliksense-edge-auth-565cffd699-5wp7w due to secrets "artifactory-docker-secret" not found.  The image pull may not succeed.',
  },
  {
    cause: 'secret-missing',
    runtime: 'kubelet',
    family: 'kubelet',
    source: 'metrico/gigapipe-helm#9',
    message:
      'Unable to retrieve some image pull secrets (qryn-write-test-regcred); attempting to pull the image may not succeed.',
  },
  {
    cause: 'secret-missing',
    runtime: 'kubelet',
    registry: 'artifactory',
    family: 'kubelet',
    source: 'kiwigrid/helm-charts#232',
    message:
      'Nov 26 12:07:44 ip-10-8-10-126 kubelet: W1126 12:07:44.833517    3683 kubelet_pods.go:842] Unable to retrieve pull secret default/artifactory-docker-secret for default/qliksense-edge-auth-565cffd699-5wp7w due to secrets "artifactory-docker-secret" not found.  The image pull may not succeed.',
  },
  {
    cause: 'secret-missing',
    runtime: 'kubelet',
    registry: 'other',
    family: 'kubelet',
    source: 'app-sre/github-mirror#133',
    message:
      'Unable to retrieve some image pull secrets (${IMAGE_PULL_SECRET}); attempting to pull the image may not succeed.',
  },
  {
    cause: 'unknown',
    runtime: 'kubelet',
    registry: 'dockerhub',
    family: 'kubelet',
    source: 'rancher-sandbox/rancher-desktop#1520',
    message:
      '2m44s       Normal    BackOff   pod/nginx-6799fc88d8-9crcj   Back-off pulling image "nginx"',
  },
  {
    cause: 'unknown',
    runtime: 'kubelet',
    registry: 'dockerhub',
    family: 'kubelet',
    source: 'emqx/emqx-operator#1166',
    message: 'kubelet  Back-off pulling image "emqx/emqx-operator-controller:2.2.29"。',
  },
  {
    cause: 'unknown',
    runtime: 'kubelet',
    registry: 'dockerhub',
    family: 'kubelet',
    source: 'cri-o/cri-o#189',
    message:
      'Error syncing pod, skipping: failed to "StartContainer" for "nginx" with ImagePullBackOff: "Back-off pulling image \\"nginx\\""',
  },
  {
    cause: 'unknown',
    registry: 'acr',
    family: 'unrecognised',
    source: 'microsoft/AzureTRE#924',
    message:
      'EventName:SiteStartFailed - Reason:Unknown - Message:Image pull failed since Inspect image returned null: ****.azurecr.io/microsoft/azuretre/api:dev - ContainerIDs: - AdditionalInfo: { "lastState":"Starting", "timeTaken":11, "port":-1 }',
  },
  {
    // Collected as policy: old buildah reported a policy.json reject as 'image not known'; the text
    // itself names no policy, so it is unknown.
    cause: 'unknown',
    registry: 'quay',
    family: 'unrecognised',
    source: 'podman-container-tools/buildah#654',
    message: 'no such image "quay.io/{quay.io_username}/myalpine" in registry: image not known',
  },
  {
    cause: 'unknown',
    registry: 'gcr',
    family: 'unrecognised',
    source: 'kubernetes/kubernetes#30148',
    message:
      'container "upload" in pod "upload" is waiting to start: trying and failing to pull image',
  },
  {
    // Collected as tls; the excerpt is cut before the cause ('failed to do request: Hea...'), so
    // nothing in it names one.
    cause: 'unknown',
    runtime: 'containerd',
    registry: 'distribution',
    family: 'unrecognised',
    source: 'containerd/cri#1367',
    message:
      'Warning  Failed     9s (x3 over 46s)   kubelet, kind-control-plane  Failed to pull image "registry:5000/hello-app:1.0": rpc error: code = Unknown desc = failed to pull and unpack image "registry:5000/hello-app:1.0": failed to resolve reference "registry:5000/hello-app:1.0": failed to do request: Head https://registry:5000/v2/hello-app/manifests/1.0: http: server gave H',
  },
  {
    // Collected as tls; docker compose's progress line cuts the cause off with '...'.
    cause: 'unknown',
    registry: 'distribution',
    family: 'unrecognised',
    source: 'konstpic/SharX#107',
    message:
      ' ✘ Image registry.konstpic.ru/sharx/postgres:16-alpine Error failed to resolve reference "registry.konstpic.ru/sharx/postgres:16-alpine": failed to do request: ... 0.2s',
  },
  {
    // Collected as runtime from the line before it (a refused CRI socket); this excerpt ends at
    // 'code ='.
    cause: 'unknown',
    registry: 'dockerhub',
    family: 'unrecognised',
    source: 'containerd/cri#34',
    message:
      'E0512 10:28:12.672385   73093 remote_image.go:102] PullImage "busybox:1.26.2" from image service failed: rpc error: code =',
  },
  {
    cause: 'unknown',
    registry: 'gcr',
    family: 'unrecognised',
    source: 'kubernetes/kubernetes#30148',
    message:
      'Error from server: container "upload" in pod "upload" is waiting to start: trying and failing to pull image',
  },
  {
    // Collected as not-found; it is the jfrog CLI's build-info step after a pull that succeeded,
    // not a pull error.
    cause: 'unknown',
    registry: 'artifactory',
    family: 'unrecognised',
    source: 'jfrog/jfrog-cli#674',
    message:
      '[Error] Could not find docker image in Artifactory, expecting image ID: sha256:de1cba14a3a39248a24bbc1ea1c981a53c56ab0d374299d691736cd84aedc217',
  },
  {
    // Collected as not-found; a Nexus server log line ('content not in cache'), not what a node
    // reports.
    cause: 'unknown',
    registry: 'nexus',
    family: 'unrecognised',
    source: 'sonatype-nexus-community/nexus-repository-apk#51',
    message:
      'Exception org.sonatype.nexus.repository.proxy.BypassHttpErrorException checking remote for update, proxy repo docker-proxy-docker-io failed to fetch v2/library/igus-baseimage-alpine/manifests/3.16, content not in cache.',
  },
];
