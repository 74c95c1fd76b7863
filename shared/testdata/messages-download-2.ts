// Collected real messages: layer downloads that break half-way, blob stores, deadlines and cancellations (part 2 of 2).
// Gathered verbatim from public issue trackers for issue 10; see messages-collected.ts.
import type { CorpusEntry } from './messages.js';

/** Collected layer downloads that break half-way, blob stores, deadlines and cancellations messages, part 2. */
export const DOWNLOAD_2_MESSAGES: readonly CorpusEntry[] = [
  {
    // Collected as auth (Google front-end HTML 403 (IP blocked, not credentials) on
    // registry.k8s.io/AR); the text alone reads as network, and the classifier names auth among its
    // alternatives.
    cause: 'network',
    runtime: 'docker',
    registry: 'artifact-registry',
    family: 'broken-download',
    source: 'kubernetes/registry.k8s.io#277',
    message:
      'Error response from daemon: error parsing HTTP 403 response body: invalid character \'<\' looking for beginning of value: "\\n<html><head>\\n<meta http-equiv=\\"content-type\\" content=\\"text/html;charset=utf-8\\">\\n<title>403 Forbidden</title>\\n</head>\\n<body text=#000000 bgcolor=#ffffff>\\n<h1>Error: Forbidden</h1>\\n<h2>Your client does not have permission to get URL <code>/v2/pause/manifests/sha256:3d380ca8864549e74af4b29c10f9cb0956236dfb01c40ca076fb6c37253234db</code> from this server.</h2>\\n<h2></h2>\\n</body></html>\\n',
  },
  {
    // Collected as auth by its wording; the 403 comes from the CloudFront blob host, not the
    // registry (issue 10: blob-store answers are network).
    cause: 'network',
    registry: 'ecr',
    family: 'broken-download',
    source: 'docker/sbx-releases#525',
    message:
      'latest: Pulling from docker/library/redis\nunknown: failed to copy: httpReadSeeker: failed open: unexpected status from GET request to https://d2glxqk2uabbnd.cloudfront.net/v2/[...]\n403 Forbidden',
  },
  {
    cause: 'network',
    registry: 'other',
    family: 'deadline',
    source: 'kubernetes/kubernetes#131521',
    message:
      'cancel pulling image private_registery.mydomain/csg/idrac_to_kafka:20250429T0012 because of no progress in 1m0s',
  },
  {
    cause: 'network',
    registry: 'dockerhub',
    family: 'deadline',
    source: 'kubernetes/kubernetes#26677',
    message:
      'Cancel pulling image "nginx:latest" because of no progress for 0, latest progress: "89732b811e7f: Pulling fs layer "',
  },
  {
    // Collected as runtime (kubelet dockershim image-pull-progress-deadline fired while layers were
    // Extracting (slow unpack, not network); the wording alone would suggest network); the text
    // alone reads as network, and the classifier names runtime among its alternatives.
    cause: 'network',
    registry: 'distribution',
    family: 'deadline',
    source: 'microsoft/pai#1226',
    message:
      'Cancel pulling image "10.0.1.5:5000/openpai/drivers:yife-check_resource-12782c6-8" because of no progress for 1m0s',
  },
  {
    cause: 'network',
    registry: 'gcr',
    family: 'deadline',
    source: 'kubernetes/minikube#15105',
    message:
      'rpc error: code = Unknown desc = failed pulling image "k8s.gcr.io/pause:3.6": Post "http://%2Fvar%2Frun%2Fdocker.sock/v1.40/images/create?fromImage=k8s.gcr.io%2Fpause&tag=3.6": context deadline exceeded',
  },
  {
    cause: 'network',
    runtime: 'cri-o',
    registry: 'quay',
    family: 'deadline',
    source: 'cri-o/cri-o#8872',
    message:
      'failed: pinging container registry quay.io: Get "https://quay.io/v2/": context canceled',
  },
  {
    cause: 'unknown',
    runtime: 'kubelet',
    registry: 'dockerhub',
    family: 'deadline',
    source: 'kubernetes/minikube#15626',
    message:
      'Failed to pull image "noyandocker/authservice": rpc error: code = Unknown desc = context deadline exceeded',
  },
  {
    cause: 'unknown',
    runtime: 'kubelet',
    registry: 'dockerhub',
    family: 'deadline',
    source: 'argoproj/argo-workflows#9361',
    message:
      'Failed to pull image "reanahub/reana-demo-bsm-search": rpc error: code = Unknown desc = context deadline exceeded',
  },
  {
    cause: 'unknown',
    registry: 'dockerhub',
    family: 'deadline',
    source: 'luksa/kubernetes-in-action-2nd-edition#21',
    message: 'rpc error: code = Unknown desc = context deadline exceeded',
  },
  {
    // Collected as network (the cancel was caused by containerd no-progress timeout logged just
    // before; code = Canceled alone does not say that); the text alone reads as unknown, and the
    // classifier names network among its alternatives.
    cause: 'unknown',
    runtime: 'containerd',
    registry: 'other',
    family: 'deadline',
    source: 'kubernetes/kubernetes#131521',
    message:
      'rpc error: code = Canceled desc = failed to pull and unpack image "private_registery.mydomain/csg/idrac_to_kafka:20250429T0012": context canceled',
  },
  {
    // Collected as network (CRI-O pull_progress_timeout (10s default in 1.30-1.31) canceled the
    // pull because no progress was reported; large layers on slow links. Text alone only says
    // context canceled); the text alone reads as unknown, and the classifier names network among
    // its alternatives.
    cause: 'unknown',
    runtime: 'cri-o',
    registry: 'other',
    family: 'deadline',
    source: 'cri-o/cri-o#8760',
    message:
      'pulling image: rpc error: code = Canceled desc = copying system image from manifest list: copying config: context canceled',
  },
  {
    cause: 'unknown',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'deadline',
    source: 'moby/moby#42312',
    message: 'Not continuing with pull after error: error creating lease: context canceled',
  },
  {
    cause: 'unknown',
    registry: 'dockerhub',
    family: 'deadline',
    source: 'cri-o/cri-o#189',
    message:
      'Error syncing pod, skipping: failed to "StartContainer" for "nginx" with ErrImagePull: "rpc error: code = 4 desc = context deadline exceeded"',
  },
  {
    cause: 'unknown',
    runtime: 'kubelet',
    registry: 'dockerhub',
    family: 'deadline',
    source: 'LevelUpEducation/kubernetes-demo#3',
    message:
      'Failed to pull image "tomcat:9.0": rpc error: code = Canceled desc = context canceled',
  },
  {
    // Collected as network (kubelet log line with CRI-O backend; same CRI-O pull_progress_timeout
    // cancel as cri-o/cri-o#8760); the text alone reads as unknown, and the classifier names
    // network among its alternatives.
    cause: 'unknown',
    runtime: 'cri-o',
    registry: 'quay',
    family: 'deadline',
    source: 'kubevirt/kubevirtci#1299',
    message:
      '"PullImage from image service failed" err="rpc error: code = Canceled desc = copying system image from manifest list: copying config: context canceled" image="quay.io/ceph/ceph:v17"',
  },
  {
    // Collected as runtime (Kata confidential-containers guest pull: the shim-to-agent
    // defaultRequestTimeout expired while the guest was still pulling a large image); the text
    // alone reads as unknown, and the classifier names runtime among its alternatives.
    cause: 'unknown',
    registry: 'other',
    family: 'deadline',
    source: 'kata-containers/kata-containers#7389',
    message: 'kata runtime PullImage err. context deadline exceeded',
  },
  {
    // Collected as runtime (same Kata shim timeout, virtcontainers subsystem line); the text alone
    // reads as unknown, and the classifier names runtime among its alternatives.
    cause: 'unknown',
    registry: 'other',
    family: 'deadline',
    source: 'kata-containers/kata-containers#7389',
    message: 'agent pull image err. context deadline exceeded',
  },
  {
    // Collected as runtime (crictl default endpoints on RKE2 (socket is
    // /run/k3s/containerd/containerd.sock)); the text alone reads as unknown, and the classifier
    // names runtime among its alternatives.
    cause: 'unknown',
    registry: 'ecr',
    family: 'deadline',
    source: 'rancher/rke2#3462',
    message:
      "FATA[0006] connect: connect endpoint 'unix:///run/crio/crio.sock', make sure you are running as root and the endpoint has been started: context deadline exceeded",
  },
  {
    // Collected as network (cri-dockerd < 0.2.6 aborts pulls after 1 minute
    // (runtime-request-timeout); not real network failure); the text alone reads as unknown, and
    // the classifier names network among its alternatives.
    cause: 'unknown',
    registry: 'ecr',
    family: 'deadline',
    source: 'rancher-sandbox/rancher-desktop#3293',
    message:
      'Failed to pull image "xxxxxx.dkr.ecr.eu-west-1.amazonaws.com/application-image:210630": rpc error: code = Unknown desc = context deadline exceeded',
  },
  {
    // Collected as network (2017 gRPC numeric code 4 (DeadlineExceeded); SubObjectPath
    // spec.containers{nginx}); the text alone reads as unknown, and the classifier names network
    // among its alternatives.
    cause: 'unknown',
    registry: 'dockerhub',
    family: 'deadline',
    source: 'cri-o/cri-o#189',
    message:
      '16m\t\t17s\t\t6\t{kubelet gklab-97a-012}\tspec.containers{nginx}\tWarning\t\tFailed\t\tFailed to pull image "nginx": rpc error: code = 4 desc = context deadline exceeded',
  },
  {
    // Collected as runtime (containerd 1.6.22 hung during pull; kubelet CRI calls time out); the
    // text alone reads as unknown, and the classifier names runtime among its alternatives.
    cause: 'unknown',
    registry: 'other',
    family: 'deadline',
    source: 'containerd/containerd#12138',
    message:
      'E0722 07:26:35.418347   14287 kuberuntime_image.go:101] "Failed to list images" err="rpc error: code = DeadlineExceeded desc = context deadline exceeded"',
  },
];
