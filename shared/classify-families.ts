/**
 * The families of pull-failure wording the classifier knows. A family groups the rules that read
 * one kind of failure (a cloud registry's credential answers, the node's unpacking, a policy
 * webhook); `explain` prints it so the user sees what was recognised, not only the cause ID.
 * Like cause IDs, family IDs are printed in `-o json` and are never renamed.
 */
export const FAMILIES = {
  kubelet: "the kubelet's own refusals: pull policy, pull QPS, image reference, pull secrets",
  'admission-policy':
    'admission and signature policy: Kyverno, sigstore policy-controller, Kubewarden, ' +
    'Connaisseur, Gatekeeper, OpenShift and CRI-O image policy, allow-list proxies',
  'credential-provider': "the kubelet's credential provider plugins (ecr-credential-provider, ...)",
  'registry-credentials':
    'credentials refused by the registry, in Docker Hub, ECR, Artifact Registry, GCR, ACR, GHCR, ' +
    'Quay, Harbor, Artifactory, Nexus or GitLab wording',
  'ambiguous-access': 'the registry answers alike for a missing image and a private one',
  'missing-image': 'no such repository, tag or digest',
  'rate-limit': "the registry's rate limits and quotas",
  'name-resolution': 'DNS lookups of the registry, token, blob or proxy host',
  'network-path': 'connections to the registry, its token service, firewall or proxy',
  tls: 'certificate trust and HTTP/HTTPS mismatches',
  'broken-download': 'layer downloads that break half-way, and blob-store (S3, CDN) answers',
  deadline: 'deadlines and cancellations',
  platform: 'no image for the node OS or architecture (Linux, Windows)',
  storage: "the node's image storage: disk space, unpacking, snapshotters",
  'registry-fault': 'registry-side errors: 5xx answers, missing blobs, invalid manifests',
  runtime: 'the container runtime itself: CRI socket, image inspection',
  unrecognised: 'no known wording',
} as const;

/** One family ID. */
export type Family = keyof typeof FAMILIES;

/** Every family ID, in the order of the table above. */
export const FAMILY_IDS = Object.keys(FAMILIES) as readonly Family[];
