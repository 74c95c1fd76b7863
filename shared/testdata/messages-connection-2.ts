// Collected real messages: DNS, TLS and the network path to registries, token services and proxies (part 2 of 4).
// Gathered verbatim from public issue trackers for issue 10; see messages-collected.ts.
import type { CorpusEntry } from './messages.js';

/** Collected DNS, TLS and the network path to registries, token services and proxies messages, part 2. */
export const CONNECTION_2_MESSAGES: readonly CorpusEntry[] = [
  {
    cause: 'network',
    registry: 'gcr',
    family: 'network-path',
    source: 'docker/for-win#6576',
    message:
      'ERROR: Get https://us.gcr.io/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
  },
  {
    cause: 'network',
    runtime: 'cri-o',
    registry: 'dockerhub',
    family: 'network-path',
    source: 'cri-o/cri-o#2723',
    message:
      'FATA[0480] pulling image failed: rpc error: code = Unknown desc = pinging docker registry returned: Get http://registry-1.docker.io/v2/: dial tcp 34.199.40.84:80: i/o timeout',
  },
  {
    cause: 'network',
    registry: 'dockerhub',
    family: 'network-path',
    source: 'cloudfoundry/cf-deployment#492',
    message:
      'failed to initialize container: running image plugin create: fetching image reference: creating image: pinging docker registry returned: Get https://registry-1.docker.io/v2/: dial tcp: i/o timeout',
  },
  {
    cause: 'network',
    registry: 'dockerhub',
    family: 'network-path',
    source: 'egen/concourse-tutorial#270',
    message:
      'ping https: Get "https://registry-1.docker.io/v2/": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
  },
  {
    cause: 'network',
    registry: 'distribution',
    family: 'network-path',
    source: 'UKHomeOffice/kb8or#48',
    message:
      'Failed to pull image "10.101.100.100:30000/nfidd_mysql_management:0.1.0.3-999": API error (500): invalid registry endpoint "http://10.101.100.100:30000/v0/". HTTPS attempt: unable to ping registry endpoint https://10.101.100.100:30000/v0/\nv2 ping attempt failed with error: Get https://10.101.100.100:30000/v2/: dial tcp 10.101.100.100:30000: i/o timeout',
  },
  {
    cause: 'network',
    registry: 'other',
    family: 'network-path',
    source: 'openshift/release#2070',
    message:
      'error: unable to check your credentials - pass --skip-check to bypass this error: Get https://registry.svc.ci.openshift.org/v2/: net/http: TLS handshake timeout',
  },
  {
    cause: 'network',
    registry: 'other',
    family: 'network-path',
    source: 'podman-container-tools/podman#14864',
    message:
      'Failed, retrying in 1s ... (1/3). Error: copying system image from manifest list: determining manifest MIME type for docker://registry.access.redhat.com/ubi8-init:latest: Get "https://registry.access.redhat.com/v2/ubi8-init/manifests/sha256:aaa17f9f2c8c628601688a830df297bf3548236efd7095b6448247bd759aed50": net/http: TLS handshake timeout',
  },
  {
    cause: 'network',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'network-path',
    source: 'xiaopeng163/docker.tips#4',
    message:
      'Error response from daemon: Head "https://registry-1.docker.io/v2/library/postgres/manifests/10": net/http: TLS handshake timeout',
  },
  {
    cause: 'network',
    registry: 'other',
    family: 'network-path',
    source: 'Azure/acs-engine#3186',
    message:
      '/usr/bin/docker-current: Get https://registry.access.redhat.com/v1/repositories/openshift3/ose-ansible/tags/v3.9.25: read tcp 10.0.0.11:51506->209.132.182.63:443: read: connection reset by peer.',
  },
  {
    cause: 'network',
    registry: 'quay',
    family: 'network-path',
    source: 'openshift/cluster-network-operator#1471',
    message:
      'error: unable to open source layer sha256:c2751d596c770fe9ec9182b85d72ab54b914eb595463804f6f91878aeda4ab33 to copy to virthost.ostest.test.metalkube.org:5000/localimages/local-test-image: Get "https://cdn02.quay.io/sha256/c2/c2751d596c770fe9ec9182b85d72ab54b914eb595463804f6f91878aeda4ab33?Expires=1654168461&[...]": read tcp [2604:1380:45e3:5e00::7]:53436->[2600:9000:20a6:fa00:19:165c:1440:93a1]:443: read: connection reset by peer',
  },
  {
    cause: 'network',
    runtime: 'docker',
    registry: 'ecr',
    family: 'network-path',
    source: 'aws-quickstart/quickstart-amazon-eks#52',
    message:
      'Failed to pull image "111111111.dkr.ecr.us-east-1.amazonaws.com/my/container:e87716617021afc0307a7537d74d3927f6cb9526: rpc error: code = Unknown desc = error pulling image configuration: Get https://prod-us-east-1-starport-layer-bucket.s3.amazonaws.com/***snip***dial tcp: i/o timeout',
  },
  {
    cause: 'network',
    runtime: 'containerd',
    registry: 'dockerhub',
    family: 'network-path',
    source: 'rancher/rke2#6211',
    message:
      'rpc error: code = DeadlineExceeded desc = failed to pull and unpack image "docker.io/rancher/rke2-cloud-provider:v1.29.3-build20240412": failed to copy: httpReadSeeker: failed open: failed to do request: Get "https://production.cloudflare.docker.com/registry-v2/docker/registry/v2/blobs/sha256/35/3525a3daa55c92783ca961cd9c84d71a6c74db945f2ad8ab8a9d7df2c28c1038/data?verify=1718615355-vEDAKVRFQ06XHuqcUi2lTw41%!F(MISSING)jI%!D(MISSING)": dial tcp 108.160.169.46:443: i/o timeout',
  },
  {
    cause: 'network',
    registry: 'dockerhub',
    family: 'network-path',
    source: 'buildpacks-community/kpack#981',
    message:
      'Get "https://auth.docker.io/token?scope=repository%3Apaketobuildpacks%2Fbuild%3Apull&service=registry.docker.io": dial tcp: i/o timeout',
  },
  {
    cause: 'network',
    registry: 'other',
    family: 'network-path',
    source: 'podman-container-tools/podman#14864',
    message:
      'time="2022-07-07T18:22:15-05:00" level=warning msg="Failed, retrying in 1s ... (1/3). Error: copying system image from manifest list: determining manifest MIME type for docker://registry.access.redhat.com/ubi8-init:latest: Get \\"https://registry.access.redhat.com/v2/ubi8-init/manifests/sha256:aaa17f9f2c8c628601688a830df297bf3548236efd7095b6448247bd759aed50\\": net/http: TLS handshake timeout"',
  },
  {
    cause: 'network',
    runtime: 'cri-o',
    registry: 'gcr',
    family: 'network-path',
    source: 'cri-o/cri-o#3915',
    message:
      'error creating pod sandbox with name \\"k8s_kube-controller-manager-node-name_kube-system_c78971ef2a4b13e277e268a33bdd029f_0\\": Error initializing source docker://k8s.gcr.io/pause:3.2: error pinging docker registry k8s.gcr.io: Get \\"https://k8s.gcr.io/v2/\\": dial tcp 10.254.3.15:443: connect: connection refused',
  },
  {
    cause: 'network',
    runtime: 'containerd',
    registry: 'other',
    family: 'network-path',
    source: 'kubernetes-sigs/external-dns#770',
    message:
      '0s    Warning   Failed   Pod   Failed to pull image "registry.opensource.zalan.do/teapot/external-dns:v0.5.7": rpc error: code = Unknown desc = failed to resolve image "registry.opensource.zalan.do/teapot/external-dns:v0.5.7": failed to do request: Head https://registry.opensource.zalan.do/v2/teapot/external-dns/manifests/v0.5.7: dial tcp 52.215.109.161:443: i/o timeout',
  },
  {
    cause: 'network',
    runtime: 'containerd',
    registry: 'dockerhub',
    family: 'network-path',
    source: 'containerd/containerd#12550',
    message:
      'ctr: failed to resolve image: failed to do request: Head "https://registry-1.docker.io/v2/library/nginx/manifests/latest": dial tcp 104.244.46.244:443: i/o timeout',
  },
  {
    cause: 'network',
    runtime: 'containerd',
    registry: 'artifact-registry',
    family: 'network-path',
    source: 'containerd/containerd#13246',
    message:
      'ctr: failed to resolve image: failed to do request: Head "https://europe-west4-docker.pkg.dev/v2/k8s-artifacts-prod/images/kube-apiserver/manifests/v1.34.2": dial tcp 142.251.188.82:443: i/o timeout: context deadline exceeded',
  },
  {
    cause: 'network',
    registry: 'other',
    family: 'network-path',
    source: 'kubernetes/registry.k8s.io#306',
    message: 'dial tcp 34.96.108.209:443: connect: connection refused',
  },
  {
    cause: 'network',
    registry: 'other',
    family: 'network-path',
    source: 'podman-container-tools/buildah#5270',
    message:
      'WARN[0000] Failed, retrying in 1s ... (1/3). Error: initializing source docker://localhost/cenotificationservice_no_db:23.11.1-9204: pinging container registry localhost: Get "https://localhost/v2/": dial tcp [::1]:443: connect: connection refused',
  },
  {
    cause: 'network',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'network-path',
    source: 'moby/moby#37127',
    message:
      'PS C:\\Windows\\System32\\WindowsPowerShell\\v1.0> docker pull tutum/hello-world\nUsing default tag: latest\ndocker : Error response from daemon: Get https://registry-1.docker.io/v2/: dial tcp 35.169.231.249:443: connectex: No connection could be made because the target \nmachine actively refused it.',
  },
  {
    cause: 'network',
    registry: 'dockerhub',
    family: 'network-path',
    source: 'docker-archive-public/docker.kitematic#3611',
    message:
      'Error while pulling image: Get https://index.docker.io/v1/repositories/gitlab/gitlab-ce/images: http: error connecting to proxy http://127.0.0.1:53847: dial tcp 127.0.0.1:53847: getsockopt: connection refused',
  },
  {
    cause: 'network',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'network-path',
    source: 'docker/for-win#7935',
    message:
      'docker: Error response from daemon: Get https://registry-1.docker.io/v2/: proxyconnect tcp: dial tcp :0: connect: connection refused.',
  },
  {
    cause: 'network',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'network-path',
    source: 'docker-archive-public/docker.kitematic#3573',
    message:
      '(HTTP code 500) server error - Get https://registry-1.docker.io/v2/: proxyconnect tcp: dial tcp 127.0.0.1:3128: getsockopt: connection refused',
  },
  {
    cause: 'network',
    runtime: 'docker',
    registry: 'other',
    family: 'network-path',
    source: 'earthly/earthly#4265',
    message:
      'Error: pull ping error: pull ping response: rpc error: code = Unknown desc = image pull: 1 error occurred:\n\t* command failed: docker pull 127.0.0.1:42099/sess-csirzcl9ycbj7hclnfyouzjk8/pullping:img-0: exit status 1: Error response from daemon: Get "http://127.0.0.1:42099/v2/": dial tcp 127.0.0.1:42099: connect: connection refused: exit status 1',
  },
  {
    cause: 'network',
    registry: 'distribution',
    family: 'network-path',
    source: 'docker-archive/docker-registry#795',
    message:
      "2014/11/07 22:31:24 Error: Invalid registry endpoint https://192.168.90.137:5000/v1/: Get https://192.168.90.137:5000/v1/_ping: dial tcp 192.168.90.137:5000: no route to host. If this private registry supports only HTTP or HTTPS with an unknown CA certificate, please add `--insecure-registry 192.168.90.137:5000` to the daemon's arguments.",
  },
  {
    cause: 'network',
    registry: 'distribution',
    family: 'network-path',
    source: 'docker/for-win#522',
    message:
      'Error while pulling image: Get http://myhost:5000/v1/repositories/kinf-4.3-components/images: dial tcp 172.17.11.17:5000: getsockopt: no route to host',
  },
  {
    cause: 'network',
    registry: 'other',
    family: 'network-path',
    source: 'openshift/origin#3859',
    message:
      'Failed to pull image "172.30.13.89:5000/test/origin-ruby-sample@sha256:d7e1ed4818f45fc14a6ea98c622fddd81e2ab36caad8c94850952d8d150a2952": API error (500): v1 ping attempt failed with error: Get http://172.30.13.89:5000/v1/_ping: read tcp 172.30.13.89:5000: connection reset by peer',
  },
  {
    cause: 'network',
    registry: 'dockerhub',
    family: 'network-path',
    source: 'docker/for-win#841',
    message:
      'Get https://registry-1.docker.io/v2/microsoft/nanoserver/manifests/latest: Get https://auth.docker.io/token?scope=reposi\ntory%3Amicrosoft%2Fnanoserver%3Apull&service=registry.docker.io: net/http: request canceled while waiting for connection\n (Client.Timeout exceeded while awaiting headers)',
  },
  {
    cause: 'network',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'network-path',
    source: 'docker/hub-feedback#1282',
    message:
      'Error response from daemon: Get https://registry-1.docker.io/v2/library/fedora/manifests/latest: Get https://auth.docker.io/token?scope=repository%3Alibrary%2Ffedora%3Apull&service=registry.docker.io: net/http: request canceled (Client.Timeout exceeded while awaiting headers)',
  },
  {
    cause: 'network',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'network-path',
    source: 'docker/hub-feedback#554',
    message:
      'Pulling repository docker.io/selenium/standalone-firefox-debug\nGet https://registry-1.docker.io/v1/repositories/selenium/standalone-firefox-debug/tags/latest: dial tcp 54.175.229.204:443: i/o timeout',
  },
  {
    cause: 'network',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'network-path',
    source: 'docker-archive-public/docker.kitematic#2072',
    message:
      'HTTP code is 500 which indicates error: server error - {"message":"Get https://registry-1.docker.io/v2/library/mysql/manifests/latest: Get https://auth.docker.io/token?account=*******\\u0026scope=repository%3Alibrary%2Fmysql%3Apull\\u0026service=registry.docker.io: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)"}',
  },
  {
    cause: 'network',
    registry: 'artifact-registry',
    family: 'network-path',
    source: 'kubernetes-sigs/promo-tools#637',
    message:
      'level=fatal msg="run `cip run`: filtering edges: filtering promotion edges: reading registries: getting tag list: Get \\"https://us-central1-docker.pkg.dev/v2/\\": read tcp 10.4.2.155:33274->142.250.152.82:443: read: connection reset by peer" diff=2ms',
  },
  {
    cause: 'network',
    runtime: 'containerd',
    registry: 'dockerhub',
    family: 'network-path',
    source: 'ciiiii/cloudflare-docker-proxy#62',
    message:
      'level=error msg="PullImage \\"docker.io/redis:latest\\" failed" error="rpc error: code = DeadlineExceeded desc = failed to pull and unpack image \\"docker.io/library/redis:latest\\": failed to resolve reference \\"docker.io/library/redis:latest\\": failed to authorize: failed to fetch anonymous token: Get \\"https://auth.docker.io/token?scope=repository%!A(MISSING)library%!F(MISSING)redis%!A(MISSING)pull&service=registry.docker.io\\": dial tcp 108.160.165.48:443: i/o timeout"',
  },
  {
    cause: 'network',
    runtime: 'containerd',
    registry: 'other',
    family: 'network-path',
    source: 'ciiiii/cloudflare-docker-proxy#62',
    message:
      'level=info msg="trying next host" error="failed to authorize: failed to fetch anonymous token: Get \\"https://auth.docker.io/token?scope=repository%3Alibrary%2Fredis%3Apull&service=registry.docker.io\\": dial tcp 199.96.62.75:443: i/o timeout" host=docker.eastcoal.tech',
  },
  {
    cause: 'network',
    runtime: 'cri-o',
    registry: 'distribution',
    family: 'network-path',
    source: 'kubernetes/minikube#10171',
    message:
      '0s          Warning   Failed      pod/demo-greeter                        Failed to pull image "registry.minikube/rhdevelopers/tekton-tutorial-greeter": rpc error: code = Unknown desc = error pinging docker registry registry.minikube: Get https://registry.minikube/v2/: dial tcp 10.101.166.84:443: connect: connection refused',
  },
];
