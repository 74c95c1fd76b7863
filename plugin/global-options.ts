import type { Argv } from 'yargs';
import { parseDuration } from '../shared/duration.js';
import { UsageError } from './errors.js';
import { OUTPUT_FORMATS, isOutputFormat, type OutputFormat } from './render/output-format.js';

/** The kubectl connection and output flags every command accepts, as plain values. */
export interface GlobalOptions {
  kubeconfig: string | undefined;
  context: string | undefined;
  namespace: string | undefined;
  /** Milliseconds; 0 means no timeout, as with kubectl. */
  requestTimeoutMs: number;
  output: OutputFormat;
  isVerbose: boolean;
}

/** The flags parsed by yargs, before toGlobalOptions checks them. */
export type ParsedArgv = Readonly<Record<string, unknown>>;

/** Declares the global flags on a yargs instance; names and meanings follow kubectl's. */
export function addGlobalOptions<T>(yargs: Argv<T>): Argv<T> {
  return yargs
    .option('kubeconfig', {
      type: 'string',
      describe: 'Path to the kubeconfig file (default: $KUBECONFIG, then ~/.kube/config)',
    })
    .option('context', { type: 'string', describe: 'The kubeconfig context to use' })
    .option('namespace', {
      alias: 'n',
      type: 'string',
      describe: "The namespace to use (default: the context's namespace)",
    })
    .option('request-timeout', {
      type: 'string',
      default: '0',
      describe: 'How long to wait for one API request, e.g. 5s, 1m; 0 means no timeout',
    })
    .option('output', {
      alias: 'o',
      type: 'string',
      choices: OUTPUT_FORMATS,
      default: 'text',
      describe: 'Output format',
    })
    .option('verbose', {
      type: 'boolean',
      default: false,
      describe: 'Show progress details, and the stack trace of internal errors',
    })
    .group(
      ['kubeconfig', 'context', 'namespace', 'request-timeout', 'output', 'verbose'],
      'Global flags:',
    );
}

/** Turns parsed flags into GlobalOptions, rejecting malformed values as usage errors. */
export function toGlobalOptions(argv: ParsedArgv): GlobalOptions {
  const timeout = parseDuration(stringFlag(argv, 'request-timeout') ?? '0');
  if (timeout.kind === 'invalid') {
    throw new UsageError(`invalid --request-timeout: ${timeout.reason}`);
  }
  const output = argv['output'] ?? 'text';
  if (!isOutputFormat(output)) {
    throw new UsageError(`invalid --output "${String(output)}": use text, json or yaml`);
  }
  return {
    kubeconfig: stringFlag(argv, 'kubeconfig'),
    context: stringFlag(argv, 'context'),
    namespace: stringFlag(argv, 'namespace'),
    requestTimeoutMs: timeout.milliseconds,
    output,
    isVerbose: argv['verbose'] === true,
  };
}

/** Reads a string flag; a flag given twice keeps its last value, as kubectl does. */
export function stringFlag(argv: ParsedArgv, name: string): string | undefined {
  const value = argv[name];
  const last = Array.isArray(value) ? (value.at(-1) as unknown) : value;
  return typeof last === 'string' ? last : undefined;
}
