// Collected real messages: credentials: cloud registries, Docker Hub-like ambiguity, kubelet credential providers (part 6 of 6).
// Gathered verbatim from public issue trackers for issue 10; see messages-collected.ts.
import type { CorpusEntry } from './messages.js';

/** Collected credentials messages, part 6. */
export const CREDENTIALS_6_MESSAGES: readonly CorpusEntry[] = [
  {
    cause: 'auth-or-not-found',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'ambiguous-access',
    source: 'openimis/openimis-dist_dkr#35',
    message:
      "Error response from daemon: pull access denied for openimis/backend, the repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'ambiguous-access',
    source: 'confluentinc/demo-siem-optimization#30',
    message:
      " ! Image localbuild/zeek-tcpreplay-kafka                      pull access denied for localbuild/zeek-tcpreplay-kafka, repository does not exist or may require 'docker login'",
  },
  {
    // Collected as auth (Artifactory wording; reporter's quotes kept); the text alone reads as
    // auth-or-not-found, and the classifier names auth among its alternatives.
    cause: 'auth-or-not-found',
    runtime: 'docker',
    registry: 'artifactory',
    family: 'ambiguous-access',
    source: 'kubernetes/kubernetes#65958',
    message:
      '"Failed to pull image "my-artifactory-website:5006/imagename:4": rpc error: code = Unknown desc = Error response from daemon: unauthorized: The client does not have permission for manifest"',
  },
  {
    cause: 'auth-or-not-found',
    registry: 'ecr',
    family: 'ambiguous-access',
    source: 'RafalWilinski/deploy-with-serverless#11',
    message:
      'Container message: CannotPullContainerError: API error (404): repository serverless-batch not found: does not exist or no pull access',
  },
  {
    cause: 'auth-or-not-found',
    registry: 'dockerhub',
    family: 'ambiguous-access',
    source: 'crazy-max/diun#334',
    message:
      'Cannot get remote manifest error="Cannot get image digest from HEAD request: Error reading digest 5bb9814f6a74816c662ff5da72110417d6d3b003d2ce42aa516a40ec8714e8e4 in docker.io/library/sha256: errors:\\ndenied: requested access to the resource is denied\\nerror parsing HTTP 401 response body: unexpected end of JSON input: \\"\\"\\n"',
  },
  {
    cause: 'auth-or-not-found',
    registry: 'distribution',
    family: 'ambiguous-access',
    source: 'distribution/distribution-library-image#146',
    message:
      '{"errors":[{"code":"UNKNOWN","message":"unknown error","detail":{"errors":[{"code":"DENIED","message":"requested access to the resource is denied"},{"code":"UNAUTHORIZED","message":"authentication required","detail":[{"Action":"pull","Class":"","Name":"openjdk","Type":"repository"}]}]}}]}',
  },
  {
    cause: 'auth-or-not-found',
    registry: 'dockerhub',
    family: 'ambiguous-access',
    source: 'collabnix/dockerlabs#399',
    message:
      '$docker manifest inspect jenkins-docker/jenkins:lts-jdk11\nerrors:\ndenied: requested access to the resource is denied\nunauthorized: authentication required',
  },
  {
    cause: 'auth',
    family: 'credential-provider',
    source: 'kubernetes/kubernetes#117448',
    message:
      'plugin.go:233] Failed getting credential from external registry credential provider: error execing credential provider plugin foo for image bar: exit status 1',
  },
  {
    cause: 'auth',
    family: 'credential-provider',
    source: 'kubernetes/kubernetes#117448',
    message:
      'plugin.go:233] Failed getting credential from external registry credential provider: error execing credential provider plugin foo for image bar: exit status 1: E0418 06:12:14.490885   14903 main.go:161] Error running credential provider plugin: group version credentialprovider.kubelet.k8s.io/v1beta1 is not supported',
  },
  {
    cause: 'auth',
    registry: 'ecr',
    family: 'credential-provider',
    source: 'siderolabs/talos#11086',
    message:
      'Failed getting credential from external registry credential provider: error execing credential provider plugin ecr-credential-provider for image 097676021280.dkr.ecr.eu-central-1.amazonaws.com/backend-daemon-import: fork/exec /usr/local/lib/kubelet/credentialproviders/ecr-credential-provider: no such file or directory',
  },
  {
    cause: 'auth',
    registry: 'ecr',
    family: 'credential-provider',
    source: 'kubernetes/kubernetes#102750',
    message:
      'Failed getting credential from external registry credential provider: error execing credential provider plugin ecr-credential-provider for image 820537372947.dkr.ecr.us-east-1.amazonaws.com/cats: exit status 1',
  },
  {
    cause: 'auth',
    registry: 'acr',
    family: 'credential-provider',
    source: 'kubernetes-sigs/cloud-provider-azure#4533',
    message:
      '"Failed to register CRI auth plugins" err="plugin binary executable C:\\\\var\\\\lib\\\\kubelet\\\\credential-provider\\\\acr-credential-provider did not exist"',
  },
  {
    cause: 'auth',
    registry: 'acr',
    family: 'credential-provider',
    source: 'kubernetes-sigs/cloud-provider-azure#4533',
    message:
      'Failed getting credential from external registry credential provider: error execing credential provider plugin acr-credential-provider for image e2eacr8b91.azurecr.io/nanoserver: exec: "C:\\\\var\\\\lib\\\\kubelet\\\\credential-provider\\\\acr-credential-provider": file does not exist',
  },
  {
    cause: 'auth',
    family: 'credential-provider',
    source: 'k3s-io/k3s#14039',
    message:
      '"Failed to register CRI auth plugins" err="failed to validate credential provider config: [providers.apiVersion: Required value: apiVersion is required, providers.defaultCacheDuration: Required value: defaultCacheDuration is required, providers.tokenAttributes: Forbidden: tokenAttributes is only supported for credentialprovider.kubelet.k8s.io/v1 API version]"',
  },
  {
    cause: 'auth',
    family: 'credential-provider',
    source: 'kubernetes-sigs/cluster-api-provider-azure#4110',
    message:
      '"Failed to register CRI auth plugins" err="error decoding config /var/lib/kubelet/credential-provider-config.yaml: no kind \\"CredentialProviderConfig\\" is registered for version \\"kubelet.config.k8s.io/v1\\" in scheme \\"pkg/credentialprovider/plugin/plugin.go:56\\""',
  },
  {
    cause: 'auth',
    registry: 'ecr',
    family: 'credential-provider',
    source: 'awslabs/amazon-ecr-credential-helper#616',
    message:
      'level=error msg="Error parsing the serverURL" error="parse \\"https://{\\\\\\"kind\\\\\\":\\\\\\"CredentialProviderRequest\\\\\\",\\\\\\"apiVersion\\\\\\":\\\\\\"credentialprovider.kubelet.k8s.io/v1beta1\\\\\\",\\\\\\"image\\\\\\":\\\\\\"XXXX.dkr.ecr.eu-west-1.amazonaws.com/XXXX\\\\\\"}\\": invalid port \\":\\\\\\"credentialprovider.kubelet.k8s.io\\" after host"',
  },
  {
    cause: 'auth',
    registry: 'ecr',
    family: 'credential-provider',
    source: 'awslabs/amazon-ecr-credential-helper#381',
    message:
      'level=error msg="Error retrieving credentials" error="ecr: Failed to get authorization token: operation error ECR: GetAuthorizationToken, exceeded maximum number of attempts, 3, failed to sign request: failed to retrieve credentials: no EC2 IMDS role found, operation error ec2imds: GetMetadata, exceeded maximum number of attempts, 3, request send failed, Get \\"http://169.254.169.254/latest/meta-data/iam/security-credentials/\\": dial tcp 169.254.169.254:80: connect: host is down"',
  },
  {
    // Collected as network (timeout reaching the ECR token API); the text alone reads as auth, and
    // the classifier names network among its alternatives.
    cause: 'auth',
    registry: 'ecr',
    family: 'credential-provider',
    source: 'awslabs/amazon-ecr-credential-helper#381',
    message:
      'level=error msg="Error retrieving credentials" error="ecr: Failed to get authorization token: operation error ECR: GetAuthorizationToken, exceeded maximum number of attempts, 3, https response error StatusCode: 0, RequestID: , request send failed, Post \\"https://api.ecr.eu-west-1.amazonaws.com/\\": dial tcp: i/o timeout"',
  },
  {
    cause: 'auth',
    registry: 'ecr',
    family: 'credential-provider',
    source: 'containerd/nerdctl#742',
    message:
      'cannot get auth config for authConfigHostname="XXXXX.dkr.ecr.us-east-1.amazonaws.com" (refHostname="XXXXX.dkr.ecr.us-east-1.amazonaws.com")  error="error getting credentials - err: exit status 1, out: `Exhausted all available authentication mechanisms (tried: EXTERNAL) (available: EXTERNAL)`"',
  },
  {
    cause: 'auth',
    registry: 'ecr',
    family: 'credential-provider',
    source: 'awslabs/amazon-ecr-credential-helper#220',
    message:
      'level=error msg="Error retrieving credentials" error="ecr: Failed to get authorization token: NoCredentialProviders: no valid providers in chain. Deprecated.\\n\\tFor verbose messaging see aws.Config.CredentialsChainVerboseErrors"',
  },
  {
    cause: 'auth',
    registry: 'ecr',
    family: 'credential-provider',
    source: 'awslabs/amazon-ecr-credential-helper#219',
    message:
      'level=error msg="Error listing credentials" error="ecr: Failed to get authorization token: MissingRegion: could not find region configuration"',
  },
  {
    cause: 'auth',
    registry: 'ecr',
    family: 'credential-provider',
    source: 'awslabs/amazon-ecr-credential-helper#680',
    message:
      'level=info msg="Got error fetching authorization token. Falling back to cached token." error="ecr: Failed to get authorization token: not found, ResolveEndpointV2"',
  },
  {
    cause: 'auth',
    registry: 'acr',
    family: 'credential-provider',
    source: 'fluxcd/source-controller#908',
    message:
      "failed to get credential from azure: failed to login to registry 'oci://fluxtest.azurecr.io/helm/hello-world': DefaultAzureCredential: failed to acquire a token.\nAttempted credentials:\n  EnvironmentCredential: missing environment variable AZURE_TENANT_ID\n  ManagedIdentityCredential: no default identity is assigned to this resource\n  AzureCLICredential: Azure CLI not found on path",
  },
  {
    cause: 'auth',
    registry: 'acr',
    family: 'credential-provider',
    source: 'fluxcd/source-controller#898',
    message:
      'failed to get credential from azure: error exchanging token: unexpected status code 401 from exchange request',
  },
  {
    cause: 'auth',
    registry: 'artifactory',
    family: 'credential-provider',
    source: 'jfrog/jfrog-credentials-provider#91',
    message: 'Service account not enabled on this instance.',
  },
];
