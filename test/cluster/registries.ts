/**
 * The test registries: CNCF distribution (Debian's docker-registry) processes and an nginx front,
 * all in one network namespace, each on its own address so every one can use its real port.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  CORP_USER,
  DEAD_HOST,
  REGISTRIES,
  CDN_BLOB_HOST,
  REGISTRY_NETNS,
  type RegistrySpec,
  paths,
} from './layout.js';
import { createHost } from './network.js';
import { startDaemon } from './daemons.js';
import { run } from './run-command.js';
import {
  registryConfig,
  limitedFrontConfig,
  cdnFrontConfig,
  slowFrontConfig,
  stallFrontConfig,
  STALL_BACKEND_PORT,
} from './registry-config.js';

/** The registries that are an nginx front over the plain one. */
const FRONTS: ReadonlySet<RegistrySpec['id']> = new Set(['limited', 'cdn', 'slow', 'stall']);

/** Starts every registry of REGISTRIES, each serving a copy of the seeded storage. */
export async function startRegistries(storage: string): Promise<void> {
  // The dead host's address lives here too, with nothing listening: connections are refused
  // (an address nobody holds would time out instead).
  await createHost(REGISTRY_NETNS, [...REGISTRIES.map((r) => r.address), DEAD_HOST.address]);
  const htpasswd = path.join(paths.registry('corp'), 'htpasswd');
  await mkdir(paths.registry('corp'), { recursive: true });
  // bcrypt, as distribution requires; the password never reaches a command line visible in ps
  // for long, and it is a throwaway test secret.
  const line = await run('htpasswd', ['-Bbn', CORP_USER.username, CORP_USER.password]);
  await writeFile(htpasswd, line.trim() + '\n');
  const plain = REGISTRIES.find((r) => r.id === 'plain');
  if (!plain) throw new Error('layout has no plain registry');
  for (const reg of REGISTRIES) {
    const dir = paths.registry(reg.id);
    await mkdir(dir, { recursive: true });
    if (FRONTS.has(reg.id)) {
      await startFront(reg, plain, dir);
      continue;
    }
    await copyStorage(storage, path.join(dir, 'storage'));
    const config = registryConfig(
      reg,
      path.join(dir, 'storage'),
      tlsFor(reg),
      reg.id === 'corp' ? htpasswd : undefined,
    );
    await writeFile(path.join(dir, 'config.yml'), config);
    await startDaemon(`registry-${reg.id}`, 'nsenter', [
      `--net=/run/netns/${REGISTRY_NETNS}`,
      '--',
      'docker-registry',
      'serve',
      path.join(dir, 'config.yml'),
    ]);
  }
}

function tlsFor(reg: RegistrySpec): { cert: string; key: string } {
  return {
    cert: path.join(paths.pki, `registry-${reg.id}.crt`),
    key: path.join(paths.pki, `registry-${reg.id}.key`),
  };
}

/** An nginx front over the plain registry: the 429 one, the one that redirects blobs, the slow and the stalled ones. */
async function startFront(reg: RegistrySpec, backend: RegistrySpec, dir: string): Promise<void> {
  for (const sub of ['tmp']) await mkdir(path.join(dir, sub), { recursive: true });
  const config =
    reg.id === 'cdn'
      ? cdnFrontConfig(reg, backend, dir, tlsFor(reg), CDN_BLOB_HOST)
      : reg.id === 'slow'
        ? slowFrontConfig(reg, backend, dir, tlsFor(reg))
        : reg.id === 'stall'
          ? stallFrontConfig(reg, backend, dir, tlsFor(reg))
          : limitedFrontConfig(reg, backend, dir, tlsFor(reg));
  if (reg.id === 'stall')
    await startDaemon('registry-stall-backend', 'nsenter', [
      `--net=/run/netns/${REGISTRY_NETNS}`,
      '--',
      process.execPath,
      path.join(import.meta.dirname, 'stall-server.mjs'),
      reg.address,
      String(STALL_BACKEND_PORT),
      backend.address,
      String(backend.port),
      backend.host,
    ]);
  await writeFile(path.join(dir, 'nginx.conf'), config);
  await startDaemon(`registry-${reg.id}`, 'nsenter', [
    `--net=/run/netns/${REGISTRY_NETNS}`,
    '--',
    'nginx',
    '-c',
    path.join(dir, 'nginx.conf'),
    '-p',
    dir,
  ]);
}

/** Hard links make the copy instant; registries write new files by rename, never in place. */
async function copyStorage(from: string, to: string): Promise<void> {
  const linked = await run('cp', ['-al', from, to], { allowFailure: true }).then(
    () => true,
    () => false,
  );
  if (!linked) await run('cp', ['-a', from, to]);
}
