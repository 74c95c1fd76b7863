// Maps a host path to where it is inside the probe, with the host's symlinks resolved against
// the host's root rather than the probe's. Nodes link /var/run to /run and /etc/resolv.conf to
// /run/systemd/resolve/stub-resolv.conf; followed inside the probe, such an absolute link would
// land in the probe's own /run, and CRI-O's /var/run/crio/crio.sock would not be found.
import { lstatSync, readlinkSync } from 'node:fs';
import path from 'node:path';

const MAX_LINKS = 40; // as the kernel's ELOOP limit

/** `hostPath` under `prefix`, every symlink on the way resolved inside `prefix`. */
export function resolveUnderRoot(prefix: string, hostPath: string): string {
  const pending = hostPath.split('/').filter(Boolean);
  let resolved: string[] = [];
  let links = 0;
  while (pending.length > 0) {
    const part = pending.shift()!;
    if (part === '.') continue;
    if (part === '..') {
      resolved.pop();
      continue;
    }
    const candidate = path.join(prefix, ...resolved, part);
    let target: string | undefined;
    try {
      if (lstatSync(candidate).isSymbolicLink()) target = readlinkSync(candidate);
    } catch {
      // Missing: the rest is taken as written, and the caller's read reports it missing.
    }
    if (target === undefined) {
      resolved.push(part);
      continue;
    }
    if (++links > MAX_LINKS) return path.join(prefix, hostPath);
    if (path.isAbsolute(target)) resolved = [];
    pending.unshift(...target.split('/').filter(Boolean));
  }
  return path.join(prefix, ...resolved);
}
