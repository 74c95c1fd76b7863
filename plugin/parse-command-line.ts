import yargs, { type Argv } from 'yargs';
import type { Command } from './commands/command.js';
import { lowerFirst } from './describe-failure.js';
import { UsageError } from './errors.js';
import { recordBuilder } from './completion/command-shape.js';
import { addGlobalOptions, type ParsedArgv } from './global-options.js';
import { VERSION } from './version.js';

/**
 * What the command line asks for: text yargs already produced (help, version), a command, or no
 * command at all, which is a usage error that shows the help (as `git` and `kubectl foo` do).
 */
export type ParseOutcome =
  | { kind: 'printed'; text: string }
  | { kind: 'command'; command: Command; argv: ParsedArgv }
  | { kind: 'no-command'; help: string; error: UsageError };

const MISSING_COMMAND = 'a command is required';

/** Thrown by the parser when no command was given, so the help can be shown with the error. */
class MissingCommandError extends UsageError {}

// Two usage entries rather than one string with a blank line inside: yargs 17 wrapped that one
// string too narrowly and cut words in half.
const USAGE = 'kubectl imagepull <command> [flags]\n';
const DESCRIPTION = 'Names the cause of an ImagePullBackOff, with its evidence and the fix.';

const EPILOG = `Exit codes: 0 no pull problem, 1 pull problem diagnosed, 2 usage error,
3 cluster access error, 4 probe failure, 5 not found, 70 internal error, 130 interrupted.
Run \`kubectl imagepull COMMAND --help\` for a command's flags and examples.`;

/** The top-level help's examples: one typical use of each main command. */
export const TOP_LEVEL_EXAMPLES: readonly (readonly [string, string])[] = [
  ['kubectl imagepull diagnose web-7d9f8-abcde -n shop', 'Why this pod cannot pull its image'],
  [
    'kubectl imagepull diagnose -A -o json',
    'Every failing pod in the cluster, grouped by cause, as JSON',
  ],
  [
    'kubectl imagepull diagnose deploy/web -n shop',
    'Why a rollout is stuck: which revision cannot pull, and what the old one runs',
  ],
  [
    'helm template web ./chart | kubectl imagepull check -f -',
    'Before deploying: would every image of these manifests pull?',
  ],
  [
    'kubectl imagepull reproduce --node node-3 --pod shop/web-7d9f8-abcde',
    "Pull the pod's image on node-3 itself, with and without the pod's credentials",
  ],
  [
    `kubectl imagepull explain 'Failed to pull image "nginx:1.99": not found'`,
    'Classify a pasted error message, offline',
  ],
  ['kubectl imagepull version -o json', 'The plugin version as a versioned JSON object'],
];

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
  try {
    const printed = await new Promise<string>((resolve, reject) => {
      void parser.parse(
        [...argv],
        {},
        (error: Error | null | undefined, _parsed, output: string) => {
          if (error) reject(error);
          else resolve(output);
        },
      );
    });
    return chosen ?? { kind: 'printed', text: printed };
  } catch (error) {
    if (!(error instanceof MissingCommandError)) throw error;
    // `--bogus version` reads as --bogus=version: the unknown flag is the mistake to name.
    const unknown = argv.find((word) => word.startsWith('-') && !isGlobalFlag(word));
    if (unknown !== undefined) throw new UsageError(`unknown flag: ${unknown.split('=')[0]}`);
    const help = await buildParser(commands, () => undefined).getHelp();
    return { kind: 'no-command', help, error };
  }
}

/** True for a word that is one of the global flags (`-n`, `--context=dev`, `--no-verbose`...). */
function isGlobalFlag(word: string): boolean {
  const flags = recordBuilder(addGlobalOptions).flags;
  if (!word.startsWith('--')) return flags.some((f) => f.aliases.includes(word.charAt(1)));
  const name = word.slice(2).split('=')[0]!.replace(/^no-/, '');
  return flags.some((f) => f.name === name);
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
    .demandCommand(1, MISSING_COMMAND)
    .help()
    .alias('help', 'h')
    .version(VERSION)
    .exitProcess(false)
    .wrap(null)
    .fail((message, error) => {
      // yargs spreads some messages over lines (`Invalid values:\n  Argument: ...`); ours are one.
      if (!error && message === MISSING_COMMAND) throw new MissingCommandError(MISSING_COMMAND);
      throw error ?? new UsageError(lowerFirst(message.replace(/\s*\n\s*/g, ' ')));
    })
    .epilog(EPILOG);
  for (const [example, what] of TOP_LEVEL_EXAMPLES) parser = parser.example(example, what);
  for (const command of commands) {
    parser = parser.command(command.command, command.describe, command.builder, (parsed) => {
      choose(command, parsed);
    });
  }
  return parser;
}
