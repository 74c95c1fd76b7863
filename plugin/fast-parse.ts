// The common `diagnose` command lines, parsed without yargs. Building the yargs parser and running
// it costs ~20 ms on every start, a tenth of a whole `diagnose`, whose target is to be no slower
// than `kubectl describe pod`. Only plain spellings are taken here (`--flag value`, `--flag=value`,
// `-n value`, the boolean flags as written in the help); anything else, help and every mistake
// included, returns undefined and goes to yargs, which stays the one source of messages. A test
// (fast-parse.test.ts) holds this to yargs' own result for whatever it accepts.
import type { ParsedArgv } from './global-options.js';
import { OUTPUT_FORMATS } from './render/output-format.js';

/** String flags: each spelling to the name yargs files it under. */
const STRING_FLAGS: ReadonlyMap<string, string> = new Map([
  ['--kubeconfig', 'kubeconfig'],
  ['--context', 'context'],
  ['--namespace', 'namespace'],
  ['-n', 'namespace'],
  ['--request-timeout', 'request-timeout'],
  ['--output', 'output'],
  ['-o', 'output'],
  ['--selector', 'selector'],
  ['-l', 'selector'],
  ['--registry-timeout', 'registry-timeout'],
]);

/** Boolean flags as spelled in the help, to the name and the value they set. */
const BOOLEAN_FLAGS: ReadonlyMap<string, readonly [string, boolean]> = new Map([
  ['--verbose', ['verbose', true]],
  ['--registry', ['registry', true]],
  ['--no-registry', ['registry', false]],
  ['-A', ['all-namespaces', true]],
  ['--all-namespaces', ['all-namespaces', true]],
]);

const DEFAULTS: Readonly<Record<string, unknown>> = {
  'request-timeout': '0',
  output: 'text',
  verbose: false,
  'all-namespaces': false,
  registry: true,
  'registry-timeout': '5s',
};

/** A value yargs would read the same way: not empty, not flag-like. */
const plainValue = (v: string | undefined): v is string =>
  v !== undefined && v !== '' && !v.startsWith('-');

/** `diagnose` flags as yargs would hand them to the command, or undefined to let yargs parse. */
export function parseDiagnoseFast(argv: readonly string[]): ParsedArgv | undefined {
  if (argv[0] !== 'diagnose') return undefined;
  const parsed: Record<string, unknown> = { ...DEFAULTS };
  const seen = new Set<string>();
  const set = (name: string, value: unknown): boolean => {
    if (seen.has(name)) return false; // repeats: yargs' array rules, not ours
    seen.add(name);
    parsed[name] = value;
    return true;
  };
  for (let i = 1; i < argv.length; i++) {
    const word = argv[i]!;
    const eq = word.startsWith('--') ? word.indexOf('=') : -1;
    const flag = eq === -1 ? word : word.slice(0, eq);
    const name = STRING_FLAGS.get(flag);
    if (name !== undefined) {
      const value = eq === -1 ? argv[++i] : word.slice(eq + 1);
      if (!plainValue(value) || !set(name, value)) return undefined;
      continue;
    }
    const boolean = eq === -1 ? BOOLEAN_FLAGS.get(word) : undefined;
    if (boolean !== undefined) {
      if (!set(boolean[0], boolean[1])) return undefined;
      continue;
    }
    // One positional, a pod name as kubectl writes it; anything odd is yargs' to judge.
    if (!/^[a-z0-9][a-z0-9./-]*$/.test(word) || !set('pod', word)) return undefined;
  }
  if (!OUTPUT_FORMATS.includes(parsed['output'] as (typeof OUTPUT_FORMATS)[number]))
    return undefined;
  return parsed;
}
