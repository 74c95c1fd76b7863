// Collected real messages: DNS, TLS and the network path to registries, token services and proxies (part 4 of 4).
// Gathered verbatim from public issue trackers for issue 10; see messages-collected.ts.
import type { CorpusEntry } from './messages.js';

/** Collected DNS, TLS and the network path to registries, token services and proxies messages, part 4. */
export const CONNECTION_4_MESSAGES: readonly CorpusEntry[] = [
  {
    cause: 'tls',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'tls',
    source: 'docker/for-linux#1338',
    message:
      '[ERROR] error pulling image configuration: Get "https://production.cloudflare.docker.com/registry-v2/docker/registry/v2/blobs/sha256/96/969c62cec213be2ba97bf2dad184fffedd9a72179c122286976b1b838210fed4/data?verify=1640772128-k8xBexcZ2syw6Yuw4GDJRT0elmY%3D": http: server gave HTTP response to HTTPS client',
  },
  {
    cause: 'tls',
    runtime: 'containerd',
    registry: 'distribution',
    family: 'tls',
    source: 'AliyunContainerService/pouch#1018',
    message:
      'Error: failed to display progress: failed to pull image: failed to do request: Head https://xxxx.aliyun.com:5000/v2/bbb/agent/manifests/latest: http: server gave HTTP response to HTTPS client',
  },
  {
    cause: 'tls',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'tls',
    source: 'hypriot/image-builder-rpi#281',
    message:
      'Using default tag: latest\nError response from daemon: Get https://registry-1.docker.io/v2/: http: server gave HTTP response to HTTPS client',
  },
  {
    cause: 'tls',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'tls',
    source: 'docker-archive-public/docker.kitematic#2285',
    message:
      'docker: error pulling image configuration: Get https://dseasb33srnrn.cloudfront.net/registry-v2/docker/registry/v2/blobs/sha256/a3/a39777a1a4a6ec8a91c978ded905cca10e6b105ba650040e16c50b3e157272c3/data?Expires=1485134748&Signature=fM2OmECGmCS6mONkQPTWoIQ8ZqKPHPFW69Fhe24uD9-Ir~Az2YsZjC5iwgmFYgh6TuXFNciIxAzHmh0N65H1dxmBsroLtv5PAjUAJCTCnam4nsaJDO3PNTCEAVQp65M0pz5vee8C5n980uQ5GaTEhZkFPHbYqA1zs9aIYI52FRY_&Key-Pair-Id=APKAJECH5M7VWIS5YZ6Q: x509: certificate has expired or is not yet valid.',
  },
  {
    cause: 'tls',
    runtime: 'docker',
    registry: 'artifactory',
    family: 'tls',
    source: 'Kong/charts#257',
    message:
      'Failed to pull image "kong-docker-kubernetes-ingress-controller.bintray.io/kong-ingress-controller:0.9.0": \nrpc error: code = Unknown desc = Error response from daemon: \nGet https://kong-docker-kubernetes-ingress-controller.bintray.io/v2/: \nx509: certificate has expired or is not yet valid',
  },
  {
    cause: 'tls',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'tls',
    source: 'jlesage/docker-crashplan-pro#465',
    message:
      'Failed to pull image [error pulling image configuration: Get "https://production.cloudflare.docker.com/registry-v2/docker/registry/v2/blobs/sha256/0c/0cb185e1bdc0cb3f753bfbea64dbaa5c7f3ede1ae7c497eb03ca9f1cbe5f571e/data?verify=1719775387-waVPP3wCp2gM73S8Pege1t2t5C8%3D": x509: certificate has expired or is not yet valid: current time 2024-06-30T11:33:07-07:00 is after 2021-09-30T14:01:15Z].',
  },
  {
    cause: 'tls',
    runtime: 'containerd',
    registry: 'harbor',
    family: 'tls',
    source: 'GoogleCloudPlatform/horizon-sdv#8',
    message:
      'failed to do request: Head "https://harbor.scpmtk.com/v2/mtk-connect/mtk-connect-devices/manifests/v7.8.0": tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2025-06-12T03:05:25Z is after 2025-06-07T05:48:45Z',
  },
  {
    cause: 'tls',
    runtime: 'docker',
    registry: 'distribution',
    family: 'tls',
    source: 'moby/moby#18632',
    message:
      'Error response from daemon: unable to ping registry endpoint https://192.168.1.210:5000/v0/\nv2 ping attempt failed with error: Get https://192.168.1.210:5000/v2/: x509: certificate has expired or is not yet valid',
  },
  {
    cause: 'tls',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'tls',
    source: 'docker/for-mac#2920',
    message:
      'Error response from daemon: Get https://registry-1.docker.io/v2/: x509: certificate is valid for LOCAL-210235951510G5000118, not registry-1.docker.io',
  },
  {
    cause: 'tls',
    runtime: 'docker',
    registry: 'other',
    family: 'tls',
    source: 'kubernetes/registry.k8s.io#264',
    message:
      'error pulling image configuration: download failed after attempts=6: tls: failed to verify certificate: x509: certificate is not valid for any names, but wanted to match prod-registry-k8s-io-ap-south-1.s3.dualstack.ap-south-1.amazonaws.com',
  },
  {
    cause: 'tls',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'tls',
    source: 'docker/hub-feedback#1724',
    message:
      'error pulling image configuration: Get https://production.cloudflare.docker.com/registry-v2/docker/registry/v2/blobs/sha256/4d/4d9cdd30c445bf1d576d531d9154c8fd7510c13323349ffa475ee444957ba627/data?verify=1545337072-F%2B7LbB3qcWsZ%2B8PELFso9uoJKzk%3D: x509: certificate signed by unknown authority (possibly because of "x509: ECDSA verification failure" while trying to verify candidate authority certificate "COMODO ECC Domain Validation Secure Server CA 2")',
  },
  {
    cause: 'tls',
    runtime: 'docker',
    registry: 'distribution',
    family: 'tls',
    source: 'astronomer/docs#232',
    message:
      'Warning Failed 24m (x4 over 26m) kubelet, <node> Failed to pull image "registry.astronomer.base.domain/testing/airflow:deploy-5": rpc error: code = Unknown desc = Error response from daemon: Get https://registry.astronomer.base.domain/v2/: x509: certificate signed by unknown authority',
  },
  {
    cause: 'tls',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'tls',
    source: 'docker/for-win#3391',
    message:
      'error pulling image configuration: Get https://production.cloudflare.docker.com/registry-v2/docker/registry/v2/blobs/sha256/fc/fce2 2…\n: x509: certificate signed by unknown authority (possibly because of “crypto/rsa: verification error” while trying to verify candidate authority certificate “MyCompany WebGateway CA”)',
  },
  {
    cause: 'tls',
    runtime: 'containerd',
    registry: 'harbor',
    family: 'tls',
    source: 'https://stackengine.dev/k8s-air-gapped-harbor-x509-unknown-authority',
    message:
      'Failed to pull image "harbor.internal.corp/prod/app:1.4.2": \n  rpc error: code = Unknown \n  desc = failed to pull and unpack image "harbor.internal.corp/prod/app:1.4.2": \n  failed to resolve reference "harbor.internal.corp/prod/app:1.4.2": \n  failed to do request: Head "https://harbor.internal.corp/v2/prod/app/manifests/1.4.2": \n  x509: certificate signed by unknown authority',
  },
  {
    cause: 'tls',
    runtime: 'containerd',
    registry: 'harbor',
    family: 'tls',
    source: 'https://cloud.tencent.com.cn/developer/article/2567768',
    message:
      'Warning Failed kubelet Failed to pull image `harbor.intra.example.com/proj/app:1.2.3`:\nrpc error: code = Unknown desc = failed to pull and unpack image `harbor.intra.example.com/proj/app:1.2.3`:\nfailed to resolve reference `harbor.intra.example.com/proj/app:1.2.3`:\nfailed to do request: Head https://harbor.intra.example.com/v2/proj/app/manifests/1.2.3:\nx509: certificate signed by unknown authority',
  },
];
