/**
 * `kubectl imagepull cleanup`: finds and removes probe leftovers (Jobs, their pods and Secrets),
 * e.g. after the plugin was killed with SIGKILL before it could clean up after itself.
 */
import type { Argv } from 'yargs';
import { ExitCode, type ExitCodeValue } from '../exit-codes.js';
import { toGlobalOptions, type GlobalOptions, type ParsedArgv } from '../global-options.js';
import { defineCommand, type CommandDeps } from './command.js';
import { API_VERSION } from '../../shared/api-version.js';

/** What cleanup was asked to do. */
export interface CleanupOptions extends GlobalOptions {
  readonly allNamespaces: boolean;
}

/** Reads cleanup's flags: all namespaces unless -n is given. */
export function toOptions(argv: ParsedArgv): CleanupOptions {
  const global = toGlobalOptions(argv);
  return {
    ...global,
    allNamespaces: argv['all-namespaces'] === true || global.namespace === undefined,
  };
}

/** Nothing to check beyond the global flags. */
export function validateOptions(o: CleanupOptions): CleanupOptions {
  return o;
}

/** Removes every probe object it can find and lists them. */
export async function run(o: CleanupOptions, deps: CommandDeps): Promise<ExitCodeValue> {
  const conn = await deps.connect(o);
  const { removeLeftovers } = await import('../probe/leftovers.js');
  const removed = await removeLeftovers(conn, o.allNamespaces ? undefined : o.namespace);
  const result = { apiVersion: API_VERSION, kind: 'CleanupResult', removed };
  deps.render.printResult(result, o.output, () =>
    removed.length === 0
      ? 'no probe leftovers found'
      : removed.map((r) => `removed ${r}`).join('\n'),
  );
  return ExitCode.ok;
}

/** The `cleanup` subcommand. */
export const cleanupCommand = defineCommand({
  command: 'cleanup',
  describe: 'Remove probe Jobs, pods and Secrets left behind by an interrupted reproduce',
  builder: (yargs: Argv) =>
    yargs
      .option('all-namespaces', {
        alias: 'A',
        type: 'boolean',
        default: false,
        describe: 'Look in every namespace (the default unless -n is given)',
      })
      .example('kubectl imagepull cleanup', 'remove leftovers in every namespace')
      .example('kubectl imagepull cleanup -n shop', 'only in namespace shop'),
  toOptions,
  validateOptions,
  run,
});
