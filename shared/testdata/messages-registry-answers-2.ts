// Collected real messages: missing images, rate limits, registry faults, the kubelet, and texts naming no cause (part 2 of 6).
// Gathered verbatim from public issue trackers for issue 10; see messages-collected.ts.
import type { CorpusEntry } from './messages.js';

/** Collected missing images, rate limits, registry faults, the kubelet, and texts naming no cause messages, part 2. */
export const REGISTRY_ANSWERS_2_MESSAGES: readonly CorpusEntry[] = [
  {
    cause: 'not-found',
    registry: 'ecr',
    family: 'missing-image',
    source: 'docker/github-builder#30',
    message:
      'Error: Signing BuildKit attestation manifests failed: ERROR: httpReadSeeker: failed open: content at https://public.ecr.aws/v2/q3b5f1u4/test-docker-action/manifests/sha256:76bc7984bdcf00ef5af953b7cb3de57ef39101cc091f4913c738b16cfbd26e53 not found: not found',
  },
  {
    cause: 'not-found',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'missing-image',
    source: 'Netflix-Skunkworks/zerotodocker#54',
    message:
      'Using default tag: latest\nError response from daemon: manifest for netflixoss/eureka:latest not found',
  },
  {
    cause: 'not-found',
    runtime: 'containerd',
    registry: 'ecr',
    family: 'missing-image',
    source: 'aws-samples/eks-alb-istio-with-tls#7',
    message:
      'Failed to pull image "public.ecr.aws/v2k0k1b1/yelb/yelb-ui:latest": rpc error: code = NotFound desc = failed to pull and unpack image "public.ecr.aws/v2k0k1b1/yelb/yelb-ui:latest": failed to resolve reference "public.ecr.aws/v2k0k1b1/yelb/yelb-ui:latest": public.ecr.aws/v2k0k1b1/yelb/yelb-ui:latest: not found',
  },
  {
    cause: 'not-found',
    runtime: 'docker',
    registry: 'ecr',
    family: 'missing-image',
    source: 'aws-samples/eks-alb-istio-with-tls#7',
    message:
      "Error response from daemon: repository public.ecr.aws/v2k0k1b1/yelb/yelb-ui not found: name unknown: The repository with name 'yelb/yelb-ui' does not exist in the registry with id 'v2k0k1b1'",
  },
  {
    cause: 'not-found',
    registry: 'ecr',
    family: 'missing-image',
    source: 'actions/starter-workflows#2647',
    message:
      "name unknown: The repository with name 'public.ecr.aws/a1e6v7a9/myrepo' does not exist in the registry with id 'xxx'",
  },
  {
    cause: 'not-found',
    registry: 'dockerhub',
    family: 'missing-image',
    source: 'podman-container-tools/podman#5092',
    message:
      'Trying to pull docker.io/trilio/trilio-datamover:testosp16...ERRO[0000] Error pulling image ref //trilio/trilio-datamover:testosp16: Error initializing source docker://trilio/trilio-datamover:testosp16: Error reading manifest testosp16 in docker.io/trilio/trilio-datamover: manifest unknown: manifest unknown\nFailed',
  },
  {
    cause: 'not-found',
    registry: 'dockerhub',
    family: 'missing-image',
    source: 'podman-container-tools/podman#7501',
    message:
      'Error: unable to pull haugene/transmission-openvpn:latest-armh: 1 error occurred:\n        * Error initializing source docker://haugene/transmission-openvpn:latest-armh: Error reading manifest latest-armh in docker.io/haugene/transmission-openvpn: manifest unknown: manifest unknown',
  },
  {
    cause: 'not-found',
    registry: 'gitlab',
    family: 'missing-image',
    source: 'podman-container-tools/podman#6595',
    message:
      'Trying to pull registry.gitlab.com/lightmeter/controlcenter...\n  manifest unknown: manifest unknown\nError: error pulling image "registry.gitlab.com/lightmeter/controlcenter": unable to pull registry.gitlab.com/lightmeter/controlcenter: unable to pull image: Error initializing source docker://registry.gitlab.com/lightmeter/controlcenter:latest: Error reading manifest latest in registry.gitlab.com/lightmeter/controlcenter: manifest unknown: manifest unknown',
  },
  {
    cause: 'not-found',
    registry: 'other',
    family: 'missing-image',
    source: 'podman-container-tools/podman#9990',
    message:
      'Error initializing source docker://registry.opensuse.org/ubuntu:latest: Error reading manifest latest in registry.opensuse.org/ubuntu: name unknown',
  },
  {
    cause: 'not-found',
    registry: 'harbor',
    family: 'missing-image',
    source: 'plexsystems/sinker#35',
    message:
      'Error: push: image exists at remote: get image: GET https://harbor.myreg.org/v2/xyz/coreos/prometheus-operator/manifests/v0.38.0: NOT_FOUND: artifact xyz/coreos/prometheus-operator:v0.38.0 not found',
  },
  {
    cause: 'not-found',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'missing-image',
    source: 'goharbor/harbor#3668',
    message:
      'level=error msg="Not continuing with pull after error: Tag v1.3.0-rc1 not found in repository docker.io/vmware/harbor-log"',
  },
  {
    cause: 'not-found',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'missing-image',
    source: 'goharbor/harbor#848',
    message:
      'Pulling repository docker.io/vmware/harbor-ui\nTag 0.4.0 not found in repository docker.io/vmware/harbor-ui',
  },
  {
    cause: 'not-found',
    registry: 'harbor',
    family: 'missing-image',
    source: 'vmware-archive/admiral#8',
    message:
      '{"errorDetail":{"message":"Error: image library/busybox not found"},"error":"Error: image library/busybox not found"}',
  },
  {
    cause: 'not-found',
    registry: 'distribution',
    family: 'missing-image',
    source: 'docker-archive/docker-registry#637',
    message: '2014/10/17 16:08:42 Tag latest not found in repository my-registry:443/centos',
  },
  {
    cause: 'not-found',
    registry: 'other',
    family: 'missing-image',
    source: 'https://www.fedorafaq.com/en/how-to-configure-container-registries-on-fedora/',
    message:
      'Error: unable to pull mycompany/internal-app: unable to init source: manifest unknown',
  },
  {
    cause: 'not-found',
    registry: 'other',
    family: 'missing-image',
    source: 'cri-o/cri-o#9321',
    message:
      'error: build error: failed to pull image: After retrying 2 times, Pull image still failed due to error: initializing source docker://image-registry.openshift-image-registry.svc:5000/ci-op-4dh1trpi/pipeline:base: reading manifest base in image-registry.openshift-image-registry.svc:5000/ci-op-4dh1trpi/pipeline: manifest unknown',
  },
  {
    cause: 'not-found',
    registry: 'distribution',
    family: 'missing-image',
    source: 'redhat-openshift-ecosystem/community-operators-prod#1089',
    message:
      'Trying to pull kind-registry:5000/test-operator/catalog:v4.10s...\n    Error: initializing source docker://kind-registry:5000/test-operator/catalog:v4.10s: reading manifest v4.10s in kind-registry:5000/test-operator/catalog: manifest unknown: manifest unknown',
  },
  {
    cause: 'not-found',
    runtime: 'cri-o',
    registry: 'other',
    family: 'missing-image',
    source: 'raffaelespazzoli/credscontroller#10',
    message:
      'Failed to pull image "registry.svc.ci.openshift.org/origin/4.3-2019-10-29-062458@sha256:8184092486c345c2b757f366f146218a115e5d7a92b481cb76257358653ec852": rpc error: code = Unknown desc = Error reading manifest sha256:8184092486c345c2b757f366f146218a115e5d7a92b481cb76257358653ec852 in registry.svc.ci.openshift.org/origin/4.3-2019-10-29-062458: manifest unknown: manifest unknown',
  },
  {
    cause: 'not-found',
    runtime: 'cri-o',
    registry: 'quay',
    family: 'missing-image',
    source: 'okd-project/okd#2194',
    message:
      '"PullImage from image service failed" err="rpc error: code = Unknown desc = initializing source docker://quay.io/okd/scos-content@sha256:637140d5811ea5f3ebbf1f0185ef4e98085236684337f2aabc4fa6bbffe1b305: reading manifest sha256:637140d5811ea5f3ebbf1f0185ef4e98085236684337f2aabc4fa6bbffe1b305 in quay.io/okd/scos-content: manifest unknown" image="quay.io/okd/scos-content@sha256:637140d5811ea5f3ebbf1f0185ef4e98085236684337f2aabc4fa6bbffe1b305"',
  },
  {
    cause: 'not-found',
    registry: 'distribution',
    family: 'missing-image',
    source: 'distribution/distribution#777',
    message:
      '{"errors":[{"code":"NAME_UNKNOWN","message":"repository name not known to registry","detail":{"name":"so0k/gitreceive"}}]}',
  },
  {
    cause: 'not-found',
    registry: 'distribution',
    family: 'missing-image',
    source: 'klausmeyer/docker-registry-browser#323',
    message:
      'level=error msg="response completed with error" err.code="name unknown" err.detail=map[name:registry-host.json] err.message="repository name not known to registry" go.version=go1.11.2 http.request.host="mydockerhost.local:5000"',
  },
  {
    cause: 'not-found',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'missing-image',
    source: 'mattmattox/drain-node-on-crash#7',
    message:
      'ImagePullBackOff: Back-off pulling image "drainnode/leader:v1.0-rc9"\nErrImagePull: rpc error: code = Unknown desc = Error response from daemon: manifest for drainnode/leader:v1.0-rc9 not found: manifest unknown: manifest unknown',
  },
  {
    cause: 'not-found',
    runtime: 'containerd',
    registry: 'ghcr',
    family: 'missing-image',
    source: 'komari-monitor/komari#326',
    message:
      'Failed to pull image "ghcr.io/komari-monitor/komari:1.0.0": rpc error: code = NotFound desc = failed to pull and unpack image "ghcr.io/komari-monitor/komari:1.0.0": failed to copy: httpReadSeeker: failed open: content at https://ghcr.io/v2/komari-monitor/komari/manifests/sha256:3611825abb0c84db8974691cb4d9c44cc198a0cc45aa42ddfc70806d8db92d0b not found: not found',
  },
  {
    cause: 'not-found',
    runtime: 'containerd',
    registry: 'dockerhub',
    family: 'missing-image',
    source: 'clastix/kamaji-etcd#5',
    message:
      'Warning  Failed     23m (x4 over 25m)     kubelet            Failed to pull image "clastix/kubectl:v1.25": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/clastix/kubectl:v1.25": failed to resolve reference "docker.io/clastix/kubectl:v1.25": docker.io/clastix/kubectl:v1.25: not found',
  },
  {
    cause: 'not-found',
    runtime: 'containerd',
    registry: 'other',
    family: 'missing-image',
    source: 'kubernetes-sigs/kube-network-policies#307',
    message:
      'Back-off pulling image "registry.k8s.io/networking/kube-network-policies:v1.0.0": ErrImagePull: rpc error: code = NotFound desc = failed to pull and unpack image "registry.k8s.io/networking/kube-network-policies:v1.0.0": failed to resolve image: registry.k8s.io/networking/kube-network-policies:v1.0.0: not found\'',
  },
  {
    cause: 'not-found',
    registry: 'artifact-registry',
    family: 'missing-image',
    source: 'kubernetes-sigs/kube-network-policies#307',
    message:
      'Trying to pull registry.k8s.io/networking/kube-network-policies:v1.0.0...\n  Error: initializing source docker://registry.k8s.io/networking/kube-network-policies:v1.0.0: reading manifest v1.0.0 in registry.k8s.io/networking/kube-network-policies: manifest unknown: Failed to fetch "v1.0.0"',
  },
  {
    // Collected as auth-or-not-found (the package was private); GHCR's 'not found' is classified
    // not-found with auth as the alternative.
    cause: 'not-found',
    runtime: 'containerd',
    registry: 'ghcr',
    family: 'missing-image',
    source: 'sympozium-ai/sympozium#36',
    message:
      'Back-off pulling image "ghcr.io/alexsjones/sympozium/node-probe:v0.1.8": ErrImagePull: rpc error: code = NotFound desc = failed to pull and unpack image "ghcr.io/alexsjones/sympozium/node-probe:v0.1.8": failed to resolve reference "ghcr.io/alexsjones/sympozium/node-probe:v0.1.8": ghcr.io/alexsjones/sympozium/node-probe:v0.1.8: not found',
  },
  {
    // Collected as auth-or-not-found (the package was private); GHCR's 'not found' is classified
    // not-found with auth as the alternative.
    cause: 'not-found',
    runtime: 'containerd',
    registry: 'ghcr',
    family: 'missing-image',
    source: 'sympozium-ai/sympozium#207',
    message:
      'rpc error: code = NotFound desc = failed to pull and unpack image "ghcr.io/sympozium-ai/sympozium/llmfit-daemon:v0.10.34": failed to resolve reference "ghcr.io/sympozium-ai/sympozium/llmfit-daemon:v0.10.34": ghcr.io/sympozium-ai/sympozium/llmfit-daemon:v0.10.34: not found',
  },
  {
    cause: 'not-found',
    registry: 'dockerhub',
    family: 'missing-image',
    source: 'docker-archive/classicswarm#470',
    message: 'ubuntu-2: Pulling toto:latest... : Error: image library/toto:latest not found',
  },
  {
    // Collected as auth-or-not-found (a private repository without working credentials); old
    // docker's text says only 'not found'.
    cause: 'not-found',
    registry: 'dockerhub',
    family: 'missing-image',
    source: 'rancher/rancher#2281',
    message:
      'Image [my/image:build-135-configurator_9000] failed to pull : Error: image my/image:build-135-configurator_9000 not found',
  },
  {
    cause: 'not-found',
    runtime: 'docker',
    registry: 'other',
    family: 'missing-image',
    source: 'artipie/docker-adapter#260',
    message:
      'Error response from daemon: error parsing HTTP 404 response body: unexpected end of JSON input: ""',
  },
  {
    cause: 'not-found',
    registry: 'ecr',
    family: 'missing-image',
    source: 'Shippable/support#4234',
    message:
      'Error while pulling container deploy-ecs-basic-image, will try to run anyway: API error (404): repository 066245240757.dkr.ecr.us-east-1.amazonaws.com/deploy-ecs-basic not found',
  },
  {
    cause: 'not-found',
    registry: 'dockerhub',
    family: 'missing-image',
    source: 'aws/amazon-ecs-agent#422',
    message:
      'Reason CannotPullContainerError: Tag latest not found in repository docker.io/library/owncloud',
  },
  {
    cause: 'not-found',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'missing-image',
    source: 'docker/for-win#3761',
    message:
      'Error response from daemon: manifest for microsoft/windowsservercore:latest not found.',
  },
  {
    cause: 'rate-limit',
    runtime: 'containerd',
    registry: 'dockerhub',
    family: 'rate-limit',
    source: 'kata-containers/kata-containers#10109',
    message:
      'Warning  Failed     76s                 kubelet            Failed to pull image "busybox": rpc error: code = Unknown\ndesc = failed to pull and unpack image "docker.io/library/busybox:latest": failed to copy: httpReadSeeker: failed open:\nunexpected status code https://registry-1.docker.io/v2/library/busybox/manifests/sha256:50aa4698fa6262977cff89181b2664b99d8a56dbca847bf62f2ef04854597cf8:\n429 Too Many Requests - Server message: toomanyrequests: You have reached your pull rate limit.\nYou may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit',
  },
];
