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

const EPILOG = `kubectl 1.26 or later completes "kubectl imagepull <TAB>" by running kubectl_complete-imagepull
from PATH. \`npm run build\` puts it in dist/; krew links only the plugin, so krew users install it
with one of the commands above. Completion offers subcommands, flags, -o values, and from the
cluster: pods (diagnose POD, reproduce --pod), nodes (--node, --nodes), namespaces (-n) and
kubeconfig contexts (--context).`;

/** The `completion` subcommand. */
export const completionCommand = defineCommand({
  command: 'completion',
  describe:
    'Print the kubectl_complete-imagepull script that gives `kubectl imagepull` shell completion',
  builder: (yargs: Argv) =>
    yargs
      .epilog(EPILOG)
      .example(INSTALL_NEXT_TO_PLUGIN, 'install it next to the plugin (krew: in ~/.krew/bin)')
      .example(
        'kubectl imagepull completion > ~/bin/kubectl_complete-imagepull && chmod +x ~/bin/kubectl_complete-imagepull',
        'install it in any directory on PATH',
      ),
  toOptions,
  validateOptions,
  run,
});
