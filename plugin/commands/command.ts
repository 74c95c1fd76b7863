import type { Argv } from 'yargs';
import type { ExitCodeValue } from '../exit-codes.js';
import type { ParsedArgv } from '../global-options.js';
import type { Renderer } from '../render/renderer.js';
import type { Env } from '../render/colour.js';
import type { ApiConnection, ConnectOptions, KubeConnection } from '../kube/connect.js';
import type { RegistryProbe } from '../kube/gather-pod.js';

/** What commands get to do their I/O; assembled once, in plugin/deps.ts. */
export interface CommandDeps {
  version: string;
  render: Renderer;
  env: Env;
  /** The clock, injected so verdicts about back-off timing are testable. */
  now: () => number;
  /** Connects to the cluster; loads the Kubernetes client only when called. */
  connect: (options: ConnectOptions) => Promise<KubeConnection>;
  /** A read-only connection that spares client-node where the kubeconfig allows (diagnose). */
  connectApi: (options: ConnectOptions) => Promise<ApiConnection>;
  /** Reads all of standard input (for `explain -`, `check -f -`). */
  readStdin: () => Promise<string>;
  /** Asks registries from this machine with a pod's credentials (plugin/registry), per-request timeout. */
  registryProbe: (timeoutMs: number) => RegistryProbe;
}

/**
 * How one subcommand is written (stern's Complete -> Validate -> Run): `toOptions` and
 * `validateOptions` are pure and never see yargs; only `run` does I/O, through `deps`.
 */
export interface CommandSpec<Options> {
  /** The yargs command string, e.g. `diagnose <pod>`. */
  command: string;
  describe: string;
  builder: (yargs: Argv) => Argv;
  toOptions: (argv: ParsedArgv) => Options;
  /** Returns the options unchanged, or throws a UsageError naming the bad flag. */
  validateOptions: (options: Options) => Options;
  run: (options: Options, deps: CommandDeps) => Promise<ExitCodeValue>;
}

/** A subcommand with its Options type erased, so main.ts can hold a list of them. */
export interface Command {
  command: string;
  describe: string;
  builder: (yargs: Argv) => Argv;
  execute: (argv: ParsedArgv, deps: CommandDeps) => Promise<ExitCodeValue>;
}

/** Wraps a CommandSpec into a Command that runs toOptions -> validateOptions -> run. */
export function defineCommand<Options>(spec: CommandSpec<Options>): Command {
  return {
    command: spec.command,
    describe: spec.describe,
    builder: spec.builder,
    execute: (argv, deps) => spec.run(spec.validateOptions(spec.toOptions(argv)), deps),
  };
}
