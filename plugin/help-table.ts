/**
 * The help and version texts, rendered once at build time for the executable's loader to print
 * without compiling the plugin (scripts/build.mjs). They are a pure function of the command
 * definitions: yargs renders them with a fixed width (`wrap(null)`), a fixed locale and no
 * colour, whatever the terminal or environment. A `--help` served this way starts about as fast
 * as Node itself; test/integration/help-table.test.ts holds each entry to what the CLI prints.
 */
import type { Command } from './commands/command.js';
import { COMMANDS } from './main.js';
import { runCaptured } from './testing/run-in-process.js';

/** What a loader looks an invocation up by: its arguments joined with NUL, which argv cannot hold. */
export function helpTableKey(argv: readonly string[]): string {
  return argv.join('\0');
}

/**
 * Every invocation the table answers: the top-level help, `--version` and each command's help.
 * Not `version`: it names the runtime that runs it, which the build machine's node is not.
 */
export function helpInvocations(commands: readonly Command[] = COMMANDS): string[][] {
  const names = commands.map((c) => c.command.split(' ')[0]!);
  return [
    ['--help'],
    ['-h'],
    ['--version'],
    ...names.flatMap((name) => [
      [name, '--help'],
      [name, '-h'],
    ]),
  ];
}

/**
 * Runs each invocation in-process and keeps what it printed; throws if one does not exit 0 with
 * nothing on stderr, since a loader that printed it would then exit differently from the CLI.
 */
export async function renderHelpTable(
  commands: readonly Command[] = COMMANDS,
): Promise<Record<string, string>> {
  const table: Record<string, string> = {};
  for (const argv of helpInvocations(commands)) {
    // No terminal and an empty environment; help-table.test.ts shows neither changes the text.
    const { code, stdout, stderr } = await runCaptured(argv, { commands });
    if (code !== 0 || stderr !== '')
      throw new Error(`\`${argv.join(' ')}\` exited ${code} with stderr ${JSON.stringify(stderr)}`);
    table[helpTableKey(argv)] = stdout;
  }
  return table;
}
