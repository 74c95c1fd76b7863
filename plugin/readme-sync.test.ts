// Keeps the README's "Global flags" and "Exit codes" sections in step with --help and the table
// in exit-codes.ts, so the documentation cannot silently drift from the CLI.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT_CODES } from './exit-codes.js';
import { runCaptured } from './testing/run-in-process.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

/** The body of a `## title` section of the README, up to the next `## ` heading. */
function readmeSection(title: string): string {
  const start = readme.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`README.md has no "## ${title}" section`);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

function longFlags(text: string): string[] {
  return [...new Set(text.match(/--[a-z][a-z-]*/g) ?? [])].sort();
}

/** The body of a `### title` subsection, up to the next heading of any level. */
function readmeSubsection(title: string): string {
  const start = readme.indexOf(`\n### ${title}\n`);
  if (start < 0) throw new Error(`README.md has no "### ${title}" section`);
  const end = readme.slice(start + 1).search(/\n##+ /);
  return readme.slice(start, end < 0 ? undefined : start + 1 + end);
}

describe('README', () => {
  it.each(['diagnose', 'reproduce', 'cleanup', 'explain'])(
    'documents every flag of `%s --help` in its own section',
    async (command) => {
      const global = longFlags((await runCaptured(['--help'])).stdout);
      const own = longFlags((await runCaptured([command, '--help'])).stdout).filter(
        (f) => !global.includes(f),
      );
      const documented = readmeSubsection(command);
      // yargs shows a boolean defaulting to true as --registry; users type --no-registry.
      for (const flag of own)
        expect(documented).toMatch(new RegExp(`${flag}\\b|--no-${flag.slice(2)}\\b`));
    },
  );

  it('documents exactly the flags --help shows', async () => {
    const help = await runCaptured(['--help']);
    expect(longFlags(readmeSection('Global flags'))).toEqual(longFlags(help.stdout));
  });

  it('documents exactly the exit codes of exit-codes.ts', () => {
    const rows = [...readmeSection('Exit codes').matchAll(/^\|\s*(\d+)\s*\|\s*(.+?)\s*\|$/gm)];
    expect(rows.map((row) => [Number(row[1]), row[2]])).toEqual(
      EXIT_CODES.map((entry) => [entry.code, entry.meaning]),
    );
  });
});
