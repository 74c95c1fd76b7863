// The part of TOML that runtime configuration files use (containerd config.toml, certs.d
// hosts.toml, CRI-O registries.conf): tables, arrays of tables, dotted and quoted keys, strings,
// numbers, booleans and (multi-line) arrays. A probe must read a half-broken file rather than give
// up, so a line it cannot read is recorded in `problems` and skipped.

/** A TOML value as this reader returns it. */
export type TomlValue = string | number | boolean | TomlValue[] | TomlTable;
/** A TOML table. */
export interface TomlTable {
  [key: string]: TomlValue;
}

/** The tables read, and the lines that could not be read. */
export interface TomlParse {
  readonly table: TomlTable;
  readonly problems: readonly string[];
}

const isTable = (value: TomlValue | undefined): value is TomlTable =>
  typeof value === 'object' && !Array.isArray(value);

/** Splits `a."b.c".d` into its keys. */
function splitKey(text: string): string[] | undefined {
  const keys: string[] = [];
  const pattern = /\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*(\.|$)/y;
  let at = 0;
  while (at < text.length) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (match === null) return undefined;
    keys.push(match[1] !== undefined ? unescape(match[1]) : (match[2] ?? match[3] ?? ''));
    at = pattern.lastIndex;
    if (match[4] === '' && at < text.length) return undefined;
  }
  return keys.length > 0 ? keys : undefined;
}

const ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '"': '"',
  '\\': '\\',
};

function unescape(text: string): string {
  return text.replace(/\\(u[0-9A-Fa-f]{4}|.)/g, (_, code: string) =>
    code.length === 5 ? String.fromCharCode(parseInt(code.slice(1), 16)) : (ESCAPES[code] ?? code),
  );
}

/** Removes a trailing comment, keeping `#` inside strings. */
function stripComment(line: string): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote === '"' && c === '\\') i++;
    else if (quote !== undefined) quote = c === quote ? undefined : quote;
    else if (c === '"' || c === "'") quote = c;
    else if (c === '#') return line.slice(0, i);
  }
  return line;
}

/** Net count of `[` minus `]` outside strings: above 0, the array goes on to the next line. */
function openBrackets(text: string): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote === '"' && c === '\\') i++;
    else if (quote !== undefined) quote = c === quote ? undefined : quote;
    else if (c === '"' || c === "'") quote = c;
    else if (c === '[') depth++;
    else if (c === ']') depth--;
  }
  return depth;
}

/** Reads one value from the start of `text`; returns it and the rest. */
function readValue(text: string): { value: TomlValue; rest: string } | undefined {
  const s = text.trimStart();
  const basic = /^"((?:[^"\\]|\\.)*)"/.exec(s);
  if (basic) return { value: unescape(basic[1] ?? ''), rest: s.slice(basic[0].length) };
  const literal = /^'([^']*)'/.exec(s);
  if (literal) return { value: literal[1] ?? '', rest: s.slice(literal[0].length) };
  const bool = /^(true|false)\b/.exec(s);
  if (bool) return { value: bool[1] === 'true', rest: s.slice(bool[0].length) };
  const num = /^[+-]?(?:0x[0-9A-Fa-f_]+|[0-9_]+(?:\.[0-9_]+)?(?:[eE][+-]?\d+)?)/.exec(s);
  if (num) return { value: Number(num[0].replaceAll('_', '')), rest: s.slice(num[0].length) };
  if (s.startsWith('[')) return readArray(s.slice(1));
  return undefined;
}

function readArray(text: string): { value: TomlValue[]; rest: string } | undefined {
  const items: TomlValue[] = [];
  let rest = text.trimStart();
  while (!rest.startsWith(']')) {
    const item = readValue(rest);
    if (item === undefined) return undefined;
    items.push(item.value);
    rest = item.rest.trimStart();
    if (rest.startsWith(',')) rest = rest.slice(1).trimStart();
    else if (!rest.startsWith(']')) return undefined;
  }
  return { value: items, rest: rest.slice(1) };
}

/** Walks to (creating) the table at `keys`; for an array of tables, its last element. */
function tableAt(root: TomlTable, keys: readonly string[]): TomlTable | undefined {
  let table = root;
  for (const key of keys) {
    const existing = table[key];
    const next = Array.isArray(existing) ? existing[existing.length - 1] : existing;
    if (next === undefined) {
      const created: TomlTable = {};
      table[key] = created;
      table = created;
    } else if (isTable(next)) table = next;
    else return undefined;
  }
  return table;
}

function openArrayTable(root: TomlTable, keys: readonly string[]): TomlTable | undefined {
  const parent = tableAt(root, keys.slice(0, -1));
  const last = keys[keys.length - 1];
  if (parent === undefined || last === undefined) return undefined;
  const existing = parent[last] ?? [];
  if (!Array.isArray(existing)) return undefined;
  const created: TomlTable = {};
  parent[last] = [...existing, created];
  return created;
}

/** Joins lines of a multi-line array into one logical line. */
function logicalLines(text: string): { line: string; number: number }[] {
  const out: { line: string; number: number }[] = [];
  let pending: { line: string; number: number } | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = stripComment(raw);
    pending = pending
      ? { line: `${pending.line} ${line}`, number: pending.number }
      : { line, number: index + 1 };
    const trimmed = pending.line.trim();
    const header = /^\[\[?[^=]*\]\]?$/.test(trimmed);
    if (header || openBrackets(pending.line) <= 0) {
      out.push(pending);
      pending = undefined;
    }
  });
  if (pending) out.push(pending);
  return out;
}

function assign(table: TomlTable, line: string): boolean {
  const eq = /^((?:"(?:[^"\\]|\\.)*"|'[^']*'|[^=])+)=(.*)$/.exec(line);
  const keys = eq ? splitKey(eq[1] ?? '') : undefined;
  const value = eq ? readValue(eq[2] ?? '') : undefined;
  if (!keys || !value || value.rest.trim() !== '') return false;
  const parent = tableAt(table, keys.slice(0, -1));
  const last = keys[keys.length - 1];
  if (!parent || last === undefined) return false;
  parent[last] = value.value;
  return true;
}

/** Reads TOML text into tables; unreadable lines go to `problems` with their line number. */
export function parseToml(text: string): TomlParse {
  const root: TomlTable = {};
  const problems: string[] = [];
  let current: TomlTable | undefined = root;
  for (const { line, number } of logicalLines(text)) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    const arrayHeader = /^\[\[(.+)\]\]$/.exec(trimmed);
    const header = arrayHeader ? undefined : /^\[(.+)\]$/.exec(trimmed);
    const keys = splitKey((arrayHeader ?? header)?.[1] ?? '');
    if (arrayHeader || header) {
      current = keys && (arrayHeader ? openArrayTable(root, keys) : tableAt(root, keys));
      if (!current) problems.push(`line ${number}: cannot open table ${trimmed}`);
    } else if (!current || !assign(current, trimmed)) {
      problems.push(`line ${number}: cannot read ${JSON.stringify(trimmed.slice(0, 80))}`);
    }
  }
  return { table: root, problems };
}

/** The table under `keys`, if every step is a table. */
export function tomlTable(root: TomlTable, ...keys: string[]): TomlTable | undefined {
  let table: TomlValue | undefined = root;
  for (const key of keys) {
    table = isTable(table) ? table[key] : undefined;
  }
  return isTable(table) ? table : undefined;
}

/** A string value, or undefined when absent or of another type. */
export const tomlString = (table: TomlTable | undefined, key: string): string | undefined => {
  const value = table?.[key];
  return typeof value === 'string' ? value : undefined;
};

/** A boolean value, or undefined. */
export const tomlBool = (table: TomlTable | undefined, key: string): boolean | undefined => {
  const value = table?.[key];
  return typeof value === 'boolean' ? value : undefined;
};

/** The strings of a string-or-array-of-strings value (TOML files use both for lists). */
export function tomlStrings(table: TomlTable | undefined, key: string): string[] {
  const value = table?.[key];
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The tables of an array of tables (`[[registry]]`). */
export function tomlTables(table: TomlTable | undefined, key: string): TomlTable[] {
  const value = table?.[key];
  return Array.isArray(value) ? value.filter(isTable) : [];
}
