import { checkCommand } from './commands/check.js';
import { cleanupCommand } from './commands/cleanup.js';
import { completionCommand } from './commands/completion.js';
import { reproduceCommand } from './commands/reproduce.js';
import { diagnoseCommand } from './commands/diagnose.js';
import { explainCommand } from './commands/explain.js';
import { versionCommand } from './commands/version.js';
import type { Command, CommandDeps } from './commands/command.js';
import { COMPLETE_COMMANDS, runCompletion } from './completion/run-completion.js';
import { buildDeps } from './deps.js';
import { describeFailure } from './describe-failure.js';
import { ExitCode, type ExitCodeValue } from './exit-codes.js';
import { parseDiagnoseFast } from './fast-parse.js';
import { parseCommandLine, type ParseOutcome } from './parse-command-line.js';
import { createRenderer, type Io } from './render/renderer.js';

/** The subcommands the plugin ships, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [
  diagnoseCommand,
  checkCommand,
  reproduceCommand,
  explainCommand,
  cleanupCommand,
  versionCommand,
  completionCommand,
];

/** How a run ended. */
export interface CliResult {
  code: ExitCodeValue;
}

/**
 * Runs the CLI in-process against the given streams and environment and returns the exit code;
 * never exits the process, so tests call it directly. `commands` defaults to the shipped ones;
 * `overrides` replaces some of the dependencies (a test's API connection, clock).
 */
export async function runCli(
  argv: readonly string[],
  io: Io,
  commands: readonly Command[] = COMMANDS,
  overrides: Partial<CommandDeps> = {},
): Promise<CliResult> {
  if (isCompletionRequest(argv[0])) {
    await runCompletion(argv.slice(1), io.stdout, commands, {
      withDescriptions: argv[0] === '__complete',
    });
    return { code: ExitCode.ok };
  }
  const render = createRenderer(io);
  // Known before parsing, so even a failed parse can show its stack when asked.
  const isVerbose = argv.includes('--verbose');
  try {
    // The everyday `diagnose POD -n NS` skips yargs (fast-parse.ts); anything else goes to it.
    const fast = commands.includes(diagnoseCommand) ? parseDiagnoseFast(argv) : undefined;
    const outcome: ParseOutcome = fast
      ? { kind: 'command', command: diagnoseCommand, argv: fast }
      : await parseCommandLine(argv, commands);
    if (outcome.kind === 'printed') {
      render.printText(outcome.text);
      return { code: ExitCode.ok };
    }
    if (outcome.kind === 'no-command') {
      render.usage(outcome.help);
      throw outcome.error;
    }
    const deps = { ...buildDeps(render, io.env), ...overrides };
    return { code: await outcome.command.execute(outcome.argv, deps) };
  } catch (thrown) {
    const failure = describeFailure(thrown, isVerbose);
    render.error(failure);
    return { code: failure.exitCode };
  }
}

function isCompletionRequest(word: string | undefined): boolean {
  return COMPLETE_COMMANDS.some((c) => c === word);
}

/** The executable's entry: runs the CLI on the real process and exits with its code. */
export async function runAsProcess(): Promise<never> {
  const { code } = await runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  });
  // Let piped stdout drain before exiting, or `| head` and `> file` could lose the tail.
  await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
  process.exit(code);
}
