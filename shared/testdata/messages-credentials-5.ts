// Collected real messages: credentials: cloud registries, Docker Hub-like ambiguity, kubelet credential providers (part 5 of 6).
// Gathered verbatim from public issue trackers for issue 10; see messages-collected.ts.
import type { CorpusEntry } from './messages.js';

/** Collected credentials messages, part 5. */
export const CREDENTIALS_5_MESSAGES: readonly CorpusEntry[] = [
  {
    cause: 'auth-or-not-found',
    runtime: 'docker',
    registry: 'ghcr',
    family: 'ambiguous-access',
    source: 'https://qiita.com/aKuad/items/8885da126d829470f42b',
    message:
      'Error response from daemon: Head "https://ghcr.io/v2/doxygen/doxygen/manifests/latest": denied: denied',
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'cri-o',
    registry: 'quay',
    family: 'ambiguous-access',
    source: 'stolostron/deploy#2',
    message:
      'Failed to pull image "quay.io/open-cluster-management/multicloudhub-operator-bundle@sha256:ba919b34aa7c7c7135f4474791defb6240ff1af2491b876c25ba960af81c5267": rpc error: code = Unknown desc = Error reading manifest sha256:ba919b34aa7c7c7135f4474791defb6240ff1af2491b876c25ba960af81c5267 in quay.io/open-cluster-management/multicloudhub-operator-bundle: unauthorized: access to the requested resource is not authorized',
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'cri-o',
    registry: 'quay',
    family: 'ambiguous-access',
    source: 'stolostron/deploy#6',
    message:
      'Error reading manifest 1.0.0-SNAPSHOT-2020-03-12-18-56-25 in quay.io/open-cluster-management/multiclusterhub-operator-index: unauthorized: access to the requested resource is not authorized',
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'cri-o',
    registry: 'quay',
    family: 'ambiguous-access',
    source: 'openshift/sriov-network-operator#988',
    message:
      'FATA[0001] Error parsing image name "docker://quay.io/openshift/origin-sriov-cni": reading manifest latest in quay.io/openshift/origin-sriov-cni: unauthorized: access to the requested resource is not authorized',
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'cri-o',
    registry: 'quay',
    family: 'ambiguous-access',
    source: 'kubeedge/kubeedge#5936',
    message:
      '"PullImage from image service failed" err="rpc error: code = Unknown desc = reading manifest v1.17.3 in quay.io/kubeedge/cloudcore: unauthorized: access to the requested resource is not authorized" image="quay.io/kubeedge/cloudcore:v1.17.3"',
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'cri-o',
    registry: 'quay',
    family: 'ambiguous-access',
    source: 'intel/intel-device-plugins-for-kubernetes#868',
    message:
      'reading manifest latest in quay.io/intel/intel-gpu-initcontainer: unauthorized: access to the requested resource is not authorized',
  },
  {
    cause: 'auth-or-not-found',
    registry: 'dockerhub',
    family: 'ambiguous-access',
    source: 'docker/buildx#1611',
    message: 'insufficient_scope: authorization failed',
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'ambiguous-access',
    source: 'docker/buildx#1611',
    message:
      "Error response from daemon: pull access denied for base, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
  },
  {
    // Collected as auth (private GitLab project; the platform had no registry credentials); the
    // text alone reads as auth-or-not-found, and the classifier names auth among its alternatives.
    cause: 'auth-or-not-found',
    runtime: 'docker',
    registry: 'gitlab',
    family: 'ambiguous-access',
    source: 'coollabsio/coolify#890',
    message:
      'Error response from daemon: Head "https://registry.gitlab.com/v2/promology/magento211/manifests/latest": denied: access forbidden',
  },
  {
    cause: 'auth-or-not-found',
    registry: 'gitlab',
    family: 'ambiguous-access',
    source: 'fluxcd/flux#2999',
    message:
      'requesting tags: errors: denied: requested access to the resource is denied unauthorized: authentication required',
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'cri-o',
    registry: 'dockerhub',
    family: 'ambiguous-access',
    source: 'cri-o/cri-o#2331',
    message:
      'FATA[0000] pulling image failed: rpc error: code = Unknown desc = Error reading manifest latest in docker.io/crio/busybox: errors:\ndenied: requested access to the resource is denied\nunauthorized: authentication required',
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'ambiguous-access',
    source: 'distribution/distribution#2175',
    message:
      'Error response from daemon: repository myUsername/myDockerHubRepo not found: does not exist or no pull access',
  },
  {
    // Collected as auth (private GHCR package; fixed by package permissions); the text alone reads
    // as auth-or-not-found, and the classifier names auth among its alternatives.
    cause: 'auth-or-not-found',
    runtime: 'docker',
    registry: 'ghcr',
    family: 'ambiguous-access',
    source: 'trudi-group/ipfs-metric-exporter#63',
    message:
      'Error response from daemon: Head "https://ghcr.io/v2/trudi-group/kubo-mexport/manifests/latest": unauthorized',
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'docker',
    registry: 'other',
    family: 'ambiguous-access',
    source: 'ciiiii/cloudflare-docker-proxy#17',
    message:
      "Using default tag: latest\nError response from daemon: pull access denied for docker.libcuda.so/hello-world, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'docker',
    registry: 'harbor',
    family: 'ambiguous-access',
    source: 'goharbor/harbor#4573',
    message:
      "Error response from daemon: pull access denied for [IP]:5000/v2/lib/redis, repository does not exist or may require 'docker login'",
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'cri-o',
    registry: 'quay',
    family: 'ambiguous-access',
    source: 'goharbor/harbor-helm#1888',
    message:
      'Failed to pull image "goharbor/harbor-db:v2.12.0": initializing source docker://quay.io/goharbor/harbor-db:v2.12.0: reading manifest v2.12.0 in quay.io/goharbor/harbor-db: unauthorized: access to the requested resource is not authorized',
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'docker',
    registry: 'gcr',
    family: 'ambiguous-access',
    source: 'kubernetes/kubernetes#30148',
    message:
      'Error: Status 403 trying to pull repository <path to GCR image>: "Unable to access th\ne repository: <path to GCR image>; please verify that it exists and you have permission to access it."',
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'docker',
    registry: 'gitlab',
    family: 'ambiguous-access',
    source: 'docker/docs#22965',
    message:
      "Error response from daemon: pull access denied for registry.gitlab.com/<IMAGE_PATH>, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
  },
  {
    // Collected as auth (GHCR 'denied: denied' commonly from stale/expired stored ghcr credentials
    // even for public packages); the text alone reads as auth-or-not-found, and the classifier
    // names auth among its alternatives.
    cause: 'auth-or-not-found',
    runtime: 'docker',
    registry: 'ghcr',
    family: 'ambiguous-access',
    source: 'alexjustesen/speedtest-tracker#566',
    message:
      'Error response from daemon: Head "https://ghcr.io/v2/alexjustesen/speedtest-tracker/manifests/latest": denied: denied',
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'docker',
    registry: 'ghcr',
    family: 'ambiguous-access',
    source: 'beeper/registration-relay#3',
    message:
      'Using default tag: latest\nError response from daemon: Head "https://ghcr.io/v2/beeper/registration-relay/manifests/latest": unauthorized',
  },
  {
    cause: 'auth-or-not-found',
    registry: 'ghcr',
    family: 'ambiguous-access',
    source: 'grantbevis/borg-server#10',
    message:
      'ERROR: for borg-server  Head "https://ghcr.io/v2/b3vis/borg-server/manifests/latest": denied\nERROR: Head "https://ghcr.io/v2/b3vis/borg-server/manifests/latest": denied',
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'cri-o',
    registry: 'quay',
    family: 'ambiguous-access',
    source: 'kubeedge/kubeedge#5936',
    message:
      'E1029 15:12:50.451994    4234 remote_image.go:180] "PullImage from image service failed" err="rpc error: code = Unknown desc = reading manifest v1.17.3 in quay.io/kubeedge/cloudcore: unauthorized: access to the requested resource is not authorized" image="quay.io/kubeedge/cloudcore:v1.17.3"\nFATA[0005] pulling image: reading manifest v1.17.3 in quay.io/kubeedge/cloudcore: unauthorized: access to the requested resource is not authorized',
  },
  {
    cause: 'auth-or-not-found',
    registry: 'quay',
    family: 'ambiguous-access',
    source: 'BaobabLims/baobab.lims#103',
    message:
      'Pulling nginx (quay.io/sanbi-sa/baobab-nginx:1.15)...\nERROR: unauthorized: access to the requested resource is not authorized',
  },
  {
    cause: 'auth-or-not-found',
    registry: 'gcr',
    family: 'ambiguous-access',
    source: 'googlecodelabs/monolith-to-microservices#102',
    message:
      "denied: Caller does not have permission or the resource may not exist 'read'. To configure permissions, follow instructions at: https://cloud.google.com/container-registry/docs/access-control",
  },
  {
    // Collected as auth (GCR 'Permission denied for "<tag>" from request' wording; placeholders by
    // reporter); the text alone reads as auth-or-not-found, and the classifier names auth among its
    // alternatives.
    cause: 'auth-or-not-found',
    runtime: 'docker',
    registry: 'gcr',
    family: 'ambiguous-access',
    source: 'portainer/portainer#1702',
    message:
      'pull access denied for us.gcr.io/{PROJECT}/{IMAGENAME} repository does not exist or may require \'docker login\': denied: Permission denied for "{IMAGE_VERSION}" from request "/v2/{PROJECT}/{IMAGENAME}/manifests/{IMAGE_VERSION}".',
  },
  {
    // Collected as auth (reporter replaced image name); the text alone reads as auth-or-not-found,
    // and the classifier names auth among its alternatives.
    cause: 'auth-or-not-found',
    registry: 'quay',
    family: 'ambiguous-access',
    source: 'podman-container-tools/skopeo#1665',
    message:
      'time="2022-06-06T12:29:41Z" level=fatal msg="initializing source docker://quay.io/image reading manifest v1.7.0 in quay.io/image: unauthorized: access to the requested resource is not authorized"',
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'docker',
    registry: 'gcr',
    family: 'ambiguous-access',
    source: 'tektoncd/pipeline#3082',
    message:
      'Failed to pull image "gcr.io/tekton-releases/github.com/tektoncd/pipeline/cmd/creds-init:v0.11.2@sha256:ced427e48b143bc821aedd4a0936fa2caef3f208d70efe68ccba786c12b2c943": rpc error: code = Unknown desc = Error response from daemon: pull access denied for gcr.io/tekton-releases/github.com/tektoncd/pipeline/cmd/creds-init, repository does not exist or may require \'docker login\': denied: Permission denied for "sha256:ced427e48b143bc821aedd4a0936fa2caef3f208d70efe68ccba786c12b2c943" from request "/v2/tekton-releases/github.com/tektoncd/pipeline/cmd/creds-init/manifests/sha256:ced427e48b143bc821aedd4a0936fa2caef3f208d70efe68ccba786c12b2c943".',
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'ambiguous-access',
    source: 'rexray/rexray#1379',
    message:
      'Error response from daemon: error resolving plugin reference: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'containerd',
    registry: 'dockerhub',
    family: 'ambiguous-access',
    source: 'containerd/nerdctl#1275',
    message:
      'time="2022-07-29T19:34:50+01:00" level=fatal msg="failed to resolve reference \\"docker.io/library/pull:latest\\": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed"',
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'containerd',
    registry: 'dockerhub',
    family: 'ambiguous-access',
    source: 'kubernetes-sigs/kind#2474',
    message:
      'Failed to pull image "open-dataplatform-hadoop-hdfs": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/library/open-dataplatform-hadoop-hdfs:latest": failed to resolve reference "docker.io/library/open-dataplatform-hadoop-hdfs:latest": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'docker',
    registry: 'ghcr',
    family: 'ambiguous-access',
    source: 'ogham-mcp/ogham-mcp#5',
    message:
      'Using default tag: latest\nError response from daemon: error from registry: unauthorized\nunauthorized',
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'ambiguous-access',
    source: 'wukongdaily/DockerTarBuilder#11',
    message:
      "Error response from daemon: pull access denied for minio, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\nError: Process completed with exit code 1.",
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'ambiguous-access',
    source: 'uf-mil/mil#44',
    message:
      "FROM uf-mil:base pull access denied for uf-mil, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
  },
];
