// Reads the kubelet's KEP-2535 record for the image the probe was sent about: which credentials
// pulled the copy on this node, and the policy that decides whether another pod may use it. The
// record file is named for the sha256 of the image ID (`sha256-<hex>`), under the kubelet's
// --root-dir; the policy comes from its --config file.
import { createHash } from 'node:crypto';
import {
  parsePulledRecord,
  verificationPolicyOf,
  type PulledRecord,
} from '../../shared/probe/pulled-record.js';
import type { CriClient } from '../cri/client.js';
import { findKubelet } from './kubelet-process.js';
import type { NodeAccess } from './node-access.js';

/** The record of the image on this node and the policy in force; absent parts are unknown. */
export interface PulledRecordRead {
  readonly record?: PulledRecord;
  /** From the kubelet's config file; undefined when it does not set one (the default applies). */
  readonly policy?: string;
}

/** Flag values from argv: `--flag=value` or `--flag value`. */
function flag(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith(`--${name}=`)) return a.slice(name.length + 3);
    if (a === `--${name}`) return argv[i + 1];
  }
  return undefined;
}

/** The record for `image` when the runtime holds it; nothing when it does not. */
export async function readPulledRecord(
  host: NodeAccess,
  runtime: CriClient,
  image: string,
  timeoutMs: number,
): Promise<PulledRecordRead | undefined> {
  const present = await runtime.imageStatus(image, timeoutMs);
  if (!present) return undefined;
  const kubelet = await findKubelet(host).catch(() => undefined);
  const rootDir = (kubelet && flag(kubelet.argv, 'root-dir')) ?? '/var/lib/kubelet';
  const configFile = kubelet && flag(kubelet.argv, 'config');
  const configText = configFile ? await host.read(configFile).catch(() => undefined) : undefined;
  const policy = configText ? verificationPolicyOf(configText) : undefined;
  const name = `sha256-${createHash('sha256').update(present.id).digest('hex')}`;
  const text = await host.read(`${rootDir}/image_manager/pulled/${name}`).catch(() => undefined);
  let record: PulledRecord | undefined;
  try {
    record = text === undefined ? undefined : parsePulledRecord(JSON.parse(text));
  } catch {
    record = undefined; // a record being rewritten, or not ours to read: say nothing
  }
  return { ...(record ? { record } : {}), ...(policy ? { policy } : {}) };
}
