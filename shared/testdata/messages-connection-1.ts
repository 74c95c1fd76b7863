// Collected real messages: DNS, TLS and the network path to registries, token services and proxies (part 1 of 4).
// Gathered verbatim from public issue trackers for issue 10; see messages-collected.ts.
import type { CorpusEntry } from './messages.js';

/** Collected DNS, TLS and the network path to registries, token services and proxies messages, part 1. */
export const CONNECTION_1_MESSAGES: readonly CorpusEntry[] = [
  {
    cause: 'network',
    runtime: 'docker',
    registry: 'acr',
    family: 'network-path',
    source: 'Azure/acr#77',
    message:
      'Error response from daemon: Get https://zapic.azurecr.io/v2/image/name/manifests/tag: Get https://zapic.azurecr.io/oauth2/token?account=zapic&scope=repository%3Aimage%2Fname%3Apull&service=zapic.azurecr.io: net/http: request canceled (Client.Timeout exceeded while awaiting headers)',
  },
  {
    cause: 'network',
    registry: 'acr',
    family: 'network-path',
    source: 'Azure/acr#594',
    message:
      'ACR d*****.azurecr.io rejected token exchange: failed to send token exchange request: Post https://d*****.azurecr.io/oauth2/exchange: dial tcp 10.201.3.5:443: i/o timeout',
  },
  {
    cause: 'network',
    runtime: 'docker',
    registry: 'acr',
    family: 'network-path',
    source: 'Azure/acr#633',
    message:
      'Failed to pull image "<acrname>.azurecr.io/<imagae-name>:02b6d84d635c3d9ff4182ad1c50d16364695d3d5": rpc error: code Unknown desc Error response from daemon: Head "https://<acrname>.azurecr.io/v2/<image-name>/manifests/02b6d84d635c3d9ff4182ad1c50d16364695d3d5": denied: client with IP \'x.x.x.x\' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.',
  },
  {
    cause: 'network',
    registry: 'dockerhub',
    family: 'network-path',
    source: 'docker/for-win#14702',
    message:
      'failed to copy: httpReadSeeker: failed open: failed to do request: Get "https://docker-images-prod.6aa30f8b08e16409b46e0173d6de2f56.r2.cloudflarestorage.com/registry-v2/docker/registry/v2/blobs/sha256/6d/6d79abd4c96299aa91f5a4a46551042407568a3858b00ab460f4ba430984f62c/data?X-Amz-Algorithm=AWS4-HMAC-SHA256&[...]": dialing docker-images-prod.6aa30f8b08e16409b46e0173d6de2f56.r2.cloudflarestorage.com:443 container via direct connection because static system has no HTTPS proxy: connecting to docker-images-prod.6aa30f8b08e16409b46e0173d6de2f56.r2.cloudflarestorage.com:443: dial tcp [2606:4700:2ff9::1]:443: connectex: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.',
  },
  {
    cause: 'network',
    runtime: 'containerd',
    registry: 'dockerhub',
    family: 'network-path',
    source: 'litmuschaos/litmus#5046',
    message:
      'Failed to pull image "litmuschaos.docker.scarf.sh/litmuschaos/litmusportal-frontend:3.15.0": failed to pull and unpack image "litmuschaos.docker.scarf.sh/litmuschaos/litmusportal-frontend:3.15.0": failed to copy: httpReadSeeker: failed open: failed to do request: Get "https://docker-images-prod.6aa30f8b08e16409b46e0173d6de2f56.r2.cloudflarestorage.com/registry-v2/docker/registry/v2/blobs/sha256/66/66a62ee936755212645672d659ec89d09fdd76985316659a3351f913ba84d52c/data?X-Amz-Algorithm=AWS4-HMAC-SHA256&[...]": read tcp 10.204.11.114:58158->172.66.1.46:443: read: connection reset by peer',
  },
  {
    cause: 'network',
    runtime: 'containerd',
    registry: 'quay',
    family: 'network-path',
    source: 'ansible/awx#11109',
    message:
      'Failed to pull image "quay.io/ansible/awx-ee:latest": rpc error: code = Unknown desc = failed to pull and unpack image "quay.io/ansible/awx-ee:latest": failed to copy: httpReaderSeeker: failed open: failed to do request: Get "https: // cdn02.quay.io/sha256/b2/b2a28c3a93db229b413efb9085283949243e2741385282beae51d7285f1f3402?Expires=1632318661&[...]": read tcp 10.20.130.43:50116->13.32.143.102:443: read: connection reset by peer',
  },
  {
    cause: 'network',
    registry: 'quay',
    family: 'network-path',
    source: 'openai/universe#38',
    message: 'read tcp 192.168.1.25:40602->54.231.120.227:443: read: connection reset by peer',
  },
  {
    cause: 'network',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'network-path',
    source: 'docker-archive-public/docker.kitematic#3743',
    message:
      'error pulling image configuration: Get https://dseasb33srnrn.cloudfront.net/registry-v2/docker/registry/v2/blobs/sha256/6c/6c0bdf761f3b2777c437ac9a0ab6201be66766558752079235dfc173d16b4026/data?Expires=1523420912&[...]: net/http: TLS handshake timeout',
  },
  {
    cause: 'network',
    runtime: 'docker',
    registry: 'harbor',
    family: 'network-path',
    source: 'goharbor/harbor-helm#841',
    message:
      'Error response from daemon: Get https://registry.ciecdev.com/v2/: net/http: TLS handshake timeout',
  },
  {
    cause: 'network',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'network-path',
    source: 'docker/hub-feedback#1195',
    message:
      'docker: Error response from daemon: Get https://registry-1.docker.io/v2/library/ubuntu/manifests/latest: net/http: TLS handshake timeout.',
  },
  {
    cause: 'network',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'network-path',
    source: 'docker-archive-public/docker.kitematic#2771',
    message:
      '(HTTP code 500) server error - {"message":"Get https://registry-1.docker.io/v2/library/redis/manifests/latest: Get https://auth.docker.io/token?account=daishun&scope=repository%3Alibrary%2Fredis%3Apull&service=registry.docker.io: net/http: TLS handshake timeout"}',
  },
  {
    cause: 'network',
    registry: 'dockerhub',
    family: 'network-path',
    source: 'docker-archive-public/docker.kitematic#988',
    message:
      'Get https://registry-1.docker.io/v1/repositories/library/ubuntu/tags/latest: net/http: TLS handshake timeout.',
  },
  {
    cause: 'network',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'network-path',
    source: 'nextstrain/cli#377',
    message:
      'docker: Error response from daemon: Head "https://registry-1.docker.io/v2/library/hello-world/manifests/latest": Get "https://auth.docker.io/token?account=githubactions&scope=repository%3Alibrary%2Fhello-world%3Apull&service=registry.docker.io": context deadline exceeded (Client.Timeout exceeded while awaiting headers).',
  },
  {
    cause: 'network',
    registry: 'dockerhub',
    family: 'network-path',
    source: 'kubernetes/kubernetes#26677',
    message: 'container start failed: ErrImagePull: net/http: request canceled',
  },
  {
    cause: 'network',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'network-path',
    source: 'docker-archive-public/docker.kitematic#3378',
    message:
      'error pulling image configuration: Get https://dseasb33srnrn.cloudfront.net/registry-v2/docker/registry/v2/blobs/sha256/a6/a61a91cc0d1bafe6f88612278c24c68ffec215379066bd9efe8199fc350666e0/data?Expires=1512223653&[...]: dial tcp 218.248.255.164:443: i/o timeout',
  },
  {
    cause: 'network',
    runtime: 'containerd',
    registry: 'gcr',
    family: 'network-path',
    source: 'myifeng/mirror-porter#92',
    message:
      'Failed to pull image "k8s.gcr.io/conformance:v1.28.5": rpc error: code = DeadlineExceeded desc = failed to pull and unpack image "k8s.gcr.io/conformance:v1.28.5": failed to resolve reference "k8s.gcr.io/conformance:v1.28.5": failed to do request: Head "https://k8s.gcr.io/v2/conformance/manifests/v1.28.5": dial tcp 64.233.189.82:443: i/o timeout',
  },
  {
    cause: 'network',
    runtime: 'containerd',
    registry: 'other',
    family: 'network-path',
    source: 'kubernetes/kubeadm#2936',
    message:
      'pulling image: rpc error: code = Unknown desc = failed to pull and unpack image "registry.k8s.io/kube-proxy:v1.28.2": failed to resolve reference "registry.k8s.io/kube-proxy:v1.28.2": failed to do request: Head "https://registry.k8s.io/v2/kube-proxy/manifests/v1.28.2": dial tcp 34.96.108.209:443: connect: connection timed out',
  },
  {
    cause: 'network',
    runtime: 'containerd',
    registry: 'dockerhub',
    family: 'network-path',
    source: 'apecloud/kubeblocks#9169',
    message:
      'Failed to pull image "msoap/shell2http:1.16.0": failed to pull and unpack image "docker.io/msoap/shell2http:1.16.0": failed to resolve reference "docker.io/msoap/shell2http:1.16.0": failed to do request: Head "https://registry-1.docker.io/v2/msoap/shell2http/manifests/1.16.0": dial tcp 199.96.61.1:443: connect: connection timed out',
  },
  {
    cause: 'network',
    registry: 'dockerhub',
    family: 'network-path',
    source: 'docker/for-win#841',
    message:
      'Get https://registry-1.docker.io/v2/microsoft/nanoserver/manifests/latest: Get https://auth.docker.io/token?scope=repository%3Amicrosoft%2Fnanoserver%3Apull&service=registry.docker.io: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
  },
  {
    cause: 'network',
    registry: 'gcr',
    family: 'network-path',
    source: 'kubernetes/minikube#7945',
    message:
      'Handler for POST /images/create returned error: Get https://gcr.io/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
  },
  {
    cause: 'network',
    runtime: 'docker',
    registry: 'other',
    family: 'network-path',
    source: 'docker/for-win#5983',
    message:
      'Error response from daemon: Get https://dockerregistry:port/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
  },
  {
    cause: 'network',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'network-path',
    source: 'docker-archive-public/docker.kitematic#3657',
    message:
      'Error response from daemon: Get https://registry-1.docker.io/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
  },
  {
    cause: 'network',
    registry: 'other',
    family: 'network-path',
    source: 'openshift/release#2505',
    message:
      'error: unable to connect to image repository registry.svc.ci.openshift.org/ci-op-hlnzwq9h/stable@sha256:7e7e9074ae67ef2da6d80bb27880af271e0ca2043b563c9773933738a525adfd: Get https://registry.svc.ci.openshift.org/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
  },
  {
    cause: 'network',
    runtime: 'containerd',
    registry: 'dockerhub',
    family: 'network-path',
    source: 'inclavare-containers/inclavare-containers#1293',
    message:
      'running container: creating container failed: rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/inclavarecontainers/occlum-hello-world:scratch": failed to resolve reference "docker.io/inclavarecontainers/occlum-hello-world:scratch": failed to do request: Head "https://registry-1.docker.io/v2/inclavarecontainers/occlum-hello-world/manifests/scratch": net/http: TLS handshake timeout',
  },
  {
    cause: 'network',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'network-path',
    source: 'rancher-sandbox/rancher-desktop#1687',
    message:
      'Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: TLS handshake timeout',
  },
  {
    cause: 'network',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'network-path',
    source: 'NVIDIA/nvidia-docker#684',
    message:
      'docker: error pulling image configuration: Get https://dseasb33srnrn.cloudfront.net/registry-v2/docker/registry/v2/blobs/sha256/9b/9b8a74e9dc7640b2f9584db63a82e100e447a3011401a102139a9d1512ea046d/data?Expires=1522494527&[...]: net/http: TLS handshake timeout.',
  },
  {
    cause: 'network',
    runtime: 'docker',
    registry: 'other',
    family: 'network-path',
    source: 'PaddlePaddle/Paddle#6275',
    message:
      'Error response from daemon: Get https://docker.paddlepaddle.org/v1/_ping: net/http: TLS handshake timeout',
  },
  {
    cause: 'network',
    runtime: 'containerd',
    registry: 'dockerhub',
    family: 'network-path',
    source: 'kubernetes-sigs/cri-tools#421',
    message:
      'Failed to pull image "docker.io/library/golang:1.9": rpc error: code = Unknown desc = failed to pull image "docker.io/library/golang:1.9": httpReaderSeeker: failed open: failed to do request: Get https://winlayers.cdn.mscr.io/layers/windowsservercore:10.0.14393.2430_en-us_lC70T4DORfuKwMFehUmvjXZb6JEy9s8Y: read tcp 192.168.1.112:49380->204.79.197.219:443: read: connection reset by peer',
  },
  {
    cause: 'network',
    registry: 'gcr',
    family: 'network-path',
    source: 'kubernetes/kubernetes#25408',
    message:
      'Error syncing pod, skipping: failed to "StartContainer" for "elasticsearch-logging" with ErrImagePull: "net/http: request canceled"',
  },
  {
    cause: 'network',
    runtime: 'kubelet',
    registry: 'other',
    family: 'network-path',
    source: 'kubernetes/kubernetes#58526',
    message:
      'Failed to pull image "xyz:5500/my/kibana-openshift:5.6.3": rpc error: code = 2 desc = net/http: request canceled',
  },
  {
    cause: 'network',
    registry: 'dockerhub',
    family: 'network-path',
    source: 'docker/for-win#856',
    message:
      'http2: server sent GOAWAY and closed the connection; LastStreamID=11, ErrCode=NO_ERROR, debug="graceful shutdown"',
  },
  {
    cause: 'network',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'network-path',
    source: 'docker/for-win#2625',
    message:
      'error pulling image configuration: Get https://production.cloudflare.docker.com/registry-v2/docker/registry/v2/blobs/sha256/43/4345405a62bbb7f2e533089fc09d4e154d9f490537ad7883a3cbd3a7006ef481/data?verify=1537344156-OzPNRJco8uxUeF1oRCSa8Q8ROF0%3D: read tcp 10.8.162.33:65354->10.1.100.60:80: wsarecv: An existing connection was forcibly closed by the remote host.',
  },
  {
    cause: 'network',
    runtime: 'docker',
    registry: 'distribution',
    family: 'network-path',
    source: 'moby/moby#8163',
    message:
      'Error pulling image (1) from private-docker-registry.example.com:5000/foo/bar, Get http://private-docker-registry.example.com:5000/v1/images/11b019d183c6557531fefbd843feb742c348add458fa4b9780920f4545f2107a/layer: read tcp xxx.xxx.xxx.xxx:5000: i/o timeout',
  },
  {
    cause: 'network',
    registry: 'dockerhub',
    family: 'network-path',
    source: 'containers/image#1145',
    message:
      'Error writing blob: error storing blob to file "/var/tmp/storage241651785/6": read tcp 192.168.155.178:46000->104.18.123.25:443: read: connection reset by peer',
  },
  {
    cause: 'network',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'network-path',
    source: 'onlyLTY/dockerCopilot#80',
    message:
      'Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
  },
];
