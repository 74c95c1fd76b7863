// Real pull errors whose cause lies on the node or in the pod spec: DNS, network path, disk, the
// runtime, the kubelet, pull secrets and references, plus texts that name no cause. See
// messages.ts.
import type { CorpusEntry } from './messages.js';

/** Node-side and kubelet-side messages, grouped by cause. */
export const NODE_SIDE_MESSAGES: readonly CorpusEntry[] = [
  // dns
  {
    cause: 'dns',
    runtime: 'containerd',
    source: 'kelseyhightower/kubernetes-the-hard-way#889',
    message: `Failed to create pod sandbox: rpc error: code = Unknown desc = failed to start sandbox "ab3761a91b74a44f0716709d75d2580709f9bd802fb8cb99ef17c6ea7586685d": failed to get sandbox image "registry.k8s.io/pause:3.10": failed to pull image "registry.k8s.io/pause:3.10": failed to pull and unpack image "registry.k8s.io/pause:3.10": failed to resolve reference "registry.k8s.io/pause:3.10": failed to do request: Head "https://registry.k8s.io/v2/pause/manifests/3.10": dial tcp: lookup registry.k8s.io on 192.168.98.2:53: no such host`,
  },
  {
    cause: 'dns',
    runtime: 'containerd',
    source: 'rancher/k3os#431',
    message: `failed to pull and unpack image "docker.io/rancher/pause:3.1": failed to resolve reference "docker.io/rancher/pause:3.1": failed to do request: Head https://registry-1.docker.io/v2/rancher/pause/manifests/3.1: dial tcp: lookup registry-1.docker.io: Try again`,
  },
  {
    cause: 'dns',
    runtime: 'containerd',
    source: 'siderolabs/talos#11052',
    message: `fetch failed error=failed to do request: Head "https://ghcr.io/v2/siderolabs/kubelet/manifests/sha256:5bcfb0bb5643cac7161a6f72fc4f71d33a865f3049b99f3807f1b8d85f916bfe": dial tcp: lookup ghcr.io on 8.8.8.8:53: read udp 10.128.152.4:41986->8.8.8.8:53: i/o timeout host=ghcr.io`,
  },
  {
    cause: 'dns',
    runtime: 'docker',
    source: 'hjacobs/kube-ops-view#176',
    message: `Failed to pull image "hjacobs/kube-ops-view:0.8.1": rpc error: code = Unknown desc = Error response from daemon: Get https://registry-1.docker.io/v2/: dial tcp: lookup registry-1.docker.io on 127.0.0.53:53: server misbehaving`,
  },
  {
    cause: 'dns',
    runtime: 'docker',
    source: 'docker/for-win#6241',
    message: `Error response from daemon: Get https://registry-1.docker.io/v2/: dial tcp: lookup registry-1.docker.io on 192.168.65.1:53: no such host`,
  },
  {
    cause: 'dns',
    runtime: 'docker',
    source: 'docker-archive-public/docker.kitematic#4347',
    message: `Error response from daemon: Get https://registry-1.docker.io/v2/: dial tcp: lookup registry-1.docker.io on 10.0.2.3:53: read udp 10.0.2.15:54567->10.0.2.3:53: i/o timeout`,
  },
  {
    cause: 'dns',
    runtime: 'docker',
    source: 'docker-archive-public/docker.kitematic#2976',
    message: `Error response from daemon: Get https://registry-1.docker.io/v2/: dial tcp: lookup registry-1.docker.io on [::1]:53: read udp [::1]:56953->[::1]:53: read: connection refused`,
  },
  {
    cause: 'dns',
    source: 'docker-archive-public/docker.kitematic#2075',
    message: `Error while pulling image: Get https://index.docker.io/v1/repositories/wnews/wnews-sling/images: dial tcp: lookup index.docker.io on [2001:4860:4860::8888]:53: dial udp [2001:4860:4860::8888]:53: connect: network is unreachable`,
  },
  {
    cause: 'dns',
    source: 'docker-library/mysql#1116',
    message: `failed to copy: httpReadSeeker: failed open: failed to do request: Get "https://docker-images-prod.6aa30f8b08e16409b46e0173d6de2f56.r2.cloudflarestorage.com/registry-v2/docker/registry/v2/blobs/sha256/62/62efe2b176c92f37277da6309751ea5c05404dae5248eb1ae91c01e5a9bffb71/data?X-Amz-Algorithm=AWS4-HMAC-SHA256": dialing docker-images-prod.6aa30f8b08e16409b46e0173d6de2f56.r2.cloudflarestorage.com:443 container via direct connection because static system has no HTTPS proxy: connecting to docker-images-prod.6aa30f8b08e16409b46e0173d6de2f56.r2.cloudflarestorage.com:443: dial tcp: lookup docker-images-prod.6aa30f8b08e16409b46e0173d6de2f56.r2.cloudflarestorage.com: no such host`,
  },
  {
    cause: 'dns',
    runtime: 'kubelet',
    source: 'kubernetes/kubernetes#6888',
    message: `Failed to pull image "gcr.io/google_containers/spark:1.5.2_v1": image pull failed for gcr.io/google_containers/spark:1.5.2_v1, this may be because there are no credentials on this request.  details: (API error (500): unable to ping registry endpoint https://gcr.io/v0/
v2 ping attempt failed with error: Get https://gcr.io/v2/: dial tcp: lookup gcr.io: Temporary failure in name resolution`,
  },
  // network
  {
    cause: 'network',
    runtime: 'containerd',
    source: 'ciiiii/cloudflare-docker-proxy#85',
    message: `Failed to pull image "registry.k8s.io/ingress-nginx/controller:v1.11.2": rpc error: code = DeadlineExceeded desc = failed to pull and unpack image "registry.k8s.io/ingress-nginx/controller:v1.11.2": failed to resolve reference "registry.k8s.io/ingress-nginx/controller:v1.11.2": failed to do request: Head "https://us-west2-docker.pkg.dev/v2/k8s-artifacts-prod/images/ingress-nginx/controller/manifests/v1.11.2": dial tcp 74.125.203.82:443: i/o timeout`,
  },
  {
    cause: 'network',
    runtime: 'containerd',
    source: 'ketches/registry-proxy#3',
    message: `ctr: failed to resolve reference "docker.ketches.cn/library/nginx:latest": failed to authorize: failed to fetch anonymous token: Get "https://auth.docker.io/token?scope=repository%3Alibrary%2Fnginx%3Apull&service=registry.docker.io": dial tcp 199.59.148.222:443: i/o timeout`,
  },
  {
    cause: 'network',
    runtime: 'containerd',
    source: 'k3s-io/k3s#1272',
    message: `ctr: failed to resolve reference "docker.io/rancher/pause:3.1": failed to do request: Head https://registry-1.docker.io/v2/rancher/pause/manifests/3.1: dial tcp 34.197.189.129:443: i/o timeout`,
  },
  {
    cause: 'network',
    runtime: 'containerd',
    source: 'eip-work/kuboard-press#21',
    message: `Failed to pull image "docker.io/library/nginx": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/library/nginx:latest": failed to resolve reference "docker.io/library/nginx:latest": failed to do request: Head "https://registry-1.docker.io/v2/library/nginx/manifests/latest": read tcp 10.211.55.32:57694->54.196.99.49:443: read: connection reset by peer`,
  },
  {
    cause: 'network',
    runtime: 'containerd',
    source: 'kubernetes/kubeadm#2936',
    message: String.raw`"PullImage from image service failed" err="rpc error: code = Unknown desc = failed to pull and unpack image \"registry.k8s.io/kube-proxy:v1.28.2\": failed to resolve reference \"registry.k8s.io/kube-proxy:v1.28.2\": failed to do request: Head \"https://registry.k8s.io/v2/kube-proxy/manifests/v1.28.2\": dial tcp 34.96.108.209:443: connect: connection timed out" image="registry.k8s.io/kube-proxy:v1.28.2"`,
  },
  {
    cause: 'network',
    runtime: 'containerd',
    source: 'kubernetes/kubernetes#91402',
    message: `pulling image: failed to pull and unpack image "registry.cn-hangzhou.aliyuncs.com/google_containers/pause:3.9": failed to resolve reference "registry.cn-hangzhou.aliyuncs.com/google_containers/pause:3.9": failed to do request: Head "https://registry.cn-hangzhou.aliyuncs.com/v2/google_containers/pause/manifests/3.9": dial tcp 120.55.105.209:443: connect: no route to host`,
  },
  {
    cause: 'network',
    runtime: 'containerd',
    source: 'containerd/containerd#11015',
    message: `ctr: failed to resolve reference "reg.lccdomain.com/cloud-native-infra/installation-package@sha256:e8da5aeef6442c8154c9d394098e8b020edecef4d25be6f575d3565fd557fbf4": failed to do request: Head "https://reg.lccdomain.com/v2/cloud-native-infra/installation-package/manifests/sha256:e8da5aeef6442c8154c9d394098e8b020edecef4d25be6f575d3565fd557fbf4": dial tcp 192.168.2.133:443: connect: connection refused`,
  },
  {
    cause: 'network',
    runtime: 'containerd',
    source: 'containerd/nerdctl#1193',
    message: `FATA[0000] failed to resolve reference "docker.io/library/hello-world:latest": failed to do request: Head "https://registry-1.docker.io/v2/library/hello-world/manifests/latest": proxyconnect tcp: dial tcp 127.0.0.1:7890: connect: connection refused`,
  },
  {
    cause: 'network',
    runtime: 'containerd',
    source: 'replicatedhq/kURL#4522',
    message: `ctr: failed to resolve reference "test/invalid/image:latest": failed to do request: Head "https://test/v2/invalid/image/manifests/latest": proxyconnect tcp: dial tcp: lookup invalidproxy: Temporary failure in name resolution`,
  },
  {
    cause: 'network',
    runtime: 'containerd',
    source: 'containerd/containerd#7218',
    message: `failed to copy: httpReadSeeker: failed open: failed to do request: Get "https://mcr.microsoft.com/v2/windows/nanoserver/blobs/sha256:3719b23d309b17276277110a008a58133c9fc92465d2519f2f32c9961c39887d": dial tcp 204.79.197.219:443: connectex: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.`,
  },
  {
    cause: 'network',
    runtime: 'cri-o',
    source: 'cri-o/cri-o#2723',
    message: `pulling image failed: rpc error: code = Unknown desc = pinging docker registry returned: Get http://registry-1.docker.io/v2/: dial tcp 34.199.40.84:80: i/o timeout`,
  },
  {
    cause: 'network',
    runtime: 'cri-o',
    source: 'cri-o/cri-o#2331',
    message: `pulling image failed: rpc error: code = Unknown desc = error pinging docker registry registry-1.docker.io: Get "https://registry-1.docker.io/v2/": proxyconnect tcp: dial tcp: lookup http: Temporary failure in name resolution`,
  },
  {
    cause: 'network',
    runtime: 'cri-o',
    source: 'cri-o/cri-o#1304',
    message: `failed to pull image: rpc error: code = Unknown desc = Error determining manifest MIME type for docker://busybox:1.26.2-uclibc: Get https://auth.docker.io/token?scope=repository%3Alibrary%2Fbusybox%3Apull&service=registry.docker.io: EOF`,
  },
  {
    cause: 'network',
    runtime: 'docker',
    source: 'kubernetes/kubernetes#107340',
    message: `Failed to pull image "busybox": rpc error: code = Unknown desc = Error response from daemon: Get https://registry-1.docker.io/v2/: net/http: TLS handshake timeout`,
  },
  {
    cause: 'network',
    runtime: 'docker',
    source: 'docker/for-win#4607',
    message: `docker: Error response from daemon: Get https://registry-1.docker.io/v2/: proxyconnect tcp: dial tcp 192.168.65.83:8080: connect: no route to host.`,
  },
  {
    cause: 'network',
    runtime: 'docker',
    source: 'kubesre/docker-registry-mirrors#1692',
    message: `Error response from daemon: Get "https://swr.cn-east-3.myhuaweicloud.com/v2/": dial tcp 123.60.122.14:443: connect: network is unreachable`,
  },
  {
    cause: 'network',
    runtime: 'docker',
    source: 'moby/moby#37127',
    message: `docker : Error response from daemon: Get https://registry-1.docker.io/v2/: dial tcp 35.169.231.249:443: connectex: No connection could be made because the target machine actively refused it.`,
  },
  {
    cause: 'network',
    runtime: 'docker',
    source: 'Georift/install-jellyfin-tizen#20',
    message: `docker: Error response from daemon: Get "https://registry-1.docker.io/v2/": dial tcp [2600:1f18:2148:bc02:445d:9ace:d20b:c303]:443: connect: cannot assign requested address.`,
  },
  {
    cause: 'network',
    source: 'docker-archive-public/docker.kitematic#2892',
    message: `(HTTP code 500) server error - {"message":"Get https://registry-1.docker.io/v2/: net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)"}`,
  },
  {
    cause: 'network',
    runtime: 'docker',
    source: 'docker-archive-public/docker.kitematic#2194',
    message: `error pulling image configuration: Get https://dseasb33srnrn.cloudfront.net/registry-v2/docker/registry/v2/blobs/sha256/70/7045ed20ac6120634dfb893c36a6b1cad3bc7fef5096f694a4e3a60db74b6c9a/data?Expires=1481698635: dial tcp 52.85.151.90:443: i/o timeout`,
  },
  // disk
  {
    cause: 'disk',
    runtime: 'containerd',
    source: 'suxess-it/kubriX#1825',
    message: `Failed to pull image "mcr.microsoft.com/playwright:v1.57.0": failed to pull and unpack image "mcr.microsoft.com/playwright:v1.57.0": failed to extract layer sha256:ba314c14dc6d1f56b259ac2195601b3ce7c1da6d2a7ba35c1766cead711a61a7: write /var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots/604/fs/usr/lib/x86_64-linux-gnu/libLLVM.so.20.1: no space left on device: unknown`,
  },
  {
    cause: 'disk',
    runtime: 'containerd',
    source: 'rancher/k3os#55',
    message: `failed to extract layer sha256:5dacd731af1b0386ead06c8b1feff9f65d9e0bdfec032d2cd0bc03690698feda: mount callback failed on /var/lib/rancher/k3s/agent/containerd/tmpmounts/containerd-mount252943319: write /var/lib/rancher/k3s/agent/containerd/tmpmounts/containerd-mount252943319/lib/x86_64-linux-gnu/libc-2.24.so: no space left on device: unknown`,
  },
  {
    cause: 'disk',
    runtime: 'containerd',
    source: 'usestrix/strix#483',
    message: `failed to extract layer (application/vnd.oci.image.layer.v1.tar+gzip sha256:0465d356eb1de54a583b42b392bd68ff4c6d0494ecaeb5a8b89c1001334829bf) to overlayfs as "extract-260106421-WDeK sha256:dc6b5af8281abf684b3e18b349680a24b4f020bd3ee8c7254ddc3b128ec21162": write /var/lib/desktop-containerd/daemon/io.containerd.snapshotter.v1.overlayfs/snapshots/105/fs/home/pentester/.cache/go-build/27/27085a9d2a1990418db3f6435abc47c29c9144d86f99186ced0874f54616bc5e-d: no space left on device`,
  },
  {
    cause: 'disk',
    runtime: 'docker',
    source: 'tableau/tableau-server-in-kubernetes#14',
    message: `Failed to pull image "CENSORED": rpc error: code = Unknown desc = failed to register layer: Error processing tar file(exit status 1): write /tableau-server-CENSORED.rpm: no space left on device`,
  },
  {
    cause: 'disk',
    runtime: 'docker',
    source: 'kubernetes/kubernetes#32542',
    message: `Error syncing pod, skipping: failed to "StartContainer" for "hivemp-nat-punchthrough-service" with ErrImagePull: "failed to register layer: Untar re-exec error: exit status 1: output: open /srv/node_modules/grpc/third_party/boringssl/fuzz/client_corpus/4c8d920b2b9c2c43b50561b90e9c6a03689e7171: no space left on device"`,
  },
  {
    cause: 'disk',
    runtime: 'docker',
    source: 'moby/moby#29508',
    message: `failed to register layer: ApplyLayer exit status 1 stdout:  stderr: mkdir /root/.npm/registry.npmjs.org/har-validator: no space left on device`,
  },
  // runtime
  {
    cause: 'runtime',
    runtime: 'containerd',
    source: 'kubernetes/kubernetes#122180',
    message: `"command failed" err="failed to run Kubelet: validate service connection: validate CRI v1 runtime API for endpoint \\"/var/run/docker/containerd/containerd.sock\\": rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing: dial unix /var/run/docker/containerd/containerd.sock: connect: no such file or directory\\""`,
  },
  {
    cause: 'runtime',
    runtime: 'containerd',
    source: 'canonical/microk8s#525',
    message: `ListPodSandbox failed: rpc error: code = Unavailable desc = all SubConns are in TransientFailure, latest connection error: connection error: desc = "transport: Error while dialing dial unix /var/snap/microk8s/common/run/containerd.sock: connect: connection refused"`,
  },
  {
    cause: 'runtime',
    runtime: 'containerd',
    source: 'moby/moby#40390',
    message: `level=error msg="failed to get event" error="rpc error: code = Unavailable desc = all SubConns are in TransientFailure, latest connection error: connection error: desc = \\"transport: Error while dialing dial unix /run/containerd/containerd.sock: connect: connection refused\\"" module=libcontainerd namespace=plugins.moby`,
  },
  {
    cause: 'runtime',
    runtime: 'docker',
    source: 'containerd/containerd#10432',
    message: `FATA[0001] getting status of runtime: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing dial unix /var/run/dockershim.sock: connect: no such file or directory"`,
  },
  {
    cause: 'runtime',
    runtime: 'docker',
    source: 'kubeflow/testing#413',
    message: `InspectFailed  Failed to inspect image "gcr.io/kubeflow-ci/test-worker:latest": rpc error: code = Unknown desc = Error response from daemon: readlink /var/lib/docker/overlay2: invalid argument`,
  },
  {
    cause: 'runtime',
    source: 'k3s-io/k3s#12540',
    message: `Failed to inspect image "": rpc error: code = Unknown desc = unable to convert a nil pointer to a runtime API image`,
  },
  // invalid-reference
  {
    cause: 'invalid-reference',
    runtime: 'kubelet',
    source: 'digitalocean/clusterlint#71',
    message: `Failed to apply default image tag "redacted.dkr.ecr.us-east-1.amazonaws.com/redacted/redacted:": couldn't parse image reference "redacted.dkr.ecr.us-east-1.amazonaws.com/redacted/redacted:": invalid reference format`,
  },
  {
    cause: 'invalid-reference',
    runtime: 'kubelet',
    source: 'cloudfoundry-incubator/kubecf#63',
    message: `Failed to apply default image tag "/cloudfoundry/75f129a0-d8c9-415a-9a8a-f514002f1459:a28a05709747165a9c25c14f1b77d5c4db260d48": couldn't parse image reference "/cloudfoundry/75f129a0-d8c9-415a-9a8a-f514002f1459:a28a05709747165a9c25c14f1b77d5c4db260d48": invalid reference format`,
  },
  {
    cause: 'invalid-reference',
    runtime: 'kubelet',
    source: 'jupyterhub/zero-to-jupyterhub-k8s#472',
    message: `Failed to apply default image tag "None:None": couldn't parse image reference "None:None": invalid reference format: repository name must be lowercase`,
  },
  {
    cause: 'invalid-reference',
    source: 'Sentinel-One/helm-charts#56',
    message: `couldn't parse image reference "<s1-helper-image>:<s1-helper-tag>": invalid reference format`,
  },
  {
    cause: 'invalid-reference',
    runtime: 'docker',
    source: 'docker/compose#10795',
    message: `Error response from daemon: invalid reference format`,
  },
  // never-pull
  {
    cause: 'never-pull',
    runtime: 'kubelet',
    source: 'hystax/optscale#701',
    message: `Container image "error_pages:local" is not present with pull policy of Never`,
  },
  {
    cause: 'never-pull',
    runtime: 'kubelet',
    source: 'stellar/anchor-platform#1467',
    message: `Warning  ErrImageNeverPull  4m9s (x3074 over 11h)  kubelet  Container image "docker-registry.services.stellar-ops.com/dev/anchor-platform:e6ca4be8" is not present with pull policy of Never`,
  },
  {
    cause: 'never-pull',
    runtime: 'kubelet',
    source: 'GoogleContainerTools/skaffold#9687',
    message: `ErrImageNeverPull: Container image "quay.io/jetstack/cert-manager-controller:v1.16.3" is not present with pull policy of Never`,
  },
  {
    cause: 'never-pull',
    source: 'kubernetes-sigs/lws#495',
    message: `Error from server (BadRequest): container "sglang-worker" in pod "sglang-0-1" is waiting to start: ErrImageNeverPull`,
  },
  // secret-missing
  {
    cause: 'secret-missing',
    runtime: 'kubelet',
    source: 'confluentinc/confluent-kubernetes-examples#276',
    message: `Unable to retrieve some image pull secrets (confluent-registry); attempting to pull the image may not succeed.`,
  },
  {
    cause: 'secret-missing',
    runtime: 'kubelet',
    source: 'koderover/zadig#3649',
    message: `pod koderover-agent/base-service-dev-workflow-9-w8r6r-q8vq7 event: Unable to retrieve some image pull secrets (default-registry-secret); attempting to pull the image may not succeed.`,
  },
  {
    cause: 'secret-missing',
    runtime: 'kubelet',
    source: 'kiwigrid/helm-charts#232',
    message: `W1126 12:07:44.833517    3683 kubelet_pods.go:842] Unable to retrieve pull secret default/artifactory-docker-secret for default/qliksense-edge-auth-565cffd699-5wp7w due to secrets "artifactory-docker-secret" not found.  The image pull may not succeed.`,
  },
  {
    cause: 'secret-missing',
    runtime: 'kubelet',
    source: 'poseidon-network/qlauncher-linux#25',
    message: `W0707 09:20:09.034548   59778 kubelet_pods.go:883] Unable to retrieve pull secret default/docker-registry-poseidon for default/v2ray-x86-r5m29 due to secret "docker-registry-poseidon" not found.  The image pull may not succeed.`,
  },
  // kubelet-throttle
  {
    cause: 'kubelet-throttle',
    runtime: 'kubelet',
    source: 'Azure/AKS#3138',
    message: `Failed to pull image "a.b.c/image-0.1": pull QPS exceeded`,
  },
  {
    cause: 'kubelet-throttle',
    runtime: 'kubelet',
    source: 'redhat-appstudio/infra-deployments#7796',
    message: String.raw`"Error syncing pod, skipping" err="failed to \"StartContainer\" for \"prepare\" with ErrImagePull: \"pull QPS exceeded\"" pod="rhodf-tenant/odr-operator-4-20-on-push-c2mlv-clone-repository-pod"`,
  },
  {
    cause: 'kubelet-throttle',
    runtime: 'kubelet',
    source: 'aws/karpenter-provider-aws#1269',
    message: `WARNING: Failed to pull image with policy "Always": image pull failed: pull QPS exceeded`,
  },
  // unknown: no pull problem named, or not enough of one
  {
    cause: 'unknown',
    runtime: 'kubelet',
    source: 'sagar-jadhav/helm-chart-hooks-example#1',
    message: `Back-off pulling image "tusenka/post-install-db-init:1.0.0"`,
  },
  {
    cause: 'unknown',
    source: 'cri-o/cri-o#189',
    message: `Failed to pull image "nginx": rpc error: code = 4 desc = context deadline exceeded`,
  },
  {
    // Was unknown: the cancel ends a named blob download, which containerd's no-progress timeout
    // cut off (the same thread logs "cancel pulling image ... because of no progress"): a stalled
    // download, so network, with the runtime as the alternative.
    cause: 'network',
    runtime: 'containerd',
    source: 'kubernetes/kubernetes#131521',
    message: `Failed to pull image "private_registery.mydomain/idrac_to_kafka:20250428T1620": rpc error: code = Canceled desc = failed to pull and unpack image "private_registery.mydomain/idrac_to_kafka:20250428T1620": failed to copy: httpReadSeeker: failed open: failed to do request: Get "https://private_registery.mydomain/v2/csg/idrac_to_kafka/blobs/sha256:d0157ca575c725b6dbdc6c7b843b8614963fda6ca619af9932bfbbb39c450c5a": context canceled`,
  },
];
