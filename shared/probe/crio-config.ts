// Reads what matters for pulls out of CRI-O's crio.conf and its crio.conf.d drop-ins: the
// signature policy file, the auth file, the pull progress timeout, the sandbox image, the storage
// root, and registries marked insecure in crio.conf itself. Drop-ins are applied in name order
// over the main file, a later file's key replacing an earlier one's, as CRI-O does.
import { parseToml, tomlString, tomlStrings, tomlTable } from './toml-subset.js';

/** What crio.conf (with drop-ins) says about pulls. */
export interface CrioConfig {
  readonly root?: string;
  readonly signaturePolicy?: string;
  /** A directory of per-namespace policy files (`<dir>/<namespace>.json`), CRI-O 1.28+. */
  readonly signaturePolicyDir?: string;
  readonly globalAuthFile?: string;
  readonly pauseImage?: string;
  /** CRI-O's pull_progress_timeout: a pull with no progress for this long is cancelled. */
  readonly pullProgressTimeout?: string;
  readonly insecureRegistries: readonly string[];
  readonly shortNameMode?: string;
  readonly problems: readonly string[];
}

/** Parses one crio.conf or drop-in file. */
export function parseCrioConfig(text: string): CrioConfig {
  const { table, problems } = parseToml(text);
  const crio = tomlTable(table, 'crio');
  const image = tomlTable(table, 'crio', 'image');
  const pick = (key: string) => tomlString(image, key);
  const entries: [keyof CrioConfig, string | undefined][] = [
    ['root', tomlString(crio, 'root')],
    ['signaturePolicy', pick('signature_policy')],
    ['signaturePolicyDir', pick('signature_policy_dir')],
    ['globalAuthFile', pick('global_auth_file')],
    ['pauseImage', pick('pause_image')],
    ['pullProgressTimeout', pick('pull_progress_timeout')],
    ['shortNameMode', pick('short_name_mode')],
  ];
  return {
    ...Object.fromEntries(entries.filter(([, v]) => v !== undefined && v !== '')),
    insecureRegistries: tomlStrings(image, 'insecure_registries'),
    problems,
  };
}

/** The effective config: the main file, then each drop-in in order. */
export function mergeCrioConfigs(files: readonly CrioConfig[]): CrioConfig {
  let merged: CrioConfig = { insecureRegistries: [], problems: [] };
  for (const next of files) {
    merged = {
      ...merged,
      ...next,
      insecureRegistries:
        next.insecureRegistries.length > 0 ? next.insecureRegistries : merged.insecureRegistries,
      problems: [...merged.problems, ...next.problems],
    };
  }
  return merged;
}

/** Where CRI-O reads its signature policy when crio.conf does not say (containers' default). */
export const DEFAULT_SIGNATURE_POLICY = '/etc/containers/policy.json';
