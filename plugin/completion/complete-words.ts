/**
 * The pure half of shell completion: from the words typed so far, decide what the last word can
 * be. Either the answer is known without the cluster (subcommands, flags, `-o` values) or it
 * names the live list to fetch (pods, nodes, namespaces, contexts) and how to present it.
 */
import { WORKLOAD_TYPES, workloadToComplete, type WorkloadSource } from './complete-workloads.js';
import type { BuilderShape, FlagShape } from './command-shape.js';

/**
 * Cobra's ShellCompDirective bits (spf13/cobra completions.go), which kubectl reads from the last
 * line `:<n>` of a plugin's completion output.
 */
export const Directive = {
  /** Let the shell fall back to file names when nothing matched. */
  default: 0,
  error: 1,
  noSpace: 2,
  noFileComp: 4,
} as const;

/** One completion choice, shown as `value<TAB>description` when descriptions are wanted. */
export interface Candidate {
  readonly value: string;
  readonly description: string;
}

/** A subcommand as completion sees it. */
export interface CompletionCommand {
  readonly name: string;
  readonly describe: string;
  readonly shape: BuilderShape;
}

/** Everything completion knows about the CLI without running it. */
export interface CompletionModel {
  /** Flags every command accepts (the kubectl ones, --help). */
  readonly globalFlags: readonly FlagShape[];
  /** Flags only the top level accepts (--version). */
  readonly topLevelFlags: readonly FlagShape[];
  readonly commands: readonly CompletionCommand[];
}

/** The lists that only the cluster (or the kubeconfig) can give. */
export type LiveSource = 'pods' | 'nodes' | 'namespaces' | 'contexts' | WorkloadSource;

/** The connection flags already on the command line, so live values come from the right place. */
export interface TypedConnection {
  readonly kubeconfig?: string;
  readonly context?: string;
  readonly namespace?: string;
}

/** What to answer: a list known now, or a live list to fetch and then present with `present`. */
export type CompletionPlan =
  | {
      readonly kind: 'static';
      readonly candidates: readonly Candidate[];
      readonly directive: number;
    }
  | {
      readonly kind: 'live';
      readonly source: LiveSource;
      readonly connection: TypedConnection;
      /** For pods: the namespace to list; undefined means -n, else the context's. */
      readonly namespace: string | undefined;
      /** The part of the value typed so far; only names starting with it are offered. */
      readonly typed: string;
      /** Put before each name, e.g. `--node=`, `shop/` or `node-1,`. */
      readonly valuePrefix: string;
    };

/** Flags whose values are live names; the same name means the same thing in every command. */
const LIVE_FLAG_VALUES: Readonly<Record<string, LiveSource>> = {
  namespace: 'namespaces',
  'probe-namespace': 'namespaces',
  context: 'contexts',
  node: 'nodes',
  nodes: 'nodes',
  pod: 'pods',
};

/** Flags taking a comma-separated list: the name after the last comma is completed. */
const LIST_FLAGS: ReadonlySet<string> = new Set(['nodes']);

/**
 * Flags whose value is a file, by name (`--kubeconfig`, and e.g. an `--ssh-key` or
 * `--known-hosts-file`): the shell's own file completion does better than we could.
 */
function isFileFlag(name: string): boolean {
  return name === 'kubeconfig' || /(^|-)(file|filename|key|identity|known-hosts)$/.test(name);
}

/** Positional arguments whose values are live names, as `command positional`. */
const LIVE_POSITIONALS: Readonly<Record<string, LiveSource>> = { 'diagnose pod': 'pods' };

/** Positionals that take `TYPE/NAME` workload references. */
const WORKLOAD_POSITIONALS: ReadonlySet<string> = new Set(['diagnose pod', 'check workload']);

const nothing: StaticPlan = { kind: 'static', candidates: [], directive: Directive.noFileComp };

/** What has been typed before the word being completed. */
interface Scan {
  command: CompletionCommand | undefined;
  /** True once a word that is not a known command took the command's place. */
  isUnknownCommand: boolean;
  positionals: string[];
  /** The flag whose value the word being completed is. */
  pendingFlag: FlagShape | undefined;
  given: Set<string>;
  values: Map<string, string>;
}

/**
 * Plans the completion of `words`, the arguments after `kubectl imagepull` where the last one is
 * the word being completed ('' when the cursor is after a space), as kubectl passes them.
 */
export function planCompletion(model: CompletionModel, words: readonly string[]): CompletionPlan {
  const toComplete = words.at(-1) ?? '';
  const scan = scanWords(model, words.slice(0, -1));
  if (scan.isUnknownCommand) return nothing;
  if (scan.pendingFlag) return planFlagValue(scan, scan.pendingFlag, toComplete, '');
  const flags = flagsOf(model, scan.command);
  if (toComplete.startsWith('--') && toComplete.includes('=')) {
    const name = toComplete.slice(2, toComplete.indexOf('='));
    const flag = findFlag(flags, name);
    if (!flag?.takesValue) return nothing;
    const prefix = toComplete.slice(0, toComplete.indexOf('=') + 1);
    return planFlagValue(scan, flag, toComplete.slice(prefix.length), prefix);
  }
  if (toComplete.startsWith('-')) return flagNames(flags, scan.given, toComplete);
  if (!scan.command) return staticList(commandCandidates(model), toComplete);
  return planPositional(scan, scan.command, toComplete);
}

function scanWords(model: CompletionModel, words: readonly string[]): Scan {
  const scan: Scan = {
    command: undefined,
    isUnknownCommand: false,
    positionals: [],
    pendingFlag: undefined,
    given: new Set(),
    values: new Map(),
  };
  let isAfterDoubleDash = false;
  for (const word of words) {
    if (scan.pendingFlag) {
      scan.values.set(scan.pendingFlag.name, word);
      scan.pendingFlag = undefined;
    } else if (isAfterDoubleDash || !word.startsWith('-') || word === '-') {
      takePositional(model, scan, word);
    } else if (word === '--') {
      isAfterDoubleDash = true;
    } else {
      takeFlag(flagsOf(model, scan.command), scan, word);
    }
  }
  return scan;
}

function takePositional(model: CompletionModel, scan: Scan, word: string): void {
  if (scan.command) {
    scan.positionals.push(word);
    return;
  }
  scan.command = model.commands.find((c) => c.name === word);
  scan.isUnknownCommand = scan.command === undefined;
}

/** Records `--name`, `--name=value`, `--no-name`, `-x`, `-xVALUE` or `-x=VALUE`. */
function takeFlag(flags: readonly FlagShape[], scan: Scan, word: string): void {
  const isLong = word.startsWith('--');
  const body = word.slice(isLong ? 2 : 1);
  const [name, inline] = isLong
    ? splitOnce(body, '=')
    : [body.charAt(0), body.length > 1 ? body.slice(1).replace(/^=/, '') : undefined];
  const flag = findFlag(flags, name) ?? (isLong ? findNegated(flags, name) : undefined);
  if (!flag) return;
  scan.given.add(flag.name);
  if (!flag.takesValue) return;
  if (inline === undefined) scan.pendingFlag = flag;
  else scan.values.set(flag.name, inline);
}

function planFlagValue(scan: Scan, flag: FlagShape, typed: string, prefix: string): CompletionPlan {
  if (flag.choices.length > 0)
    return prefixed(
      staticList(
        flag.choices.map((value) => ({ value, description: '' })),
        typed,
      ),
      prefix,
    );
  if (isFileFlag(flag.name))
    return { kind: 'static', candidates: [], directive: Directive.default };
  const source = LIVE_FLAG_VALUES[flag.name];
  if (!source) return nothing;
  if (LIST_FLAGS.has(flag.name)) {
    const head = typed.slice(0, typed.lastIndexOf(',') + 1);
    return live(scan, source, typed.slice(head.length), prefix + head);
  }
  // --pod deploy/NAME: that kind's names; --pod NS/NAME: the namespace before the slash.
  const workload = source === 'pods' ? workloadToComplete(typed) : undefined;
  if (workload) return live(scan, workload.source, workload.name, prefix + workload.prefix);
  if (source === 'pods' && typed.includes('/')) {
    const [namespace, name] = splitOnce(typed, '/');
    return live(scan, source, name ?? '', `${prefix}${namespace}/`, namespace);
  }
  return live(scan, source, typed, prefix);
}

function planPositional(scan: Scan, command: CompletionCommand, typed: string): CompletionPlan {
  const positional = command.shape.positionals[scan.positionals.length];
  const key = `${command.name} ${positional}`;
  // -A asks for the fleet view, where a pod name is not allowed.
  if (!positional || scan.given.has('all-namespaces')) return nothing;
  // `deploy/NAME`, `sts/NAME`, ...: the names of that kind, after the type as typed.
  const workload = WORKLOAD_POSITIONALS.has(key) ? workloadToComplete(typed) : undefined;
  if (workload) return live(scan, workload.source, workload.name, workload.prefix);
  if (key === 'check workload')
    return {
      ...staticList(WORKLOAD_TYPES, typed),
      directive: Directive.noSpace | Directive.noFileComp,
    };
  const source = LIVE_POSITIONALS[key];
  return source ? live(scan, source, typed, '') : nothing;
}

/** A plan for live values; the type every `kind: 'live'` plan has. */
export type LivePlan = Extract<CompletionPlan, { kind: 'live' }>;

/** A plan whose candidates are known. */
export type StaticPlan = Extract<CompletionPlan, { kind: 'static' }>;

function live(
  scan: Scan,
  source: LiveSource,
  typed: string,
  valuePrefix: string,
  namespace?: string,
): LivePlan {
  const connection: TypedConnection = {
    kubeconfig: scan.values.get('kubeconfig'),
    context: scan.values.get('context'),
    namespace: scan.values.get('namespace'),
  };
  return { kind: 'live', source, connection, namespace, typed, valuePrefix };
}

/** Turns the names a live plan fetched into candidates: matching ones only, with their prefix. */
export function presentLive(plan: LivePlan, names: readonly Candidate[]): StaticPlan {
  return prefixed(staticList(names, plan.typed), plan.valuePrefix);
}

function flagNames(
  flags: readonly FlagShape[],
  given: ReadonlySet<string>,
  typed: string,
): CompletionPlan {
  const candidates = flags
    .filter((f) => !given.has(f.name))
    .flatMap((f): Candidate[] => {
      const long = f.defaultsToTrue ? `--no-${f.name}` : `--${f.name}`;
      const shorts = f.aliases.filter((a) => a.length === 1).map((a) => `-${a}`);
      // A bare "-" offers the short forms too, as cobra does; "--" only long ones.
      const names = typed === '-' ? [long, ...shorts] : [long];
      return names.map((value) => ({ value, description: f.describe }));
    });
  return staticList(candidates, typed);
}

function commandCandidates(model: CompletionModel): Candidate[] {
  return model.commands.map((c) => ({ value: c.name, description: c.describe }));
}

function flagsOf(model: CompletionModel, command: CompletionCommand | undefined): FlagShape[] {
  return command
    ? [...command.shape.flags, ...model.globalFlags]
    : [...model.globalFlags, ...model.topLevelFlags];
}

function findFlag(flags: readonly FlagShape[], name: string): FlagShape | undefined {
  return flags.find((f) => f.name === name || f.aliases.includes(name));
}

function findNegated(flags: readonly FlagShape[], name: string): FlagShape | undefined {
  if (!name.startsWith('no-')) return undefined;
  const flag = findFlag(flags, name.slice(3));
  return flag && !flag.takesValue ? flag : undefined;
}

function staticList(candidates: readonly Candidate[], typed: string): StaticPlan {
  return {
    kind: 'static',
    candidates: candidates.filter((c) => c.value.startsWith(typed)),
    directive: Directive.noFileComp,
  };
}

function prefixed(plan: StaticPlan, prefix: string): StaticPlan {
  if (prefix === '') return plan;
  return {
    ...plan,
    candidates: plan.candidates.map((c) => ({ ...c, value: prefix + c.value })),
  };
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
