import { UserError } from './errors.js';
import { ExitCode, type ExitCodeValue } from './exit-codes.js';

/** What the user is told about a failed run, and the code the process exits with. */
export interface Failure {
  /** One line, without the `error:` prefix. */
  message: string;
  hint: string | undefined;
  exitCode: ExitCodeValue;
  /** Only set when --verbose asked for it. */
  stack: string | undefined;
}

/**
 * Turns anything thrown during a run into one message line, an optional hint and an exit code.
 * User errors keep their own code; yargs parse errors are usage errors; anything else is a bug.
 */
export function describeFailure(thrown: unknown, isVerbose: boolean): Failure {
  if (thrown instanceof UserError) {
    return {
      message: firstLine(thrown.message),
      hint: thrown.hint,
      exitCode: thrown.exitCode,
      stack: isVerbose ? thrown.stack : undefined,
    };
  }
  if (isYargsError(thrown)) {
    return {
      message: lowerFirst(firstLine(thrown.message)),
      hint: undefined,
      exitCode: ExitCode.usage,
      stack: isVerbose ? thrown.stack : undefined,
    };
  }
  const detail = thrown instanceof Error ? thrown.message : String(thrown);
  return {
    message: isVerbose
      ? `internal error: ${firstLine(detail)}`
      : `internal error: ${firstLine(detail)} (re-run with --verbose for the stack)`,
    hint: undefined,
    exitCode: ExitCode.internal,
    stack: isVerbose && thrown instanceof Error ? thrown.stack : undefined,
  };
}

function isYargsError(thrown: unknown): thrown is Error {
  return thrown instanceof Error && thrown.name === 'YError';
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0] ?? '';
}

/** kubectl's messages start lowercase (`error: unknown flag`); yargs capitalises its own. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
