// Scores the classifier on a labelled corpus and lays the result out as a table, per cause, per
// family and per runtime. Test support only: the corpus tests print it.
import type { Classification } from '../classify.js';
import type { CorpusEntry } from './messages.js';

/** How the entries of one group (a cause, a family or a runtime) fared. */
export interface AccuracyRow {
  readonly group: string;
  readonly total: number;
  /** Classified with exactly the labelled cause. */
  readonly exact: number;
  /** Labelled cause given as the cause or among the alternatives (an honest ambiguity). */
  readonly withAlternatives: number;
}

/** The rows of one way of grouping the corpus. */
export interface AccuracyTable {
  readonly by: 'cause' | 'family' | 'runtime';
  readonly rows: readonly AccuracyRow[];
}

type Scored = { entry: CorpusEntry; result: Classification };

const GROUPINGS: readonly [AccuracyTable['by'], (scored: Scored) => string][] = [
  ['cause', ({ entry }) => entry.cause],
  ['family', ({ entry, result }) => entry.family ?? result.family],
  ['runtime', ({ entry, result }) => entry.runtime ?? result.runtime ?? '(not named)'],
];

/** Classifies every entry and counts the right answers per cause, per family and per runtime. */
export function scoreCorpus(
  entries: readonly CorpusEntry[],
  classify: (text: string) => Classification,
): AccuracyTable[] {
  const scored = entries.map((entry) => ({ entry, result: classify(entry.message) }));
  return GROUPINGS.map(([by, keyOf]) => ({ by, rows: [...tally(scored, keyOf), total(scored)] }));
}

function tally(scored: readonly Scored[], keyOf: (s: Scored) => string): AccuracyRow[] {
  const groups = new Map<string, Scored[]>();
  for (const s of scored) groups.set(keyOf(s), [...(groups.get(keyOf(s)) ?? []), s]);
  return [...groups.entries()]
    .map(([group, members]) => row(group, members))
    .sort((a, b) => b.total - a.total || a.group.localeCompare(b.group));
}

function total(scored: readonly Scored[]): AccuracyRow {
  return row('all', scored);
}

function row(group: string, members: readonly Scored[]): AccuracyRow {
  const isExact = ({ entry, result }: Scored): boolean => result.cause === entry.cause;
  const isAllowed = (s: Scored): boolean =>
    isExact(s) || (s.result.alternatives ?? []).includes(s.entry.cause);
  return {
    group,
    total: members.length,
    exact: members.filter(isExact).length,
    withAlternatives: members.filter(isAllowed).length,
  };
}

/** The tables as fixed-width text, one line per group. */
export function formatAccuracy(tables: readonly AccuracyTable[]): string {
  return tables
    .map(({ by, rows }) =>
      [
        `${by.padEnd(22)} ${'n'.padStart(5)} ${'exact'.padStart(8)} ${'or alt.'.padStart(8)}`,
        ...rows.map(
          (r) =>
            `${r.group.padEnd(22)} ${String(r.total).padStart(5)} ${percent(r.exact, r.total)} ${percent(r.withAlternatives, r.total)}`,
        ),
      ].join('\n'),
    )
    .join('\n\n');
}

function percent(part: number, whole: number): string {
  return `${((100 * part) / Math.max(whole, 1)).toFixed(1)} %`.padStart(8);
}
