/**
 * `kubectl-imagepull __complete WORDS...`: cobra's completion protocol, which kubectl speaks to a
 * plugin's `kubectl_complete-imagepull`. The static part (subcommands, flags, `-o` values) never
 * loads the Kubernetes client; only a word that needs live names (pods, nodes, namespaces,
 * contexts) does, with a short timeout. Completion never fails loudly: kubectl passes our stderr
 * through to the terminal mid-line, so any failure just offers nothing.
 */
import { parseDuration } from '../../shared/duration.js';
import type { Command } from '../commands/command.js';
import { addGlobalOptions } from '../global-options.js';
import { loadReadPath } from '../lazy.js';
import type { Sink } from '../render/colour.js';
import { recordBuilder, type FlagShape } from './command-shape.js';
import {
  Directive,
  planCompletion,
  presentLive,
  type Candidate,
  type CompletionModel,
  type LivePlan,
  type StaticPlan,
} from './complete-words.js';
import { formatCompletion } from './format-completion.js';

/** The hidden commands cobra's shell scripts call; the second omits descriptions. */
export const COMPLETE_COMMANDS = ['__complete', '__completeNoDesc'] as const;

/** How long live names may take in all, when --request-timeout does not say. */
const LIVE_TIMEOUT_MS = 3000;

/** Fetches the names of a live plan; replaced in tests that must not reach a cluster. */
export type FetchLive = (plan: LivePlan, timeoutMs: number) => Promise<Candidate[]>;

const HELP_FLAG: FlagShape = {
  name: 'help',
  aliases: ['h'],
  describe: 'Show help',
  takesValue: false,
  choices: [],
  defaultsToTrue: false,
  defaultValue: undefined,
};

const VERSION_FLAG: FlagShape = {
  ...HELP_FLAG,
  name: 'version',
  aliases: [],
  describe: 'Show the version number',
};

/** Reads the commands' yargs builders into what completion needs. */
export function buildCompletionModel(commands: readonly Command[]): CompletionModel {
  return {
    globalFlags: [...recordBuilder(addGlobalOptions).flags, HELP_FLAG],
    topLevelFlags: [VERSION_FLAG],
    commands: commands.map((c) => ({
      name: c.command.split(' ')[0] ?? c.command,
      describe: c.describe,
      shape: recordBuilder(c.builder),
    })),
  };
}

/** Answers one completion request on `stdout`; always succeeds. */
export async function runCompletion(
  words: readonly string[],
  stdout: Sink,
  commands: readonly Command[],
  options: { withDescriptions: boolean; fetchLive?: FetchLive },
): Promise<void> {
  let answer: StaticPlan;
  try {
    // kubectl passes at least the word being completed; a bare `__complete` completes ''.
    const plan = planCompletion(buildCompletionModel(commands), words.length > 0 ? words : ['']);
    answer =
      plan.kind === 'static'
        ? plan
        : await answerLive(plan, options.fetchLive ?? fetchFromCluster, words);
  } catch {
    // A bug here must not print a stack trace into the user's command line: the error
    // directive tells the shell to offer nothing.
    answer = { kind: 'static', candidates: [], directive: Directive.error };
  }
  stdout.write(formatCompletion(answer.candidates, answer.directive, options.withDescriptions));
}

async function answerLive(
  plan: LivePlan,
  fetchLive: FetchLive,
  words: readonly string[],
): Promise<StaticPlan> {
  const timeoutMs = requestTimeoutOf(words) ?? LIVE_TIMEOUT_MS;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Candidate[]>((resolve) => {
    timer = setTimeout(() => resolve([]), timeoutMs);
  });
  try {
    const names = await Promise.race([fetchLive(plan, timeoutMs).catch(() => []), timeout]);
    return presentLive(
      plan,
      names.filter((n) => n.value !== ''),
    );
  } finally {
    clearTimeout(timer);
  }
}

const fetchFromCluster: FetchLive = async (plan, timeoutMs) => {
  const { listNames } = await loadReadPath();
  return listNames(
    plan.source,
    { ...plan.connection, requestTimeoutMs: timeoutMs },
    plan.namespace,
  );
};

/** A --request-timeout already typed caps the wait for live names, as it caps kubectl's. */
function requestTimeoutOf(words: readonly string[]): number | undefined {
  const at = words.findIndex(
    (w) => w === '--request-timeout' || w.startsWith('--request-timeout='),
  );
  if (at < 0) return undefined;
  const word = words[at]!;
  const text = word.includes('=') ? word.slice(word.indexOf('=') + 1) : words[at + 1];
  const parsed = parseDuration(text ?? '');
  return parsed.kind === 'ok' && parsed.milliseconds > 0 ? parsed.milliseconds : undefined;
}
