/** A workload's selector as a label selector string, the form pods are listed with. */

/** A label selector as the API writes it: matchLabels and matchExpressions, or (RC) a plain map. */
export type WireSelector =
  | {
      readonly matchLabels?: Readonly<Record<string, string>>;
      readonly matchExpressions?: readonly {
        readonly key: string;
        readonly operator: string;
        readonly values?: readonly string[];
      }[];
    }
  | Readonly<Record<string, string>>;

/** `app=web,tier in (a,b)`; undefined when the selector selects everything. */
export function selectorString(selector: WireSelector | undefined): string | undefined {
  if (!selector) return undefined;
  const isStructured = 'matchLabels' in selector || 'matchExpressions' in selector;
  const structured = selector as Exclude<WireSelector, Readonly<Record<string, string>>>;
  const labels = isStructured
    ? (structured.matchLabels ?? {})
    : (selector as Readonly<Record<string, string>>);
  const parts = Object.entries(labels).map(([k, v]) => `${k}=${v}`);
  for (const e of isStructured ? (structured.matchExpressions ?? []) : []) {
    const values = (e.values ?? []).join(',');
    if (e.operator === 'In') parts.push(`${e.key} in (${values})`);
    else if (e.operator === 'NotIn') parts.push(`${e.key} notin (${values})`);
    else if (e.operator === 'Exists') parts.push(e.key);
    else if (e.operator === 'DoesNotExist') parts.push(`!${e.key}`);
  }
  return parts.length > 0 ? parts.join(',') : undefined;
}
