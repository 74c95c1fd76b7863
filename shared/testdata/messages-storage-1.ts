// Collected real messages: the node's storage and unpacking, and the runtime itself (part 1 of 3).
// Gathered verbatim from public issue trackers for issue 10; see messages-collected.ts.
import type { CorpusEntry } from './messages.js';

/** Collected the node's storage and unpacking, and the runtime itself messages, part 1. */
export const STORAGE_1_MESSAGES: readonly CorpusEntry[] = [
  {
    cause: 'disk',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'storage',
    source: 'Shippable/support#2605',
    message:
      'Error pulling image (latest) from docker.io/shippable/minv2, Untar re-exec error: exit status 1: output: write /usr/bin/smbpasswd: no space left on device',
  },
  {
    cause: 'disk',
    registry: 'dockerhub',
    family: 'storage',
    source: 'docker-archive-public/docker.kitematic#1855',
    message: 'write /mnt/sda1/var/lib/docker/tmp/GetImageBlob365327721: no space left on device',
  },
  {
    cause: 'disk',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'storage',
    source: 'Kaggle/docker-python#19',
    message:
      'failed to register layer: ApplyLayer exit status 1 stdout:  stderr: write /usr/local/src/opencv/build/modules/video/perf_precomp.hpp.gch/opencv_perf_video_RELEASE.gch: no space left on device',
  },
  {
    cause: 'disk',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'storage',
    source: 'Shippable/support#1298',
    message:
      'Error pulling image (latest) from shippable/minv2, ApplyLayer exit status 1 write /home/shippable/.gvm/gos/go1.2/src/pkg/go/token/position_test.go: no space left on device',
  },
  {
    cause: 'disk',
    runtime: 'cri-o',
    registry: 'other',
    family: 'storage',
    source: 'cri-o/cri-o#5187',
    message:
      'FATA[0002] pulling image: rpc error: code = Unknown desc = Error writing blob: error storing blob to file "/var/tmp/storage178245615/2": write /var/tmp/storage178245615/2: no space left on device',
  },
  {
    cause: 'disk',
    registry: 'other',
    family: 'storage',
    source: 'apache/camel-k#1333',
    message:
      'error creating build container: Error committing the finished image: error adding layer with blob "sha256:d4d5efc19f7b7f4481c3fea5002e04eff45a5dbee252421e307e4b5533e555f5": error creating layer with ID "19047015d6f133131546ee9264f61ce99e04ae5ff374f94e554dd39d9f2e37f6": no space left on device',
  },
  {
    cause: 'disk',
    registry: 'other',
    family: 'storage',
    source: 'ublue-os/main#747',
    message:
      'writing blob: storing blob to file "/var/tmp/container_images_storage4290390387/1": write /var/tmp/container_images_storage4290390387/1: no space left on device',
  },
  {
    cause: 'disk',
    registry: 'other',
    family: 'storage',
    source: 'podman-container-tools/podman#19377',
    message:
      'Error: writing blob: adding layer with blob "sha256:[hash]": processing tar file(write /usr/local/lib/python3.8/site-packages/azure/mgmt/web/v2018_02_01/models/__pycache__/_models_py3.cpython-38.pyc: no space left on device): exit status 1',
  },
  {
    cause: 'disk',
    runtime: 'containerd',
    registry: 'other',
    family: 'storage',
    source: 'containerd/containerd#5022',
    message:
      'ctr: failed to extract layer sha256:be4eae0b2583281e2cd171c52a0b283a5e6f84e6b86066a18e205a10cb507fcd: failed to mount /var/lib/containerd/tmpmounts/containerd-mount788433525: input/output error: unknown',
  },
  {
    cause: 'disk',
    runtime: 'docker',
    registry: 'other',
    family: 'storage',
    source: 'moby/moby#10613',
    message:
      'Error pulling image (latest) from my.private.registry.corp/org/image, Untar exit status 1 open /tmp/app/node_modules/node-rest-client/node_modules/xml2js/node_modules/xmlbuilder/node_modules/lodash/utility/attempt.js: no space left on device',
  },
  {
    cause: 'disk',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'storage',
    source: 'TryGhost/docker-library-ghost#131',
    message:
      'ERROR: failed to register layer: Error processing tar file(exit status 1): open /home/node/.cache/yarn/v1/npm-ipaddr.js-1.6.0-e3fa357b773da619f26e95f049d055c72796f86b/bower.json: no space left on device',
  },
  {
    cause: 'disk',
    runtime: 'containerd',
    registry: 'other',
    family: 'storage',
    source: 'kubernetes-sigs/kind#1413',
    message:
      'ctr: failed to extract layer sha256:3f09a2bf43387901722db74487ef6ca4e4d1dd5c7d682e4856118684f1c96b91: write /var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots/26/fs/opt/zing/zing-jdk.x.y.z.tar.gz: no space left on device: unknown',
  },
  {
    cause: 'disk',
    runtime: 'containerd',
    registry: 'other',
    family: 'storage',
    source: 'kubernetes-sigs/kind#1413',
    message:
      'write /var/lib/containerd/io.containerd.metadata.v1.bolt/meta.db: no space left on device: unknown',
  },
  {
    cause: 'disk',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'storage',
    source: 'ROCm/ROCm-docker#92',
    message:
      'failed to register layer: ApplyLayer exit status 1 stdout:  stderr: write /opt/rocm-5.1.0/rocfft/lib/librocfft-device-2.so.0.1.50100: no space left on device',
  },
  {
    cause: 'disk',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'storage',
    source: 'play-with-docker/play-with-docker#249',
    message:
      "docker: failed to register layer: Error processing tar file(exit status 1): write /lib/x86_64-linux-gnu/libdns-export.so.162.1.3: no space left on device.\nSee 'docker run --help'.",
  },
  {
    cause: 'disk',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'storage',
    source: 'jeroenjanssens/data-science-at-the-command-line#153',
    message:
      'failed to register layer: write /usr/local/lib/python3.9/dist-packages/sklearn/ensemble/_gradient_boosting.cpython-39-x86_64-linux-gnu.so: input/output error',
  },
  {
    cause: 'disk',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'storage',
    source: 'jeroenjanssens/data-science-at-the-command-line#153',
    message:
      '(HTTP code 500) server error - error creating temporary lease: write /var/lib/desktop-containerd/daemon/io.containerd.metadata.v1.bolt/meta.db: input/output error',
  },
  {
    cause: 'disk',
    runtime: 'containerd',
    registry: 'other',
    family: 'storage',
    source: 'rancher/k3os#55',
    message:
      'time="2019-04-27T16:58:24.800670127Z" level=info msg="apply failure, attempting cleanup" error="failed to extract layer sha256:5dacd731af1b0386ead06c8b1feff9f65d9e0bdfec032d2cd0bc03690698feda: mount callback failed on /var/lib/rancher/k3s/agent/containerd/tmpmounts/containerd-mount252943319: write /var/lib/rancher/k3s/agent/containerd/tmpmounts/containerd-mount252943319/lib/x86_64-linux-gnu/libc-2.24.so: no space left on device: unknown" key="extract-247511086-BP4B sha256:5dacd731af1b0386ead06c8b1feff9f65d9e0bdfec032d2cd0bc03690698feda"',
  },
  {
    cause: 'disk',
    registry: 'dockerhub',
    family: 'storage',
    source: 'dandi/dandi-hub#89',
    message: '2023-12-15T19:23:47Z [Warning] The node was low on resource: ephemeral-storage.',
  },
  {
    cause: 'registry-error',
    runtime: 'docker',
    registry: 'ghcr',
    family: 'storage',
    source: 'siemens/meta-iot2050#545',
    message: "docker: layers from manifest don't match image configuration.",
  },
  {
    cause: 'registry-error',
    runtime: 'containerd',
    registry: 'dockerhub',
    family: 'storage',
    source: 'containerd/containerd#3682',
    message:
      'FATA[0015] pulling image failed: rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/kubevirt/virt-handler@sha256:74463ee0d468203d7319099650d8590bbbb8af4ab67315f7a27b205a2885e8c2": failed to unpack image on snapshotter devmapper: wrong diff id calculated on extraction "sha256:556b5e866fb438fb624f21d7f1f9587227c580cdc45b633095111ad8cdb05fd8"',
  },
  {
    // Collected as runtime (containerd direct-unpack regression in CI (error= field, logfmt
    // escaping removed); same wording as a malformed image); the text alone reads as
    // registry-error, and the classifier names runtime among its alternatives.
    cause: 'registry-error',
    runtime: 'containerd',
    registry: 'gcr',
    family: 'storage',
    source: 'containerd/containerd#3569',
    message:
      'failed to pull and unpack image "k8s.gcr.io/event-exporter:v0.2.5": failed to unpack image on snapshotter overlayfs: wrong diff id calculated on extraction "sha256:fe5f717f2b48b2739fad2459506062affc3b7b469ca8fab46786ce0daad14fc7"',
  },
  {
    // Collected as runtime (issue title; k3s containerd 1.7 with redis:7.2.4-alpine; appears at
    // container create, after a pull that reported success); the text alone reads as
    // registry-error, and the classifier names runtime among its alternatives.
    cause: 'registry-error',
    registry: 'dockerhub',
    family: 'storage',
    source: 'containerd/containerd#9830',
    message:
      'failed to create containerd container: error unpacking image: wrong diff id calculated on extraction',
  },
  {
    // Collected as runtime (buildkit (Concourse oci-build-task) pulling jboss/keycloak:8.0.1; fixed
    // in oci-build-task v0.2.0 (concourse/oci-build-task#20)); the text alone reads as
    // registry-error, and the classifier names runtime among its alternatives.
    cause: 'registry-error',
    registry: 'dockerhub',
    family: 'storage',
    source: 'https://github.com/camelpunch/oci-build-task-repro',
    message:
      '#4 ERROR: wrong diff id calculated on extraction "sha256:b9b09662851111407b73e7338db6a00216d21a6569b0a34162ade268f8363d81"',
  },
  {
    cause: 'registry-error',
    registry: 'ecr',
    family: 'storage',
    source: 'podman-container-tools/container-libs#391',
    message:
      'Error: writing blob: layer 0 (blob "sha256:3d5c668b...") does not match config\'s DiffID "sha256:1d46119d..."',
  },
  {
    cause: 'runtime',
    runtime: 'cri-o',
    registry: 'ghcr',
    family: 'storage',
    source: 'cri-o/cri-o#9135',
    message:
      '"PullImage from image service failed" err="rpc error: code = Unknown desc = unable to try pulling possible OCI artifact: copy artifact: Can not copy signatures to oci:/var/lib/containers/storage/artifacts:ghcr.io/cri-o/bundle@sha256:6b702f68ea6efbd0581f3c1d97273e3fe8ea51ddc6c305efa51459b7ab26219b: Pushing signatures for OCI images is not supported" image="ghcr.io/cri-o/bundle@sha256:6b702f68ea6efbd0581f3c1d97273e3fe8ea51ddc6c305efa51459b7ab26219b"',
  },
  {
    cause: 'runtime',
    runtime: 'docker',
    registry: 'other',
    family: 'storage',
    source: 'moby/moby#46817',
    message:
      'failed to register layer: Error processing tar file(exit status 1): open /bin/[: permission denied',
  },
  {
    cause: 'runtime',
    runtime: 'docker',
    registry: 'other',
    family: 'storage',
    source: 'devcontainers/action#188',
    message:
      'failed to register layer: ApplyLayer exit status 1 stdout:  stderr: unlinkat /etc/ImageMagick-6: invalid argument',
  },
  {
    cause: 'runtime',
    runtime: 'containerd',
    registry: 'dockerhub',
    family: 'storage',
    source: 'godarch/darch#53',
    message:
      'failed to unpack image on snapshotter overlayfs: failed to extract layer sha256:81e2ef41a8ebcae08c3c8aa57b80754830dcf2a197c5ae90a03ba1d92daa349e: mkparent /var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots/9/fs/usr/lib/systemd/system-generators: not a directory: unknown',
  },
  {
    cause: 'runtime',
    runtime: 'containerd',
    registry: 'gcr',
    family: 'storage',
    source: 'containerd/containerd#8173',
    message:
      'failed to pull image: rpc error: code = NotFound desc = failed to pull and unpack image "gcr.io/k8s-staging-cri-tools/test-image-latest:latest": failed to prepare extraction snapshot "extract-795119289-7389 sha256:92814310da31c646d0f7882b90637fd3b8701e92de7efa78f81b5b485480d86e": parent snapshot sha256:0b16ab2571f4b3e0d5a96b66a00e5016ddc0d268e8bc45dc612948c4c95b94cd does not exist: not found',
  },
  {
    cause: 'runtime',
    runtime: 'containerd',
    registry: 'gcr',
    family: 'storage',
    source: 'containerd/containerd#2382',
    message:
      'PullImage "gcr.io/cri-tools/test-image-tags:1" from image service failed: rpc error: code = Unknown desc = failed to pull and unpack image "gcr.io/cri-tools/test-image-tags:1": failed to unpack image on snapshotter overlayfs: failed to prepare extraction snapshot "extract-731580600-yNJo sha256:fc7dabc612d929d4031ebbf977320d95b8408945bc8e096fb888aa54fb83b2ce": parent snapshot sha256:4febd3792a1fb2153108b4fa50161c6ee5e3d16aa483a63215f936a113a88e9a does not exist: not found',
  },
  {
    cause: 'runtime',
    runtime: 'containerd',
    registry: 'ghcr',
    family: 'storage',
    source: 'searlsco/posse_party#27',
    message:
      'failed to unpack image on snapshotter overlayfs: mismatched image rootfs and manifest layers',
  },
  {
    cause: 'runtime',
    runtime: 'containerd',
    registry: 'dockerhub',
    family: 'storage',
    source: 'deislabs/containerd-wasm-shims#191',
    message:
      'Failed to pull image "michellenoorali/spin-hello-world:0.2.0": failed to pull and unpack image "docker.io/michellenoorali/spin-hello-world:0.2.0": failed to unpack image on snapshotter overlayfs: mismatched image rootfs and manifest layers',
  },
];
