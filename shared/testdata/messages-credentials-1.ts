// Collected real messages: credentials: cloud registries, Docker Hub-like ambiguity, kubelet credential providers (part 1 of 6).
// Gathered verbatim from public issue trackers for issue 10; see messages-collected.ts.
import type { CorpusEntry } from './messages.js';

/** Collected credentials messages, part 1. */
export const CREDENTIALS_1_MESSAGES: readonly CorpusEntry[] = [
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'ecr',
    family: 'registry-credentials',
    source: 'kubernetes/community#4003',
    message:
      'Failed to pull image "": rpc error: code = Unknown desc = Error response from daemon: Get https://XXXXXX.dkr.ecr.ap-southeast-1.amazonaws.com/v2/webbook/webbook/manifests/latest: no basic auth credentials',
  },
  {
    cause: 'auth',
    registry: 'ecr',
    family: 'registry-credentials',
    source: 'concourse/docker-image-resource#161',
    message:
      'failed to fetch manifest: Get https://MY_ACCOUNT.dkr.ecr.eu-west-1.amazonaws.com/v2/MY_REPO/manifests/d196e5688d: no basic auth credentials',
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'ecr',
    family: 'registry-credentials',
    source: 'kubesphere/s2irun#44',
    message:
      'Error response from daemon: Head "https://xxx.dkr.ecr.us-east-1.amazonaws.com/v2/kubesphere/java-8-centos7/manifests/v3.2.0": no basic auth credentials',
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'ecr',
    family: 'registry-credentials',
    source: 'awslabs/amazon-ecr-credential-helper#14',
    message:
      'Error response from daemon: Get https://xxxxxxx.dkr.ecr.us-east-1.amazonaws.com/v2/<some>/<image>/manifests/latest: no basic auth credentials',
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'ecr',
    family: 'registry-credentials',
    source: 'aws/amazon-vpc-cni-k8s#1117',
    message:
      'Error response from daemon: Get https://602401143452.dkr.ecr.us-west-2.amazonaws.com/v2/amazon-k8s-cni/manifests/v1.6.3: no basic auth credentials',
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'nexus',
    family: 'registry-credentials',
    source: 'docker/for-mac#3381',
    message:
      'Failed to pull image "nexus3.abcde.org:10004/abcde-qwerty-fe:2.2.22": rpc error: code = Unknown desc = Error response from daemon: Get https://nexus3.abcde.org:10004/v2/abcde-qwerty-fe/manifests/2.2.22: no basic auth credentials',
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'ecr',
    family: 'registry-credentials',
    source: 'everything2/everything2#2562',
    message:
      "Error response from daemon: pull access denied for 254865750963.dkr.ecr.us-west-2.amazonaws.com/everything2/e2lib, repository does not exist or may require 'docker login': denied: User: arn:aws:sts::254865750963:assumed-role/Docker-Builder-CodeBuild-Role/AWSCodeBuild-749228d3-4d07-4037-bd81-b631b0a0460e is not authorized to perform: ecr:BatchGetImage on resource: arn:aws:ecr:us-west-2:254865750963:repository/everything2/e2lib because no identity-based policy allows the ecr:BatchGetImage action",
  },
  {
    cause: 'auth',
    registry: 'ecr',
    family: 'registry-credentials',
    source: 'OvertureMaps/overture-tiles#20',
    message:
      'CannotPullECRContainerError: AccessDeniedException: User: arn:aws:sts::...:assumed-role/OvertureTilesCdkStack-OvertureTilesContainer... is not authorized to perform: ecr:GetAuthorizationToken',
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'ecr',
    family: 'registry-credentials',
    source: 'awslabs/amazon-ecr-credential-helper#88',
    message:
      'level=error msg="Not continuing with pull after error: denied: User: arn:aws:sts::XXX:assumed-role/nomad-client20171228230446599800000004/i-03543d3e416f0f883 is not authorized to perform: ecr:BatchGetImage on resource: arn:aws:ecr:us-east-1:XXX:repository/YYY"',
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'ecr',
    family: 'registry-credentials',
    source: 'bottlerocket-os/bottlerocket-update-operator#157',
    message:
      'Error response from daemon: Head "https://328549459982.dkr.ecr.us-west-2.amazonaws.com/v2/bottlerocket/bottlerocket-update-operator/manifests/v0.2.0": no basic auth credentials',
  },
  {
    cause: 'auth',
    registry: 'ecr',
    family: 'registry-credentials',
    source: 'awslabs/amazon-ecr-credential-helper#68',
    message:
      "Failed to launch container: Failed to run 'docker -H unix:///var/run/docker.sock pull XXXXXXXXXXX.dkr.ecr.eu-west-1.amazonaws.com/XXXXXXX:latest': exited with status 1; stderr='unauthorized: authentication required.",
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'ecr',
    family: 'registry-credentials',
    source: 'aws/copilot-cli#3518',
    message:
      "pull access denied for <ACCID>.dkr.ecr.<REGION>.amazonaws.com/redis, repository does not exist or may require 'docker login': denied: User: arn:aws:sts::<ACCID>:assumed-role/pipeline-<PipelineName>-BuildProjectRole-<ROLEID>/AWSCodeBuild-<ID> is not authorized to perform: ecr:BatchGetImage on resource: arn:aws:ecr:<REGION>:<ACCID>:repository/redis because no identity-based policy allows the ecr:BatchGetImage action",
  },
  {
    cause: 'auth',
    runtime: 'containerd',
    registry: 'ecr',
    family: 'registry-credentials',
    source: 'aws-samples/bedrock-access-gateway#114',
    message:
      'CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref 366590864501.dkr.ecr.us-west-2.amazonaws.com/bedrock-proxy-api-ecs:latest@sha256:5de487da52320ad9978f3a7a4f6700910342956c7dcb3b6f955222b4cccbd600: unexpected status from HEAD request to https://366590864501.dkr.ecr.us-west-2.amazonaws.com/v2/bedrock-proxy-api-ecs/blobs/sha256:5de487da52320ad9978f3a7a4f6700910342956c7dcb3b6f955222b4cccbd600: 403 Forbidden',
  },
  {
    cause: 'auth',
    runtime: 'containerd',
    registry: 'ecr',
    family: 'registry-credentials',
    source: 'aws/aws-cdk#29876',
    message:
      'CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref 123456789123.dkr.ecr.us-east-1.amazonaws.com/a2-ecr-app-repo:latest: pulling from host 123456789123.dkr.ecr.us-east-1.amazonaws.com failed with status code [manifests latest]: 403 Forbidden',
  },
  {
    cause: 'auth',
    registry: 'ecr',
    family: 'registry-credentials',
    source: 'awslabs/amazon-ecr-credential-helper#319',
    message: 'unexpected status code 401 Unauthorized: Not Authorized',
  },
  {
    cause: 'auth',
    registry: 'gcr',
    family: 'registry-credentials',
    source: 'genuinetools/img#106',
    message:
      'failed to solve: httpReaderSeeker: failed open: unexpected status code https://eu.gcr.io/v2/xxx/myimage/blobs/sha256:135ed000cxxxxxxxxxxxxxxxxxxxxxx46c0e33e: 403 Forbidden',
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'ecr',
    family: 'registry-credentials',
    source: 'kubernetes/kubernetes#69141',
    message:
      'level=error msg="Not continuing with pull after error: denied: The security token included in the request is invalid"',
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'ecr',
    family: 'registry-credentials',
    source: 'awslabs/amazon-ecr-credential-helper#118',
    message:
      'level=error msg="Not continuing with pull after error: denied: Your Authorization Token has expired. Please run \'aws ecr get-login --no-include-email\' to fetch a new one."',
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'ecr',
    family: 'registry-credentials',
    source: 'awslabs/amazon-ecr-credential-helper#7',
    message:
      "Error response from daemon: error parsing HTTP 403 response body: invalid character 'Y' looking for beginning of value: \"Your Authorization Token has expired. Please run 'aws ecr get-login' to fetch a new one.\"",
  },
  {
    cause: 'auth',
    registry: 'ecr',
    family: 'registry-credentials',
    source: 'fluxcd/image-reflector-controller#71',
    message:
      'GET https://my-id-aws.dkr.ecr.us-east-1.amazonaws.com/v2/image/tags/list?n=1000: DENIED: Your authorization token has expired. Reauthenticate and try again.',
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'ecr',
    family: 'registry-credentials',
    source: 'gitpod-io/gitpod#1900',
    message:
      'cannot resolve workspace image: Error response from daemon: denied: Your authorization token has expired. Reauthenticate and try again.',
  },
  {
    cause: 'auth',
    registry: 'ecr',
    family: 'registry-credentials',
    source: 'buildkite/elastic-ci-stack-for-aws#178',
    message:
      "ERROR: denied: Your Authorization Token has expired. Please run 'aws ecr get-login' to fetch a new one.",
  },
  {
    cause: 'auth',
    registry: 'artifact-registry',
    family: 'registry-credentials',
    source: 'neuvector/neuvector-helm#148',
    message: 'denied: Permission "artifactregistry.repositories.downloadArtifacts" denied',
  },
  {
    cause: 'auth',
    runtime: 'containerd',
    registry: 'gcr',
    family: 'registry-credentials',
    source: 'googlecodelabs/monolith-to-microservices#59',
    message:
      'Failed to pull image "gcr.io/maloney-scratch/monolith:1.0.0": rpc error: code = Unknown desc = failed to pull and unpack image "gcr.io/maloney-scratch/monolith:1.0.0": failed to resolve reference "gcr.io/maloney-scratch/monolith:1.0.0": pulling from host gcr.io failed with status code [manifests 1.0.0]: 403 Forbidden',
  },
  {
    cause: 'auth',
    registry: 'gcr',
    family: 'registry-credentials',
    source: 'kubeflow/kubeflow#1432',
    message:
      'Failed to pull image "gcr.io/ml-writers/sarahmaddox-kf-gcp-train:1535231259": rpc error: code = Unknown desc = unauthorized: authentication required',
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'gcr',
    family: 'registry-credentials',
    source: 'kubernetes/kubernetes#62393',
    message:
      "Failed to pull image \"gcr.io/potent-zodiac-172621/teste-app:latest\": [rpc error: code = Unknown desc = Error response from daemon: Get https://gcr.io/v2/potent-zodiac-172621/teste-app/manifests/latest: unknown: Unable to parse json key., rpc error: code = Unknown desc = error pulling image configuration: error parsing HTTP 400 response body: invalid character '<' looking for beginning of value: \"<?xml version='1.0' encoding='UTF-8'?><Error><Code>UserProjectMissing</Code><Message>Bucket is a requester pays bucket but no user project provided.</Message></Error>\"]",
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'gcr',
    family: 'registry-credentials',
    source: 'jenkins-x/terraform-google-jx#169',
    message:
      'Failed to pull image "gcr.io/lab-jenkins-x/hello-4-1: 0.0.1 ": rpc error: code = Unknown desc = Error response from daemon: unauthorized: You don\'t have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication',
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'acr',
    family: 'registry-credentials',
    source: 'Azure/acr#231',
    message:
      'Failed to pull image "***": [rpc error: code = Unknown desc = Error response from daemon: Get ******: received unexpected HTTP status: 500 Internal Server Error, rpc error: code = Unknown desc = Error response from daemon: Get **********: unauthorized: authentication required]',
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'acr',
    family: 'registry-credentials',
    source: 'Azure/AKS#679',
    message:
      'Failed to pull image "cloudtechnologies.azurecr.io/poc-k8s-web:20181007.1": rpc error: code = Unknown desc = Error response from daemon: Get https://cloudtechnologies.azurecr.io/v2/poc-k8s-web/manifests/20181007.1: unauthorized: authentication required',
  },
  {
    cause: 'auth',
    runtime: 'containerd',
    registry: 'acr',
    family: 'registry-credentials',
    source: 'Azure/AKS#4459',
    message:
      'Failed to pull image "<registryname>.azurecr.io/main/<imagerepo>:v5.0.0": failed to pull and unpack image "<registryname>.azurecr.io/main/<imagerepo>:v5.0.0": failed to resolve reference "<registryname>.azurecr.io/main/<imagerepo>:v5.0.0": failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://<registryname>.azurecr.io/oauth2/token?scope=repository%3Amain%2F<imagerepo>%3Apull&service=<registryname>.azurecr.io: 401 Unauthorized',
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'acr',
    family: 'registry-credentials',
    source: 'dotnet/docs#13401',
    message:
      'Failed to pull image "ugsampleacr.azurecr.io/mssampleaksapplication:v1": [rpc error: code = Unknown desc = Error response from daemon: Get https://ugsampleacr.azurecr.io/v2/mssampleaksapplication/manifests/v1: unauthorized: authentication required, rpc error: code = Unknown desc = Error response from daemon: Get https://ugsampleacr.azurecr.io/v2/mssampleaksapplication/manifests/v1: unauthorized: authentication required]',
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'acr',
    family: 'registry-credentials',
    source: 'helm/helm#12189',
    message:
      'Failed to pull image "smartsitealfaacr.azurecr.io/aem6.5-authbaseimage:v2": rpc error: code = Unknown desc = Error response from daemon: Head "https://smartsitealfaacr.azurecr.io/v2/aem6.5-authbaseimage/manifests/v2": unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information.',
  },
  {
    cause: 'auth',
    registry: 'quay',
    family: 'registry-credentials',
    source: 'jgsqware/clairctl#62',
    message:
      'retrieving manifest for "quay.io/coreos/clair:v2.0.0": Get https://quay.io/v2/: unauthorized: access to the requested resource is not authorized',
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'quay',
    family: 'registry-credentials',
    source: 'Shippable/support#1716',
    message:
      'Error: Status 403 trying to pull repository xxx/xxxx: "{\\"error\\": \\"Permission Denied\\"}"',
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'acr',
    family: 'registry-credentials',
    source: 'microsoft/AzureTRE#924',
    message:
      'DockerApiException: Docker API responded with status code=InternalServerError, response={"message":"Get https://****.azurecr.io/v2/microsoft/azuretre/api/manifests/dev: unauthorized: authentication required, visit https://aka.ms/acr/authorization for more information."}',
  },
];
