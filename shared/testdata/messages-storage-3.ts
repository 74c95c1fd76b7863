// Collected real messages: the node's storage and unpacking, and the runtime itself (part 3 of 3).
// Gathered verbatim from public issue trackers for issue 10; see messages-collected.ts.
import type { CorpusEntry } from './messages.js';

/** Collected the node's storage and unpacking, and the runtime itself messages, part 3. */
export const STORAGE_3_MESSAGES: readonly CorpusEntry[] = [
  {
    cause: 'runtime',
    runtime: 'docker',
    registry: 'acr',
    family: 'storage',
    source: 'Azure/ACS#105',
    message:
      'Failed to pull image "winpoc.azurecr.io/rolemanager:v1": rpc error: code = 2 desc = failed to register layer: re-exec error: exit status 1: output: time="2018-01-23T05:26:56Z" level=error msg="hcsshim::ImportLayer failed in Win32: The system cannot find the file specified. (0x2)',
  },
  {
    cause: 'runtime',
    registry: 'other',
    family: 'storage',
    source: 'eksctl-io/eksctl#5118',
    message:
      'hcsshim::ImportLayer failed in Win32: The process cannot access the file because it is being used by another process. (0x20): unknown',
  },
  {
    cause: 'runtime',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'storage',
    source: 'Azure/AKS#55',
    message:
      'Failed to pull image "microsoft/aspnetcore:2.0-nanoserver-1709": rpc error: code = Unknown desc = failed to register layer: re-exec error: exit status 1: output: remove \\\\?\\C:\\ProgramData\\docker\\windowsfilter\\<large hex string>\\UtilityVM\\Files\\Windows\\System32\\diagtrack.dll: Access is denied.',
  },
  {
    cause: 'runtime',
    runtime: 'docker',
    registry: 'acr',
    family: 'storage',
    source: 'Azure/acs-engine#2659',
    message:
      'rpc error: code = Unknown desc = failed to register layer: re-exec error: exit status 1: output: remove \\\\?\\C:\\ProgramData\\docker\\windowsfilter\\4368385d64161943864fe935406b94967bacb3492bf7f9de2584a2251dda2687\\UtilityVM\\Files\\Windows\\WinSxS\\amd64_microsoft-windows-lsa-minwin_31bf3856ad364e35_10.0.16299.15_none_6057cd900372da49\\lsass.exe: Access is denied.',
  },
  {
    cause: 'runtime',
    runtime: 'containerd',
    registry: 'dockerhub',
    family: 'storage',
    source: 'containerd/containerd#13388',
    message:
      'failed to extract layer (application/vnd.docker.image.rootfs.diff.tar sha256:6f1cdceb6a3146f0ccb986521156bef8a422cdbb0863396f7f751f575ba308f4) to overlayfs as "extract-920875437-7QPF sha256:31e64620332e54e3e4fb246d8325ed2c9f1c2cc64a95f0bb23b4b7e82834c95a": failed to mount /var/lib/containerd/tmpmounts/containerd-mount2180142388: mount source: "overlay", target: "/var/lib/containerd/tmpmounts/containerd-mount2180142388", fstype: overlay, flags: 0',
  },
  {
    cause: 'runtime',
    runtime: 'containerd',
    registry: 'other',
    family: 'storage',
    source: 'clearlinux/distribution#1044',
    message:
      'failed to extract layer sha256:bf15ad2f5289ed721a33d7a454ab0648081287c84785c79178b685810497f141: mount callback failed on /var/lib/containerd/tmpmounts/containerd-mount258022960: chmod /var/lib/containerd/tmpmounts/containerd-mount258022960/var/lib/swupd/staged/2a4177b4f930e3028eb73976c4aefff149079417b3c77adbbbcafef541b72e8e: no such file or directory: unknown',
  },
  {
    cause: 'runtime',
    registry: 'quay',
    family: 'storage',
    source: 'cri-o/cri-o#1784',
    message:
      'FATA[0017] pulling image failed: rpc error: code = Unknown desc = Error committing the finished image: error reading layer "5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef" for blob "sha256:a3ed95caeb02ffe68cdd9fd84406680ae93d633cb16422d00e8a7c22955b46d4": error creating overlay mount to /mnt/containers/graphroot/overlay/5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef/merged: no such file or directory',
  },
  {
    cause: 'runtime',
    registry: 'gcr',
    family: 'storage',
    source: 'containerd/cri#239',
    message:
      'failed to get sandbox image "gcr.io/google_containers/pause:3.0": failed to pull image "gcr.io/google_containers/pause:3.0": failed to pull image "gcr.io/google_containers/pause:3.0": locking ref k8s.io/2/layer-sha256:f112334343777b75be77ec1f835e3bbbe7d7bd46e27b6a2ae35c6b3cfea0987c failed: ref k8s.io/2/layer-sha256:f112334343777b75be77ec1f835e3bbbe7d7bd46e27b6a2ae35c6b3cfea0987c locked: unavailable',
  },
  {
    cause: 'runtime',
    registry: 'dockerhub',
    family: 'runtime',
    source: 'portainer/kubesolo#194',
    message:
      'rpc error: code = Unavailable desc = ref k8s.io/1/layer-sha256:4f4fb700ef54461cfa02571ae0db9a0dc1e0cdb5577484a6d75e68dc38e8acc1 locked for 234.449907ms (since 2026-09-11 11:54:05.578308467 +0200 CEST m=+13.046516127): unavailable',
  },
  {
    cause: 'runtime',
    registry: 'other',
    family: 'runtime',
    source: 'moby/moby#40390',
    message:
      'time="2020-01-17T13:34:00.228328085Z" level=error msg="failed to get event" error="rpc error: code = Unavailable desc = all SubConns are in TransientFailure, latest connection error: connection error: desc = \\"transport: Error while dialing dial unix /run/containerd/containerd.sock: connect: connection refused\\"" module=libcontainerd namespace=plugins.moby',
  },
  {
    cause: 'runtime',
    registry: 'other',
    family: 'runtime',
    source: 'IceWhaleTech/CasaOS#2434',
    message:
      'Handler for POST /v1.52/containers/c93dbdb78205000e4e113d828a16d3877d70892973ff6056ba176855b83c251d/start returned error: Unavailable: connection error: desc = \\"transport: Error while dialing: dial unix:///run/containerd/containerd.sock: timeout\\"',
  },
  {
    cause: 'runtime',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'runtime',
    source: 'baidu/AnyQ#249',
    message:
      '$ docker pull paddlepaddle/paddle:latest-dev\nError response from daemon: dial unix docker.raw.sock: connect: no such file or directory',
  },
  {
    cause: 'runtime',
    registry: 'dockerhub',
    family: 'runtime',
    source: 'hypriot/rpi-python#1',
    message:
      'FATA[0000] Post http:///var/run/docker.sock/v1.17/images/create?fromImage=hypriot%2Frpi-python%3Alatest: dial unix /var/run/docker.sock: no such file or directory',
  },
  {
    cause: 'runtime',
    registry: 'other',
    family: 'runtime',
    source: 'jeroenjanssens/data-science-at-the-command-line#132',
    message:
      'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
  },
  {
    cause: 'runtime',
    registry: 'other',
    family: 'runtime',
    source: 'cri-o/cri-o#3791',
    message:
      'FATA[0010] failed to connect: failed to connect, make sure you are running as root and the runtime has been started: context deadline exceeded',
  },
  {
    cause: 'runtime',
    registry: 'other',
    family: 'runtime',
    source: 'kubernetes-sigs/cri-tools#789',
    message:
      'FATA[0000] getting status of runtime: rpc error: code = Unavailable desc = transport is closing',
  },
  {
    cause: 'runtime',
    runtime: 'cri-o',
    registry: 'other',
    family: 'runtime',
    source: 'containers/crun#1113',
    message:
      'Status from runtime service failed" err="rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing dial unix\n/tmp/tmp.BqHEtTMiVU/crio.sock: connect: no such file or directory',
  },
  {
    cause: 'runtime',
    runtime: 'docker',
    registry: 'other',
    family: 'runtime',
    source: 'kubernetes/minikube#16198',
    message:
      'time="2023-03-30T17:56:41+05:30" level=fatal msg="getting the runtime version: rpc error: code = Unavailable desc = connection error: desc = \\"transport: Error while dialing dial unix /var/run/cri-dockerd.sock: connect: connection refused\\""',
  },
  {
    cause: 'runtime',
    runtime: 'containerd',
    registry: 'other',
    family: 'runtime',
    source: 'containerd/cri#34',
    message:
      'grpc: addrConn.resetTransport failed to create client transport: connection error: desc = "transport: dial unix /var/run/cri-containerd.sock: connect: connection refused"; Reconnecting to {/var/run/cri-containerd.sock <nil>}',
  },
  {
    cause: 'runtime',
    registry: 'gcr',
    family: 'runtime',
    source: 'kubernetes/kubeadm#2696',
    message:
      'failed to pull image "k8s.gcr.io/kube-apiserver:v1.24.0": output: time="2022-05-17T02:10:44+07:00" level=fatal msg="pulling image: rpc error: code = Unimplemented desc = unknown service runtime.v1alpha2.ImageService"\n, error: exit status 1',
  },
  {
    cause: 'runtime',
    registry: 'ghcr',
    family: 'runtime',
    source: 'k3s-io/k3s#12540',
    message:
      '5m42s (x8 over 7m)      Warning   InspectFailed                     Pod/cnb-reloader-5db69cb8c6-2bqqv                    Failed to inspect image "": rpc error: code = Unknown desc = unable to convert a nil pointer to a runtime API image',
  },
  {
    cause: 'runtime',
    registry: 'gcr',
    family: 'runtime',
    source: 'kubernetes-sigs/kind#1146',
    message:
      '[WARNING ImagePull]: failed to pull image k8s.gcr.io/kube-apiserver:v1.18.0-alpha.0.1502_93c9085e8a934c: output: time="2019-12-06T08:01:15Z" level=fatal msg="pulling image failed: rpc error: code = Unimplemented desc = unknown service runtime.v1alpha2.ImageService"\n, error: exit status 1',
  },
];
