/** Checks that every host tool the cluster needs is present, naming the Debian package to install. */
import { access, constants } from 'node:fs/promises';
import { run } from './run-command.js';

/** Tool -> the Debian 12 package that provides it. */
const TOOLS: Readonly<Record<string, string>> = {
  ip: 'iproute2',
  nsenter: 'util-linux',
  unshare: 'util-linux',
  iptables: 'iptables',
  containerd: 'containerd',
  ctr: 'containerd',
  runc: 'runc',
  etcd: 'etcd-server',
  'docker-registry': 'docker-registry',
  nginx: 'nginx-light',
  dnsmasq: 'dnsmasq-base',
  htpasswd: 'apache2-utils',
  openssl: 'openssl',
  skopeo: 'skopeo',
  busybox: 'busybox-static',
  kubectl: 'kubectl (build it with test/cluster/build/build-k8s.sh)',
  go: 'golang (Go >= 1.24)',
  tar: 'tar',
  sshd: 'openssh-server',
  'ssh-keygen': 'openssh-client',
  cp: 'coreutils',
  conmon: 'conmon (the CRI-O node runs it)',
  jq: 'jq',
  cc: "gcc (CRI-O's pinns is built from C)",
};

/** Throws one message listing every missing prerequisite and how to get it (or that root is needed). */
export async function checkPrerequisites(path: string = process.env.PATH ?? ''): Promise<void> {
  const problems: string[] = [];
  if (process.getuid?.() !== 0)
    problems.push('the test cluster needs root (network namespaces, mounts, cgroups)');
  for (const [tool, pkg] of Object.entries(TOOLS)) {
    const found = await run('/bin/sh', ['-c', `command -v ${tool}`], {
      allowFailure: true,
      env: { PATH: path },
    });
    if (!found.trim()) problems.push(`missing '${tool}': install ${pkg}`);
  }
  for (const dir of ['/usr/lib/cni/bridge', '/usr/lib/cni/host-local', '/usr/lib/cni/portmap']) {
    await access(dir, constants.X_OK).catch(() =>
      problems.push(`missing ${dir}: install containernetworking-plugins`),
    );
  }
  await access('/sys/fs/cgroup/pids', constants.F_OK).catch(() =>
    problems.push(
      'this harness needs cgroup v1 hierarchies under /sys/fs/cgroup (found none for pids)',
    ),
  );
  if (problems.length > 0) {
    throw new Error(
      `test cluster prerequisites missing (run .ci/run once to install them):\n  - ${problems.join('\n  - ')}`,
    );
  }
}
