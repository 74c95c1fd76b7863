// Collected real messages: missing images, rate limits, registry faults, the kubelet, and texts naming no cause (part 3 of 6).
// Gathered verbatim from public issue trackers for issue 10; see messages-collected.ts.
import type { CorpusEntry } from './messages.js';

/** Collected missing images, rate limits, registry faults, the kubelet, and texts naming no cause messages, part 3. */
export const REGISTRY_ANSWERS_3_MESSAGES: readonly CorpusEntry[] = [
  {
    cause: 'rate-limit',
    runtime: 'containerd',
    registry: 'dockerhub',
    family: 'rate-limit',
    source: 'namespacelabs/foundation#846',
    message:
      'Warning  Failed     50s (x4 over 2m24s)  kubelet            Failed to pull image "index.docker.io/jaegertracing/all-in-one@sha256:8d0bff43db3ce5c528cb6f957520511d263d7cceee012696e4afdc9087919bb9": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/jaegertracing/all-in-one@sha256:8d0bff43db3ce5c528cb6f957520511d263d7cceee012696e4afdc9087919bb9": failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/jaegertracing/all-in-one/manifests/sha256:8d0bff43db3ce5c528cb6f957520511d263d7cceee012696e4afdc9087919bb9: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit.',
  },
  {
    cause: 'rate-limit',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'rate-limit',
    source: 'ceph/ceph-csi#2029',
    message:
      'Failed: Failed to pull image "docker.io/library/busybox:1.29": rpc error: code = Unknown desc = Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
  },
  {
    cause: 'rate-limit',
    runtime: 'containerd',
    registry: 'dockerhub',
    family: 'rate-limit',
    source: 'dell/csi-baremetal#391',
    message:
      'Failed: Failed to pull image "centos": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/library/centos:latest": failed to copy: httpReaderSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/centos/manifests/sha256:dbbacecc49b088458781c16f3775f2a2ec7521079034a7ba499c8b0bb7f86875: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
  },
  {
    cause: 'rate-limit',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'rate-limit',
    source: 'projectcalico/calico#4918',
    message:
      'Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
  },
  {
    cause: 'rate-limit',
    runtime: 'cri-o',
    registry: 'dockerhub',
    family: 'rate-limit',
    source: 'red-hat-storage/ocs-ci#4494',
    message:
      'Warning  Failed          16s (x2 over 90s)    kubelet            Failed to pull image "obsidiandynamics/kafdrop:latest": rpc error: code = Unknown desc = Error reading manifest latest in docker.io/obsidiandynamics/kafdrop: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
  },
  {
    cause: 'rate-limit',
    registry: 'dockerhub',
    family: 'rate-limit',
    source: 'litmuschaos/litmus#2846',
    message:
      'Failed to pull image "litmuschaos/chaos-operator:1.13.5": rpc error: code = Unknown desc = toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
  },
  {
    cause: 'rate-limit',
    runtime: 'docker',
    registry: 'gcr',
    family: 'rate-limit',
    source: 'kubernetes/kubernetes#9534',
    message:
      'W1127 10:42:16.169000    3395 manager.go:1897] Failed to pull image "gcr.io/google_containers/kube-ui:v2" from pod "kube-ui-v2-ojp6m_kube-system" and container "kube-ui": Error: Status 429 trying to pull repository google_containers/kube-ui:',
  },
  {
    cause: 'rate-limit',
    runtime: 'docker',
    registry: 'ecr',
    family: 'rate-limit',
    source: 'zebrunner/mcloud-agent#235',
    message: 'Error response from daemon: toomanyrequests: Rate exceeded',
  },
  {
    cause: 'rate-limit',
    registry: 'ecr',
    family: 'rate-limit',
    source: 'DataDog/datadog-lambda-extension#123',
    message:
      'invalid from flag value public.ecr.aws/datadog/lambda-extension:35: toomanyrequests: Rate exceeded',
  },
  {
    cause: 'rate-limit',
    registry: 'ecr',
    family: 'rate-limit',
    source: 'openreplay/openreplay#4076',
    message:
      ' ✘ Image public.ecr.aws/p1t3u8a3/chalice:v1.22.0      Error toomanyrequests: Rate exceeded',
  },
  {
    cause: 'rate-limit',
    registry: 'dockerhub',
    family: 'rate-limit',
    source: 'apptension/saas-boilerplate#204',
    message:
      '#4 ERROR: failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/cypress/included/manifests/sha256:86e3bff9634b85a5239a65974ac3c98f51277a8e1519fbd57b5e528f55ab8bf7: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
  },
  {
    cause: 'rate-limit',
    registry: 'dockerhub',
    family: 'rate-limit',
    source: 'AliyunContainerService/image-syncer#160',
    message:
      'reading manifest 1.13 in docker.io/library/nginx: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
  },
  {
    cause: 'rate-limit',
    registry: 'ghcr',
    family: 'rate-limit',
    source: 'alexklibisz/terraform-provider-terrifi#50',
    message: 'toomanyrequests: retry-after: 985.86µs, allowed: 44000/minute',
  },
  {
    cause: 'rate-limit',
    registry: 'ghcr',
    family: 'rate-limit',
    source: 'falcosecurity/plugins#1069',
    message:
      'GET "https://ghcr.io/v2/falcosecurity/plugins/plugin/container/manifests/sha256:2c6f56657df53e55ae32ba81b6a818a9b7fec5f04ea38e174fe717187236567f": response status code 429: toomanyrequests: retry-after: 1.16676ms, allowed: 44000/minute',
  },
  {
    cause: 'rate-limit',
    runtime: 'docker',
    registry: 'other',
    family: 'rate-limit',
    source: 'cloudwego/biz-demo#45',
    message:
      'Error response from daemon: toomanyrequests: remaining traffic quota is not enough to download this layer for current month',
  },
  {
    cause: 'rate-limit',
    runtime: 'docker',
    registry: 'other',
    family: 'rate-limit',
    source: 'Azure/acr#754',
    message:
      'Step 1/11 : FROM mcr.microsoft.com/dotnet/sdk:6.0 AS installer-env\nerror parsing HTTP 429 response body: invalid character \'R\' looking for beginning of value: "Ref A: 9E31E74CD9834672839D9F06B9E41573 Ref B: DM2EDGE0520 Ref C: 2024-05-08T12:36:23Z"',
  },
  {
    cause: 'rate-limit',
    registry: 'acr',
    family: 'rate-limit',
    source: 'Azure/acr#754',
    message:
      "toomanyrequests: too many requests to source registry for cache rule 'dotnet-sdk'. CorrelationId: 79",
  },
  {
    cause: 'rate-limit',
    runtime: 'docker',
    registry: 'acr',
    family: 'rate-limit',
    source: 'Azure/AKS#1400',
    message:
      'Failed to pull image ""aksrepos.azurecr.io/mirror/hyperkube-amd64:v1.14.8_f0.0.2"": [rpc error: code = Unknown desc = Error response from daemon: toomanyrequests: Too many requests. Please visit https://aka.ms/acr/skus#sku-feature-matrix to view limits of all service tiers., rpc error: code = Unknown desc = error pulling image configuration: toomanyrequests: Too many requests. Please visit https://aka.ms/acr/skus#sku-feature-matrix to view limits of all service tiers.]',
  },
  {
    cause: 'rate-limit',
    registry: 'acr',
    family: 'rate-limit',
    source: 'Azure/azure-cli#24886',
    message:
      "Access to registry '<redacted>.azurecr.io' was denied. Response code: 429. Please try running 'az login' again to refresh permissions.",
  },
  {
    cause: 'rate-limit',
    registry: 'other',
    family: 'rate-limit',
    source: 'microsoft/containerregistry#140',
    message:
      'ERROR: failed to solve: failed to compute cache key: failed to copy: httpReadSeeker: failed open: unexpected status code https://mcr.microsoft.com/v2/dotnet/aspnet/blobs/sha256:d3b756117bfc66a1c14dcc282f851891ef89aae8f856f4104f5eead552a718f1: 429 Too Many Requests',
  },
  {
    cause: 'rate-limit',
    runtime: 'docker',
    registry: 'other',
    family: 'rate-limit',
    source: 'microsoft/containerregistry#108',
    message:
      '2022-03-29T07:00:30.5006078Z docker: error pulling image configuration: toomanyrequests: Too many requests. Please visit https://aka.ms/acr/skus#sku-feature-matrix to view limits of all service tiers.',
  },
  {
    cause: 'rate-limit',
    registry: 'quay',
    family: 'rate-limit',
    source: '3scale/3scale-operator#583',
    message:
      '! error: Import failed (InternalError): Internal error occurred: quay.io/3scale/3scale27:zync-3scale-2.7.0-GA: Get "https://quay.io/v2/3scale/3scale27/manifests/zync-3scale-2.7.0-GA": error parsing HTTP 429 response body: invalid character \'<\' looking for beginning of value: "<html>\\r\\n<head><title>429 Too Many Requests</title></head>\\r\\n<body bgcolor=\\"white\\">\\r\\n<center><h1>429 Too Many Requests</h1></center>\\r\\n<hr><center>nginx/1.12.1</center>\\r\\n</body>\\r\\n</html>\\r\\n"',
  },
  {
    cause: 'rate-limit',
    registry: 'dockerhub',
    family: 'rate-limit',
    source: 'uc-cdis/metadata-service#16',
    message:
      'Could not pull base image: API error (500): toomanyrequests: You have reached your pull rate limit. \nYou may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
  },
  {
    cause: 'rate-limit',
    registry: 'dockerhub',
    family: 'rate-limit',
    source: 'docker/docs#21908',
    message:
      'Error: INSTALLATION FAILED: failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/bitnamicharts/drupal/manifests/sha256:9538e0c4fd55aa75d75f6846bc99b1ecddad3a4ffbb7cbf8d0fc8578a5c2b02f: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
  },
  {
    cause: 'rate-limit',
    registry: 'dockerhub',
    family: 'rate-limit',
    source: 'Azure/azure-sdk-for-js#34390',
    message:
      'An error occurred when getting manifest. StatusCode: 429, Reason: Too Many Requests, Details: {"errors": [{"code": "TOOMANYREQUESTS", "message": "You have reached your unauthenticated pull rate limit.',
  },
  {
    cause: 'rate-limit',
    registry: 'dockerhub',
    family: 'rate-limit',
    source: 'apache/incubator-kie-kogito-runtimes#2864',
    message:
      'Failed to execute goal com.google.cloud.tools:jib-maven-plugin:3.3.1:dockerBuild (default) on project dmn-drools-springboot-metrics: 429 Too Many Requests',
  },
  {
    cause: 'rate-limit',
    registry: 'dockerhub',
    family: 'rate-limit',
    source: 'apache/incubator-kie-kogito-runtimes#2864',
    message: '"code": "TOOMANYREQUESTS",',
  },
  {
    cause: 'rate-limit',
    registry: 'artifact-registry',
    family: 'rate-limit',
    source: 'kubernetes/k8s.io#6431',
    message:
      "GET https://asia-south1-docker.pkg.dev/v2/k8s-artifacts-prod/images/kube-proxy-ppc64le/manifests/sha256-11347b163438dc07aabfb3ddb651c785b4830f379c1ca6b57bd4939e7e29c895.sig: TOOMANYREQUESTS: Quota exceeded for quota metric 'Requests per project per user' and limit 'Requests per project per user per minute per user' of service 'artifactregistry.googleapis.com' for consumer 'project_number:388270116193'.",
  },
  {
    cause: 'rate-limit',
    registry: 'dockerhub',
    family: 'rate-limit',
    source: 'mixool/xrayku#5',
    message:
      'Sending build context to Docker daemon  282.6kBStep 1/5 : FROM alpine:edge\n\ntoomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
  },
  {
    cause: 'registry-error',
    registry: 'other',
    family: 'registry-fault',
    source: 'openshift/origin#16349',
    message:
      'Failed to pull image "docker-registry.default.svc:5000/test-docker/origin-ruby-sample@sha256:c1fb4160ed2b43b9b8c6d93a5908ca22ccac8442a0876e1103da9493daa1e73d": rpc error: code = 2 desc = Error reading signatures: received unexpected HTTP status: 500 Internal Server Error',
  },
  {
    cause: 'registry-error',
    runtime: 'docker',
    registry: 'harbor',
    family: 'registry-fault',
    source: 'goharbor/harbor#12010',
    message:
      'Get https://<harborsite>/<image>:<tag>: received unexpected HTTP status: 500 Internal Server Error',
  },
  {
    cause: 'registry-error',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'registry-fault',
    source: 'docker-library/official-images#1489',
    message:
      'Error response from daemon: Get https://registry-1.docker.io/v2/library/busybox/manifests/latest: Received unexpected HTTP status: 500 Internal Server Error',
  },
  {
    cause: 'registry-error',
    runtime: 'containerd',
    registry: 'harbor',
    family: 'registry-fault',
    source: 'goharbor/harbor#11108',
    message:
      'FATA[0000] pulling image failed: rpc error: code = Unknown desc = failed to pull and unpack image "k8s.gcr.io/etcd:3.2.24": failed to resolve reference "k8s.gcr.io/etcd:3.2.24": failed to authorize: failed to fetch oauth token: unexpected status: 500 Internal Server Error',
  },
  {
    cause: 'registry-error',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'registry-fault',
    source: 'docker/hub-feedback#2439',
    message:
      'error pulling image configuration: download failed after attempts=6: received unexpected HTTP status: 500 Internal Server Error',
  },
  {
    cause: 'registry-error',
    runtime: 'containerd',
    registry: 'dockerhub',
    family: 'registry-fault',
    source: 'docker/hub-feedback#2439',
    message:
      'failed to copy: httpReadSeeker: failed open: unexpected status code\n500 Internal Server Error',
  },
  {
    cause: 'registry-error',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'registry-fault',
    source: 'sigoden/dufs#64',
    message:
      'error pulling image configuration: received unexpected HTTP status: 500 Internal Server Error',
  },
];
