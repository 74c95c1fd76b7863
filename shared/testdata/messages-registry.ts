// Real pull errors whose cause lies at or behind the registry: missing images, credentials, rate
// limits, TLS trust, platforms, signature policy and registry faults. See messages.ts.
import type { CorpusEntry } from './messages.js';

/** Registry-side messages, grouped by cause. */
export const REGISTRY_SIDE_MESSAGES: readonly CorpusEntry[] = [
  // not-found
  {
    cause: 'not-found',
    runtime: 'containerd',
    source: 'kubernetes-sigs/provider-aws-test-infra#281',
    message: String.raw`level=error msg="PullImage \"registry.k8s.io/kube-apiserver-amd64:v1.30.0-alpha.1.107_052bce26f4f48b\" failed" error="rpc error: code = NotFound desc = failed to pull and unpack image \"registry.k8s.io/kube-apiserver-amd64:v1.30.0-alpha.1.107_052bce26f4f48b\": failed to resolve reference \"registry.k8s.io/kube-apiserver-amd64:v1.30.0-alpha.1.107_052bce26f4f48b\": registry.k8s.io/kube-apiserver-amd64:v1.30.0-alpha.1.107_052bce26f4f48b: not found"`,
  },
  {
    cause: 'not-found',
    source: 'gpustack/gpustack#4860',
    message: `Failed to pull image quay.io/gpustack/runner:cuda12.9-vllm0.17.0-linux-amd64: Docker Client Error: failed to resolve reference "quay.io/gpustack/runner:cuda12.9-vllm0.17.0-linux-amd64": quay.io/gpustack/runner:cuda12.9-vllm0.17.0-linux-amd64: not found`,
  },
  {
    cause: 'not-found',
    runtime: 'docker',
    source: 'lachie83/k8s-kubectl#157',
    message: `Failed to pull image "lachlanevenson/k8s-kubectl:v1.18.20": rpc error: code = Unknown desc = Error response from daemon: manifest for lachlanevenson/k8s-kubectl:v1.18.20 not found: manifest unknown: manifest unknown`,
  },
  {
    cause: 'not-found',
    runtime: 'cri-o',
    source: 'cri-o/cri-o#4388',
    message: `pulling image failed: rpc error: code = Unknown desc = Error reading manifest latest in registry.mydomain/image: manifest unknown: manifest unknown`,
  },
  {
    cause: 'not-found',
    runtime: 'docker',
    source: 'ciiiii/cloudflare-docker-proxy#90',
    message: `Error response from daemon: manifest for docker.14790897.xyz/14790897/openwrt:86_64 not found: manifest unknown: manifest unknown`,
  },
  {
    cause: 'not-found',
    source: 'fabric8io/docker-maven-plugin#369',
    message: `name unknown: The repository with name 'tomcat' does not exist in the registry with id '295240448163' (Internal Server Error: 500)`,
  },
  {
    cause: 'not-found',
    source: 'buildsec/frsca#97',
    message: `reading tags for localhost:8888/citi/picalc: GET http://localhost:8888/v2/citi/picalc/tags/list?n=1000: NAME_UNKNOWN: repository name not known to registry; map[name:citi/picalc]`,
  },
  // auth-or-not-found: the registry will not say which
  {
    cause: 'auth-or-not-found',
    runtime: 'containerd',
    source: 'containerd/containerd#2052',
    message: `ctr: failed to resolve reference "docker.io/image/doesnotexist:latest": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`,
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'containerd',
    source: 'containerd/containerd#2011',
    message: `ctr: failed to resolve reference "docker.io/library/go:nanoserver": server message: insufficient_scope: authorization failed`,
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'docker',
    source: 'kubernetes/minikube#20613',
    message: `Failed to pull image "suedostcargo-web": Error response from daemon: pull access denied for suedostcargo-web, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`,
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'docker',
    source: 'kubernetes/website#14257',
    message: `Failed to pull image "rmeuser-auth:latest": rpc error: code = Unknown desc = Error response from daemon: pull access denied for rmeuser-auth, repository does not exist or may require 'docker login'`,
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'docker',
    source: 'StevenACoffman/logsink#4',
    message: `Failed to pull image "docker.io/stevenacoffman/node-echo-server": rpc error: code = Unknown desc = Error response from daemon: pull access denied for stevenacoffman/node-echo-server, repository does not exist or may require 'docker login'`,
  },
  {
    cause: 'auth-or-not-found',
    source: 'finalduty/docker-archlinux#4',
    message: `Error response from daemon: repository finalduty/docker not found: does not exist or no pull access`,
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'cri-o',
    source: 'cri-o/cri-o#2331',
    message: `pulling image failed: rpc error: code = Unknown desc = Error reading manifest latest in docker.io/crio/busybox: errors:
denied: requested access to the resource is denied
unauthorized: authentication required`,
  },
  // auth
  {
    cause: 'auth',
    runtime: 'containerd',
    source: 'kubernetes/kubernetes#110675',
    message: `Failed to pull image "registry.app.xxx.net/XXXXX/partsgo42:GitActionsNew-2e7e78f7bb157128f1853b0dc06bf7ccd13156d7": rpc error: code = Unknown desc = failed to pull and unpack image "registry.app.xxx.net/spm2fog/partsgo42:GitActionsNew-2e7e78f7bb157128f1853b0dc06bf7ccd13156d7": failed to resolve reference "registry.app.xxx.net/spm2fog/partsgo42:GitActionsNew-2e7e78f7bb157128f1853b0dc06bf7ccd13156d7": pulling from host registry.app.xxx.net failed with status code [manifests GitActionsNew-2e7e78f7bb157128f1853b0dc06bf7ccd13156d7]: 401 Unauthorized`,
  },
  {
    cause: 'auth',
    runtime: 'containerd',
    source: 'jfrog/jfrog-credentials-provider#41',
    message: String.raw`"Failed to pull image" err="failed to pull and unpack image \"heidiai.jfrog.io/heidiai-docker/heidi-ml-scribe:pr-6940\": failed to resolve reference \"heidiai.jfrog.io/heidiai-docker/heidi-ml-scribe:pr-6940\": failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://heidiai.jfrog.io/artifactory/api/docker/heidiai-docker/v2/token?scope=repository%3Aheidi-ml-scribe%3Apull&scope=repository%3Aheidiai-docker%2Fheidi-ml-scribe%3Apull&service=heidiai.jfrog.io: 401 " image="heidiai.jfrog.io/heidiai-docker/heidi-ml-scribe:pr-6940"`,
  },
  {
    cause: 'auth',
    runtime: 'containerd',
    source: 'docker-library/tomcat#321',
    message: `amazoncorretto:11-al2-jdk: failed to authorize: failed to fetch anonymous token: unexpected status: 401`,
  },
  {
    cause: 'auth',
    source: 'kroxylicious/kroxylicious#2596',
    message: `ERROR: failed to build: failed to solve: failed to fetch anonymous token: unexpected status from GET request to https://registry.redhat.io/auth/realms/rhcc/protocol/redhat-docker-v2/auth?scope=repository%3Aubi9%2Fubi-minimal%3Apull&service=docker-registry: 401 Unauthorized`,
  },
  {
    cause: 'auth',
    runtime: 'docker',
    source: 'octarinesec/octarine-operator#15',
    message: `Failed to pull image "octarinesec/guardrails-enforcer:20.7": rpc error: code = Unknown desc = Error response from daemon: unauthorized: authentication required`,
  },
  {
    cause: 'auth',
    runtime: 'docker',
    source: 'containerd/cri#668',
    message: `pulling image failed: rpc error: code = Unknown desc = Error response from daemon: Get https://registry-1.docker.io/v2/library/nginx/manifests/latest: unauthorized: incorrect username or password`,
  },
  {
    cause: 'auth',
    runtime: 'docker',
    source: 'Azure/acs-engine#2454',
    message: `/usr/bin/docker: error pulling image configuration: unauthorized: Requested repository does not match bearer token resource: hyperkube-amd64.`,
  },
  {
    cause: 'auth',
    runtime: 'cri-o',
    source: 'cri-o/cri-o#8780',
    message: `Failed to pull image "rhuss/crio-mount-test": initializing source docker://quay.io/rhuss/crio-mount-test:latest: reading manifest latest in quay.io/rhuss/crio-mount-test: unauthorized: access to the requested resource`,
  },
  {
    cause: 'auth',
    source: 'microsoft/vscode-remote-release#6920',
    message: `failed to fetch oauth token: unexpected status: 403 Forbidden`,
  },
  // rate-limit
  {
    cause: 'rate-limit',
    runtime: 'containerd',
    source: 'kata-containers/kata-containers#10109',
    message: `Failed to pull image "busybox": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/library/busybox:latest": failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/busybox/manifests/sha256:50aa4698fa6262977cff89181b2664b99d8a56dbca847bf62f2ef04854597cf8: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit`,
  },
  {
    cause: 'rate-limit',
    runtime: 'containerd',
    source: 'ScribeMD/docker-cache#829',
    message: `ERROR: failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/library/rust/manifests/sha256:de6e081a4e9c10e70731071cec6f629892da1bbaa24b478a96bdc59060674117: 429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit`,
  },
  {
    cause: 'rate-limit',
    runtime: 'docker',
    source: 'docker/hub-feedback#2464',
    message: `Error response from daemon: toomanyrequests: You have reached your unauthenticated pull rate limit. https://www.docker.com/increase-rate-limit`,
  },
  {
    cause: 'rate-limit',
    runtime: 'docker',
    source: 'play-with-docker/play-with-docker#422',
    message: `error pulling image configuration: toomanyrequests: Too Many Requests. Please see https://docs.docker.com/docker-hub/download-rate-limit/`,
  },
  {
    cause: 'rate-limit',
    // "Status 429 trying to pull repository" is docker's own (v1 pull) sentence, which the
    // kubelet quotes; it was labelled kubelet before the classifier knew docker's v1 wording.
    runtime: 'docker',
    source: 'kubernetes/kubernetes#9534',
    message: `Failed to pull image "gcr.io/google_containers/kube-ui:v2" from pod "kube-ui-v2-ojp6m_kube-system" and container "kube-ui": Error: Status 429 trying to pull repository google_containers/kube-ui: "<!DOCTYPE html>`,
  },
  // tls
  {
    cause: 'tls',
    runtime: 'containerd',
    source: 'containerd/containerd#4938',
    message: `pulling image failed: rpc error: code = Unknown desc = failed to pull and unpack image "vlab048011.dom047600.lab:5000/myjenkins:latest": failed to resolve reference "vlab048011.dom047600.lab:5000/myjenkins:latest": failed to do request: Head https://vlab048011.dom047600.lab:5000/v2/myjenkins/manifests/latest: http: server gave HTTP response to HTTPS client`,
  },
  {
    cause: 'tls',
    runtime: 'containerd',
    source: 'enix/kube-image-keeper#60',
    message: `Failed to pull image "localhost:7439/docker.io/xxxsoftware/xxx-redis:2023.1.2": rpc error: code = Unknown desc = failed to pull and unpack image "localhost:7439/docker.io/xxxsoftware/xxx-redis:2023.1.2": failed to resolve reference "localhost:7439/docker.io/xxxsoftware/xxx-redis:2023.1.2": failed to do request: Head "https://localhost:7439/v2/docker.io/xxxsoftware/xxx-redis/manifests/2023.1.2": http: server gave HTTP response to HTTPS client`,
  },
  {
    cause: 'tls',
    runtime: 'containerd',
    source: 'https://fastfox.pro/blog/tutorials/kubernetes-image-pull-tls-ca',
    message: `Failed to pull image "registry.example.local/team/app:1.2.3": rpc error: code = Unknown desc = failed to pull and unpack image ...: failed to resolve reference ...: failed to do request: Head "https://registry.example.local/v2/...": x509: certificate signed by unknown authority`,
  },
  {
    cause: 'tls',
    runtime: 'docker',
    source: 'konstpic/SharX#107',
    message: `Error response from daemon: failed to resolve reference "registry.konstpic.ru/sharx/postgres:16-alpine": failed to do request: Head "https://registry.konstpic.ru/v2/sharx/postgres/manifests/16-alpine": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2026-08-13T05:50:29Z is after 2026-08-13T04:59:29Z`,
  },
  {
    cause: 'tls',
    runtime: 'docker',
    source: 'kubernetes/kubernetes#43924',
    message: `Failed to pull image "10.78.0.228:5000/monitorms": Error response from daemon: {"message":"Get https://10.78.0.228:5000/v1/_ping: x509: certificate signed by unknown authority"}`,
  },
  {
    cause: 'tls',
    runtime: 'docker',
    source: 'kubernetes/minikube#14907',
    message: `Failed to pull image "nginx:alpine": rpc error: code = Unknown desc = error pulling image configuration: download failed after attempts=6: x509: certificate signed by unknown authority`,
  },
  {
    cause: 'tls',
    runtime: 'docker',
    source: 'moby/moby#39505',
    message: `Failed to pull image "tutum/hello-world": rpc error: code = Unknown desc = Error response from daemon: Get https://registry-1.docker.io/v2/: x509: certificate is valid for GATEWAY.SPANSERVICES.COM, not registry-1.docker.io`,
  },
  {
    cause: 'tls',
    runtime: 'docker',
    source: 'boomix/BoomPanel#24',
    message: `Error response from daemon: Get https://registry.indietyp.com/v2/: x509: certificate is valid for bilal-mahmoud.de, indietyp.com, not registry.indietyp.com`,
  },
  {
    cause: 'tls',
    runtime: 'cri-o',
    source: 'openshift/origin#24934',
    message: `Error: error pulling image "quay.io/openshift-release-dev/ocp-release@sha256:64320fbf95d968fc6b9863581a92d373bc75f563a13ae1c727af37450579f61a": unable to pull quay.io/openshift-release-dev/ocp-release@sha256:64320fbf95d968fc6b9863581a92d373bc75f563a13ae1c727af37450579f61a: unable to pull image: Error initializing source docker://quay.io/openshift-release-dev/ocp-release@sha256:64320fbf95d968fc6b9863581a92d373bc75f563a13ae1c727af37450579f61a: error pinging docker registry quay.io: Get https://quay.io/v2/: x509: certificate has expired or is not yet valid`,
  },
  // platform
  {
    cause: 'platform',
    runtime: 'containerd',
    source: 'kubewarden/adm-controller#1378',
    message: `Failed to pull image "ghcr.io/kubewarden/kubewarden-controller:latest": rpc error: code = NotFound desc = failed to pull and unpack image "ghcr.io/kubewarden/kubewarden-controller:latest": no match for platform in manifest: not found`,
  },
  {
    cause: 'platform',
    runtime: 'containerd',
    source: 'containerd/containerd#2410',
    message: `no match for current platform linux/arm/v7 in manifest sha256:32efb15cbb8a46f4b564857e534fd4c26a4a15813885f91b1a95b5758fea3fd5: not found`,
  },
  {
    cause: 'platform',
    runtime: 'docker',
    source: 'moby/moby#46765',
    message: `Error response from daemon: no matching manifest for linux/arm64/v8 in the manifest list entries: no match for platform in manifest: not found`,
  },
  {
    cause: 'platform',
    runtime: 'docker',
    source: 'python-pillow/Pillow#9440',
    message: `Error response from daemon: no matching manifest for linux/amd64 in the manifest list entries: no match for platform in manifest: not found`,
  },
  {
    cause: 'platform',
    runtime: 'docker',
    source: 'coze-dev/coze-studio#415',
    message: `Error response from daemon: image with reference opencoze/opencoze:latest was found but does not match the specified platform: wanted linux/amd64, actual: linux/arm64/v8`,
  },
  {
    cause: 'platform',
    runtime: 'cri-o',
    source: 'cri-o/cri-o#3626',
    message: `pulling image failed: rpc error: code = Unknown desc = Error choosing image instance: no image found in manifest list for architecture arm, variant v8, OS linux`,
  },
  {
    cause: 'platform',
    runtime: 'cri-o',
    source: 'cri-o/cri-o#3233',
    message: String.raw`level=fatal msg=\"pulling image failed: rpc error: code = Unknown desc = Error choosing image instance: no image found in manifest list for architecture arm64, variant v8, OS linux\"`,
  },
  // policy
  {
    cause: 'policy',
    runtime: 'cri-o',
    source: 'https://kubernetes.io/blog/2023/06/29/container-image-signature-verification/',
    message: `Failed to pull image "quay.io/crio/unsigned": SignatureValidationFailed: Source image rejected: A signature was required, but no signature exists`,
  },
  {
    cause: 'policy',
    runtime: 'cri-o',
    source: 'https://kubernetes.io/blog/2023/06/29/container-image-signature-verification/',
    message: `FATA[…] pulling image: rpc error: code = Unknown desc = SignatureValidationFailed: Source image rejected: A signature was required, but no signature exists`,
  },
  {
    cause: 'policy',
    runtime: 'cri-o',
    source: 'openshift/enhancements (openshift-image-policy enhancement)',
    message: `Failed to pull image "quay.io/openshift-release-dev/ocp-release@sha256:1995202f11dc5a4763cdc44ff30d4d4d6560b3a6e29873b51af2992bd8e33109": SignatureValidationFailed: Source image rejected: A signature was required, but no signature exists`,
  },
  {
    cause: 'policy',
    runtime: 'cri-o',
    source: 'public OpenShift lab "Container Signature Verification on OpenShift Disconnected"',
    message: `Failed to pull image "mirror-registry.example.com:8443/mavazque/cosigntestsign:team-b": SignatureValidationFailed: Source image rejected: None of the signatures were accepted, reasons: missing dev.sigstore.cosign/bundle annotation; Required email team-a@example.com not found (got []string{"team-b@example.com"})`,
  },
  // registry-error
  {
    cause: 'registry-error',
    runtime: 'containerd',
    source: 'docker/hub-feedback#2482',
    message: `Failed to pull image "shivamstryke/stockwiz:postgres": failed to pull and unpack image "docker.io/shivamstryke/stockwiz:postgres": failed to copy: httpReadSeeker: failed open: unexpected status code https://registry-1.docker.io/v2/shivamstryke/stockwiz/blobs/sha256:3ddbf88db716b08dd4e798c48bb4080495e406dd9f50a858b9e693c7a19bfa6b: 500 Internal Server Error`,
  },
  {
    cause: 'registry-error',
    runtime: 'containerd',
    source: 'ciiiii/cloudflare-docker-proxy#98',
    message: `pulling image: failed to pull and unpack image "docker.io/library/nginx:latest": failed to copy: httpReadSeeker: failed open: unexpected status code https://docker.xxxxxx.xxx/v2/library/nginx/blobs/sha256:566e42bcee1cd697dcab6098c082789af33bc8cbcbaa95c8adbad87283c85c75?ns=docker.io: 400 Bad Request`,
  },
  {
    // Was registry-error: a layer whose bytes do not match its digest broke on the way (issue 10
    // files "failed commit on ref" under broken downloads); the classifier keeps registry-error as
    // the alternative, for the rarer corrupt blob.
    cause: 'network',
    runtime: 'containerd',
    source: 'containerd/containerd#1893',
    message: `pulling image failed: rpc error: code = Unknown desc = failed to pull and unpack image "xxxxxx": failed commit on ref "layer-sha256:55ae122ef77dfe5b336bcf9d55af5e3ddc515c91e4f5efe51509cb13f983da3b": unexpected commit digest sha256:a8f2c3f33adf8b40a3f21558f2a7e48fa1fefa482729e4e9f8db1dbb5f654e9a, expected sha256:55ae122ef77dfe5b336bcf9d55af5e3ddc515c91e4f5efe51509cb13f983da3b: failed precondition`,
  },
  {
    // Was registry-error: a layer shorter than its descriptor is a download cut short (see above).
    cause: 'network',
    runtime: 'containerd',
    source: 'saveourtool/save-cloud#1986',
    message: `Failed to pull image "ghcr.io/saveourtool/save-base:python-3.10": rpc error: code = FailedPrecondition desc = failed to pull and unpack image "ghcr.io/saveourtool/save-base:python-3.10": failed commit on ref "layer-sha256:a6daac42f0daee2fe11dd237f570a94067fd69ec126838af3bc82a4d57f11f8c": "layer-sha256:a6daac42f0daee2fe11dd237f570a94067fd69ec126838af3bc82a4d57f11f8c" failed size validation: 6239744 != 17386982: failed precondition`,
  },
  {
    cause: 'registry-error',
    runtime: 'docker',
    source: 'kubernetes-retired/external-storage#1323',
    message: `Failed to pull image "quay.io/external_storage/nfs-client-provisioner:latest": rpc error: code = Unknown desc = Error response from daemon: Get https://quay.io/v2/external_storage/nfs-client-provisioner/manifests/latest: received unexpected HTTP status: 500 Internal Server Error.`,
  },
  {
    cause: 'registry-error',
    runtime: 'docker',
    source: 'docker/cli#2141',
    message: `ERROR: Preparation failed: Error response from daemon: received unexpected HTTP status: 503 Service Unavailable`,
  },
  {
    cause: 'registry-error',
    runtime: 'docker',
    source: 'maguowei/k8s-docker-desktop-for-mac#6',
    message: `error pulling image configuration: received unexpected HTTP status: 503 Service Unavailable`,
  },
  {
    cause: 'registry-error',
    runtime: 'cri-o',
    source: 'cri-o/cri-o#3863',
    message: `pulling image failed: rpc error: code = Unknown desc = error pinging docker registry <registry IP>:<registry PORT>: invalid status code from registry 502 (Bad Gateway)`,
  },
  {
    cause: 'registry-error',
    source: 'usememos/memos#4373',
    message: `Error: copying system image from manifest list: reading blob sha256:0fad6af3b320efdfaa2844cef4d70b9316d0d9221a1dd7412a646ffd707ccbec: fetching blob: received unexpected HTTP status: 500 Internal Server Error`,
  },
  {
    cause: 'registry-error',
    source: 'containers/storage#145',
    message: `Error: Manifest does not match provided manifest digest sha256:3181b2fff8cbdefa2302a04b1eb2273251749e9320d0083b807d32e9f0e18961`,
  },
];
