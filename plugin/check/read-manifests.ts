/**
 * Reads `check -f FILE|DIR|-`: files as kubectl takes them (a directory's .yaml, .yml and .json
 * files, not recursing), each split into its YAML documents. Anything unreadable or unparsable is
 * one BadManifestError naming the file and the line.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { loadAll } from 'js-yaml';
import type { ManifestDocument } from '../../shared/check/manifest-targets.js';
import { BadManifestError } from '../errors.js';

const EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/** Every document of every input, in order; `-` reads standard input through `readStdin`. */
export async function readManifests(
  inputs: readonly string[],
  readStdin: () => Promise<string>,
): Promise<ManifestDocument[]> {
  const docs: ManifestDocument[] = [];
  for (const input of inputs) {
    if (input === '-') {
      docs.push(...parseDocuments('-', await readStdin()));
      continue;
    }
    for (const file of await filesOf(input))
      docs.push(...parseDocuments(file, await readText(file)));
  }
  return docs;
}

async function filesOf(input: string): Promise<string[]> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(input)).isDirectory();
  } catch (err) {
    throw new BadManifestError(`cannot read ${input}: ${reasonOf(err)}`, { cause: err });
  }
  if (!isDirectory) return [input];
  const names = (await readdir(input)).filter((n) => EXTENSIONS.has(path.extname(n))).sort();
  if (names.length === 0) throw new BadManifestError(`${input} holds no .yaml, .yml or .json file`);
  return names.map((n) => path.join(input, n));
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    throw new BadManifestError(`cannot read ${file}: ${reasonOf(err)}`, { cause: err });
  }
}

/** The documents of one file, numbered from 1 as `FILE#N`. */
export function parseDocuments(source: string, text: string): ManifestDocument[] {
  try {
    return loadAll(text).map((doc, i) => ({ source: `${source}#${i + 1}`, doc }));
  } catch (err) {
    const mark = (err as { mark?: { line?: number } }).mark;
    const where = mark?.line !== undefined ? ` (line ${mark.line + 1})` : '';
    const reason = (err as { reason?: string }).reason ?? reasonOf(err);
    throw new BadManifestError(`${source} does not parse as YAML${where}: ${reason}`, {
      hint: 'check the file with `kubectl apply --dry-run=client -f FILE`',
      cause: err,
    });
  }
}

function reasonOf(err: unknown): string {
  const code = (err as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  return err instanceof Error ? err.message.split('\n')[0]! : String(err);
}
