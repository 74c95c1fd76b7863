// Collected real messages: the node's storage and unpacking, and the runtime itself (part 2 of 3).
// Gathered verbatim from public issue trackers for issue 10; see messages-collected.ts.
import type { CorpusEntry } from './messages.js';

/** Collected the node's storage and unpacking, and the runtime itself messages, part 2. */
export const STORAGE_2_MESSAGES: readonly CorpusEntry[] = [
  {
    cause: 'runtime',
    runtime: 'containerd',
    registry: 'dockerhub',
    family: 'storage',
    source: 'containerd/containerd#10196',
    message: 'ctr: mismatched image rootfs and manifest layers',
  },
  {
    cause: 'runtime',
    runtime: 'containerd',
    registry: 'quay',
    family: 'storage',
    source: 'containerd/containerd#7093',
    message:
      'failed to extract layer sha256:140b571c235813a8eb5ba7f5f474f8852eef0218d4e5efe99801351d4c76aa6b: operation not permitted: unknown',
  },
  {
    cause: 'runtime',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'storage',
    source: 'RocketChat/Docker.Official.Image#87',
    message:
      'ERROR: failed to register layer: ApplyLayer exit status 1 stdout:  stderr: lchown /app: invalid argument',
  },
  {
    cause: 'runtime',
    registry: 'dockerhub',
    family: 'storage',
    source: 'vmware/vic#1116',
    message: 'Failed to write to image store: context deadline exceeded',
  },
  {
    cause: 'runtime',
    runtime: 'containerd',
    registry: 'other',
    family: 'storage',
    source: 'containerd/containerd#13909',
    message:
      'failed to extract layer (application/vnd.oci.image.layer.v1.tar+gzip sha256:...) to overlayfs as "extract-...": context canceled',
  },
  {
    cause: 'runtime',
    runtime: 'containerd',
    registry: 'dockerhub',
    family: 'storage',
    source: 'antrea-io/antrea#5653',
    message:
      'ctr: failed to extract layer sha256:30baeec5d6941292f9e7d22617d5d707b32016e8f936fb75184fa135ac3238bd: hcsshim::ImportLayer failed in Win32: The system cannot find the path specified. (0x3): unknown',
  },
  {
    cause: 'runtime',
    runtime: 'docker',
    registry: 'other',
    family: 'storage',
    source: 'docker/for-win#1577',
    message:
      'failed to register layer: re-exec error: exit status 1: output: time="2018-01-11T18:16:04Z" level=error msg="hcsshim::Im portLayer failed in Win32: Access is denied. (0x5)',
  },
  {
    cause: 'runtime',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'storage',
    source: 'lpsm-dev/docker-crypto-miner#229',
    message:
      'docker: failed to extract layer (application/vnd.oci.image.layer.v1.tar+gzip sha256:3695f6c099b80e503148dbb435d044c35147f81d34b9d6fbb27b3dcf1fd7ecaf) to overlayfs as "extract-901014214-p5nv sha256:bc0a9d4e16d0b949d594bf5fc629d05200d5ddac339a899eac27190ebf12e569": failed to unmount /var/lib/docker/containerd/daemon/tmpmounts/containerd-mount168775142: operation not permitted: failed to mount /var/lib/docker/containerd/daemon/tmpmounts/containerd-mount168775142: mount source: "/var/lib/docker/containerd/daemon/io.containerd.snapshotter.v1.overlayfs/snapshots/1/fs", target: "/var/lib/docker/containerd/daemon/tmpmounts/containerd-mount168775142", fstype: bind, flags: 20480, data: "", err: operation not permitted',
  },
  {
    cause: 'runtime',
    runtime: 'containerd',
    registry: 'other',
    family: 'storage',
    source: 'containerd/containerd#4498',
    message:
      'FATA[0101] pulling image failed: rpc error: code = Unknown desc = failed to pull and unpack image "xxxxxx/honglichang/test:pull_fail": failed to unpack image on snapshotter overlayfs: failed to extract layer sha256:5a440235907b6a6a4d3dcbbadeffef7ae792f18684e3be7b41c8d5215a011a98: mount callback failed on /data/containerd/tmpmounts/containerd-mount760407397: unlinkat /data/containerd/tmpmounts/containerd-mount760407397/root/.cache/bazel/_bazel_root/68a62076e91007a7908bc42a32e4cff9/external/swig/Examples/test-suite: directory not empty: unknown',
  },
  {
    cause: 'runtime',
    runtime: 'docker',
    registry: 'other',
    family: 'storage',
    source: 'docker/for-linux#97',
    message: 'failed to register layer: Error processing tar file(exit status 1): invalid argument',
  },
  {
    cause: 'runtime',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'storage',
    source: 'iamabug/BigDataParty#5',
    message:
      'failed to register layer: error creating overlay mount to /var/lib/docker/overlay2/3649c955a63a89e440376d1fc3ce6a140de26e250aac057977c0e922be385f62/merged: too many levels of symbolic links',
  },
  {
    cause: 'runtime',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'storage',
    source: 'mpgirro/docker-pihole-unbound#201',
    message:
      'ERROR: failed to register layer: ApplyLayer exit status 1 stdout:  stderr: unlinkat /var/cache/apt/archives: invalid argument',
  },
  {
    cause: 'runtime',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'storage',
    source: 'jeremyckahn/vim-docker-env#1',
    message:
      'docker: failed to register layer: Error processing tar file(exit status 1): Error cleaning up after pivot: remove /.pivot_root003460274: device or resource busy.',
  },
  {
    cause: 'runtime',
    runtime: 'containerd',
    registry: 'dockerhub',
    family: 'storage',
    source: 'containerd/containerd#4086',
    message:
      'ctr: failed to extract layer sha256:baa90903a66df167bb3f28a20e040afe5c7cde54de5824ccf74032270d200778: chz mount callback failed on /var/lib/containerd/tmpmounts/containerd-mount109587469: chmod /var/lib/containerd/tmpmounts/containerd-mount109587469/sbin: no such file or directory: unknown',
  },
  {
    cause: 'runtime',
    runtime: 'containerd',
    registry: 'quay',
    family: 'storage',
    source: 'ansible/creator-ee#84',
    message:
      'Failed to pull image "quay.io/ansible/creator-ee:v0.5.0": rpc error: code = Unknown desc = failed to pull and unpack image "quay.io/ansible/creator-ee:v0.5.0": failed to extract layer sha256:140b571c235813a8eb5ba7f5f474f8852eef0218d4e5efe99801351d4c76aa6b: operation not permitted: unknown',
  },
  {
    cause: 'runtime',
    runtime: 'containerd',
    registry: 'quay',
    family: 'storage',
    source: 'confidential-containers/cloud-api-adaptor#2254',
    message:
      'failed to extract layer sha256:<layer-digest>: failed to get reader from content store: content digest sha256:<digest>: not found',
  },
  {
    cause: 'runtime',
    runtime: 'containerd',
    registry: 'dockerhub',
    family: 'storage',
    source: 'containerd/containerd#1986',
    message:
      'ctr: failed to stat snapshot sha256:f999ae22f308fea973e5a25b57699b5daf6b0f1150ac2a5c2ea9d7fecee50fdf: snapshotter not loaded: overlayfs: invalid argument',
  },
  {
    cause: 'runtime',
    registry: 'dockerhub',
    family: 'storage',
    source: 'AliyunContainerService/pouch#284',
    message:
      'Error: failed to pull image: failed to stat snapshot sha256:6dfaec39e726d242fcd42e9fffac82c3079a1aa20fc39420b662507b163ee4da: snapshotter not loaded: overlayfs: invalid argument',
  },
  {
    cause: 'runtime',
    runtime: 'containerd',
    registry: 'other',
    family: 'storage',
    source: 'containerd/containerd#3369',
    message:
      'FATA[0000] pulling image failed: rpc error: code = Unknown desc = failed to pull and unpack image "*": failed to unpack image on snapshotter overlayfs: failed to prepare extraction snapshot "extract-814557379-Dsfj sha256:c6d5b1be87babc93b410ae6b3277222290ca1269dad532524f8d66e6ad6eba87": failed to stat parent: stat /var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots/112/fs: no such file or directory',
  },
  {
    cause: 'runtime',
    runtime: 'containerd',
    registry: 'dockerhub',
    family: 'storage',
    source: 'containerd/containerd#1818',
    message:
      'ctr: failed to prepare extraction layer: failed to create active: missing parent bucket: not found',
  },
  {
    cause: 'runtime',
    runtime: 'containerd',
    registry: 'ghcr',
    family: 'storage',
    source: 'containerd/stargz-snapshotter#187',
    message:
      'Failed to pull image "ghcr.io/itsmurugappan/java-hw-estgz": rpc error: code = Unknown desc = failed to pull and unpack image "ghcr.io/itsmurugappan/java-hw-estgz:latest": failed to extract layer sha256:51159017383c06ece8aba377ce2382750e314a0f14cfbfe04ae4d11600a63b36: mount callback failed on /var/lib/containerd/tmpmounts/containerd-mount993838894: lchown /var/lib/containerd/tmpmounts/containerd-mount993838894/etc: operation not supported: unknown',
  },
  {
    cause: 'runtime',
    runtime: 'containerd',
    registry: 'dockerhub',
    family: 'storage',
    source: 'awslabs/soci-snapshotter#1084',
    message:
      'Failed to pull image "docker.io/truefoundrycloud/tfy-truefoundry-abcd-onboarding-svc-8eavt:e2fcd343b85e5a48c73e8b0a9421a4969b5ac9a8-18": rpc error: code = Unavailable desc = failed to pull and unpack image "docker.io/truefoundrycloud/tfy-truefoundry-abcd-onboarding-svc-8eavt:e2fcd343b85e5a48c73e8b0a9421a4969b5ac9a8-18": failed to prepare extraction snapshot "extract-779240847-Oy6- sha256:ae5b1556685ad8a7631a85f3e89607495b2d4ad931bcaf2c89acf6ea14471378": layer "3496" unavailable: unavailable',
  },
  {
    cause: 'runtime',
    registry: 'dockerhub',
    family: 'storage',
    source: 'podman-container-tools/podman#12416',
    message:
      'Error: writing blob: adding layer with blob "sha256:ceb15e8db176ee6ef1a642f8dd04724269e75d73a4b5525cca6872f7146e2a9c": Error processing tar file(exit status 1): lsetxattr /vendor: invalid argument',
  },
  {
    cause: 'runtime',
    registry: 'dockerhub',
    family: 'storage',
    source: 'podman-container-tools/podman#19132',
    message:
      'Error: copying system image from manifest list: writing blob: adding layer with blob "sha256:3153aa388d026c26a2235e1ed0163e350e451f41a8a313e1804d7e1afb857ab4": processing tar file(lsetxattr /: operation not supported): exit status 1',
  },
  {
    cause: 'runtime',
    registry: 'other',
    family: 'storage',
    source: 'containers/storage#1356',
    message:
      'Error: error creating build container: writing blob: adding layer with blob "sha256:5f0a070aa70d35717648178db6be5e4ef256af885bd370f2d2a22f2a7365012a": Error processing tar file(exit status 1): lsetxattr /: operation not supported',
  },
  {
    cause: 'runtime',
    registry: 'dockerhub',
    family: 'storage',
    source: 'podman-container-tools/podman#14067',
    message:
      'Error pulling candidate docker.io/library/redis:latest: writing blob: adding layer with blob "sha256:993114c67627196b39acbba63633c374fe29c07935c9699c9325043428aecd02": Error processing tar file(exit status 1): operation not permitted',
  },
  {
    cause: 'runtime',
    registry: 'other',
    family: 'storage',
    source: 'podman-container-tools/podman#14655',
    message:
      'Error: copying system image from manifest list: writing blob: adding layer with blob "sha256:de63ba066b7c0c23e2434efebcda7800d50d60f33803af9c500f75a69fb76ffa": Error processing tar file(exit status 1): operation not supported',
  },
  {
    cause: 'runtime',
    registry: 'dockerhub',
    family: 'storage',
    source: 'podman-container-tools/podman#24595',
    message:
      'Error: copying system image from manifest list: writing blob: adding layer with blob "sha256:a1e61df148cbf56a174660fbc701191105f58fa4dcd60ca7ba56ce5e42b6e485"/""/"sha256:4bef5d03909cda3717dbf5caa1fc1f64a63b5e3b4072b87cf6c281cb20997f88": unpacking failed (error: exit status 1; output: lsetxattr /etc/s6/services/nginx/supervise/control: operation not permitted)',
  },
  {
    cause: 'runtime',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'storage',
    source: 'moby/moby#30993',
    message:
      'failed to register layer: exit status 2: "/sbin/zfs zfs snapshot pond/docker/4522c1adffaf266062442dba2eb347084d774267a124d1bd7a04e6b3cb9634f0@371563767" => cannot open \'pond/docker/4522c1adffaf266062442dba2eb347084d774267a124d1bd7a04e6b3cb9634f0\': dataset does not exist',
  },
  {
    cause: 'runtime',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'storage',
    source: 'docker/for-linux#1342',
    message:
      'failed to register layer: ApplyLayer exit status 1 stdout:  stderr: operation not permitted',
  },
  {
    cause: 'runtime',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'storage',
    source: 'docker/for-linux#1342',
    message:
      'failed to register layer: ApplyLayer exit status 1 stdout:  stderr: function not implemented',
  },
  {
    cause: 'runtime',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'storage',
    source: 'moby/moby#16313',
    message:
      'Error pulling image (latest) from docker.io/jess/consul, error creating zfs mount of zroot/docker/31f630c65071968699d327be41add2e301d06568a4914e1aa67c98e1db34a9d8 to /var/lib/docker/zfs/graph/31f630c65071968699d327be41add2e301d06568a4914e1aa67c98e1db34a9d8: invalid argument',
  },
  {
    cause: 'runtime',
    runtime: 'docker',
    registry: 'gcr',
    family: 'storage',
    source: 'kubernetes/minikube#1087',
    message: 'failed to register layer: operation not supported',
  },
  {
    cause: 'runtime',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'storage',
    source: 'ApolloAuto/apollo#3113',
    message:
      'docker: failed to register layer: ApplyLayer exit status 1 stdout:  stderr: Error creating mount namespace before pivot: operation not permitted.',
  },
];
