import type { Cause } from './causes.js';
import type { RegistryFlavour } from './registry-flavour.js';

/** What one registry product or cloud service needs, beyond the generic fix of a cause. */
export interface RegistryAdvice {
  /** The product's name as its users know it. */
  readonly name: string;
  /** How nodes get credentials it accepts (auth, ambiguous access, missing secrets). */
  readonly credentials?: string;
  /** What the path to it needs (egress, endpoints, blob hosts). */
  readonly network?: string;
  /** How its rate limits are lifted. */
  readonly rateLimit?: string;
}

/** The registry-specific fixes `explain` prints beside the generic one. */
export const REGISTRY_ADVICE: Readonly<Partial<Record<RegistryFlavour, RegistryAdvice>>> = {
  ecr: {
    name: 'Amazon ECR',
    credentials:
      'give the node IAM role ecr:GetAuthorizationToken, ecr:BatchGetImage and ' +
      'ecr:GetDownloadUrlForLayer (AmazonEC2ContainerRegistryReadOnly), or configure the ' +
      "kubelet's ecr-credential-provider; ECR tokens last 12 hours, so a pull secret made from " +
      '`aws ecr get-login-password` expires. Cross-account pulls also need the repository policy ' +
      "to allow the node's role.",
    network:
      'layers come from S3 (prod-REGION-starport-layer-bucket): private nodes need the ecr.api, ' +
      'ecr.dkr and S3 gateway VPC endpoints, with an endpoint policy that allows that bucket.',
  },
  'ecr-public': {
    name: 'Amazon ECR Public',
    credentials:
      'public.ecr.aws needs no credentials; remove an expired stored token for it rather than ' +
      'renewing it.',
    rateLimit:
      'anonymous pulls are limited to 1 per second per IP; authenticated ones (aws ecr-public ' +
      'get-login-password --region us-east-1) get 10.',
  },
  'artifact-registry': {
    name: 'Google Artifact Registry',
    credentials:
      "grant roles/artifactregistry.reader on the repository (or project) to the node's service " +
      "account (on GKE the node pool's; elsewhere a _json_key pull secret or the GCP credential " +
      'provider), and keep the cloud-platform or devstorage.read_only scope on the nodes.',
    network: 'private nodes need Private Google Access (or a proxy) to reach *.pkg.dev.',
  },
  gcr: {
    name: 'Google Container Registry (served by Artifact Registry since 2025)',
    credentials:
      "gcr.io repositories live in Artifact Registry now: grant the node's service account " +
      'roles/artifactregistry.reader on the gcr.io repository of the project, and keep the storage ' +
      'read scope on the nodes.',
  },
  acr: {
    name: 'Azure Container Registry',
    credentials:
      "give the cluster's kubelet identity the AcrPull role on the registry (az aks update -n " +
      'CLUSTER -g GROUP --attach-acr REGISTRY), or use a pull secret with a service principal or ' +
      'repository-scoped token that has AcrPull.',
    network:
      "with the registry firewall on, allow the nodes' egress IP or use a private endpoint; the " +
      'data endpoint REGION.data.azurecr.io serves the layers.',
  },
  mcr: {
    name: 'Microsoft Artifact Registry (mcr.microsoft.com)',
    network: 'allow mcr.microsoft.com and *.data.mcr.microsoft.com through the egress firewall.',
  },
  ghcr: {
    name: 'GitHub Container Registry',
    credentials:
      'a private package needs a pull secret with a token that has read:packages (or the package ' +
      'made public); for a public one, remove stale ghcr.io credentials, which GHCR rejects.',
    rateLimit: 'authenticate the pulls; anonymous ones share a per-IP limit.',
  },
  quay: {
    name: 'Quay',
    credentials:
      "use a robot account's dockerconfigjson for quay.io with read on the repository; Quay says " +
      '"not authorized" for a misspelt repository too.',
  },
  harbor: {
    name: 'Harbor',
    credentials:
      'use a robot account with pull permission on the project, keyed by the exact Harbor host ' +
      'and port; proxy-cache projects need library/ before Docker Hub official images.',
  },
  artifactory: {
    name: 'JFrog Artifactory',
    credentials:
      'use an access or identity token of a user with read on the repository; for a remote ' +
      'repository check its upstream credentials, whose failures it reports as its own.',
  },
  nexus: {
    name: 'Sonatype Nexus',
    credentials:
      'enable the Docker Bearer Token Realm, grant nx-repository-view-docker-REPO-read, and key ' +
      "the pull secret by the Docker connector's host:port.",
  },
  gitlab: {
    name: 'GitLab Container Registry',
    credentials: 'use a deploy token with read_registry as the pull secret for the registry host.',
  },
  dockerhub: {
    name: 'Docker Hub',
    credentials:
      'a private repository needs a pull secret for docker.io with a Docker access token; a ' +
      'misspelt name gets the same "pull access denied".',
    rateLimit:
      'anonymous pulls are limited to 100 per 6 hours per IP (all nodes behind one NAT share it): ' +
      'add a pull secret of a Docker account, or pull through a mirror.',
  },
  redhat: {
    name: 'Red Hat container registry',
    credentials:
      'registry.redhat.io needs a registry service account token as the pull secret (OpenShift ' +
      'adds it through the global pull secret).',
  },
  'k8s-registry': {
    name: 'registry.k8s.io',
    network:
      'registry.k8s.io redirects to regional Artifact Registry and S3 hosts: allow those through ' +
      'the egress firewall or proxy too.',
  },
};

const CREDENTIAL_CAUSES: readonly Cause[] = ['auth', 'auth-or-not-found', 'secret-missing'];
const NETWORK_CAUSES: readonly Cause[] = ['network', 'dns', 'policy'];

/** The fix a registry flavour needs for a cause, if that registry needs anything particular. */
export function registryFix(
  flavour: RegistryFlavour | undefined,
  cause: Cause,
): string | undefined {
  const advice = flavour === undefined ? undefined : REGISTRY_ADVICE[flavour];
  if (advice === undefined) return undefined;
  if (CREDENTIAL_CAUSES.includes(cause)) return advice.credentials;
  if (NETWORK_CAUSES.includes(cause)) return advice.network;
  if (cause === 'rate-limit') return advice.rateLimit;
  return undefined;
}

/** The product name of a registry flavour. */
export function registryName(flavour: RegistryFlavour): string {
  return REGISTRY_ADVICE[flavour]?.name ?? flavour;
}
