// Collected real messages: credentials: cloud registries, Docker Hub-like ambiguity, kubelet credential providers (part 2 of 6).
// Gathered verbatim from public issue trackers for issue 10; see messages-collected.ts.
import type { CorpusEntry } from './messages.js';

/** Collected credentials messages, part 2. */
export const CREDENTIALS_2_MESSAGES: readonly CorpusEntry[] = [
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'acr',
    family: 'registry-credentials',
    source: 'MicrosoftDocs/azure-docs#50105',
    message:
      'rpc error: code = Unknown desc = Error response from daemon: Get https://myregistry.azurecr.io/v2/mynewimage/1.0.0/manifests/1.0.0: unauthorized: Application not registered with AAD., rpc error: code = Unknown desc = Error response from daemon: Get https://myregistry.azurecr.io/v2/mynewimage/1.0.0/manifests/1.0.0: unauthorized: authentication required',
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'harbor',
    family: 'registry-credentials',
    source: 'goharbor/harbor#17845',
    message:
      'Error response from daemon: unauthorized: unauthorized to access repository: commons/bsk-rhel9-java17-tomcat10, action: pull: unauthorized to access repository: commons/bsk-rhel9-java17-tomcat10, action: pull',
  },
  {
    cause: 'auth',
    runtime: 'cri-o',
    registry: 'harbor',
    family: 'registry-credentials',
    source: 'goharbor/harbor#17713',
    message:
      'level=fatal msg="Error initializing source docker://registry.xxx.com/ci/xxx-services-predict-labels/main/predict-labels:1.0.0: Error reading manifest 1.0.0 in registry.xxx.com/ci/xxx-services-predict-labels/main/predict-labels: unauthorized: unauthorized to access repository: ci/xxx-services-predict-labels/main/predict-labels, action: pull: unauthorized to access repository: ci/xxx-services-predict-labels/main/predict-labels, action: pull"',
  },
  {
    cause: 'auth',
    registry: 'harbor',
    family: 'registry-credentials',
    source: 'containerd/containerd#11103',
    message:
      'pull access denied, repository does not exist or may require authorization: authorization failed: no basic auth credentials',
  },
  {
    cause: 'auth',
    runtime: 'containerd',
    registry: 'ecr',
    family: 'registry-credentials',
    source: 'kubernetes/kubernetes#102750',
    message:
      'Pull image "820537372947.dkr.ecr.us-east-1.amazonaws.com/cats:v2" failed: rpc error: code = Unknown desc = failed to pull and unpack image "820537372947.dkr.ecr.us-east-1.amazonaws.com/cats:v2": failed to resolve reference "820537372947.dkr.ecr.us-east-1.amazonaws.com/cats:v2": unexpected status code [manifests v2]: 401 Unauthorized',
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'ghcr',
    family: 'registry-credentials',
    source: 'Vigil-SOC/vigil#315',
    message:
      'Error response from daemon: unknown: failed to resolve reference "ghcr.io/vigil-soc/vigil-backend:latest": unexpected status from HEAD request to https://ghcr.io/v2/vigil-soc/vigil-backend/manifests/latest: 403 Forbidden',
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'gitlab',
    family: 'registry-credentials',
    source: 'rpardini/docker-registry-proxy#127',
    message: 'Error response from daemon: unauthorized: authentication required',
  },
  {
    cause: 'auth',
    runtime: 'cri-o',
    registry: 'gitlab',
    family: 'registry-credentials',
    source: 'TimeEval/TimeEval#56',
    message:
      'Error: error creating build container: initializing source docker://registry.gitlab.hpi.de/akita/i/pyod:0.2.5: Requesting bear token: invalid status code from registry 403 (Forbidden)',
  },
  {
    cause: 'auth',
    runtime: 'containerd',
    registry: 'gitlab',
    family: 'registry-credentials',
    source: 'canonical/microk8s#4754',
    message:
      'failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://gitlab.com/jwt/auth?scope=repository%3A<username>%2F<project>%3Apull&service=container_registry: 403 Forbidden',
  },
  {
    cause: 'auth',
    runtime: 'containerd',
    registry: 'artifactory',
    family: 'registry-credentials',
    source: 'containerd/containerd#6339',
    message:
      'ctr: failed to resolve reference "artifactory.local/node:14.17.5-alpine": unexpected status code [manifests 14.17.5-alpine]: 401 Unauthorized',
  },
  {
    cause: 'auth',
    registry: 'acr',
    family: 'registry-credentials',
    source: 'SparebankenVest/azure-key-vault-to-kubernetes#484',
    message:
      'admission webhook error: failed to get auto cmd, error: GET https://28363devopsacr.azurecr.io/oauth2/token?scope=repository%3Aattphs-rasp%3Apull&service=28363devopsacr.azurecr.io: UNAUTHORIZED: authentication required, visit https://aka.ms/acr/authorization for more information.',
  },
  {
    cause: 'auth',
    runtime: 'containerd',
    registry: 'acr',
    family: 'registry-credentials',
    source: 'Azure/AKS#4593',
    message:
      'Failed to pull image "myacr.azurecr.io/fluent/fluent-bit:3.1.6":[rpc error: code = Unknown desc = failed to pull and unpack image "myacr.azurecr.io/fluent/fluent-bit:3.1.6": failed to resove reference "myacr.azurecr.io/fluent/fluent-bit:3.1.6": failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://myacr.azurecr.io/oauth2/token?scope=repository%3Afluent%2Ffluent-bit%3Apull&service=myacr.azurecr.io: 401 Unauthorized, rpc error: code = Unknown desc = failed to pull and unpack image "myacr.azurecr.io/fluent/fluent-bit:3.1.6": failed to resolve reference "myacr.azurecr.io/fluent/fluent-bit:3.1.6": failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://myacr.azurecr.io/oauth2/token?scope=repository%3Afluent%2Ffluent-bit%3Apull&service=myacr.azurecr.io: 401 Unauthorized]',
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'acr',
    family: 'registry-credentials',
    source: 'kubernetes/kubernetes#92326',
    message:
      'Failed to pull image "<redacted>.azurecr.io/<redacted>": rpc error: code = Unknown desc = Error response from daemon: Get https://<redacted>.azurecr.io/v2/<redacted>: unauthorized: authentication required',
  },
  {
    cause: 'auth',
    registry: 'ecr',
    family: 'registry-credentials',
    source: 'enix/kube-image-keeper#172',
    message:
      'GET https://MYID.dkr.ecr.ap-northeast-2.amazonaws.com/v2/REPONAME/manifests/lastest: unexpected status code 401 Unauthorized: Not Authorized',
  },
  {
    cause: 'auth',
    runtime: 'containerd',
    registry: 'ecr',
    family: 'registry-credentials',
    source: 'canonical/microk8s#3541',
    message:
      'Failed to pull image "782534010321.dkr.ecr.eu-west-2.amazonaws.com/soap:v1.1": rpc error: code = Unknown desc = failed to pull and unpack image "782534010321.dkr.ecr.eu-west-2.amazonaws.com/soap:v1.1": failed to resolve reference "782534010321.dkr.ecr.eu-west-2.amazonaws.com/soap:v1.1": pulling from host 782534010321.dkr.ecr.eu-west-2.amazonaws.com failed with status code [manifests v1.1]: 401 Unauthorized',
  },
  {
    cause: 'auth',
    registry: 'ecr',
    family: 'registry-credentials',
    source: 'awslabs/amazon-ecr-credential-helper#966',
    message: 'authorization failed: no basic auth credentials',
  },
  {
    cause: 'auth',
    runtime: 'containerd',
    registry: 'ecr',
    family: 'registry-credentials',
    source: 'rancher/rke2#3462',
    message:
      'Failed to pull image "1234.dkr.ecr.us-west-2.amazonaws.com/mlflow-run": rpc error: code = Unknown desc = failed to pull and unpack image "1234.dkr.ecr.us-west-2.amazonaws.com/mlflow-run:latest": failed to resolve reference "1234.dkr.ecr.us-west-2.amazonaws.com/mlflow-run:latest": pulling from host 1234.dkr.ecr.us-west-2.amazonaws.com failed with status code [manifests latest]: 401 Unauthorized',
  },
  {
    cause: 'auth',
    registry: 'artifact-registry',
    family: 'registry-credentials',
    source: 'docker/login-action#606',
    message:
      'europe-west1-docker.pkg.dev/foo/ar/python:3.9-slim: failed to authorize: failed to fetch anonymous token: unexpected status: 403 Forbidden',
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'gcr',
    family: 'registry-credentials',
    source: 'GoogleCloudPlatform/cloud-sdk-docker#328',
    message:
      'Error response from daemon: Head "https://gcr.io/v2/google.com/cloudsdktool/google-cloud-cli/manifests/latest": unauthorized: failed authentication',
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'gcr',
    family: 'registry-credentials',
    source: 'firecow/gitlab-ci-local#1518',
    message:
      "Error response from daemon: unauthorized: You don't have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication",
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'ghcr',
    family: 'registry-credentials',
    source: 'php-actions/composer#28',
    message:
      'error pulling image configuration: denied: unauthenticated: User cannot be authenticated with the token provided.',
  },
  {
    cause: 'auth',
    registry: 'dockerhub',
    family: 'registry-credentials',
    source: 'docker/hub-feedback#732',
    message:
      'Get https://registry-1.docker.io/v2/jboss/keycloak/manifests/2.0.0.Final: unauthorized: incorrect username or password',
  },
  {
    cause: 'auth',
    runtime: 'containerd',
    registry: 'ecr',
    family: 'registry-credentials',
    source: 'bottlerocket-os/bottlerocket#2778',
    message:
      'error: code = Unknown desc = failed to get sandbox image "602401143452.dkr.ecr.eu-central-1.amazonaws.com/eks/pause:3.1-eksbuild.1": failed to pull image "602401143452.dkr.ecr.eu-central-1.amazonaws.com/eks/pause:3.1-eksbuild.1": failed to pull and unpack image "602401143452.dkr.ecr.eu-central-1.amazonaws.com/eks/pause:3.1-eksbuild.1": failed to resolve reference "602401143452.dkr.ecr.eu-central-1.amazonaws.com/eks/pause:3.1-eksbuild.1": pulling from host 602401143452.dkr.ecr.eu-central-1.amazonaws.com failed with status code [manifests 3.1-eksbuild.1]: 401 Unauthorized',
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'ecr',
    family: 'registry-credentials',
    source: 'coreos/coreos-kubernetes#461',
    message:
      'Error response from daemon: Get https:///<account number>.dkr.ecr.eu-west-1.amazonaws.com/v2/zre/manifests/latest: no basic auth credentials',
  },
  {
    cause: 'auth',
    runtime: 'containerd',
    registry: 'ecr',
    family: 'registry-credentials',
    source: 'aws/eks-charts#1044',
    message:
      'Failed to pull image "840364872350.dkr.ecr.us-west-2.amazonaws.com/amazon/appmesh-controller:v1.12.5": rpc error: code = Unknown desc = failed to pull and unpack image "840364872350.dkr.ecr.us-west-2.amazonaws.com/amazon/appmesh-controller:v1.12.5": failed to resolve reference "840364872350.dkr.ecr.us-west-2.amazonaws.com/amazon/appmesh-controller:v1.12.5": unexpected status from HEAD request to https://840364872350.dkr.ecr.us-west-2.amazonaws.com/v2/amazon/appmesh-controller/manifests/v1.12.5: 401 Unauthorized',
  },
  {
    cause: 'auth',
    registry: 'harbor',
    family: 'registry-credentials',
    source: 'kubernetes-sigs/kind#4185',
    message:
      'serviceaccounts "X" is forbidden: audience "Y" not found in pod spec volume, system:node:N is not authorized',
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'acr',
    family: 'registry-credentials',
    source: 'Azure/app-service-linux-docs#45',
    message:
      'ERROR - DockerApiException: Docker API responded with status code=InternalServerError, response={"message":"denied"}',
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'dockerhub',
    family: 'registry-credentials',
    source: 'kunickiaj/kudu-docker#7',
    message:
      'Error response from daemon: Get https://registry-1.docker.io/v2/kunickiaj/kudu/manifests/latest: unauthorized: incorrect username or password',
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'other',
    family: 'registry-credentials',
    source: 'ciiiii/cloudflare-docker-proxy#132',
    message: 'Error response from daemon: unauthorized: {"message":"UNAUTHORIZED"}',
  },
  {
    cause: 'auth',
    registry: 'harbor',
    family: 'registry-credentials',
    source: 'goharbor/harbor#16385',
    message: 'unauthorized: unauthorized to access repository',
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'harbor',
    family: 'registry-credentials',
    source: 'goharbor/harbor#15052',
    message:
      'Error response from daemon: unauthorized: unauthorized to access repository: library/node–exp, action: pull: unauthorized to access repository: library/node-exp, action: pull',
  },
  {
    cause: 'auth',
    registry: 'harbor',
    family: 'registry-credentials',
    source: 'goharbor/harbor#8046',
    message:
      'an error occurred while pulling manifest of library/gitaly:v1.27.1 from source registry: 401 {"errors":[{"code":"UNAUTHORIZED","message":"authentication required","detail":[{"Type":"repository","Class":"","Name":"library/gitaly","Action":"pull"}]}]',
  },
  {
    cause: 'auth',
    registry: 'artifact-registry',
    family: 'registry-credentials',
    source: 'fluxcd/source-controller#971',
    message:
      'chart pull error: failed to download chart for remote reference: failed to authorize: failed to fetch anonymous token: unexpected status: 403 Forbidden',
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'ecr',
    family: 'registry-credentials',
    source: 'awslabs/amazon-ecr-credential-helper#286',
    message:
      "pull access denied for public.ecr.aws/bitnami/golang, repository does not exist or may require 'docker login': denied: Your authorization token has expired. Reauthenticate and try again.",
  },
  {
    cause: 'auth',
    registry: 'ecr',
    family: 'registry-credentials',
    source:
      'aws-solutions-library-samples/guidance-for-game-server-hosting-using-agones-and-open-match-on-amazon-eks#71',
    message:
      'unexpected status from HEAD request to https://public.ecr.aws/v2/docker/library/golang/manifests/1.24-alpine: 403 Forbidden',
  },
];
