// Pushes OCI layouts into registry storage through a temporary registry with
// skopeo (so the storage is exactly what distribution itself writes), and
// exports the pause image as a docker-archive for `ctr images import`.
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { TaggedImage } from './catalog.js';
import { MEDIA_TYPES } from './oci-layout.js';
import { runCommand } from './run-command.js';

// Any non-zero UID: only its being non-root matters to containers/image.
const ROOTLESS_UID = 1000;

/** skopeo binary plus a private dir that receives every file skopeo may write. */
export interface Skopeo {
  bin: string;
  homeDir: string;
}

/** Prepares a sandbox for skopeo: empty auth file, registries.d, registries.conf and tmp dir. */
export async function prepareSkopeo(bin: string, homeDir: string): Promise<Skopeo> {
  await mkdir(path.join(homeDir, 'registries.d'), { recursive: true });
  await mkdir(path.join(homeDir, 'tmp'), { recursive: true });
  await writeFile(path.join(homeDir, 'auth.json'), '{"auths":{}}');
  await writeFile(path.join(homeDir, 'registries.conf'), '');
  return { bin, homeDir };
}

async function skopeoCopy(skopeo: Skopeo, args: string[]): Promise<void> {
  const home = skopeo.homeDir;
  await runCommand(
    skopeo.bin,
    [
      '--insecure-policy', // no trust policy: every image here is built locally
      '--registries.d',
      path.join(home, 'registries.d'),
      '--tmpdir',
      path.join(home, 'tmp'),
      'copy',
      '--authfile',
      path.join(home, 'auth.json'),
      ...args,
    ],
    {
      // Point every per-user location containers/image consults at the sandbox, so nothing leaks outside it.
      // As root it would keep its blob-info cache in /var/lib/containers; claiming a rootless UID moves
      // that cache to $XDG_DATA_HOME (only containers-storage, unused here, treats rootless differently).
      env: {
        _CONTAINERS_ROOTLESS_UID: String(ROOTLESS_UID),
        HOME: home,
        XDG_RUNTIME_DIR: home,
        XDG_CONFIG_HOME: home,
        XDG_DATA_HOME: home,
        CONTAINERS_REGISTRIES_CONF: path.join(home, 'registries.conf'),
        TMPDIR: path.join(home, 'tmp'),
      },
    },
  );
}

/** Copies tag `tag` of the OCI layout into `host/repository:tag` over plain HTTP. */
export function pushLayoutTag(
  skopeo: Skopeo,
  layoutDir: string,
  tag: string,
  host: string,
  repository: string,
): Promise<void> {
  return skopeoCopy(skopeo, [
    '--all',
    '--dest-tls-verify=false',
    `oci:${layoutDir}:${tag}`,
    `docker://${host}/${repository}:${tag}`,
  ]);
}

/** Writes a docker-archive tar of the layout's `tag`, named `reference` inside the archive. */
export function exportDockerArchive(
  skopeo: Skopeo,
  layoutDir: string,
  tag: string,
  file: string,
  reference: string,
): Promise<void> {
  return skopeoCopy(skopeo, [`oci:${layoutDir}:${tag}`, `docker-archive:${file}:${reference}`]);
}

/** Checks the registry serves the tag with exactly the digest we computed (skopeo must not rewrite it). */
export async function verifyPushed(host: string, image: TaggedImage): Promise<void> {
  const res = await fetch(`http://${host}/v2/${image.repository}/manifests/${image.tag}`, {
    headers: { Accept: `${MEDIA_TYPES.index}, ${MEDIA_TYPES.manifest}` },
  });
  if (!res.ok)
    throw new Error(`${image.repository}:${image.tag} not served after push: HTTP ${res.status}`);
  const body = Buffer.from(await res.arrayBuffer());
  const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`;
  if (digest !== image.digest) {
    throw new Error(
      `${image.repository}:${image.tag} has digest ${digest} in the registry, expected ${image.digest}`,
    );
  }
}
