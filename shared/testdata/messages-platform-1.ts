// Collected real messages: platforms: architectures, Windows builds, image formats (part 1 of 2).
// Gathered verbatim from public issue trackers for issue 10; see messages-collected.ts.
import type { CorpusEntry } from './messages.js';

/** Collected platforms messages, part 1. */
export const PLATFORM_1_MESSAGES: readonly CorpusEntry[] = [
  {
    // Collected as runtime (Docker for Windows windowsfilter graph driver failure); the text alone
    // reads as platform, and the classifier names runtime among its alternatives.
    cause: 'platform',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'platform',
    source: 'docker-archive-public/docker.kitematic#3936',
    message:
      'failed to register layer: re-exec error: exit status 1: output: ProcessBaseLayer \\\\?\\C:\\ProgramData\\Docker\\windowsfilter\\1e636666e388e84510eff562ca881237477c504fac5b4fce6f06de53b54e270e: The system cannot find the path specified.',
  },
  {
    // Collected as runtime (Windows Server 2019, containerd 1.6.4, mcr.microsoft.com nanoserver;
    // missing Windows feature/module on the host); the text alone reads as platform, and the
    // classifier names runtime among its alternatives.
    cause: 'platform',
    registry: 'other',
    family: 'platform',
    source: 'microsoft/hcsshim#1445',
    message:
      'hcsshim::ProcessBaseLayer \\\\?\\C:\\ProgramData\\containerd\\root\\io.containerd.snapshotter.v1.windows\\snapshots\\1: The specified module could not be found.: unknown',
  },
  {
    cause: 'platform',
    registry: 'other',
    family: 'platform',
    source: 'microsoft/hcsshim#2226',
    message:
      'hcsshim::ProcessBaseLayer \\\\\\\\?\\\\C:\\\\ProgramData\\\\containerd\\\\root\\\\io.containerd.snapshotter.v1.windows\\\\snapshots\\\\25: The system cannot find the path specified.: unknown"',
  },
  {
    // Collected as runtime (Docker Desktop Windows containers; host/image OS version mismatch is a
    // common cause (could be platform)); the text alone reads as platform, and the classifier names
    // runtime among its alternatives.
    cause: 'platform',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'platform',
    source: 'docker/for-win#5506',
    message:
      'failed to register layer: re-exec error: exit status 1: output: ProcessBaseLayer \\\\?\\C:\\ProgramData\\Docker\\windowsfilter\\60ffe5729894329a0e53cd97b4ce80af4459d95efc06f5edb37044d249dda4e2: The parameter is incorrect.',
  },
  {
    // Collected as runtime (containerd v2.0 rc5 on Windows (nerdctl CI); backslashes as escaped
    // inside msg="..."); the text alone reads as platform, and the classifier names runtime among
    // its alternatives.
    cause: 'platform',
    runtime: 'containerd',
    registry: 'gcr',
    family: 'platform',
    source: 'microsoft/hcsshim#2294',
    message:
      'failed to extract layer sha256:f2032cdb21dfb9f3d6fdd3797ea992ec05415e5a6a57f9eb36b6646496db8d09: hcsshim::ProcessUtilityVMImage \\\\\\\\?\\\\C:\\\\ProgramData\\\\containerd\\\\root\\\\io.containerd.snapshotter.v1.windows\\\\snapshots\\\\2\\\\UtilityVM: Incorrect function.: unknown',
  },
  {
    cause: 'platform',
    registry: 'gitlab',
    family: 'platform',
    source: 'ColinIanKing/stress-ng#389',
    message:
      'ErrImagePull (rpc error: code = Unknown desc = failed to pull and unpack image "registry.gitlab.com/imosag/infrastructure/stress-ng:main": failed to extract layer sha256:02f2bcb26af5ea6d185dcf509dc795746d907ae10c53918b6944ac85447a0c72: hcsshim::ProcessBaseLayer \\\\?\\C:\\ProgramData\\containerd\\root\\io.containerd.snapshotter.v1.windows\\snapshots\\167: The system cannot find the path specified.: unknown)',
  },
  {
    cause: 'platform',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'platform',
    source: 'docker-archive-public/docker.kitematic#3231',
    message: 'no matching manifest for windows/amd64 in the manifest list entries',
  },
  {
    cause: 'platform',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'platform',
    source: 'docker-archive-public/docker.kitematic#5236',
    message: 'no matching manifest for windows/amd64 10.0.17763 in the manifest list entries',
  },
  {
    cause: 'platform',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'platform',
    source: 'docker-archive-public/docker.kitematic#5405',
    message: 'no matching manifest for windows/amd64 10.0.18362 in the manifest list entries',
  },
  {
    cause: 'platform',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'platform',
    source: 'openimsdk/open-im-server#456',
    message: 'no matching manifest for linux/arm64/v8 in the manifest list entries',
  },
  {
    cause: 'platform',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'platform',
    source: 'caprover/caprover#1378',
    message:
      'Error: {"message":"no matching manifest for linux/arm64/v8 in the manifest list entries"}',
  },
  {
    cause: 'platform',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'platform',
    source: 'alexjustesen/speedtest-tracker#913',
    message: 'Error: no matching manifest for linux/arm/v8 in the manifest list entries',
  },
  {
    cause: 'platform',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'platform',
    source: 'Mustard404/Savior#18',
    message: 'ERROR: no matching manifest for linux/arm64/v8 in the manifest list entries',
  },
  {
    cause: 'platform',
    runtime: 'docker',
    registry: 'gcr',
    family: 'platform',
    source: 'google/battery-historian#161',
    message:
      "Unable to find image 'gcr.io/android-battery-historian/stable:3.0' locally\n3.0: Pulling from android-battery-historian/stable\ndocker: image operating system \"linux\" cannot be used on this platform.\nSee 'docker run --help'.",
  },
  {
    cause: 'platform',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'platform',
    source: 'docker-archive-public/docker.kitematic#4030',
    message: 'image operating system "linux" cannot be used on this platform',
  },
  {
    cause: 'platform',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'platform',
    source: 'docker-archive-public/docker.kitematic#4629',
    message: 'image operating system "windows" cannot be used on this platform',
  },
  {
    cause: 'platform',
    runtime: 'containerd',
    registry: 'other',
    family: 'platform',
    source: 'containerd/containerd#7439',
    message:
      'E0927 11:53:53.142414   23840 remote_image.go:238] "PullImage from image service failed" err="rpc error: code = NotFound desc = failed to pull and unpack image \\"mcr.microsoft.com/windows/nanoserver:ltsc2022\\": no match for platform in manifest: not found" image="mcr.microsoft.com/windows/nanoserver:ltsc2022"\ntime="2022-09-27T11:53:53+02:00" level=fatal msg="pulling image: rpc error: code = NotFound desc = failed to pull and unpack image \\"mcr.microsoft.com/windows/nanoserver:ltsc2022\\": no match for platform in manifest: not found"',
  },
  {
    cause: 'platform',
    runtime: 'containerd',
    registry: 'ghcr',
    family: 'platform',
    source: 'codefactoryhu/manifest#11',
    message:
      'Error: ErrImagePull\nFailed to pull image "ghcr.io/codefactoryhu/manifest:0.1.5": rpc error: code = NotFound desc = failed to pull and unpack image "ghcr.io/codefactoryhu/manifest:0.1.5": no match for platform in manifest: not found',
  },
  {
    cause: 'platform',
    runtime: 'docker',
    registry: 'ghcr',
    family: 'platform',
    source: 'kubewarden/adm-controller#1698',
    message:
      'latest: Pulling from kubewarden/kubewarden-controller\nno matching manifest for linux/amd64 in the manifest list entries',
  },
  {
    cause: 'platform',
    registry: 'dockerhub',
    family: 'platform',
    source: 'testcontainers/testcontainers-java#9200',
    message:
      'com.github.dockerjava.api.exception.NotFoundException: Status 404: {"message":"no match for platform in manifest: not found"}',
  },
  {
    cause: 'platform',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'platform',
    source: 'TareqAlqutami/rtmp-hls-server#45',
    message:
      "WARNING: The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested",
  },
  {
    cause: 'platform',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'platform',
    source: 'Red5d/docker-autocompose#29',
    message:
      "WARNING: The requested image's platform (linux/arm/v7) does not match the detected host platform (linux/arm64/v8) and no specific platform was requested",
  },
  {
    cause: 'platform',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'platform',
    source: 'dgalli1/ytm-mpd#2',
    message:
      "The requested image's platform (linux/amd64) does not match the detected host platform (linux/arm/v8) and no specific platform was requested",
  },
  {
    cause: 'platform',
    runtime: 'docker',
    registry: 'quay',
    family: 'platform',
    source: 'kairos-io/kairos#1981',
    message:
      "WARNING: The requested image's platform (linux/arm64) does not match the detected host platform (linux/amd64/v3) and no specific platform was requested",
  },
  {
    cause: 'platform',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'platform',
    source: 'billykwooten/openweather-exporter#30',
    message:
      'WARNING: image with reference billykwooten/openweather-exporter was found but does not match the specified platform: wanted linux/amd64, actual: linux/arm64\ndocker: Error response from daemon: image with reference billykwooten/openweather-exporter was found but does not match the specified platform: wanted linux/amd64, actual: linux/arm64.',
  },
  {
    cause: 'platform',
    runtime: 'docker',
    registry: 'other',
    family: 'platform',
    source: 'suyuan32/simple-admin-core#97',
    message:
      'failed to get destination image "sha256:XXX": image with reference sha256:XXX was found but does not match the specified platform: wanted linux/amd64, actual: linux/arm64/v8',
  },
  {
    cause: 'platform',
    runtime: 'docker',
    registry: 'other',
    family: 'platform',
    source: 'kubernetes/community#3091',
    message:
      'Error response from daemon: CreateComputeSystem 94d1c5e13d7201f47af54f676d0a6c3220f4cdc70a02cb9398b11cc5dc189ae5:\nThe container operating system does not match the host operating system.',
  },
  {
    cause: 'platform',
    runtime: 'docker',
    registry: 'other',
    family: 'platform',
    source: 'abbgrade/psdocker#15',
    message:
      'docker: Error response from daemon: hcsshim::CreateComputeSystem 8f6687b168c47a83c702a49f9488d062a33e7539f8b63c06396cdb06fa6ec4e4: The container operating system does not match the host operating system.',
  },
  {
    cause: 'platform',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'platform',
    source: 'moby/moby#35462',
    message:
      'docker: Error response from daemon: container 328b4c258cd92c95f8292166c057285d2f2c00bd6b63dea224e7af172f1f9d83 encountered an error during CreateContainer: failure in a Windows system call: The operating system of the container does not match the operating system of the host. (0xc0370101)',
  },
  {
    // Collected as not-found (the maintainers say the image did not exist yet); the text names an
    // unsupported schema 1 manifest, which is what it is classified by.
    cause: 'platform',
    registry: 'acr',
    family: 'platform',
    source: 'microsoft/PubSec-Info-Assistant#900',
    message:
      "2024-10-31T13:08:27.654Z ERROR - Image pull for infoasstacrisuhl.azurecr.io/infoasstacrisuhl.azurecr.io/webapp:latest failed. Unsupported image manifest. The manifest with version 'application/vnd.docker.distribution.manifest.v1+json' has not been supported yet.",
  },
  {
    cause: 'platform',
    runtime: 'containerd',
    registry: 'dockerhub',
    family: 'platform',
    source: 'Cisco-Talos/clamav-docker#84',
    message:
      'Failed to pull image "docker.io/clamav/clamav:1.4.2_base": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/clamav/clamav:1.4.2_base": no match for platform in manifest: not found',
  },
  {
    cause: 'platform',
    runtime: 'containerd',
    registry: 'other',
    family: 'platform',
    source: 'containerd/containerd#6989',
    message:
      'rpc error: code = NotFound desc = failed to pull and unpack image "mcr.microsoft.com/windows/servercore:ltsc2019": no match for platform in manifest: not found',
  },
];
