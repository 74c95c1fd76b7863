/**
 * What completion needs to know about a command: its flags, their aliases, whether they take a
 * value and which values they allow. Read from the same yargs builders `--help` is built from, so
 * a flag added to a command completes without anyone touching the completion code.
 */
import type { Argv } from 'yargs';

/** One flag as declared with yargs `.option(name, {...})`. */
export interface FlagShape {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly describe: string;
  /** False for booleans: the next word is not the flag's value. */
  readonly takesValue: boolean;
  /** The values yargs accepts (`choices`), when it restricts them. */
  readonly choices: readonly string[];
  /** Booleans that default to true are typed as `--no-NAME`. */
  readonly defaultsToTrue: boolean;
  /** The default as `--help` shows it; undefined when there is none (or it is `false`). */
  readonly defaultValue: string | undefined;
}

/** The flags and positionals one builder declares, and the examples it shows in `--help`. */
export interface BuilderShape {
  readonly flags: readonly FlagShape[];
  readonly positionals: readonly string[];
  readonly examples: readonly (readonly [command: string, description: string])[];
}

interface YargsOptionLike {
  alias?: string | readonly string[];
  type?: string;
  describe?: string;
  description?: string;
  choices?: readonly unknown[];
  default?: unknown;
}

/**
 * Runs a yargs builder against a recorder instead of yargs and returns what it declared. Every
 * method the builder calls is recorded and returns the recorder, so chained builders work as is;
 * no yargs instance is created, which keeps completion's start as cheap as `--help`'s.
 */
export function recordBuilder<T>(builder: (yargs: Argv) => Argv<T>): BuilderShape {
  const flags: FlagShape[] = [];
  const positionals: string[] = [];
  const examples: [string, string][] = [];
  const calls: Record<string, (...args: unknown[]) => void> = {
    option: (name, opts) => flags.push(toFlagShape(String(name), (opts ?? {}) as YargsOptionLike)),
    options: (all) => {
      for (const [name, opts] of Object.entries((all ?? {}) as Record<string, YargsOptionLike>))
        flags.push(toFlagShape(name, opts));
    },
    positional: (name) => positionals.push(String(name)),
    example: (command, description) => examples.push([String(command), String(description)]),
  };
  const recorder: unknown = new Proxy(
    {},
    {
      get:
        (_target, method) =>
        (...args: unknown[]) => {
          if (typeof method === 'string') calls[method]?.(...args);
          return recorder;
        },
    },
  );
  builder(recorder as Argv);
  return { flags, positionals, examples };
}

function toFlagShape(name: string, opts: YargsOptionLike): FlagShape {
  const aliases = opts.alias === undefined ? [] : [opts.alias].flat();
  return {
    name,
    aliases,
    describe: opts.describe ?? opts.description ?? '',
    takesValue: opts.type !== 'boolean',
    choices: (opts.choices ?? []).map(String),
    defaultsToTrue: opts.type === 'boolean' && opts.default === true,
    defaultValue:
      opts.default === undefined || opts.default === false ? undefined : String(opts.default),
  };
}
