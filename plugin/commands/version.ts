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

/** Node's names for CPUs, as krew and Go name them. */
const GO_ARCH: Readonly<Record<string, string>> = { x64: 'amd64', arm64: 'arm64', ia32: '386' };

/**
 * Prints the plugin version and the runtime running it (the release's pinned Node.js, or the
 * user's own node for a development build), as text or as a versioned object.
 */
export async function run(options: VersionOptions, deps: CommandDeps): Promise<0> {
  const runtime = {
    node: process.version,
    platform: `${process.platform === 'win32' ? 'windows' : process.platform}/${GO_ARCH[process.arch] ?? process.arch}`,
  };
  deps.render.printResult(
    { apiVersion: API_VERSION, kind: 'Version', version: deps.version, runtime },
    options.output,
    () => `kubectl-imagepull ${deps.version} (node ${runtime.node}, ${runtime.platform})`,
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
