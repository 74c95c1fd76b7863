import { API_VERSION } from '../../shared/api-version.js';
import { ExitCode } from '../exit-codes.js';
import { toGlobalOptions, type ParsedArgv } from '../global-options.js';
import type { OutputFormat } from '../render/output-format.js';
import { defineCommand, type CommandDeps } from './command.js';

/** What `version` needs: only how to print. */
export interface VersionOptions {
  output: OutputFormat;
}

/** Reads the version command's options from parsed flags. */
export function toOptions(argv: ParsedArgv): VersionOptions {
  return { output: toGlobalOptions(argv).output };
}

/** `version` takes no flags of its own, so there is nothing more to check. */
export function validateOptions(options: VersionOptions): VersionOptions {
  return options;
}

/** Prints the plugin version, as text or as a versioned object. */
export async function run(options: VersionOptions, deps: CommandDeps): Promise<0> {
  deps.render.printResult(
    { apiVersion: API_VERSION, kind: 'Version', version: deps.version },
    options.output,
    () => `kubectl-imagepull ${deps.version}`,
  );
  return ExitCode.ok;
}

/** The `version` subcommand. */
export const versionCommand = defineCommand({
  command: 'version',
  describe: 'Print the kubectl-imagepull version',
  builder: (yargs) =>
    yargs
      .example('kubectl imagepull version', 'Print the plugin version')
      .example(
        'kubectl imagepull version -o json',
        'Print it as a versioned JSON object for scripts',
      ),
  toOptions,
  validateOptions,
  run,
});
