import yargs, { type Argv } from 'yargs';
import type { Command } from './commands/command.js';
import { lowerFirst } from './describe-failure.js';
import { UsageError } from './errors.js';
import { addGlobalOptions, type ParsedArgv } from './global-options.js';
import { VERSION } from './version.js';

/** What the command line asks for: text yargs already produced (help, version), or a command. */
export type ParseOutcome =
  { kind: 'printed'; text: string } | { kind: 'command'; command: Command; argv: ParsedArgv };

// Two usage entries rather than one string with a blank line inside: yargs 17 wrapped that one
// string too narrowly and cut words in half.
const USAGE = 'kubectl imagepull <command> [flags]\n';
const DESCRIPTION = 'Names the cause of an ImagePullBackOff, with its evidence and the fix.';

const EPILOG = `Exit codes: 0 no pull problem, 1 pull problem diagnosed, 2 usage error,
3 cluster access error, 4 probe failure, 5 not found, 70 internal error.
Coming: reproduce (pull on the node itself).`;

/**
 * Parses argv with yargs without letting yargs print or exit: help and version text are returned,
 * parse errors are thrown as UsageError, and the chosen command is returned rather than run.
 */
export async function parseCommandLine(
  argv: readonly string[],
  commands: readonly Command[],
): Promise<ParseOutcome> {
  let chosen: ParseOutcome | undefined;
  const parser = buildParser(commands, (command, parsed) => {
    chosen = { kind: 'command', command, argv: parsed };
  });
  const printed = await new Promise<string>((resolve, reject) => {
    void parser.parse([...argv], {}, (error: Error | null | undefined, _parsed, output: string) => {
      if (error) reject(error);
      else resolve(output);
    });
  });
  return chosen ?? { kind: 'printed', text: printed };
}

function buildParser(
  commands: readonly Command[],
  choose: (command: Command, argv: ParsedArgv) => void,
): Argv {
  let parser = addGlobalOptions(yargs())
    .scriptName('kubectl imagepull')
    .usage(USAGE)
    .usage(DESCRIPTION)
    .locale('en')
    .strict()
    .demandCommand(1, 'a command is required')
    .help()
    .alias('help', 'h')
    .version(VERSION)
    .exitProcess(false)
    .wrap(100)
    .fail((message, error) => {
      // yargs spreads some messages over lines (`Invalid values:\n  Argument: ...`); ours are one.
      throw error ?? new UsageError(lowerFirst(message.replace(/\s*\n\s*/g, ' ')));
    })
    .example('$0 version', 'Print the plugin version')
    .example('$0 version -o json', 'Print the version as a versioned JSON object')
    .example('$0 version --context dev -n shop', 'Global flags go before or after the command')
    .epilog(EPILOG);
  for (const command of commands) {
    parser = parser.command(command.command, command.describe, command.builder, (parsed) => {
      choose(command, parsed);
    });
  }
  return parser;
}
