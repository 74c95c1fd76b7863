// Collected real messages: missing images, rate limits, registry faults, the kubelet, and texts naming no cause (part 1 of 6).
// Gathered verbatim from public issue trackers for issue 10; see messages-collected.ts.
import type { CorpusEntry } from './messages.js';

/** Collected missing images, rate limits, registry faults, the kubelet, and texts naming no cause messages, part 1. */
export const REGISTRY_ANSWERS_1_MESSAGES: readonly CorpusEntry[] = [
  {
    cause: 'not-found',
    runtime: 'cri-o',
    registry: 'other',
    family: 'missing-image',
    source: 'tusc/ntopng-udm#1',
    message:
      'Error initializing source docker://registry.fedoraproject.org/tusc/ntopng-udm:latest: Error reading manifest latest in registry.fedoraproject.org/tusc/ntopng-udm: manifest unknown: manifest unknown',
  },
  {
    cause: 'not-found',
    runtime: 'docker',
    registry: 'acr',
    family: 'missing-image',
    source: 'kubeflow/examples#654',
    message:
      'Failed to pull image "acrname.azurecr.io/preprocess": [rpc error: code = Unknown desc = Error response from daemon: manifest for acrname.azurecr.io/preprocess:latest not found: manifest unknown: manifest unknown, rpc error: code = Unknown desc = Error response from daemon: Get https://acrname.azurecr.io/v2/preprocess/manifests/latest: unauthorized: authentication required]',
  },
  {
    cause: 'not-found',
    registry: 'harbor',
    family: 'missing-image',
    source: 'cnrancher/hangar#44',
    message:
      'Error: reading manifest 3 in h2.example.com:30080/library/alpine: unknown: artifact library/alpine:3 not found',
  },
  {
    cause: 'not-found',
    runtime: 'cri-o',
    registry: 'harbor',
    family: 'missing-image',
    source: 'goharbor/harbor#18292',
    message:
      'Error: initializing source docker://registry.apps.okd4.myhci.com/hub/library/busybox:latest: reading manifest latest in registry.apps.okd4.myhci.com/hub/library/busybox: unknown: repository hub/library/busybox not found',
  },
  {
    // Collected as auth-or-not-found (a private Harbor project, not logged in); old docker's text
    // says only 'not found'.
    cause: 'not-found',
    registry: 'harbor',
    family: 'missing-image',
    source: 'goharbor/harbor#525',
    message: 'Error: image bj03_project_private/deploy_jobservice not found',
  },
  {
    cause: 'not-found',
    runtime: 'cri-o',
    registry: 'other',
    family: 'missing-image',
    source: 'podman-container-tools/podman#9990',
    message:
      'Error initializing source docker://registry.opensuse.org/sonartype/nexus3:latest: Error reading manifest latest in registry.opensuse.org/sonartype/nexus3: name unknown',
  },
  {
    cause: 'not-found',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'missing-image',
    source: 'linuxkit/kubernetes#25',
    message:
      'Error response from daemon: manifest for linuxkit/kubelet:8edc4993e743f1b4d16008aff605aefe37c568e7 not found',
  },
  {
    cause: 'not-found',
    runtime: 'docker',
    registry: 'quay',
    family: 'missing-image',
    source: 'docker-hy/docker-hy.github.io#75',
    message:
      'Using default tag: latest\nError response from daemon: manifest for quay.io/nordstrom/hello-world:latest not found: manifest unknown: manifest unknown',
  },
  {
    cause: 'not-found',
    runtime: 'docker',
    registry: 'ghcr',
    family: 'missing-image',
    source: 'devcontainers/template-starter#50',
    message: 'Error response from daemon: manifest unknown',
  },
  {
    cause: 'not-found',
    registry: 'quay',
    family: 'missing-image',
    source: 'concourse/registry-image-resource#38',
    message: 'ERRO[0000] failed to extract image: MANIFEST_UNKNOWN: "manifest unknown"',
  },
  {
    cause: 'not-found',
    registry: 'dockerhub',
    family: 'missing-image',
    source: 'Sylius/Sylius-Standard#1102',
    message: ' ✘ mysql Error   manifest unknown',
  },
  {
    cause: 'not-found',
    runtime: 'docker',
    registry: 'quay',
    family: 'missing-image',
    source: 'DaoCloud/public-image-mirror#54',
    message:
      'Error response from daemon: manifest for quay.m.daocloud.io/iovisor/bcc:latest not found: manifest unknown: manifest unknown',
  },
  {
    cause: 'not-found',
    registry: 'artifactory',
    family: 'missing-image',
    source: 'jetstack/version-checker#318',
    message:
      'time="2025-01-24T09:43:54Z" level=error msg="docker-remote.registry.domain.fr/v2/library/haproxy/manifests/1.6.13: failed to get manifest response for tag, skipping (404): {\\"errors\\":[{\\"code\\":\\"MANIFEST_UNKNOWN\\",\\"message\\":\\"The named manifest is not known to the registry.\\",\\"detail\\":{\\"manifest\\":\\"library/haproxy\\"}}]}" client=docker-remote.registry.domain.fr',
  },
  {
    cause: 'not-found',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'missing-image',
    source: 'docker-archive-public/docker.kitematic#5229',
    message: '(HTTP code 500) server error - manifest unknown: manifest unknown',
  },
  {
    cause: 'not-found',
    registry: 'ecr',
    family: 'missing-image',
    source: 'fabric8io/docker-maven-plugin#369',
    message:
      "[ERROR] DOCKER> name unknown: The repository with name 'tomcat' does not exist in the registry with id '295240448163' (Internal Server Error: 500)",
  },
  {
    cause: 'not-found',
    registry: 'artifactory',
    family: 'missing-image',
    source: 'argoproj-labs/argocd-image-updater#614',
    message:
      'Could not get tags from registry: name unknown: Repository name not known to registry.',
  },
  {
    cause: 'not-found',
    runtime: 'docker',
    registry: 'distribution',
    family: 'missing-image',
    source: 'distribution/distribution#3236',
    message:
      'Error response from daemon: manifest for internal.registry.tld/alpine:latest not found: manifest unknown: manifest unknown',
  },
  {
    cause: 'not-found',
    registry: 'ghcr',
    family: 'missing-image',
    source: 'alex3025/ilo-fans-controller#16',
    message: 'latest: Pulling from alex3025/ilo-fans-controller\nmanifest unknown',
  },
  {
    cause: 'not-found',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'missing-image',
    source: 'envoyproxy/envoy#10785',
    message:
      'failed to build: manifest for envoyproxy/envoy:latest not found: manifest unknown: manifest unknown',
  },
  {
    cause: 'not-found',
    runtime: 'docker',
    registry: 'gcr',
    family: 'missing-image',
    source: 'kubernetes-sigs/aws-ebs-csi-driver#564',
    message:
      'Warning  Failed     83s                kubelet            Failed to pull image "k8s.gcr.io/provider-aws/livenessprobe:v2.1.0": rpc error: code = Unknown desc = Error response from daemon: manifest for k8s.gcr.io/provider-aws/livenessprobe:v2.1.0 not found: manifest unknown: Failed to fetch "v2.1.0" from request "/v2/provider-aws/livenessprobe/manifests/v2.1.0".',
  },
  {
    cause: 'not-found',
    runtime: 'docker',
    registry: 'acr',
    family: 'missing-image',
    source: 'Azure/AKS#1889',
    message:
      '[rpc error: code = Unknown desc = Error response from daemon: manifest for XXX.azurecr.io/IMAGE:latest not found: manifest unknown: manifest tagged by "latest" is not found, rpc error: code = Unknown desc = Error response from daemon: Get https://XXX.azurecr.io/v2/ct-server/manifests/latest: unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.]',
  },
  {
    cause: 'not-found',
    runtime: 'docker',
    registry: 'acr',
    family: 'missing-image',
    source: 'Azure/acr#124',
    message:
      '2020-02-27 20:26:51.098 ERROR - DockerApiException: Docker API responded with status code=NotFound, response={"message":"manifest for gbsfinapdev.azurecr.io/ap-fds-otl-claimrefid:113127 not found: manifest unknown: manifest unknown"}',
  },
  {
    cause: 'not-found',
    runtime: 'docker',
    registry: 'other',
    family: 'missing-image',
    source: 'Azure/aks-engine#2690',
    message:
      'Error response from daemon: manifest for mcr.microsoft.com/oss/kubernetes/kubernetesui/dashboard:v2.0.0-beta not found: manifest unknown: manifest unknown',
  },
  {
    cause: 'not-found',
    runtime: 'docker',
    registry: 'harbor',
    family: 'missing-image',
    source: 'goharbor/harbor#13446',
    message: 'Error response from daemon: unknown: repository cache/memcached not found',
  },
  {
    cause: 'not-found',
    registry: 'quay',
    family: 'missing-image',
    source: 'UKHomeOffice/kb8or#68',
    message:
      'message: \'Failed to pull image "quay.io/ukhomeofficedigital/s3registry:v2.0.0-bob":\n    image pull failed for quay.io/ukhomeofficedigital/s3registry:v2.0.0-bob, this\n    may be because there are no credentials on this request.  details: (Tag v2.0.0-bob\n    not found in repository quay.io/ukhomeofficedigital/s3registry)\'',
  },
  {
    cause: 'not-found',
    registry: 'dockerhub',
    family: 'missing-image',
    source: 'kubernetes/kubernetes#7981',
    message: 'Error: image library/fooimage1:latest not found',
  },
  {
    cause: 'not-found',
    runtime: 'docker',
    registry: 'other',
    family: 'missing-image',
    source: 'artifact-keeper/artifact-keeper#584',
    message:
      'Error response from daemon: failed to resolve reference "myrepo.com/dockerhub-remote/alpine:3.20": myrepo.com/dockerhub-remote/alpine:3.20: not found',
  },
  {
    cause: 'not-found',
    registry: 'artifactory',
    family: 'missing-image',
    source: 'docker/build-push-action#1115',
    message:
      'ERROR: failed to solve: failed to push infradock.jfrog.io/test-ghaction:master: unexpected status from POST request to https://infradock.jfrog.io/v2/test-ghaction/blobs/uploads/: 404 Not Found',
  },
  {
    cause: 'not-found',
    runtime: 'docker',
    registry: 'nexus',
    family: 'missing-image',
    source: 'sonatype/nexus-public#639',
    message:
      'Error response from daemon: manifest for 127.0.0.1:9081/foo/bar/baz:version not found: manifest unknown: manifest unknown',
  },
  {
    cause: 'not-found',
    registry: 'nexus',
    family: 'missing-image',
    source: 'sonatype/nexus-public#292',
    message:
      'Is the remote url a valid docker endpoint? Remote host https://eu.gcr.io/ with path /v2/ops-test/flink-jobs/manifests/1.0.0-rc.77 did not return the expected response. Error message: manifest unknown',
  },
  {
    cause: 'not-found',
    registry: 'other',
    family: 'missing-image',
    source: 'podman-container-tools/skopeo#2455',
    message:
      'FATA[0000] initializing source docker://docker.redpanda.com/redpandadata/connect:4.39: reading manifest 4.39 in docker.redpanda.com/redpandadata/connect: manifest unknown',
  },
  {
    cause: 'not-found',
    registry: 'harbor',
    family: 'missing-image',
    source: 'containers/image#2203',
    message:
      'FATA[0000] writing signatures: reading manifest sha256-48d9183eb12a05c99bcc0bf44a003607b8e941e1d4f41f9ad12bdcc4b5672f86.sig in 192.168.210.93/images/alpine: unknown: artifact images/alpine:sha256-48d9183eb12a05c99bcc0bf44a003607b8e941e1d4f41f9ad12bdcc4b5672f86.sig not found',
  },
  {
    cause: 'not-found',
    runtime: 'containerd',
    registry: 'gitlab',
    family: 'missing-image',
    source: 'containerd/containerd#5799',
    message:
      'FATA[0000] pulling image failed: rpc error: code = NotFound desc = failed to pull and unpack image "env-important24724054.ronda.central.jelastic.team:8443/root/gitlab-k8s-cicd-demo/hwservice:master-1": httpReadSeeker: failed open: content at https://env-important24724054.ronda.central.jelastic.team:8443/v2/root/gitlab-k8s-cicd-demo/hwservice/manifests/sha256:2e22b7a8106be4a95c9fb333c85ac163566a7f0a4877275fd4232cf7852d70f8 not found: not found',
  },
  {
    cause: 'not-found',
    registry: 'gcr',
    family: 'missing-image',
    source: 'kubernetes/kubernetes#7968',
    message:
      'I0508 16:05:18.454335    4546 event.go:200] Event(api.ObjectReference{Kind:"Pod", Namespace:"default", Name:"client-fh62u", UID:"f3752ac9-f59b-11e4-8b22-42010af08867", APIVersion:"v1beta3", ResourceVersion:"24269", FieldPath:"spec.containers{client}"}): reason: \'failed\' Failed to pull image "gcr.io/foggy-willow-91020/client:v1.0.0": Error: image foggy-willow-91020/client:v1.0.0 not found',
  },
  {
    cause: 'not-found',
    runtime: 'docker',
    registry: 'ecr',
    family: 'missing-image',
    source: 'nginx/docker-nginx#545',
    message:
      'Error response from daemon: manifest for public.ecr.aws/nginx/nginx:1.20.0 not found: manifest unknown: Requested image not found',
  },
];
