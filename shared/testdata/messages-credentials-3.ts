// Collected real messages: credentials: cloud registries, Docker Hub-like ambiguity, kubelet credential providers (part 3 of 6).
// Gathered verbatim from public issue trackers for issue 10; see messages-collected.ts.
import type { CorpusEntry } from './messages.js';

/** Collected credentials messages, part 3. */
export const CREDENTIALS_3_MESSAGES: readonly CorpusEntry[] = [
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'ecr',
    family: 'registry-credentials',
    source: 'aws/aws-lambda-base-images#220',
    message:
      'Error response from daemon: failed to resolve reference "public.ecr.aws/lambda/provided:al2023": unexpected status from HEAD request to https://public.ecr.aws/v2/lambda/provided/manifests/al2023: 403 Forbidden',
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'ecr',
    family: 'registry-credentials',
    source: 'aws/aws-lambda-web-adapter#124',
    message:
      "Error: VaporHelloWorld failed to build: invalid from flag value public.ecr.aws/awsguru/aws-lambda-adapter:0.6.1: pull access denied for public.ecr.aws/awsguru/aws-lambda-adapter, repository does not exist or may require 'docker login': denied: Your authorization token has expired. Reauthenticate and try again.",
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'gitlab',
    family: 'registry-credentials',
    source: 'basecamp/kamal#1498',
    message:
      'Error response from daemon: Get "https://registry.gitlab.com/v2/": unauthorized: HTTP Basic: Access denied. If a password was provided for Git authentication, the password was incorrect or you\'re required to use a token instead of a password. If a token was provided, it was either incorrect, expired, or improperly scoped. See https://gitlab.com/help/user/profile/account/two_factor_authentication_troubleshooting.md#error-http-basic-access-denied-if-a-password-was-provided-for-git-authentication-',
  },
  {
    cause: 'auth',
    runtime: 'containerd',
    registry: 'ecr',
    family: 'registry-credentials',
    source: 'kubernetes/kops#16762',
    message:
      '"RunPodSandbox from runtime service failed" err="rpc error: code = Unknown desc = failed to get sandbox image \\"123456789101.dkr.ecr.ap-southeast-2.amazonaws.com/k8s-example/pause:3.9@sha256:7031c1b283388d2c2e09b57badb803c05ebed362dc88d84b480cc47f72a21097\\": failed to pull image \\"123456789101.dkr.ecr.ap-southeast-2.amazonaws.com/k8s-example/pause:3.9@sha256:7031c1b283388d2c2e09b57badb803c05ebed362dc88d84b480cc47f72a21097\\": failed to pull and unpack image \\"123456789101.dkr.ecr.ap-southeast-2.amazonaws.com/k8s-example/pause@sha256:7031c1b283388d2c2e09b57badb803c05ebed362dc88d84b480cc47f72a21097\\": failed to resolve reference \\"123456789101.dkr.ecr.ap-southeast-2.amazonaws.com/k8s-example/pause@sha256:7031c1b283388d2c2e09b57badb803c05ebed362dc88d84b480cc47f72a21097\\": pull access denied, repository do',
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'ecr',
    family: 'registry-credentials',
    source: 'kubernetes/kubernetes#83348',
    message:
      'Warning  Failed     12m (x4 over 13m)     kubelet, ip-10-82-9-65.ap-XXXXX.compute.internal  Failed to pull image "XXXXXXXX.dkr.ecr.ap-XXXXXX.amazonaws.com/isam:9.0.7.0": rpc error: code = Unknown desc = Error response from daemon: Get https://XXXXXXX.dkr.ecr.ap-XXXXX.amazonaws.com/v2/ndi-spcp-isam/manifests/9.0.7.0: no basic auth credentials',
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'ecr',
    family: 'registry-credentials',
    source: 'aws/amazon-vpc-cni-k8s#334',
    message:
      'Error response from daemon: Get https://602401143452.dkr.ecr.us-west-2.amazonaws.com/v2/amazon-k8s-cni/manifests/v1.3.2: no basic auth credentials',
  },
  {
    cause: 'auth',
    registry: 'artifact-registry',
    family: 'registry-credentials',
    source: 'google/fuzzbench#1981',
    message:
      'Unauthenticated requests do not have permission "artifactregistry.repositories.downloadArtifacts" on resource "projects/fuzzbench/locations/us/repositories/[gcr.io](http://gcr.io/)"',
  },
  {
    cause: 'auth',
    registry: 'harbor',
    family: 'registry-credentials',
    source: 'goharbor/harbor#13988',
    message:
      'Error: 401: could not properly parse response JSON: {"errors":[{"code":"UNAUTHORIZED","message":"UnAuthorized"}]}',
  },
  {
    cause: 'auth',
    registry: 'harbor',
    family: 'registry-credentials',
    source: 'goharbor/harbor#17713',
    message:
      'time="2022-11-02T14:14:56Z" level=fatal msg="Error initializing source docker://registry.xxx.com/ci/xxx-services-predict-labels/main/predict-labels:1.0.0: Error reading manifest 1.0.0 in registry.xxx.com/ci/xxx-services-predict-labels/main/predict-labels: unauthorized: unauthorized to access repository: ci/xxx-services-predict-labels/main/predict-labels, action: pull: unauthorized to access repository: ci/xxx-services-predict-labels/main/predict-labels, action: pull"',
  },
  {
    // Collected as not-found (Docker Hub answers 401 for a repository missing its library/ prefix);
    // the text shows only the 401 and 'authentication required'.
    cause: 'auth',
    registry: 'harbor',
    family: 'registry-credentials',
    source: 'goharbor/harbor#13446',
    message:
      'Proxy to remote failed, fallback to local repo, error: http status code: 401, body: {"errors":[{"code":"UNAUTHORIZED","message":"authentication required","detail":[{"Type":"repository","Class":"","Name":"memcached","Action":"pull"}]}]}',
  },
  {
    cause: 'auth',
    registry: 'harbor',
    family: 'registry-credentials',
    source: 'goharbor/harbor#18895',
    message:
      'ERRO[2023-07-05T11:23:44.212764900+02:00] Handler for POST /v1.41/images/create returned error: unauthorized: unauthorized to access repository: myrepo/myimage, action: pull',
  },
  {
    cause: 'auth',
    registry: 'ghcr',
    family: 'registry-credentials',
    source: 'termoshtt/ocipkg#41',
    message:
      "thread 'main' panicked at 'Failed to get image: RegistryError(ErrorResponse { errors: [ErrorInfo { code: Unauthorized, message: Some(\"authentication required\"), detail: None }] })'",
  },
  {
    // Collected as auth-or-not-found (a private GHCR package); the text shows a 401 on the
    // anonymous token, which is a credentials answer.
    cause: 'auth',
    registry: 'ghcr',
    family: 'registry-credentials',
    source: 'openai/tunnel-client#75',
    message:
      'docker buildx imagetools inspect ghcr.io/openai/tunnel-client-runtime:0.0.14\n# failed to fetch anonymous token ... 401 Unauthorized',
  },
  {
    cause: 'auth',
    registry: 'ghcr',
    family: 'registry-credentials',
    source: 'esnet/gdg#122',
    message:
      'failed to solve: ghcr.io/esnet/gdg:0.3.1: failed to authorize: failed to fetch oauth token: unexpected status: 403 Forbidden',
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'artifactory',
    family: 'registry-credentials',
    source: 'jfrog/nexus2artifactory#72',
    message:
      'docker: Error: Status 403 trying to pull repository nexus2artifactory: "<html>\\r\\n<head><title>403 Forbidden</title></head>\\r\\n<body>\\r\\n<center><h1>403 Forbidden</h1></center>\\r\\n<hr><center>nginx</center>\\r\\n</body>\\r\\n</html>\\r\\n".',
  },
  {
    cause: 'auth',
    registry: 'nexus',
    family: 'registry-credentials',
    source: 'dchqinc/dchq-on-premise-issue-tracker#9',
    message:
      'ResponseItem.ErrorDetail[code=0,message=Authentication is required.],error=Authentication is required.]',
  },
  {
    cause: 'auth',
    registry: 'nexus',
    family: 'registry-credentials',
    source: 'sonatype/nexus-public#639',
    message:
      'BEARER [complete=true] authentication error: Could not retrieve token from https://europe-docker.pkg.dev/v2/token. Status code: 401',
  },
  {
    cause: 'auth',
    registry: 'quay',
    family: 'registry-credentials',
    source: 'jgsqware/clairctl#62',
    message:
      '2017-07-11 17:02:33.783305 C | cmd: retrieving manifest for "quay.io/coreos/clair:v2.0.0": Get https://quay.io/v2/: unauthorized: access to the requested resource is not authorized',
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'quay',
    family: 'registry-credentials',
    source: 'draios/sysdigcloud-kubernetes#22',
    message:
      'image pull failed for quay.io/sysdig/sysdigcloud-backend:722, this may be because there are no credentials on this request.  details: (Error: Status 403 trying to pull repository sysdig/sysdigcloud-backend: "{\\"error\\": \\"Permission Denied\\""',
  },
  {
    cause: 'auth',
    runtime: 'containerd',
    registry: 'gcr',
    family: 'registry-credentials',
    source: 'googlecodelabs/monolith-to-microservices#59',
    message:
      'Warning  Failed     24m (x4 over 25m)    kubelet            Failed to pull image "gcr.io/maloney-scratch/monolith:1.0.0": rpc error: code = Unknown desc = failed to pull and unpack image "gcr.io/maloney-scratch/monolith:1.0.0": failed to resolve reference "gcr.io/maloney-scratch/monolith:1.0.0": pulling from host gcr.io failed with status code [manifests 1.0.0]: 403 Forbidden',
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'artifact-registry',
    family: 'registry-credentials',
    source: 'GoogleCloudPlatform/berglas#128',
    message:
      'Warning  Failed          6s               kubelet, gke-play-dev-cluster-play-dev-cluster-eeb36792-97tg  Failed to pull image "us-docker.pkg.dev/berglas/berglas/berglas:latest": rpc error: code = Unknown desc = Error response from daemon: Get https://us-docker.pkg.dev/v2/berglas/berglas/berglas/manifests/latest: denied: Permission "artifactregistry.repositories.downloadArtifacts" denied on resource "projects/berglas/locations/us/repositories/berglas"',
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'ecr',
    family: 'registry-credentials',
    source: 'awslabs/amazon-ecr-credential-helper#83',
    message:
      "Unable to find image '***.amazonaws.com/opendna-logstash-cluster-logspout:poc' locally\ndocker: Error response from daemon: Get https://***.amazonaws.com/v2/logspout/manifests/poc: no basic auth credentials.",
  },
  {
    cause: 'auth',
    runtime: 'containerd',
    registry: 'ghcr',
    family: 'registry-credentials',
    source: 'https://breakingchanges.dev/tips/k8s-imagepullbackoff-registry/',
    message:
      'Warning Failed 1s (x3 over 15s) kubelet Failed to pull image "ghcr.io/my-org/backend-service:latest": rpc error: code = Unknown desc = failed to pull and unpack image: failed to resolve reference "ghcr.io/my-org/backend-service:latest": pulling from host ghcr.io failed with status code [manifests]: 401 Unauthorized',
  },
  {
    cause: 'auth',
    registry: 'other',
    family: 'registry-credentials',
    source: 'kubernetes-sigs/cri-tools#731',
    message:
      'FATA[0001] pulling image: rpc error: code = Unknown desc = unable to retrieve auth token: invalid username/password: unauthorized: Please login to the Red Hat Registry using your Customer Portal credentials. Further instructions can be found here: https://access.redhat.com/RegistryAuthentication',
  },
  {
    cause: 'auth',
    registry: 'other',
    family: 'registry-credentials',
    source: 'apache/incubator-kie-kogito-images#1498',
    message:
      'Image build failed: \'Head "https://registry.redhat.io/v2/ubi8/ubi-minimal/manifests/latest": unauthorized: Please login to the Red Hat Registry using your Customer Portal credentials. Further instructions can be found here: https://access.redhat.com/RegistryAuthentication\'',
  },
  {
    cause: 'auth',
    runtime: 'containerd',
    registry: 'other',
    family: 'registry-credentials',
    source: 'gitpod-io/gitpod#14837',
    message:
      '"proxy.replicated.com/proxy/gitpod/busybox:1": failed to resolve reference "proxy.replicated.com/proxy/gitpod/busybox:1": failed to authorize: failed to fetch oauth token: unexpected status: 401 Unauthorized',
  },
  {
    cause: 'auth',
    runtime: 'containerd',
    registry: 'other',
    family: 'registry-credentials',
    source: 'DaoCloud/public-image-mirror#9671',
    message:
      'FATA[0000] failed to resolve reference "m.daocloud.io/cr.weaviate.io/semitechnologies/weaviate:1.25.4": unexpected status from HEAD request to https://m.daocloud.io/v2/cr.weaviate.io/semitechnologies/weaviate/manifests/1.25.4: 403 Forbidden',
  },
  {
    cause: 'auth',
    runtime: 'containerd',
    registry: 'gcr',
    family: 'registry-credentials',
    source: 'kubernetes-sigs/kind#2446',
    message:
      'Failed to pull image "gcr.io/myproject/apps/myapp01:testing": rpc error: code = Unknown desc = failed to pull and unpack image "gcr.io/myproject/apps/myapp01:testing": failed to resolve reference "gcr.io/myproject/apps/myapp01:testing": unexpected status code [manifests testing]: 401 Unauthorized',
  },
  {
    cause: 'auth',
    runtime: 'docker',
    registry: 'acr',
    family: 'registry-credentials',
    source: 'Azure/acs-engine#2454',
    message:
      'Mar 13 15:19:00 k8s-master-22984635-0 docker[6947]: /usr/bin/docker: error pulling image configuration: unauthorized: Requested repository does not match bearer token resource: hyperkube-amd64.',
  },
  {
    cause: 'auth',
    registry: 'gcr',
    family: 'registry-credentials',
    source: 'kubernetes-sigs/bom#17',
    message:
      "FATA generating doc: creating SPDX document: generating SPDX package from image ref gcr.io/my-gcp-project/myimage:mytag: while downloading images to archive: fetching remote descriptor: GET https://gcr.io/v2/my-gcp-project/my-gcp-project/myimage/manifests/mytag: UNAUTHORIZED: You don't have the needed permissions to perform this operation, and you may have invalid credentials. To authenticate your request, follow the steps in: https://cloud.google.com/container-registry/docs/advanced-authentication",
  },
  {
    cause: 'auth',
    runtime: 'containerd',
    registry: 'ecr',
    family: 'registry-credentials',
    source: 'aws/containers-roadmap#2493',
    message:
      'CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref .dkr.ecr.us-west-2.amazonaws.com/otel-collector:latest@sha256:863****9ac: unexpected status from HEAD request to https://.dkr.ecr.us-west-2.amazonaws.com/v2/otel-collector/blobs/sha256:863*****9ac: 403 Forbidden',
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'docker',
    registry: 'ecr',
    family: 'ambiguous-access',
    source: 'bottlerocket-os/bottlerocket-update-operator#157',
    message:
      "Error response from daemon: pull access denied for 328549459982.dkr.ecr.us-west-2.amazonaws.com/bottlerocket/bottlerocket-update-operator, repository does not exist or may require 'docker login': denied: User: arn:aws:iam::***:user/taylorjs is not authorized to perform: ecr:BatchGetImage on resource: arn:aws:ecr:us-west-2:328549459982:repository/bottlerocket/bottlerocket-update-operator because no resource-based policy allows the ecr:BatchGetImage action",
  },
  {
    cause: 'auth-or-not-found',
    registry: 'ecr',
    family: 'ambiguous-access',
    source: 'kubernetes/kubernetes#69141',
    message:
      'PullImage "<id>.dkr.ecr.cn-north-1.amazonaws.com.cn/topic-service:master-a6cd66e4" from image service failed: rpc error: code = Unknown desc = Error response from daemon: repository <id>.dkr.ecr.cn-north-1.amazonaws.com.cn/topic-service not found: does not exist or no pull access',
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'docker',
    registry: 'ecr',
    family: 'ambiguous-access',
    source: 'awslabs/amazon-ecr-credential-helper#118',
    message:
      'level=error msg="pulling image failed" error="pull access denied for ######.dkr.ecr.sa-east-1.amazonaws.com/alegrafoods, repository does not exist or may require \'docker login\'"',
  },
  {
    cause: 'auth-or-not-found',
    runtime: 'docker',
    registry: 'artifact-registry',
    family: 'ambiguous-access',
    source: 'terraform-google-modules/terraform-google-kubernetes-engine#1779',
    message:
      'Error response from daemon: Head "https://europe-west2-docker.pkg.dev/v2/<PROJECT_ID>/ml/app/manifests/4.19.5": denied: Permission "artifactregistry.repositories.downloadArtifacts" denied on resource "projects/<PROJECT_ID>/locations/europe-west2/repositories/ml" (or it may not exist)',
  },
];
