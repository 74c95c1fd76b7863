import { API_VERSION } from '../../shared/api-version.js';
import { CAUSE_INFO, DISAMBIGUATION } from '../../shared/causes.js';
import { FAMILIES } from '../../shared/classify-families.js';
import { classifyMessage, type Classification } from '../../shared/classify.js';
import { registryFix, registryName } from '../../shared/registry-advice.js';
import { UsageError } from '../errors.js';
import { ExitCode, type ExitCodeValue } from '../exit-codes.js';
import { toGlobalOptions, type ParsedArgv } from '../global-options.js';
import type { OutputFormat } from '../render/output-format.js';
import type { Palette } from '../render/colour.js';
import type { VersionedObject } from '../render/renderer.js';
import { defineCommand, type CommandDeps } from './command.js';

/** What `explain` needs: the words given on the command line, and how to print. */
export interface ExplainOptions {
  /** The message as typed, one shell word each; `['-']` means read it from stdin. */
  words: readonly string[];
  output: OutputFormat;
  isVerbose: boolean;
}

/**
 * The `-o json|yaml` result: the classification plus its cause's title, meaning and fix, and the
 * fix the registry's flavour needs when it needs one of its own.
 */
export interface Explanation extends VersionedObject {
  readonly kind: 'Explanation';
  readonly cause: Classification['cause'];
  readonly confidence: Classification['confidence'];
  readonly evidence: readonly string[];
  readonly rule: string;
  readonly family: Classification['family'];
  readonly runtime: NonNullable<Classification['runtime']> | null;
  readonly facts: Classification['facts'];
  readonly alternatives: NonNullable<Classification['alternatives']>;
  readonly title: string;
  readonly meaning: string;
  readonly fix: string;
  readonly registryFix: string | null;
}

const STDIN_WORD = '-';

const NO_MESSAGE_HINT =
  "quote the event text: kubectl imagepull explain 'Failed to pull image ...', or pipe it in " +
  'with: kubectl get events -o jsonpath=... | kubectl imagepull explain -';

/** Reads the explain command's options from parsed flags. */
export function toOptions(argv: ParsedArgv): ExplainOptions {
  const message = argv['message'];
  const words = Array.isArray(message) ? message.map(String) : [];
  const global = toGlobalOptions(argv);
  return { words, output: global.output, isVerbose: global.isVerbose };
}

/** Rejects a missing or blank message, and `-` mixed with other words. */
export function validateOptions(options: ExplainOptions): ExplainOptions {
  if (options.words.join('').trim() === '') {
    throw new UsageError('explain needs the message to classify', { hint: NO_MESSAGE_HINT });
  }
  if (options.words.length > 1 && options.words.includes(STDIN_WORD)) {
    throw new UsageError(`"${STDIN_WORD}" reads the message from stdin and takes no other words`);
  }
  return options;
}

/**
 * Classifies the message and prints the cause, its evidence, meaning and fix. Exits 1 when the
 * text names a pull problem and 0 when it names none, so scripts can branch on the code alone.
 */
export async function run(options: ExplainOptions, deps: CommandDeps): Promise<ExitCodeValue> {
  const text = await readMessage(options, deps);
  const classification = classifyMessage(text);
  deps.render.printResult(toExplanation(classification), options.output, (palette) =>
    formatExplanation(classification, options.isVerbose, palette),
  );
  return classification.cause === 'unknown' ? ExitCode.ok : ExitCode.pullProblem;
}

async function readMessage(options: ExplainOptions, deps: CommandDeps): Promise<string> {
  if (options.words.length !== 1 || options.words[0] !== STDIN_WORD) return options.words.join(' ');
  const text = await deps.readStdin();
  if (text.trim() === '') {
    throw new UsageError('no message on stdin', { hint: NO_MESSAGE_HINT });
  }
  return text;
}

/** Builds the `-o json|yaml` object for a classification. */
export function toExplanation(classification: Classification): Explanation {
  const info = CAUSE_INFO[classification.cause];
  return {
    apiVersion: API_VERSION,
    kind: 'Explanation',
    cause: classification.cause,
    confidence: classification.confidence,
    evidence: classification.evidence,
    rule: classification.rule,
    family: classification.family,
    // Stable keys: scripts read null and [] rather than probing for absent fields.
    runtime: classification.runtime ?? null,
    facts: { ...classification.facts },
    alternatives: classification.alternatives ?? [],
    title: info.title,
    meaning: info.meaning,
    fix: info.fix,
    registryFix: registryFix(classification.facts.registryFlavour, classification.cause) ?? null,
  };
}

/** The human-readable explanation, one `label: value` line per item. */
export function formatExplanation(
  classification: Classification,
  isVerbose: boolean,
  palette?: Palette,
): string {
  const { cause, confidence, evidence, facts, alternatives, family } = classification;
  const info = CAUSE_INFO[cause];
  const flavour = facts.registryFlavour;
  const lines: [string, string | undefined][] = [
    ['cause', `${palette?.bold(cause) ?? cause} (${info.title})`],
    ['confidence', confidence],
    ['family', `${family} (${FAMILIES[family]})`],
    ...evidence.map((fragment): [string, string] => ['evidence', JSON.stringify(fragment)]),
    ['image', facts.image],
    ['host', facts.host],
    ['address', facts.address],
    ['resolver', facts.resolver],
    ['http status', facts.httpStatus?.toString()],
    ['platform', facts.platform],
    ['path', facts.path],
    ['secrets', facts.secretNames?.join(', ')],
    ['registry', flavour === undefined ? undefined : registryName(flavour)],
    [
      'failing host',
      facts.failingHost === undefined
        ? undefined
        : `${facts.failingHost} (${facts.failingHostRole})`,
    ],
    ['grpc code', facts.grpcCode],
    ['provider', facts.credentialProvider],
    ['runtime', classification.runtime],
    ['could be', alternatives === undefined ? undefined : alternatives.join(' or ')],
    ['to tell', alternatives === undefined ? undefined : DISAMBIGUATION[cause]],
    ['note', facts.detail],
    ['means', info.meaning],
    ['fix', info.fix],
    ['registry fix', registryFix(flavour, cause)],
    ['rule', isVerbose ? classification.rule : undefined],
  ];
  return lines
    .filter((line): line is [string, string] => line[1] !== undefined)
    .map(([label, value]) => `${`${label}:`.padEnd(14)}${value}`)
    .join('\n');
}

/** The `explain` subcommand; `explain -` reads the message through deps.readStdin. */
export const explainCommand = defineCommand<ExplainOptions>({
  command: 'explain [message..]',
  describe: 'Name the cause of a pasted image pull error message (offline)',
  builder: (yargs) =>
    yargs
      // Without this yargs drops a bare "-" from variadic positionals. It also lets words of the
      // message that look like unknown flags through as words, which error texts can contain.
      .parserConfiguration({ 'unknown-options-as-args': true })
      .positional('message', {
        type: 'string',
        array: true,
        describe: 'The event or log text, quoted; "-" reads it from stdin',
      })
      .example(
        `kubectl imagepull explain 'x509: certificate signed by unknown authority'`,
        'Classify one message',
      )
      .example(
        `kubectl imagepull explain -o json 'toomanyrequests: You have reached your pull rate limit.'`,
        'Print the result as JSON',
      )
      .example(
        'kubectl get events -n shop --field-selector reason=Failed | kubectl imagepull explain -',
        'Read the text from stdin',
      ),
  toOptions,
  validateOptions,
  run,
});
