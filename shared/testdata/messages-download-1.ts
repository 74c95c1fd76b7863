// Collected real messages: layer downloads that break half-way, blob stores, deadlines and cancellations (part 1 of 2).
// Gathered verbatim from public issue trackers for issue 10; see messages-collected.ts.
import type { CorpusEntry } from './messages.js';

/** Collected layer downloads that break half-way, blob stores, deadlines and cancellations messages, part 1. */
export const DOWNLOAD_1_MESSAGES: readonly CorpusEntry[] = [
  {
    cause: 'network',
    runtime: 'docker',
    registry: 'acr',
    family: 'broken-download',
    source: 'Azure/AKS#1383',
    message:
      'Failed to pull image "aksrepos.azurecr.io/mirror/ip-masq-agent-amd64:v2.0.0_v0.0.5": [rpc error: code = Unknown desc = error pulling image configuration: error parsing HTTP 403 response body: invalid character \'ï\' looking for beginning of value: "\\ufeff<?xml version=\\"1.0\\" encoding=\\"utf-8\\"?><Error><Code>AuthorizationFailure</Code><Message>This request is not authorized to perform this operation.\\nRequestId:31d6913c-901e-0013-4fb9-ca617d000000\\nTime:2020-01-14T09:02:12.6212166Z</Message></Error>"',
  },
  {
    // Collected as registry-error (digest mismatch of a downloaded layer; could be corrupt served
    // content or a corrupted transfer); the text alone reads as network, and the classifier names
    // registry-error among its alternatives.
    cause: 'network',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'broken-download',
    source: 'oznu/docker-guacamole#12',
    message:
      'filesystem layer verification failed for digest sha256:da2dc1aba58c8cd285639cac6b03c823e5fcdb91aa8922652e7d9387aaca6fa4',
  },
  {
    cause: 'network',
    runtime: 'containerd',
    registry: 'gcr',
    family: 'broken-download',
    source: 'containerd/containerd#1893',
    message:
      'PullImage "gcr.io/google_containers/e2e-net-amd64:1.0" failed, error: failed to pull image "gcr.io/google_containers/e2e-net-amd64:1.0": failed commit on ref "layer-sha256:3690ec4760f95690944da86dc4496148a63d85c9e3100669a318110092f6862f": unexpected commit size 5674492, expected 2312958: unknown',
  },
  {
    cause: 'network',
    registry: 'other',
    family: 'broken-download',
    source: 'podman-container-tools/skopeo#1901',
    message:
      'copying system image from manifest list: writing blob: happened during read: (heuristic tuning data: last retry 0, current offset 752782; 56.799 ms total, 0.722 ms since progress): unexpected EOF',
  },
  {
    cause: 'network',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'broken-download',
    source: 'sequenceiq/docker-kylin#2',
    message: 'Error pulling image (latest) from sequenceiq/kylin, unexpected EOF',
  },
  {
    cause: 'network',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'broken-download',
    source: 'moby/moby#17535',
    message:
      'Error pulling image (latest) from docker.io/library/python, Untar re-exec error: exit status 1: output: unexpected EOF',
  },
  {
    cause: 'network',
    runtime: 'containerd',
    registry: 'other',
    family: 'broken-download',
    source: 'containerd/containerd#4908',
    message: 'failed size validation: 12467913 != 94124544: failed precondition',
  },
  {
    cause: 'network',
    runtime: 'containerd',
    registry: 'dockerhub',
    family: 'broken-download',
    source: 'containerd/containerd#4908',
    message:
      'Failed to pull image "mongo:4.4": rpc error: code = FailedPrecondition desc = failed to pull and unpack image "docker.io/library/mongo:4.4": failed commit on ref "layer-sha256:16ec32c2132b43494832a05f2b02f7a822479f8250c173d0ab27b3de78b2f058": unexpected commit digest sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855, expected sha256:16ec32c2132b43494832a05f2b02f7a822479f8250c173d0ab27b3de78b2f058: failed precondition',
  },
  {
    cause: 'network',
    registry: 'other',
    family: 'broken-download',
    source: 'oras-project/oras#303',
    message:
      'Error: failed commit on ref "abc": unexpected commit size 219714896, expected 246893452: failed precondition',
  },
  {
    cause: 'network',
    registry: 'ecr',
    family: 'broken-download',
    source: 'docker/sbx-releases#525',
    message:
      'unknown: failed to copy: httpReadSeeker: failed open: unexpected status from GET request to https://d2glxqk2uabbnd.cloudfront.net/v2/[...]\n403 Forbidden',
  },
  {
    // Collected as registry-error (CloudFront geo-block on the blob host; shortened after the
    // geo-block sentence. Not a credential problem); the text alone reads as network, and the
    // classifier names registry-error among its alternatives.
    cause: 'network',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'broken-download',
    source: 'curiefense/curiefense#824',
    message:
      'error pulling image configuration: error parsing HTTP 403 response body: invalid character \'<\' looking for beginning of value: "<!DOCTYPE HTML PUBLIC \\"-//W3C//DTD HTML 4.01 Transitional//EN\\" \\"http://www.w3.org/TR/html4/loose.dtd\\">\\n<HTML><HEAD><META HTTP-EQUIV=\\"Content-Type\\" CONTENT=\\"text/html; charset=iso-8859-1\\">\\n<TITLE>ERROR: The request could not be satisfied</TITLE>\\n</HEAD><BODY>\\n<H1>403 ERROR</H1>\\n<H2>The request could not be satisfied.</H2>\\n<HR noshade size=\\"1px\\">\\nThe Amazon CloudFront distribution is configured to block access from your country.',
  },
  {
    // Collected as registry-error (S3/CloudFront AccessDenied XML from a self-hosted registry
    // storage backend (signed URL bug)); the text alone reads as network, and the classifier names
    // registry-error among its alternatives.
    cause: 'network',
    registry: 'distribution',
    family: 'broken-download',
    source: 'distribution/distribution#925',
    message:
      'Error parsing HTTP response: invalid character \'<\' looking for beginning of value: "<?xml version=\\"1.0\\" encoding=\\"UTF-8\\"?><Error><Code>AccessDenied</Code><Message>Access denied</Message></Error>"',
  },
  {
    // Collected as registry-error (kaniko-built image whose descriptor size did not match the blob;
    // corrupt content in the registry, not a transfer break); the text alone reads as network, and
    // the classifier names registry-error among its alternatives.
    cause: 'network',
    runtime: 'cri-o',
    registry: 'distribution',
    family: 'broken-download',
    source: 'GoogleContainerTools/kaniko#283',
    message: 'rpc error: code = Unknown desc = Error writing blob: blob size mismatch',
  },
  {
    // Collected as registry-error (the body was a Cloudflare CAPTCHA page for
    // production.cloudflare.docker.com (reporter elided the HTML); 403 is from the CDN, not
    // credentials); the text alone reads as network, and the classifier names registry-error among
    // its alternatives.
    cause: 'network',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'broken-download',
    source: 'docker-library/official-images#4309',
    message:
      "ERROR: error parsing HTTP 403 response body: invalid character '<' looking for beginning of value: \"<!DOCTYPE html>\\n",
  },
  {
    cause: 'network',
    runtime: 'cri-o',
    registry: 'other',
    family: 'broken-download',
    source: 'kubernetes/registry.k8s.io#333',
    message:
      'unable to pull image or OCI artifact: pull image err: copying system image from manifest list: writing blob: storing blob to file \\"/var/tmp/container_images_storage451663201/3\\": happened during read: unexpected EOF (after reconnecting, fetching blob: StatusCode: 400, \\"<?xml version=\\\\\\"1.0\\\\\\" encoding=\\\\\\"UTF-8\\\\\\"?>\\\\n<Error><Cod...\\"); artifact err: image reference: reference is a container image, not an OCI artifact',
  },
  {
    cause: 'network',
    registry: 'other',
    family: 'broken-download',
    source: 'podman-container-tools/podman#18142',
    message:
      'Reading blob body from https://hub.foobar.com/v2/apps/nginx/blobs/sha256:18e855ea6c2e5aea18b9594ecf1324124c242798b9cf7bd33a3c0175d0ee1aec failed (unexpected EOF), reconnecting…',
  },
  {
    // Collected as registry-error (a pull-through mirror kept and served a truncated blob; the same
    // wording normally means the transfer broke (network)); the text alone reads as network, and
    // the classifier names registry-error among its alternatives.
    cause: 'network',
    runtime: 'containerd',
    registry: 'dockerhub',
    family: 'broken-download',
    source: 'mcronce/oci-registry#13',
    message:
      'Failed to pull image "goharbor/redis-photon:v2.8.3": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/goharbor/redis-photon:v2.8.3": failed to read expected number of bytes: unexpected EOF',
  },
  {
    // Collected as registry-error (registry.k8s.io redirect to S3 answered AccessDenied; only in
    // one AWS region, likely an S3/VPC-endpoint restriction in the user environment - not registry
    // credentials); the text alone reads as network, and the classifier names registry-error among
    // its alternatives.
    cause: 'network',
    runtime: 'docker',
    registry: 'other',
    family: 'broken-download',
    source: 'kubernetes/k8s.io#4214',
    message:
      'error pulling image configuration: error parsing HTTP 403 response body: invalid character \'<\' looking for beginning of value: "<?xml version=\\"1.0\\" encoding=\\"UTF-8\\"?>\\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>//REDACTED//</RequestId><HostId>//REDACTED//</HostId></Error>"',
  },
  {
    // Collected as registry-error (Docker Hub blob redirect to S3 through a VPC S3 endpoint whose
    // policy denied the docker-images-prod bucket; arguably network/policy on the user side); the
    // text alone reads as network, and the classifier names registry-error among its alternatives.
    cause: 'network',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'broken-download',
    source: 'moby/moby#34185',
    message:
      'error pulling image configuration: error parsing HTTP 403 response body: invalid character \'<\' looking for beginning of value: "<?xml version=\\"1.0\\" encoding=\\"UTF-8\\"?>\\n<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>835EB39A43ACC922</RequestId><HostId>pomMsqh5F0wbqpEP37Z5x64GE8lC4H/kxWWR9Kta4zOKJVu87hnd3R7ZiR7VM8WtvULKEp0uYbI=</HostId></Error>"',
  },
  {
    cause: 'network',
    registry: 'other',
    family: 'broken-download',
    source: 'docker-library/docker#221',
    message: 'unexpected EOF',
  },
  {
    cause: 'network',
    runtime: 'containerd',
    registry: 'acr',
    family: 'broken-download',
    source: 'MicrosoftDocs/azure-docs#116188',
    message:
      'Failed to pull image "myregistry.azurecr.io/myimage:16102023": [rpc error: code = Unknown desc = failed to pull and unpack image "myregistry.azurecr.io/myimage:16102023": failed to copy: httpReadSeeker: failed open: failed to do request: Get "https://weumanaged15.blob.core.windows.net/xxxx/docker/registry/v2/blobs/sha256/fd/xxxx/data?se=2023-10-19T13%3A03%3A46Z&sig=xxxx%3D&sp=r&spr=https&sr=b&sv=2018-03-28&regid=xxxx": EOF, rpc error: code = Unknown desc = failed to pull and unpack image "myregistry.azurecr.io/myimage:16102023": failed to resolve reference "myregistry.azurecr.io/myimage:16102023": failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://myregistry.azurecr.io/oauth2/token?scope=repository%3Amyimage%3Apull&service=myregistry.azurecr.io: 401 Unauthorized]',
  },
  {
    // Collected as registry-error (*.azk8s.cn mirror only served Azure China IPs: an nginx HTML 403
    // from the host, not about credentials); the text alone reads as network, and the classifier
    // names registry-error among its alternatives.
    cause: 'network',
    runtime: 'docker',
    registry: 'other',
    family: 'broken-download',
    source: 'Azure/container-service-for-azure-china#61',
    message:
      'Error response from daemon: error parsing HTTP 403 response body: invalid character \'<\' looking for beginning of value: "<html>\\r\\n<head><title>403 Forbidden</title></head>\\r\\n<body bgcolor=\\"white\\">\\r\\n<center><h1>403 Forbidden</h1></center>\\r\\n<hr><center>nginx/1.14.0 (Ubuntu)</center>\\r\\n</body>\\r\\n</html>\\r\\n"',
  },
  {
    cause: 'network',
    registry: 'dockerhub',
    family: 'broken-download',
    source: 'moby/moby#11746',
    message: 'FATA[0017] unexpected EOF',
  },
  {
    // Collected as registry-error (Singularity/oras through a Dragonfly P2P cache that served
    // different bytes (digest mismatch from the cache)); the text alone reads as network, and the
    // classifier names registry-error among its alternatives.
    cause: 'network',
    registry: 'other',
    family: 'broken-download',
    source: 'dragonflyoss/dragonfly#784',
    message:
      'FATAL:   Unable to handle oras://registry.com/project/repo/image:tag uri: unable to Download Image: unable to pull from registry: failed commit on ref "image.sif": unexpected commit digest sha256:a84aac14edcdf80c269bd1828a987dbac5dbee499076eb2d86f67bf9dabd0c47, expected sha256:4ab8dc5ab7ef604d2b10a1548de407c4c49e6638ed69ee18b241dc203c16868d: failed precondition',
  },
  {
    cause: 'network',
    runtime: 'docker',
    registry: 'acr',
    family: 'broken-download',
    source: 'Azure/acs-engine#2735',
    message:
      'Failed to pull image "sdkctlcontainerregistry.azurecr.io/java-benchmark-windows:latest": rpc error: code = Unknown desc = filesystem layer verification failed for digest sha256:58dec0bf64a4c57fbfed8f05716ba197bc11c48e3c59bcd241be3d06c3f8b404',
  },
  {
    // Collected as unknown; a layer whose bytes do not match its digest broke on the way (issue 10:
    // broken downloads are network), registry-error is the alternative.
    cause: 'network',
    runtime: 'containerd',
    registry: 'other',
    family: 'broken-download',
    source: 'containerd/containerd#1893',
    message:
      'FATA[0007] pulling image failed: rpc error: code = Unknown desc = failed to pull and unpack image "xxxxxx": failed commit on ref "layer-sha256:55ae122ef77dfe5b336bcf9d55af5e3ddc515c91e4f5efe51509cb13f983da3b": unexpected commit digest sha256:a8f2c3f33adf8b40a3f21558f2a7e48fa1fefa482729e4e9f8db1dbb5f654e9a, expected sha256:55ae122ef77dfe5b336bcf9d55af5e3ddc515c91e4f5efe51509cb13f983da3b: failed precondition',
  },
  {
    cause: 'network',
    runtime: 'containerd',
    registry: 'dockerhub',
    family: 'broken-download',
    source: 'k3s-io/k3s#5217',
    message:
      'Warning  Failed   4m17s                    kubelet  Failed to pull image "rancher/mirrored-metrics-server:v0.5.2": rpc error: code = Unknown desc = failed to pull and unpack image "docker.io/rancher/mirrored-metrics-server:v0.5.2": failed to copy: httpReaderSeeker: failed open: failed to do request: Get "https://production.cloudflare.docker.com/registry-v2/docker/registry/v2/blobs/sha256/f7/f73640fb506199d02192ef1dc99404aeb1afec43a9f7dad5de96c09eda17cd71/data?verify=1646639722-2wX9zENAiV%2FgTE%2Brzh46EwHC%2BAg%3D": EOF',
  },
  {
    // Collected as auth (HTML 403 from nginx in front of Artifactory); the text alone reads as
    // network, and the classifier names auth among its alternatives.
    cause: 'network',
    runtime: 'docker',
    registry: 'artifactory',
    family: 'broken-download',
    source: 'jfrog/nexus2artifactory#72',
    message:
      "Unable to find image 'dropbox-jfrog-support-public-docker.jfrog.io/nexus2artifactory:latest' locally\ndocker: Error response from daemon: error parsing HTTP 403 response body: invalid character '<' looking for beginning of value: \"<html>\\r\\n<head><title>403 Forbidden</title></head>\\r\\n<body>\\r\\n<center><h1>403 Forbidden</h1></center>\\r\\n<hr><center>nginx</center>\\r\\n</body>\\r\\n</html>\\r\\n\".",
  },
  {
    cause: 'network',
    runtime: 'containerd',
    registry: 'distribution',
    family: 'broken-download',
    source: 'containerd/containerd#5435',
    message:
      'Failed to pull image "registry.mgzf.com/devops/jenkins:lts": rpc error: code = Unknown desc = failed to pull and unpack image "registry.xxx.com/devops/jenkins:lts": failed to resolve reference "registry.xxx.com/devops/jenkins:lts": unexpected EOF',
  },
];
