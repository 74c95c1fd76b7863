// Collected real messages: platforms: architectures, Windows builds, image formats (part 2 of 2).
// Gathered verbatim from public issue trackers for issue 10; see messages-collected.ts.
import type { CorpusEntry } from './messages.js';

/** Collected platforms messages, part 2. */
export const PLATFORM_2_MESSAGES: readonly CorpusEntry[] = [
  {
    cause: 'platform',
    runtime: 'docker',
    registry: 'other',
    family: 'platform',
    source: 'microsoft/Windows-Containers#452',
    message:
      'docker pull mcr.microsoft.com/windows/servercore:ltsc2022\nError response from daemon: no match for platform in manifest: not found',
  },
  {
    cause: 'platform',
    runtime: 'containerd',
    registry: 'other',
    family: 'platform',
    source: 'microsoft/Windows-Containers#452',
    message:
      'failed to extract layer sha256:8a9ba5eb77c62b5f5d4990c8994147489654ef89f61a96fac2e2befd229d78e3: link /var/lib/containerd-stargz-grpc/snapshotter/snapshots/1539/fs/Files/Program Files/Common Files/Microsoft Shared/Ink/en-US/micaut.dll.mui /var/lib/containerd-stargz-grpc/snapshotter/snapshots/1539/fs/Files/Program Files (x86)/Common Files/Microsoft Shared/ink/en-US/micaut.dll.mui: no such file or directory: unknown',
  },
  {
    cause: 'platform',
    runtime: 'containerd',
    registry: 'other',
    family: 'platform',
    source: 'containerd/nerdctl#3381',
    message: 'level=fatal msg="no match for platform in manifest: not found"',
  },
  {
    cause: 'platform',
    runtime: 'containerd',
    registry: 'other',
    family: 'platform',
    source: 'microsoft/Windows-Containers#223',
    message:
      'Warning Failed 11s kubelet Failed to pull image "mcr.microsoft.com/windows/servercore:ltsc2022": rpc error: code = NotFound desc = failed to pull and unpack image "mcr.microsoft.com/windows/servercore:ltsc2022": no match for platform in manifest: not found',
  },
  {
    cause: 'platform',
    runtime: 'docker',
    registry: 'other',
    family: 'platform',
    source: 'docker-archive-public/docker.labs#465',
    message: 'no matching manifest for unknown in the manifest list entries',
  },
  {
    cause: 'platform',
    runtime: 'docker',
    registry: 'ecr',
    family: 'platform',
    source: 'amazonlinux/container-images#127',
    message:
      "Unable to find image 'public.ecr.aws/amazonlinux/amazonlinux:2023' locally\n2023: Pulling from amazonlinux/amazonlinux\ndocker: no matching manifest for linux/amd64 in the manifest list entries.\nSee 'docker run --help'.",
  },
  {
    cause: 'platform',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'platform',
    source: 'https://blog.dbi-services.com/docker-containers-when-architecture-matter/',
    message:
      "C:\\Program Files\\Docker\\docker.exe: no matching manifest for windows/amd64 10.0.14393 in the manifest list entries.\nSee 'C:\\Program Files\\Docker\\docker.exe run --help'.",
  },
  {
    cause: 'platform',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'platform',
    source: 'docker-archive-public/docker.kitematic#4850',
    message:
      'failed to register layer: re-exec error: exit status 1: output: ProcessBaseLayer \\\\?\\C:\\ProgramData\\Docker\\windowsfilter\\1e6c6c02fcb5453840c9c4f2f47e3ba5b8a258641c115a1bc714f57807056c77: The system cannot find the path specified.',
  },
  {
    cause: 'platform',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'platform',
    source: 'gliderlabs/registrator#581',
    message:
      'failed to register layer: re-exec error: exit status 1: output: ProcessUtilityVMImage C:\\ProgramData\\docker\\windowsfilter\\b2c7675d9e3e3f5b66ad6245d700e4257849bb5ef1ef7fd2b1f9704d604d2533\\UtilityVM: Das System kann den angegebenen Pfad nicht finden.',
  },
  {
    cause: 'platform',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'platform',
    source: 'docker-archive-public/docker.kitematic#3437',
    message:
      'failed to register layer: re-exec error: exit status 1: output: ProcessBaseLayer C:\\ProgramData\\Docker\\windowsfilter\\a0fb1b614dcee6a8c7a532ca62b8b081e911127854d25eedbe9ce99b540c0b39: The parameter is incorrect.',
  },
  {
    cause: 'platform',
    registry: 'ghcr',
    family: 'platform',
    source: 'gillesvink/NukeDockerBuild#16',
    message:
      '15.0-windows-latest: Pulling from gillesvink/nukedockerbuild\na Windows version 10.0.20348-based image is incompatible with a 10.0.19045 host',
  },
  {
    cause: 'platform',
    registry: 'dockerhub',
    family: 'platform',
    source: 'appveyor/ci#2466',
    message:
      '1709: Pulling from microsoft/nanoserver a Windows version 10.0.16299-based image is incompatible with a 10.0.14393 host',
  },
  {
    cause: 'platform',
    registry: 'other',
    family: 'platform',
    source: 'ministryofjustice/modernisation-platform-environments#427',
    message:
      'Performance Hub: CannotPullContainerError: a Windows version 10.0.203…48-based image is incompatible with a 10.0.17763 host',
  },
  {
    cause: 'platform',
    registry: 'other',
    family: 'platform',
    source: 'sitecoreops/sitecore-images#12',
    message:
      '4.7.2-windowsservercore-ltsc2019: Pulling from dotnet/framework/aspnet\na Windows version 10.0.17763-based image is incompatible with a 10.0.17134 host',
  },
  {
    cause: 'platform',
    registry: 'other',
    family: 'platform',
    source: 'microsoft/navcontainerhelper#2235',
    message:
      'DockerDo : a Windows version 10.0.20348-based image is incompatible with a 10.0.19044 host',
  },
  {
    cause: 'platform',
    runtime: 'docker',
    registry: 'other',
    family: 'platform',
    source: 'microsoft/Windows-Containers#155',
    message:
      'ltsc2022: Pulling from windows/nanoserver\nno matching manifest for windows/amd64 10.0.19043 in the manifest list entries',
  },
  {
    cause: 'platform',
    registry: 'other',
    family: 'platform',
    source: 'moby/moby#39328',
    message:
      'level=debug msg="a Windows version 10.0.18362-based image is incompatible with a 10.0.17763 host',
  },
  {
    cause: 'platform',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'platform',
    source: 'docker/for-win#4584',
    message:
      'C:\\Users\\HP>docker pull ubuntu\nUsing default tag: latest\nlatest: Pulling from library/ubuntu\nno matching manifest for windows/amd64 10.0.16299 in the manifest list entries',
  },
  {
    cause: 'platform',
    registry: 'dockerhub',
    family: 'platform',
    source: 'docker/for-win#3761',
    message: 'no matching manifest from unknown in the manifest list entries.',
  },
  {
    cause: 'platform',
    runtime: 'containerd',
    registry: 'other',
    family: 'platform',
    source: 'Azure/AKS#4055',
    message:
      'Warning: container debugger: rpc error: code = NotFound desc = failed to pull and unpack image "mcr.microsoft.com/cbl-mariner/busybox:2.0": no match for platform in manifest: not found',
  },
  {
    cause: 'platform',
    runtime: 'containerd',
    registry: 'acr',
    family: 'platform',
    source: 'Azure/AKS#4055',
    message:
      'Warning: container debugger: [rpc error: code = NotFound desc = failed to pull and unpack image "[name_of_the_acr]/cbl-mariner/busybox:2.0": no match for platform in manifest: not found, rpc error: code = Unknown desc = failed to pull and unpack image "[name_of_the_acr]/cbl-mariner/busybox:2.0": failed to resolve reference "[name_of_the_acr]/cbl-mariner/busybox:2.0": failed to authorize: failed to fetch anonymous token: unexpected status: 401 Unauthorized]',
  },
  {
    cause: 'platform',
    runtime: 'docker',
    registry: 'gcr',
    family: 'platform',
    source: 'rancher/rancher#23161',
    message:
      'E1001 14:29:03.759095    8072 remote_runtime.go:105] RunPodSandbox from runtime service failed: rpc error: code = Unknown desc = failed pulling image "k8s.gcr.io/pause:3.1": no matching manifest for windows/amd64 10.0.18362 in the manifest list entries',
  },
  {
    cause: 'platform',
    runtime: 'docker',
    registry: 'other',
    family: 'platform',
    source: 'kubernetes-sigs/sig-windows-tools#307',
    message:
      'v0.1.0: Pulling from oss/kubernetes/windows-host-process-containers-base-image no matching manifest for linux/amd64 in the manifest list entries',
  },
  {
    cause: 'platform',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'platform',
    source: 'docker-archive-public/docker.kitematic#5519',
    message: 'no matching manifest for windows/amd64 10.0.18363 in the manifest list entries',
  },
];
