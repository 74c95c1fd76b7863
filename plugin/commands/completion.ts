/**
 * `kubectl imagepull completion`: prints the `kubectl_complete-imagepull` script, the file kubectl
 * runs to complete this plugin's subcommands, flags, pods, nodes, namespaces and contexts.
 */
import type { Argv } from 'yargs';
import { COMPLETE_SCRIPT } from '../completion/complete-script.js';
import { ExitCode } from '../exit-codes.js';
import { toGlobalOptions, type ParsedArgv } from '../global-options.js';
import { defineCommand, type CommandDeps } from './command.js';

/** `completion` has no options of its own; the global flags are still checked. */
export type CompletionOptions = Record<string, never>;

/** Checks the global flags (a bad -o is still a usage error) and keeps nothing. */
export function toOptions(argv: ParsedArgv): CompletionOptions {
  toGlobalOptions(argv);
  return {};
}

/** Nothing to check. */
export function validateOptions(options: CompletionOptions): CompletionOptions {
  return options;
}

/** Prints the script to stdout. */
export async function run(_options: CompletionOptions, deps: CommandDeps): Promise<0> {
  deps.render.printText(COMPLETE_SCRIPT);
  return ExitCode.ok;
}

const INSTALL_NEXT_TO_PLUGIN =
  'f="$(dirname "$(command -v kubectl-imagepull)")/kubectl_complete-imagepull"; kubectl imagepull completion > "$f" && chmod +x "$f"';

/** The `completion` subcommand. */
export const completionCommand = defineCommand({
  command: 'completion',
  describe:
    'Print the kubectl_complete-imagepull script that gives `kubectl imagepull` shell completion',
  builder: (yargs: Argv) =>
    yargs
      .example(INSTALL_NEXT_TO_PLUGIN, 'install it next to the plugin (krew: in ~/.krew/bin)')
      .example(
        'kubectl imagepull completion > ~/bin/kubectl_complete-imagepull && chmod +x ~/bin/kubectl_complete-imagepull',
        'install it in any directory on PATH',
      ),
  toOptions,
  validateOptions,
  run,
});
