/**
 * containerd 2.1+ pulls for the CRI plugin through its Transfer Service by default. On that path
 * the plugin hands `config_path` to the transfer registry as one directory
 * (`registry.WithHostDir(config_path)`), while the older local pull path splits it at `:`. So a
 * config_path of several directories, containerd 2.x's own default
 * `/etc/containerd/certs.d:/etc/docker/certs.d` included, names a directory that does not exist,
 * and every hosts.toml under it (mirrors, CAs, headers, skip_verify) is silently ignored. Read
 * from containerd v2.4.2's source (internal/cri/server/images/image_pull.go); seen by users on
 * EKS. This module decides whether a node is affected; it never touches the node.
 */
import type { ContainerdConfig } from './containerd-config.js';

/** containerd 2.x's config_path when the file sets neither config_path nor legacy mirrors. */
export const CONTAINERD_DEFAULT_CONFIG_PATH = ['/etc/containerd/certs.d', '/etc/docker/certs.d'];

/** Why a node's hosts.toml directories are not used, and what to do about it. */
export interface HostsDirsIgnored {
  /** The directories config_path lists, each of them ignored. */
  readonly dirs: readonly string[];
  readonly runtimeVersion: string;
  readonly reason: string;
  readonly workaround: string;
}

/** Parses `v2.4.2`, `2.1.0-rc.1`, `1.7.35` into [major, minor]; undefined when it is not a version. */
export function majorMinor(version: string): [number, number] | undefined {
  const m = /^v?(\d{1,4})\.(\d{1,4})/.exec(version.trim());
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/** True for containerd releases whose CRI plugin pulls through the Transfer Service by default. */
function pullsThroughTransfer(version: string): boolean {
  const v = majorMinor(version);
  return v !== undefined && (v[0] > 2 || (v[0] === 2 && v[1] >= 1));
}

/** The directories the CRI plugin is given: the config's own, or containerd 2.x's default. */
export function effectiveConfigPaths(config: ContainerdConfig | undefined): readonly string[] {
  if (config?.configPathSet) return config.configPaths;
  const hasLegacy = config !== undefined && Object.keys(config.mirrors).length > 0;
  return hasLegacy ? [] : CONTAINERD_DEFAULT_CONFIG_PATH;
}

/**
 * Whether containerd at `runtimeVersion` with this (merged) config ignores its hosts.toml files,
 * or undefined when it reads them. Anything that makes the CRI plugin fall back to its local pull
 * (`use_local_image_pull`, or a setting the Transfer Service does not support) avoids the bug.
 */
export function transferIgnoresHostsDirs(
  runtimeVersion: string,
  config: ContainerdConfig | undefined,
): HostsDirsIgnored | undefined {
  if (!pullsThroughTransfer(runtimeVersion)) return undefined;
  const dirs = effectiveConfigPaths(config);
  if (dirs.length < 2) return undefined;
  const path = config?.pullPath;
  if (path?.useLocalImagePull === true || (path?.forcingLocalPull.length ?? 0) > 0)
    return undefined;
  const joined = dirs.join(':');
  return {
    dirs,
    runtimeVersion,
    reason:
      `containerd ${runtimeVersion} pulls through its Transfer Service, which reads config_path ` +
      `"${joined}"${config?.configPathSet ? '' : ' (the default)'} as one directory: the hosts.toml ` +
      'files in these directories (mirrors, CAs, headers) are not used',
    workaround:
      `set config_path to one directory (config_path = "${dirs[0]}", moving what ${dirs.slice(1).join(', ')} holds there) ` +
      "under [plugins.'io.containerd.cri.v1.images'.registry], or use_local_image_pull = true under " +
      "[plugins.'io.containerd.cri.v1.images'], then restart containerd",
  };
}
