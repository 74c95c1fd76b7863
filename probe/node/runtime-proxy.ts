// Reads the proxy environment the runtime's service starts with: the unit file, its drop-ins
// and any EnvironmentFile, in systemd's order. The runtime's own process environment is what
// decides whether its pulls go through a proxy; the probe's environment says nothing about it.
import {
  parseEnvironmentFile,
  parseUnitEnvironment,
  proxyEnvironment,
} from '../../shared/probe/systemd-unit.js';
import type { NodeAccess } from './node-access.js';
import type { RuntimeFlavour } from './runtime-socket.js';

const UNITS: Readonly<Record<RuntimeFlavour, readonly string[]>> = {
  containerd: ['containerd.service'],
  k3s: ['k3s.service', 'k3s-agent.service'],
  microk8s: ['snap.microk8s.daemon-containerd.service'],
  'cri-o': ['crio.service'],
  'cri-dockerd': ['docker.service', 'cri-docker.service'],
};

// Earlier directories win for the unit file and for drop-ins of the same name (systemd's order).
const UNIT_DIRS = [
  '/etc/systemd/system',
  '/run/systemd/system',
  '/usr/lib/systemd/system',
  '/lib/systemd/system',
];

/** Extra environment files some packagings use outside systemd. */
const EXTRA_ENV_FILES: Partial<Record<RuntimeFlavour, readonly string[]>> = {
  microk8s: ['/var/snap/microk8s/current/args/containerd-env'],
};

/** Unit file then drop-ins (sorted by file name, first directory wins), as host paths. */
async function unitFiles(host: NodeAccess, unit: string): Promise<string[]> {
  const files: string[] = [];
  for (const dir of UNIT_DIRS) {
    if ((await host.read(`${dir}/${unit}`)) !== undefined) {
      files.push(`${dir}/${unit}`);
      break;
    }
  }
  const dropIns = new Map<string, string>();
  for (const dir of UNIT_DIRS) {
    for (const name of await host.list(`${dir}/${unit}.d`)) {
      if (name.endsWith('.conf') && !dropIns.has(name))
        dropIns.set(name, `${dir}/${unit}.d/${name}`);
    }
  }
  return [...files, ...[...dropIns.keys()].sort().map((name) => dropIns.get(name) ?? '')];
}

async function unitEnvironment(
  host: NodeAccess,
  unit: string,
): Promise<{ env: Record<string, string>; files: string[] }> {
  let env: Record<string, string> = {};
  const files: string[] = [];
  for (const file of await unitFiles(host, unit)) {
    const parsed = parseUnitEnvironment((await host.read(file)) ?? '');
    env = { ...(parsed.reset ? {} : env), ...parsed.environment };
    files.push(file);
    for (const envFile of parsed.environmentFiles) {
      const text = await host.read(envFile);
      if (text !== undefined) env = { ...env, ...parseEnvironmentFile(text) };
    }
  }
  return { env, files };
}

/**
 * The runtime's proxy variables, redacted for the report (`proxy`) and as written (`raw`, for the
 * checks' own CONNECT, which needs a proxy password; never reported), and the files read.
 */
export async function readRuntimeProxy(
  host: NodeAccess,
  flavour: RuntimeFlavour,
): Promise<{ proxy: Record<string, string>; raw: Record<string, string>; files: string[] }> {
  let env: Record<string, string> = {};
  const files: string[] = [];
  for (const unit of UNITS[flavour]) {
    const found = await unitEnvironment(host, unit);
    env = { ...env, ...found.env };
    files.push(...found.files);
  }
  for (const file of EXTRA_ENV_FILES[flavour] ?? []) {
    const text = await host.read(file);
    if (text !== undefined) {
      env = { ...env, ...parseEnvironmentFile(text) };
      files.push(file);
    }
  }
  const raw = Object.fromEntries(
    Object.entries(env).filter(([k]) => /^(https?|all|no)_proxy$/i.test(k)),
  );
  return { proxy: proxyEnvironment(env), raw, files };
}
