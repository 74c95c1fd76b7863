/** Result of parsing a kubectl-style duration such as `0`, `5s`, `1m30s`. */
export type DurationParse =
  { kind: 'ok'; milliseconds: number } | { kind: 'invalid'; reason: string };

const UNIT_MILLISECONDS: Readonly<Record<string, number>> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

const SEGMENT_SOURCE = String.raw`(\d+(?:\.\d+)?|\.\d+)(ns|us|µs|ms|s|m|h)`;

/**
 * Parses a duration the way kubectl's `--request-timeout` does: a bare integer means seconds,
 * otherwise a Go duration (`1h2m3.5s`); negative values are rejected.
 */
export function parseDuration(text: string): DurationParse {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) {
    return { kind: 'ok', milliseconds: Number(trimmed) * 1000 };
  }
  if (trimmed === '') {
    return { kind: 'invalid', reason: 'empty duration' };
  }
  // A fresh sticky regex per call: each segment must start where the previous one ended.
  const segment = new RegExp(SEGMENT_SOURCE, 'y');
  let total = 0;
  while (segment.lastIndex < trimmed.length) {
    const match = segment.exec(trimmed);
    const [, amount, unit] = match ?? [];
    if (amount === undefined || unit === undefined) {
      return {
        kind: 'invalid',
        reason: `"${text}" is not a duration (use a unit, e.g. 5s, 1m, 2h; 0 means no timeout)`,
      };
    }
    total += Number(amount) * (UNIT_MILLISECONDS[unit] ?? Number.NaN);
  }
  return { kind: 'ok', milliseconds: total };
}
