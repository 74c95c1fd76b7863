// Collected real messages: credentials: cloud registries, Docker Hub-like ambiguity, kubelet credential providers (part 4 of 6).
// Gathered verbatim from public issue trackers for issue 10; see messages-collected.ts.
import type { CorpusEntry } from './messages.js';

/** Collected credentials messages, part 4. */
export const CREDENTIALS_4_MESSAGES: readonly CorpusEntry[] = [
  {
    cause: 'auth-or-not-found',
    registry: 'artifact-registry',
    family: 'ambiguous-access',
    source: 'GoogleContainerTools/skaffold#6743',
    message:
      'getting image: GET https://REGION-docker.pkg.dev/v2/token?scope=repository%3APROJECT-NAME%2FREPO-NAME%2Fnodejs-hello-world%3Apull&service=REGION-docker.pkg.dev: DENIED: Permission "artifactregistry.repositories.downloadArtifacts" denied on resource "projects/PROJECT-NAME/locations/REGION/repositories/REPO-NAME" (or it may not exist)',
  },
  {
    cause: 'auth-or-not-found',
    registry: 'gcr',
    family: 'ambiguous-access',
    source: 'GoogleCloudPlatform/buildpacks#454',
    message:
      'ERROR: validating that builder \'gcr.io/buildpacks/builder:google-22\' exists: failed to inspect remote image \'gcr.io/buildpacks/builder:google-22\': fetching builder image: connect to repo store "gcr.io/buildpacks/builder:google-22": GET https://gcr.io/v2/token?scope=repository%3Abuildpacks%2Fbuilder%3Apull&service=gcr.io: DENIED: Permission "artifactregistry.repositories.downloadArtifacts" denied on resource "projects/buildpacks/locations/us/repositories/gcr.io" (or it may not exist)',
  },
  {
    cause: 'auth-or-not-found',
    registry: 'gcr',
    family: 'ambiguous-access',
    source: 'kubernetes/kubernetes#17086',
    message:
      'image pull failed for gcr.io/td-middleware/tdb, this may be because there are no credentials on this request.  details: (Error: image td-middleware/tdb:latest not found)',
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'docker',
    registry: 'gcr',
    family: 'ambiguous-access',
    source: 'kptdev/kpt#153',
    message:
      'Failed to pull image "gcr.io/kpt-dev/helloworld-gke:0.1.0": rpc error: code = Unknown desc = Error response from daemon: pull access denied for gcr.io/kpt-dev/helloworld-gke, repository does not exist or may require \'docker login\'',
  },
  {
    cause: 'auth-or-not-found',
    registry: 'quay',
    family: 'ambiguous-access',
    source: 'BaobabLims/baobab.lims#103',
    message: 'ERROR: unauthorized: access to the requested resource is not authorized',
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'cri-o',
    registry: 'quay',
    family: 'ambiguous-access',
    source: 'vouch/vouch-proxy#505',
    message:
      'Error: initializing source docker://quay.io/voucher/vouch-proxy:latest: reading manifest latest in quay.io/voucher/vouch-proxy: unauthorized: access to the requested resource is not authorized',
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'docker',
    registry: 'quay',
    family: 'ambiguous-access',
    source: 'hpe-storage/csi-driver#288',
    message:
      'Error response from daemon: unauthorized: access to the requested resource is not authorized',
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'cri-o',
    registry: 'quay',
    family: 'ambiguous-access',
    source: 'tusc/ntopng-udm#1',
    message:
      'Error initializing source docker://quay.io/tusc/ntopng-udm:latest: Error reading manifest latest in quay.io/tusc/ntopng-udm: unauthorized: access to the requested resource is not authorized',
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'cri-o',
    registry: 'dockerhub',
    family: 'ambiguous-access',
    source: 'tusc/ntopng-udm#1',
    message:
      'Error initializing source docker://tusc/ntopng-udm:latest: Error reading manifest latest in docker.io/tusc/ntopng-udm: errors:\ndenied: requested access to the resource is denied\nunauthorized: authentication required',
  },
  {
    cause: 'auth-or-not-found',
    registry: 'quay',
    family: 'ambiguous-access',
    source: 'Sylius/Sylius#12871',
    message: 'ERROR: for nodejs  unauthorized: access to the requested resource is not authorized',
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'cri-o',
    registry: 'quay',
    family: 'ambiguous-access',
    source: 'redhat-performance/jetlag#381',
    message:
      'Error: initializing source docker://quay.io/repository/centos7/httpd-24-centos7:latest: reading manifest latest in quay.io/repository/centos7/httpd-24-centos7: unauthorized: access to the requested resource is not authorized',
  },
  {
    cause: 'auth-or-not-found',
    registry: 'dockerhub',
    family: 'ambiguous-access',
    source: 'kubernetes/kubernetes#41566',
    message:
      'level=info msg="Translating \\"denied: requested access to the resource is denied\\" to \\"repository kube-aggregator not found: does not exist or no pull access\\""',
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'ambiguous-access',
    source: 'kubernetes/kubernetes#41566',
    message:
      'level=error msg="Not continuing with pull after error: errors:\\ndenied: requested access to the resource is denied\\nunauthorized: authentication required\\n"',
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'ambiguous-access',
    source: 'octarinesec/octarine-operator#15',
    message:
      'Failed to pull image "octarinesec/guardrails-enforcer:20.7": rpc error: code = Unknown desc = Error response from daemon: pull access denied for octarinesec/guardrails-enforcer, repository does not exist or may require \'docker login\': denied: requested access to the resource is denied',
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'docker',
    registry: 'ghcr',
    family: 'ambiguous-access',
    source: 'groundnuty/k8s-wait-for#70',
    message:
      'Error response from daemon: Head "https://ghcr.io/v2/groundnuty/k8s-wait-for/manifests/v2.0": denied: denied',
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'docker',
    registry: 'ghcr',
    family: 'ambiguous-access',
    source: 'riverqueue/riverui#182',
    message:
      'Error response from daemon: Head "https://ghcr.io/v2/riverqueue/riverui/manifests/latest": denied: denied',
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'docker',
    registry: 'ghcr',
    family: 'ambiguous-access',
    source: 'wolffcatskyy/crowdsec-blocklist-import#60',
    message: 'Error response from daemon: error from registry: denied\ndenied',
  },
  {
    cause: 'auth-or-not-found',
    registry: 'ghcr',
    family: 'ambiguous-access',
    source: 'juliusknorr/nextcloud-docker-dev#158',
    message:
      'ERROR: Head "https://ghcr.io/v2/juliushaertl/nextcloud-dev-nginx/manifests/latest": denied: denied',
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'docker',
    registry: 'ghcr',
    family: 'ambiguous-access',
    source: 'volcano-sh/kthena#486',
    message:
      'Failed to pull image "ghcr.io/kthena/downloader:latest": Error response from daemon: Head "https://ghcr.io/v2/kthena/downloader/manifests/latest": denied',
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'docker',
    registry: 'ghcr',
    family: 'ambiguous-access',
    source: 'udacity/CNAND_nd064_C4_Observability_Starter_Files#1',
    message:
      'Error response from daemon: Get https://ghcr.io/v2/thejaysmith/mytrial/manifests/v1: denied',
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'docker',
    registry: 'ghcr',
    family: 'ambiguous-access',
    source: 'noslate-project/noslate#50',
    message:
      'docker: Error response from daemon: Head "https://ghcr.io/v2/noslate-project/noslate-demo/manifests/0.0.1": denied.',
  },
  {
    // Collected as auth (the 500 is the Docker Engine API status; the registry said 'denied: access
    // forbidden'); the text alone reads as auth-or-not-found, and the classifier names auth among
    // its alternatives.
    cause: 'auth-or-not-found',
    runtime: 'docker',
    registry: 'gitlab',
    family: 'ambiguous-access',
    source: 'getwud/wud#600',
    message:
      'Error ((HTTP code 500) server error - Head "https://registry.gitlab.com/v2/group-name/project-name/manifests/latest": denied: access forbidden)',
  },
  {
    cause: 'auth-or-not-found',
    registry: 'gitlab',
    family: 'ambiguous-access',
    source: 'youtous/docker-mailserver-traefik#5',
    message:
      'ERROR: Head "https://registry.gitlab.com/v2/youtous/mailserver-traefik/manifests/latest": denied: access forbidden',
  },
  {
    // Collected as auth; the text alone reads as auth-or-not-found, and the classifier names auth
    // among its alternatives.
    cause: 'auth-or-not-found',
    registry: 'gitlab',
    family: 'ambiguous-access',
    source: 'sophialittlejohn/phoenix#1',
    message:
      'ERROR: Get https://registry.gitlab.propulsion-home.ch/v2/full-stack/batch-2018-03/group-projects/phoenix/manifests/master: denied: access forbidden',
  },
  {
    // Collected as auth; the text alone reads as auth-or-not-found, and the classifier names auth
    // among its alternatives.
    cause: 'auth-or-not-found',
    runtime: 'docker',
    registry: 'artifactory',
    family: 'ambiguous-access',
    source: 'kubernetes/kubernetes#65958',
    message:
      'Failed to pull image "my-artifactory-website:5006/imagename:4": rpc error: code = Unknown desc = Error response from daemon: unauthorized: The client does not have permission for manifest',
  },
  {
    // Collected as auth (docker-java client: the Engine API 500 wraps the registry's
    // 'unauthorized'); the text alone reads as auth-or-not-found, and the classifier names auth
    // among its alternatives.
    cause: 'auth-or-not-found',
    registry: 'artifactory',
    family: 'ambiguous-access',
    source: 'jfrog/jenkins-artifactory-plugin#326',
    message:
      'com.github.dockerjava.api.exception.InternalServerErrorException: {"message":"unauthorized: The client does not have permission for manifest"}',
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'docker',
    registry: 'artifactory',
    family: 'ambiguous-access',
    source: 'jfrog/charts#1834',
    message:
      'Error response from daemon: unauthorized: The client does not have permission for manifest: Upstream repository is not configured properly',
  },
  {
    // Collected as auth (intermittent); the text alone reads as auth-or-not-found, and the
    // classifier names auth among its alternatives.
    cause: 'auth-or-not-found',
    registry: 'artifactory',
    family: 'ambiguous-access',
    source: 'fabric8io/docker-maven-plugin#1674',
    message:
      'Unable to build image [xxx] : "unauthorized: The client does not have permission for manifest"',
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'ambiguous-access',
    source: 'bitnami/containers#77527',
    message:
      "docker: Error response from daemon: pull access denied for bitnami/harbor, repository does not exist or may require 'docker login': denied: requested access to the resource is denied.",
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'docker',
    registry: 'nexus',
    family: 'ambiguous-access',
    source: 'hashicorp/terraform#35370',
    message:
      'Error response from daemon: Head "http://192.168.1.106:8083/v2/repository/docker-nexus/demo-terraform/manifests/0.0.1-SNAPSHOT": unauthorized: access to the requested resource is not authorized',
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'cri-o',
    registry: 'dockerhub',
    family: 'ambiguous-access',
    source: 'getumbrel/umbrel#691',
    message:
      'ERROR: Error initializing source docker://registry.hub.docker.com/repository/nginx@sha256:380eb808e2a3b0dd954f92c1cae2f845e6558a15037efefcabc5b4e03d666d03: Error reading manifest sha256:380eb808e2a3b0dd954f92c1cae2f845e6558a15037efefcabc5b4e03d666d03 in registry.hub.docker.com/repository/nginx: errors:\ndenied: requested access to the resource is denied\nunauthorized: authentication required',
  },
  {
    cause: 'auth-or-not-found',
    registry: 'artifact-registry',
    family: 'ambiguous-access',
    source: 'crossplane/crossplane#3023',
    message:
      'cannot unpack package: failed to fetch package digest from remote: GET https://**********/v2/token?scope=repository%!A(MISSING)********68%!F(MISSING)docker-gke-irn70740%!F(MISSING)provider-kubernetes%!A(MISSING)pull&service=europe-docker.pkg.dev: DENIED: Permission "artifactregistry.repositories.downloadArtifacts" denied on resource "projects/irn-71889-adm-dev-ope-68/locations/europe/repositories/docker-gke-irn70740" (or it may not exist)',
  },
  {
    // Collected as auth (gcr.io path backed by Artifact Registry; node SA lacked reader role.
    // Source line continues ' from request "/v2/..."'); the text alone reads as auth-or-not-found,
    // and the classifier names auth among its alternatives.
    cause: 'auth-or-not-found',
    runtime: 'docker',
    registry: 'gcr',
    family: 'ambiguous-access',
    source: 'sassoftware/viya4-iac-gcp#109',
    message:
      'Failed to pull image "gcr.io/viya4-poc/sasviyav4-9cl4s-0-lts-2021-1-20210813-1628876294130/viya-4-x64_oci_linux_2-docker/sas-orchestration:1.41.6-20210513.1620868672630": rpc error: code = Unknown desc = Error response from daemon: pull access denied for gcr.io/viya4-poc/sasviyav4-9cl4s-0-lts-2021-1-20210813-1628876294130/viya-4-x64_oci_linux_2-docker/sas-orchestration, repository does not exist or may require \'docker login\': denied: Permission denied for "1.41.6-20210513.1620868672630"',
  },
];
