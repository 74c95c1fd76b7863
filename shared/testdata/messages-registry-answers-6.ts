// Collected real messages: missing images, rate limits, registry faults, the kubelet, and texts naming no cause (part 6 of 6).
// Gathered verbatim from public issue trackers for issue 10; see messages-collected.ts.
import type { CorpusEntry } from './messages.js';

/** Collected missing images, rate limits, registry faults, the kubelet, and texts naming no cause messages, part 6. */
export const REGISTRY_ANSWERS_6_MESSAGES: readonly CorpusEntry[] = [
  {
    // Collected as auth (the issue title says 403); the pasted line stops before the status code.
    cause: 'unknown',
    runtime: 'containerd',
    registry: 'gcr',
    family: 'unrecognised',
    source: 'GoogleCloudPlatform/cloud-sql-proxy#2490',
    message:
      'failed to resolve image: unexpected status from HEAD request to https://gcr.io/v2/cloud-sql-connectors/cloud-sql-proxy/manifests/2.14.1',
  },
  {
    // Collected as runtime (CRI-O storage out of step after an upgrade); 'image not known' alone
    // does not say that.
    cause: 'unknown',
    registry: 'other',
    family: 'unrecognised',
    source: 'kontena/pharos-cluster#1322',
    message:
      'Warning  Failed     29s (x4 over 59s)  kubelet, pharos-hetzner-capital-grubworm  Error: image not known',
  },
  {
    cause: 'unknown',
    registry: 'gcr',
    family: 'unrecognised',
    source: 'nigelpoulton/ckad#51',
    message:
      'Warning  Failed     70s (x4 over 2m34s)  kubelet            Failed to pull image "k8s.gcr.io/busybox": [DEPRECATION NOTICE] Docker Image Format v1 and Docker Image manifest version 2, schema 1 support is disabled by default and will be removed in an upcoming release. Suggest the author of k8s.gcr.io/busybox:latest to upgrade the image to the OCI Format or Docker Image manifest v2, schema 2. More information at https://docs.docker.com/go/deprecated-image-specs/',
  },
  {
    // Collected as network; the excerpt is cut mid-address, before the error.
    cause: 'unknown',
    runtime: 'containerd',
    registry: 'artifact-registry',
    family: 'unrecognised',
    source: 'kubernetes-sigs/node-feature-discovery#1229',
    message:
      'Failed to pull image "registry.k8s.io/nfd/node-feature-discovery:v0.12.1": rpc error: code = Unknown desc = failed to pull and unpack image "registry.k8s.io/nfd/node-feature-discovery:v0.12.1": failed to resolve reference "registry.k8s.io/nfd/node-feature-discovery:v0.12.1": failed to do request: Head "https://europe-west2-docker.pkg.dev/v2/k8s-artifacts-prod/images/nfd/node-feature-discovery/manifests/v0.12.1": dial tcp 108.17',
  },
  {
    cause: 'unknown',
    runtime: 'docker',
    registry: 'other',
    family: 'unrecognised',
    source: 'docker/for-win#437',
    message:
      'error pulling image configuration: Get https://d2iks1dkcwqcbx.cloudfront.net/docker/registry/v2/blobs/sha256/1a/1ac6765457316224b41e3663704f904473d5480f68eb20c983d91fa014205f9e/data?Expires=1536950844&Signature=iJc7aRS1g28dX1vlnj2MP4go--e4fdPfBC3EKI8xJplo7Lm5ZDjrHIKD84gqKPweXgI3QAWApnh0MxwSjkT1wlSWvxDYApzgNzgjLlB4e7CRXrb9eIqVsSmg3TAJiiTAL4fu2aBPXJfvMUqhzg-EfV46dZaLcq1FyeHc9J2YFy4qZ592ZZbJY7rHhLaqUqKJLLy5bbWJkr49DYoxzCwYJLgUSTQdEU2udmgHJDlNIqxVleQXemjo8ICqH3TV6PTS0f9WgTY~Ev5F5IUq0dIPINL1y3E6SPI69dzZvQ1m92Bw-dbve',
  },
  {
    cause: 'unknown',
    runtime: 'docker',
    registry: 'artifact-registry',
    family: 'unrecognised',
    source: 'garden-io/garden#6486',
    message:
      'Pod app-777fcb57dd-bftdg: Failed - Failed to pull image "australia-southeast1-docker.pkg.dev/<GCP_PROJECT_ID>/garden-repo/app:v-2d874da13f": Error response from daemon: Head "[https://australia-southeast1-docker.p',
  },
  {
    cause: 'unknown',
    registry: 'dockerhub',
    family: 'unrecognised',
    source: 'docker-archive/compose-cli#911',
    message:
      'CannotPullContainerError: failed to resolve ref "docker.io/docker/ecs-searchdomain-sidecar:1.0"',
  },
];
