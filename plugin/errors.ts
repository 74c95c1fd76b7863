import { ExitCode, type ExitCodeValue } from './exit-codes.js';

/** Options every user-fixable error accepts. */
export interface UserErrorOptions {
  /** What the user can do about it, printed on its own line after the message. */
  hint?: string;
  cause?: unknown;
}

/**
 * A failure the user can fix (bad flag, unreachable cluster, probe not placeable). Anything thrown
 * that is not a UserError is treated as a bug in the plugin.
 */
export abstract class UserError extends Error {
  abstract readonly exitCode: ExitCodeValue;
  readonly hint: string | undefined;

  constructor(message: string, options: UserErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.hint = options.hint;
  }
}

/** The command line itself is wrong: unknown flag or command, missing or malformed value. */
export class UsageError extends UserError {
  readonly exitCode = ExitCode.usage;
}

/** The API server could not be reached, or refused us (auth, RBAC, missing kubeconfig). */
export class ClusterAccessError extends UserError {
  readonly exitCode = ExitCode.clusterAccess;
}

/** The node probe could not be placed, did not finish, or its report could not be read. */
export class ProbeError extends UserError {
  readonly exitCode = ExitCode.probeFailure;
}

/** The named pod, node or namespace does not exist. */
export class NotFoundError extends UserError {
  readonly exitCode = ExitCode.notFound;
}

/** A manifest given to `check` cannot be read, does not parse, or holds an unknown kind. */
export class BadManifestError extends UserError {
  readonly exitCode = ExitCode.badManifest;
}

/** The user interrupted the run (SIGINT/SIGTERM); cleanup has run. */
export class InterruptedError extends UserError {
  readonly exitCode = ExitCode.interrupted;
}

/** The node's kubelet refused to run the probe pod (e.g. under DiskPressure): evidence in itself. */
export class ProbeRejectedError extends ProbeError {
  constructor(
    readonly node: string,
    readonly nodeMessage: string,
  ) {
    super(`${node} refused to run the probe pod: ${nodeMessage}`);
  }
}
