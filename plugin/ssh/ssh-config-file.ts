/**
 * Reads the user's ssh_config for `reproduce --via ssh`, with `Include` lines replaced by the
 * text of the files they name (relative ones under ~/.ssh, `*` and `?` in the last part), which
 * gives Include's meaning: the included lines count where the Include stands.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseSshConfig, type SshConfigBlock } from '../../shared/ssh-config.js';
import { UsageError } from '../errors.js';

const MAX_DEPTH = 8;

async function filesOf(pattern: string, home: string): Promise<string[]> {
  const expanded = pattern.replace(/^~(?=\/)/, home);
  const full = path.isAbsolute(expanded) ? expanded : path.join(home, '.ssh', expanded);
  const base = path.basename(full);
  if (!/[*?]/.test(base)) return [full];
  const re = new RegExp(
    `^${base
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  );
  const names = await readdir(path.dirname(full)).catch(() => [] as string[]);
  return names
    .filter((n) => re.test(n))
    .sort()
    .map((n) => path.join(path.dirname(full), n));
}

async function expand(text: string, home: string, depth: number): Promise<string> {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*include\s*(?:=\s*|\s+)(.+?)\s*$/i.exec(line);
    if (!m || depth >= MAX_DEPTH) {
      out.push(line);
      continue;
    }
    for (const pattern of m[1]!.split(/\s+/)) {
      for (const file of await filesOf(pattern, home)) {
        const included = await readFile(file, 'utf8').catch(() => undefined);
        if (included !== undefined) out.push(await expand(included, home, depth + 1));
      }
    }
  }
  return out.join('\n');
}

/**
 * The parsed config, or undefined when there is none to read. `explicit` (--ssh-config FILE)
 * makes a missing file an error; `none` turns ssh_config off, as `ssh -F none` does.
 */
export async function readSshConfig(
  file: string,
  home: string,
  explicit: boolean,
): Promise<{ file: string; blocks: SshConfigBlock[] } | undefined> {
  if (file === 'none') return undefined;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if (!explicit) return undefined;
    throw new UsageError(
      `cannot read --ssh-config ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
      { hint: 'name a readable ssh_config file, or --ssh-config none' },
    );
  }
  return { file, blocks: parseSshConfig(await expand(text, home, 0)) };
}
