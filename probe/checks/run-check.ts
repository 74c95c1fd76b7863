// Runs one check under its own deadline and turns whatever happens (an answer, an exception, the
// deadline) into a CheckResult with its duration, so one stuck check cannot sink the report.
import type { CheckResult, CheckStatus } from '../../shared/probe/report.js';

/** What a check's body returns; runCheck adds the timing. */
export interface CheckOutcome<Detail> {
  readonly status: CheckStatus;
  readonly error?: string;
  readonly detail?: Detail;
}

/** Runs `body` with an AbortSignal that fires at the deadline; never rejects. */
export async function runCheck<Detail>(
  timeoutMs: number,
  body: (signal: AbortSignal) => Promise<CheckOutcome<Detail>>,
  detailOnTimeout?: Detail,
): Promise<CheckResult<Detail>> {
  const started = performance.now();
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<CheckOutcome<Detail>>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve({
        status: 'failed',
        error: `timed out after ${timeoutMs} ms`,
        ...(detailOnTimeout ? { detail: detailOnTimeout } : {}),
      });
    }, timeoutMs);
  });
  let outcome: CheckOutcome<Detail>;
  try {
    outcome = await Promise.race([body(controller.signal), deadline]);
  } catch (err) {
    outcome = {
      status: 'failed',
      error: errorText(err),
      ...(detailOnTimeout ? { detail: detailOnTimeout } : {}),
    };
  } finally {
    clearTimeout(timer);
  }
  return { ...outcome, durationMs: Math.round(performance.now() - started) };
}

/** A check skipped for a reason, e.g. because an earlier one failed. */
export const skipped = <Detail = never>(why: string, detail?: Detail): CheckResult<Detail> => ({
  status: 'skipped',
  durationMs: 0,
  error: why,
  ...(detail ? { detail } : {}),
});

/** The error text as the system gave it; with the errno code when the message lacks it. */
export function errorText(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const code = (err as NodeJS.ErrnoException).code;
  return code && !err.message.includes(code) ? `${code}: ${err.message}` : err.message;
}
