// Node configuration files as they look on real nodes, written for these tests in the formats the
// runtimes and the kubelet read: containerd 1.6/1.7 (config v2) and 2.x (v3), certs.d hosts.toml,
// CRI-O registries.conf, systemd drop-ins, resolv.conf variants and kubelet credential providers.

/** containerd 1.7 as kubeadm guides set it up: config v2, systemd cgroups, certs.d. */
export const CONTAINERD_V2 = `version = 2
root = "/var/lib/containerd"
state = "/run/containerd"
oom_score = 0
imports = ["/etc/containerd/conf.d/*.toml"]

[grpc]
  address = "/run/containerd/containerd.sock"
  max_recv_message_size = 16777216

[plugins]
  [plugins."io.containerd.grpc.v1.cri"]
    sandbox_image = "registry.k8s.io/pause:3.9"
    max_concurrent_downloads = 3
    [plugins."io.containerd.grpc.v1.cri".containerd]
      snapshotter = "overlayfs"
      default_runtime_name = "runc"
      [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc]
        runtime_type = "io.containerd.runc.v2"
        [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options]
          SystemdCgroup = true
    [plugins."io.containerd.grpc.v1.cri".registry]
      config_path = "/etc/containerd/certs.d"  # per-host hosts.toml
`;

/** An older containerd 1.4-style config with inline mirrors and per-host TLS/auth. */
export const CONTAINERD_V2_LEGACY_MIRRORS = `version = 2

[plugins."io.containerd.grpc.v1.cri".registry]
  [plugins."io.containerd.grpc.v1.cri".registry.mirrors]
    [plugins."io.containerd.grpc.v1.cri".registry.mirrors."docker.io"]
      endpoint = [
        "https://mirror.corp.example:5000",
        "https://registry-1.docker.io",
      ]
    [plugins."io.containerd.grpc.v1.cri".registry.mirrors."registry.corp.example:5000"]
      endpoint = ["https://registry.corp.example:5000"]
  [plugins."io.containerd.grpc.v1.cri".registry.configs]
    [plugins."io.containerd.grpc.v1.cri".registry.configs."registry.corp.example:5000".tls]
      ca_file = "/etc/pki/corp-ca.pem"
      insecure_skip_verify = false
    [plugins."io.containerd.grpc.v1.cri".registry.configs."registry.corp.example:5000".auth]
      username = "robot"
      password = "do-not-print-me"
`;

/** containerd 2.x: config v3, the registry moved to the CRI images plugin. */
export const CONTAINERD_V3 = `version = 3
root = '/var/lib/containerd'

[grpc]
address = '/run/containerd/containerd.sock'

[plugins.'io.containerd.cri.v1.images']
snapshotter = 'overlayfs'

[plugins.'io.containerd.cri.v1.images'.registry]
config_path = '/etc/containerd/certs.d:/etc/docker/certs.d'
`;

/** certs.d/docker.io/hosts.toml: a pull-through mirror tried before Docker Hub. */
export const HOSTS_TOML_MIRROR = `server = "https://registry-1.docker.io"

[host."https://mirror.corp.example:5000"]
  capabilities = ["pull", "resolve"]
  ca = "/etc/containerd/certs.d/docker.io/corp-ca.crt"

[host."http://10.0.0.12:5000"]
  capabilities = ["pull"]
  skip_verify = true
`;

/** certs.d/registry.corp.example:5000/hosts.toml with a relative CA file and client cert pair. */
export const HOSTS_TOML_CA = `# private registry with its own CA
server = "https://registry.corp.example:5000"
ca = "ca.crt"

[host."https://registry.corp.example:5000"]
  capabilities = ["pull", "resolve", "push"]
  ca = ["ca.crt", "/etc/pki/extra-ca.pem"]
  client = [["/etc/pki/client.crt", "/etc/pki/client.key"]]
`;

/** CRI-O /etc/containers/registries.conf (v2) with a mirror, a blocked and an insecure registry. */
export const REGISTRIES_CONF = `# See containers-registries.conf(5)
unqualified-search-registries = ["registry.fedoraproject.org", "registry.access.redhat.com", "docker.io"]
short-name-mode = "enforcing"

[[registry]]
prefix = "docker.io"
location = "registry-1.docker.io"

[[registry.mirror]]
location = "mirror.corp.example:5000"

[[registry.mirror]]
location = "10.0.0.12:5000"
insecure = true

[[registry]]
location = "registry.corp.example:5000"
insecure = false

[[registry]]
prefix = "*.untrusted.example"
location = "untrusted.example"
blocked = true

[[registry]]
prefix = "quay.io/team"
location = "quay-mirror.corp.example/team"
`;

/** The v1 format some older CRI-O installs still carry. */
export const REGISTRIES_CONF_V1 = `[registries.search]
registries = ['docker.io', 'quay.io']

[registries.insecure]
registries = ['10.0.0.12:5000']

[registries.block]
registries = ['evil.example']
`;

/** /etc/systemd/system/containerd.service.d/http-proxy.conf as cloud guides write it. */
export const PROXY_DROP_IN = `[Service]
Environment="HTTP_PROXY=http://proxy.corp.example:3128"
Environment="HTTPS_PROXY=http://svc-puller:Pr0xyPass@proxy.corp.example:3128"
Environment="NO_PROXY=localhost,127.0.0.1,10.0.0.0/8,.svc,.cluster.local"
`;

/** A drop-in with several assignments on one line, a continuation and an EnvironmentFile. */
export const PROXY_DROP_IN_COMPLEX = `# managed by config management
[Unit]
Description=proxy settings
Environment=NOT_SERVICE=ignored

[Service]
Environment=GOMAXPROCS=2 "no_proxy=.internal,169.254.169.254" \\
  https_proxy=http://10.1.2.3:8080
EnvironmentFile=-/etc/sysconfig/containerd-proxy
Environment=
Environment=HTTP_PROXY=http://10.1.2.3:8080
`;

/** The EnvironmentFile a k3s install writes (/etc/systemd/system/k3s.service.env). */
export const ENVIRONMENT_FILE = `# k3s environment
K3S_TOKEN='K10abc::server:xyz'
export CONTAINERD_HTTPS_PROXY="http://proxy.corp.example:3128"
HTTPS_PROXY=http://proxy.corp.example:3128
NO_PROXY=127.0.0.0/8,10.0.0.0/8,172.16.0.0/12,192.168.0.0/16
`;

/** systemd-resolved's stub resolv.conf. */
export const RESOLV_STUB = `# This is /run/systemd/resolve/stub-resolv.conf managed by man:systemd-resolved(8).
# Do not edit.
nameserver 127.0.0.53
options edns0 trust-ad
search ec2.internal corp.example
`;

/** A cloud node's resolv.conf with four nameservers (only three count) and options. */
export const RESOLV_CLOUD = `; generated by /usr/sbin/dhclient-script
domain eu-west-1.compute.internal
search corp.example eu-west-1.compute.internal
nameserver 10.0.0.2
nameserver 169.254.169.253
nameserver fd00:ec2::253
nameserver 8.8.8.8
options timeout:2 attempts:5 ndots:1 rotate
`;

/** /etc/hosts with a pinned registry. */
export const ETC_HOSTS = `127.0.0.1\tlocalhost
::1\tlocalhost ip6-localhost ip6-loopback
10.20.0.5   registry.corp.example  registry # pinned during the DNS migration
# 10.20.0.6 registry.corp.example
`;

/** kubeadm's /var/lib/kubelet/kubeadm-flags.env with credential provider flags. */
export const KUBEADM_FLAGS = `KUBELET_KUBEADM_ARGS="--container-runtime-endpoint=unix:///var/run/containerd/containerd.sock --pod-infra-container-image=registry.k8s.io/pause:3.9 --image-credential-provider-config=/etc/kubernetes/credential-provider.yaml --image-credential-provider-bin-dir /usr/local/bin/credential-providers"
`;

/** A kubelet CredentialProviderConfig in YAML. */
export const CREDENTIAL_PROVIDER_YAML = `apiVersion: kubelet.config.k8s.io/v1
kind: CredentialProviderConfig
providers:
  - name: ecr-credential-provider
    matchImages:
      - "*.dkr.ecr.*.amazonaws.com"
      - "*.dkr.ecr.*.amazonaws.com.cn"
    defaultCacheDuration: "12h"
    apiVersion: credentialprovider.kubelet.k8s.io/v1
    env:
      - name: AWS_PROFILE
        value: node
  - name: acr-credential-provider
    matchImages: ["*.azurecr.io", '*.azurecr.cn']
    defaultCacheDuration: 10m
    apiVersion: credentialprovider.kubelet.k8s.io/v1
    args:
      - /etc/kubernetes/azure.json
`;

/** The same kind of config in JSON, as EKS ships it. */
export const CREDENTIAL_PROVIDER_JSON = `{
  "apiVersion": "kubelet.config.k8s.io/v1",
  "kind": "CredentialProviderConfig",
  "providers": [
    {
      "name": "ecr-credential-provider",
      "matchImages": ["*.dkr.ecr.*.amazonaws.com", "*.dkr.ecr-fips.*.amazonaws.com"],
      "defaultCacheDuration": "12h",
      "apiVersion": "credentialprovider.kubelet.k8s.io/v1"
    }
  ]
}
`;
