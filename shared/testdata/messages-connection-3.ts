// Collected real messages: DNS, TLS and the network path to registries, token services and proxies (part 3 of 4).
// Gathered verbatim from public issue trackers for issue 10; see messages-collected.ts.
import type { CorpusEntry } from './messages.js';

/** Collected DNS, TLS and the network path to registries, token services and proxies messages, part 3. */
export const CONNECTION_3_MESSAGES: readonly CorpusEntry[] = [
  {
    cause: 'network',
    registry: 'dockerhub',
    family: 'network-path',
    source: 'docker-archive-public/docker.kitematic#988',
    message:
      'Get https://registry-1.docker.io/v1/repositories/library/ubuntu/tags/latest: net/http: TLS handshake timeout.\nIf this error is invalid, please file a ticket on our Github repo.',
  },
  {
    cause: 'network',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'network-path',
    source: 'SuziKim/DCCW#1',
    message:
      ' ✘ nginx Error                                                                                                    29.1s\nError response from daemon: Get "https://registry-1.docker.io/v2/": net/http: TLS handshake timeout',
  },
  {
    cause: 'network',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'network-path',
    source: 'docker/hub-feedback#1195',
    message:
      "Unable to find image 'ubuntu:latest' locally\ndocker: Error response from daemon: Get https://registry-1.docker.io/v2/library/ubuntu/manifests/latest: net/http: TLS handshake timeout.\nSee 'docker run --help'.",
  },
  {
    cause: 'network',
    runtime: 'containerd',
    registry: 'quay',
    family: 'network-path',
    source: 'deepfence/terraform-aws-cloud-scanner#13',
    message:
      'CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref quay.io/deepfenceio/cloud-scanner:latest: failed to do request: Head "https://quay.io/v2/deepfenceio/cloud-scanner/manifests/latest": dial tcp 3.210.148.47:443: i/o timeout',
  },
  {
    cause: 'network',
    registry: 'gcr',
    family: 'network-path',
    source: 'kubernetes/kubernetes#85498',
    message:
      '[ERROR ImagePull]: failed to pull image k8s.gcr.io/kube-apiserver:v1.16.3: output: Trying to pull repository k8s.gcr.io/kube-apiserver ...\nGet https://k8s.gcr.io/v1/_ping: dial tcp 172.217.218.82:443: i/o timeout\n, error: exit status 1',
  },
  {
    cause: 'dns',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'name-resolution',
    source: 'kubernetes/minikube#15626',
    message:
      'Failed to pull image "noyandocker/productservice": rpc error: code = Unknown desc = Error response from daemon: Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io on 192.168.65.2:53: read udp 192.168.49.2:59506->192.168.65.2:53: i/o timeout',
  },
  {
    cause: 'dns',
    registry: 'gcr',
    family: 'name-resolution',
    source: 'bazelbuild/rules_docker#1585',
    message:
      'Image pull was unsuccessful: reading image "gcr.io/distroless/python2.7@sha256:ebe778d426d1d78a3954bf61deacc4371a430200a1f1c88b16e913bc5192aebf": Get "https://gcr.io/v2/": dial tcp: lookup gcr.io on <IP1:PORT1>: read udp <IP2:PORT2>-><IP1:PORT1>: i/o timeout',
  },
  {
    cause: 'dns',
    runtime: 'cri-o',
    registry: 'gcr',
    family: 'name-resolution',
    source: 'cri-o/cri-o#3612',
    message:
      'FATA[0000] pulling image failed: rpc error: code = Unknown desc = error pinging docker registry k8s.gcr.io: Get "https://k8s.gcr.io/v2/": dial tcp: lookup k8s.gcr.io: device or resource busy',
  },
  {
    cause: 'dns',
    runtime: 'containerd',
    registry: 'dockerhub',
    family: 'name-resolution',
    source: 'k0sproject/k0s#5478',
    message:
      'failed to do request: Head \\\\\\"https://docker.io/v2/nginxinc/nginx-unprivileged/manifests/v1.25.1\\\\\\": dial tcp: lookup docker.io on 172.16.0.4:53: server misbehaving',
  },
  {
    cause: 'dns',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'name-resolution',
    source: 'hjacobs/kube-ops-view#174',
    message:
      'Warning  Failed          18s (x2 over 37s)  kubelet, kworker2  Failed to pull image "hjacobs/kube-ops-view:0.8.1": rpc error: code = Unknown desc = Error response from daemon: Get https://registry-1.docker.io/v2/: dial tcp: lookup registry-1.docker.io on 127.0.0.53:53: server misbehaving',
  },
  {
    cause: 'dns',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'name-resolution',
    source: 'docker-archive-public/docker.kitematic#1577',
    message:
      'Error pulling image (latest) from docker.io/library/ubuntu-upstart, Failed to download json: Get https://registry-1.docker.io/v1/images/3c42a74804f79e44845044dad95183b4e4f73207b97f7cfb0fe9305b3c33d27a/json: dial tcp: lookup registry-1.docker.io on 8.8.8.8:53: no such host',
  },
  {
    cause: 'dns',
    registry: 'gcr',
    family: 'name-resolution',
    source: 'kubernetes/kubernetes#6888',
    message:
      '16m\t\t1m\t\t6\t{kubelet 192.168.64.2}\tspec.containers{spark-master}\tWarning\t\tFailed\t\tFailed to pull image "gcr.io/google_containers/spark:1.5.2_v1": image pull failed for gcr.io/google_containers/spark:1.5.2_v1, this may be because there are no credentials on this request.  details: (API error (500): unable to ping registry endpoint https://gcr.io/v0/\nv2 ping attempt failed with error: Get https://gcr.io/v2/: dial tcp: lookup gcr.io: Temporary failure in name resolution\n v1 ping attempt failed with error: Get https://gcr.io/v1/_ping: dial tcp: lookup gcr.io: Temporary failure in name resolution\n)',
  },
  {
    cause: 'dns',
    registry: 'dockerhub',
    family: 'name-resolution',
    source: 'kalabox/kalabox-app-pantheon#44',
    message:
      'Error while pulling image: Get https://index.docker.io/v1/repositories/kalabox/syncthing/images: dial tcp: lookup index.docker.io: no such host',
  },
  {
    cause: 'dns',
    runtime: 'docker',
    registry: 'distribution',
    family: 'name-resolution',
    source: 'kubernetes/minikube#6354',
    message:
      'E0120 15:21:09.169086    4443 kuberuntime_manager.go:803] container start failed: ErrImagePull: rpc error: code = Unknown desc = Error response from daemon: Get https://my-registry.foo.bar/v2/: dial tcp: lookup my-registry.foo.bar on 192.168.64.1:53: no such host',
  },
  {
    cause: 'dns',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'name-resolution',
    source: 'docker-archive-public/docker.kitematic#5705',
    message:
      '(HTTP code 500) server error - Get https://registry-1.docker.io/v2/: dial tcp: lookup registry-1.docker.io',
  },
  {
    cause: 'dns',
    registry: 'dockerhub',
    family: 'name-resolution',
    source: 'docker-archive-public/docker.kitematic#1635',
    message:
      'Error while pulling image: Get https://index.docker.io/v1/repositories/kitematic/hello-world-nginx/images: dial tcp: lookup index.docker.io on [::1]:53: read udp [::1]:54528->[::1]:53: read: connection refused',
  },
  {
    cause: 'dns',
    registry: 'other',
    family: 'name-resolution',
    source: 'Dataman-Cloud/crane#646',
    message:
      'Pulling rolex_registry (catalog.shurenyun.com/library/registry:rolexv1.0.4)...\nERROR: Get https://catalog.shurenyun.com/v1/_ping: dial tcp: lookup catalog.shurenyun.com on 100.100.2.136:53: no such host',
  },
  {
    cause: 'dns',
    registry: 'dockerhub',
    family: 'name-resolution',
    source: 'coreos/bugs#481',
    message:
      'Oct 22 21:21:56 nuc0 docker[2825]: Error while pulling image: Get https://index.docker.io/v1/repositories/library/busybox/images: dial tcp: lookup index.docker.io: Temporary failure in name resolution',
  },
  {
    cause: 'dns',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'name-resolution',
    source: 'cloudnativelabs/kube-router#1087',
    message:
      'E0526 13:45:16.326174   52360 remote_image.go:114] "PullImage from image service failed" err="rpc error: code = Unknown desc = Error response from daemon: Get https://registry-1.docker.io/v2/: dial tcp: lookup registry-1.docker.io: Temporary failure in name resolution" image="cloudnativelabs/kube-router:v1.2.2"',
  },
  {
    cause: 'dns',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'name-resolution',
    source: 'containrrr/watchtower#352',
    message:
      'time="2019-07-27T06:58:09Z" level=debug msg="Error pulling image linuxserver/letsencrypt:latest, Error response from daemon: Get https://registry-1.docker.io/v2/linuxserver/letsencrypt/manifests/latest: dial tcp: lookup registry-1.docker.io: Temporary failure in name resolution"',
  },
  {
    cause: 'dns',
    registry: 'dockerhub',
    family: 'name-resolution',
    source: 'ratt-ru/Stimela-classic#635',
    message:
      'FATAL:   While making image from oci registry: while building SIF from layers: conveyor failed to get: Error initializing source oci:/home/jozsa/software/caracal_tests/.singularity/cache/cache/oci:38761e2aa2ee416f1757b788227f6722d949082ebaac55803f1c03e6e0c59b62: Error reading blob sha256:94dc70c1f4dd078cbb392b7d49eab67efd69e44ab8b20190ce3725f88dc33de4: Get https://registry-1.docker.io/v2/stimela/shadems/blobs/sha256:94dc70c1f4dd078cbb392b7d49eab67efd69e44ab8b20190ce3725f88dc33de4: dial tcp: lookup registry-1.docker.io: Temporary failure in name resolution',
  },
  {
    cause: 'tls',
    registry: 'distribution',
    family: 'tls',
    source: 'containers/image#1583',
    message:
      'Trying to pull 9.197.12.29:5000/myimage:latest...\nError: initializing source docker://9.197.12.29:5000/myimage:latest: pinging container registry 9.197.12.29:5000: Get "https://9.197.12.29:5000/v2/": http: server gave HTTP response to HTTPS client',
  },
  {
    cause: 'tls',
    registry: 'artifactory',
    family: 'tls',
    source: 'podman-container-tools/podman#5331',
    message:
      'Error: error pulling image "my-test-image:latest": unable to pull my-test-image:latest: 1 error occurred:\n        * Error initializing source docker://docker-virtual.production.artifactory.example.com/my-test-image:latest: pinging docker registry returned: Get https://docker-virtual.production.artifactory.example.com/v2/: x509: certificate is valid for artifactory.example.com, *.artifactory.example.com, not docker-virtual.production.artifactory.example.com',
  },
  {
    cause: 'tls',
    runtime: 'docker',
    registry: 'harbor',
    family: 'tls',
    source: 'goharbor/harbor#19496',
    message:
      'Using default tag: latest\nError response from daemon: Get "https://reg.f-wi.com/v2/": tls: failed to verify certificate: x509: certificate signed by unknown authority',
  },
  {
    cause: 'tls',
    runtime: 'docker',
    registry: 'gcr',
    family: 'tls',
    source: 'kubernetes-up-and-running/kuard#16',
    message:
      'error pulling image configuration: Get https://storage.googleapis.com/artifacts.kuar-demo.appspot.com/containers/images/sha256:a92da648d493e06a2b4e63cb478c77b355800044054e262c561e65f343e959c8: x509: certificate signed by unknown authority',
  },
  {
    cause: 'tls',
    runtime: 'containerd',
    registry: 'other',
    family: 'tls',
    source: 'cnoe-io/idpbuilder#520',
    message:
      'Failed to pull image "registry.k8s.io/coredns/coredns:v1.11.1": failed to pull and unpack image "registry.k8s.io/coredns/coredns:v1.11.1": failed to resolve reference "registry.k8s.io/coredns/coredns:v1.11.1": failed to do request: Head "https://registry.k8s.io/v2/coredns/coredns/manifests/v1.11.1": tls: failed to verify certificate: x509: certificate signed by unknown authority',
  },
  {
    cause: 'tls',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'tls',
    source: 'docker-library/hello-world#21',
    message:
      "Error while pulling image: Get https://index.docker.io/v1/repositories/library/hello-world/images: x509: certificate signed by unknown authority\ndocker: Error while pulling image: Get https://index.docker.io/v1/repositories/library/hello-world/images: x509: certificate signed by unknown authority.\nSee '/usr/bin/docker-current run --help'.",
  },
  {
    cause: 'tls',
    runtime: 'docker',
    registry: 'distribution',
    family: 'tls',
    source: 'kubernetes/kubernetes#43924',
    message:
      'Warning\t\tFailed\t\tFailed to pull image "10.78.0.228:5000/monitorms": Error response from daemon: {"message":"Get https://10.78.0.228:5000/v1/_ping: x509: certificate signed by unknown authority"}',
  },
  {
    cause: 'tls',
    runtime: 'docker',
    registry: 'gcr',
    family: 'tls',
    source: 'kubernetes/minikube#3721',
    message:
      '[ERROR ImagePull]: failed to pull image k8s.gcr.io/kube-apiserver:v1.13.3: output: Error response from daemon: Get https://k8s.gcr.io/v2/: x509: certificate signed by unknown authority\n, error: exit status 1',
  },
  {
    cause: 'tls',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'tls',
    source: 'docker-library/hello-world#86',
    message:
      'C:\\WINDOWS\\system32> docker pull hello-world\nUsing default tag: latest\nError response from daemon: Get https://registry-1.docker.io/v2/: x509: certificate signed by unknown authority',
  },
  {
    cause: 'tls',
    registry: 'dockerhub',
    family: 'tls',
    source: 'irbis-sh/zen-desktop#482',
    message:
      'ERROR: failed to build: failed to solve: failed to resolve source metadata for docker.io/docker/dockerfile:1.19: failed to do request: Head "https://registry-1.docker.io/v2/docker/dockerfile/manifests/1.19": tls: failed to verify certificate: x509: certificate signed by unknown authority',
  },
  {
    cause: 'tls',
    runtime: 'containerd',
    registry: 'distribution',
    family: 'tls',
    source: 'containerd/containerd#1568',
    message:
      'ctr: failed to do request: Head https://xxx/v2/library/nginx/manifests/1.10.1-alpine:x509: certificate signed by unknown authority',
  },
  {
    cause: 'tls',
    runtime: 'containerd',
    registry: 'harbor',
    family: 'tls',
    source: 'AliyunContainerService/pouch#2771',
    message:
      'Error: failed to display progress: failed to pull image: failed to do request: Head https://20.26.38.138/v2/library/kube-proxy/manifests/v1.13.4: x509: certificate signed by unknown authority',
  },
  {
    cause: 'tls',
    runtime: 'containerd',
    registry: 'harbor',
    family: 'tls',
    source: 'easzlab/kubeasz#1163',
    message:
      'failed to do request: Head "https://harbor-001.yh:5000/v2/library/docker-demo/manifests/0.0.1-SNAPSHOT": x509: certificate signed by unknown authority',
  },
  {
    cause: 'tls',
    runtime: 'containerd',
    registry: 'other',
    family: 'tls',
    source: 'enix/kube-image-keeper#60',
    message:
      '0s          Warning   Failed                   pod/xxx-xxx-redis-68f67dbcc8-z7c6m               Failed to pull image "localhost:7439/docker.io/xxxsoftware/xxx-redis:2023.1.2": rpc error: code = Unknown desc = failed to pull and unpack image "localhost:7439/docker.io/xxxsoftware/xxx-redis:2023.1.2": failed to resolve reference "localhost:7439/docker.io/xxxsoftware/xxx-redis:2023.1.2": failed to do request: Head "https://localhost:7439/v2/docker.io/xxxsoftware/xxx-redis/manifests/2023.1.2": http: server gave HTTP response to HTTPS client',
  },
];
