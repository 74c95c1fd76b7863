/** A value that can be printed as JSON or YAML. */
export type Printable = string | number | boolean | null | readonly Printable[] | PrintableObject;

/** An object whose values are all printable. */
export interface PrintableObject {
  readonly [key: string]: Printable | undefined;
}

/**
 * Emits YAML for JSON-shaped data, block style, two-space indent. Strings are double-quoted
 * whenever a plain scalar could be misread (`yes`, `1.0`, `: `), using JSON escapes, which YAML's
 * double-quoted style accepts as they are.
 */
export function toYaml(value: Printable): string {
  return `${emitValue(value, 0).replace(/^\n/, '')}\n`;
}

function emitValue(value: Printable, indent: number): string {
  if (Array.isArray(value)) return emitSequence(value, indent);
  if (isPrintableObject(value)) return emitMapping(value, indent);
  return ` ${emitScalar(value as string | number | boolean | null)}`;
}

function emitSequence(items: readonly Printable[], indent: number): string {
  if (items.length === 0) return ' []';
  const pad = ' '.repeat(indent);
  return items
    .map((item) => {
      const body = emitValue(item, indent + 2);
      // A mapping inside a sequence starts on the dash's line: `- key: value`.
      return body.startsWith('\n') ? `\n${pad}- ${body.slice(indent + 3)}` : `\n${pad}-${body}`;
    })
    .join('');
}

function emitMapping(object: PrintableObject, indent: number): string {
  const entries = Object.entries(object).filter(
    (entry): entry is [string, Printable] => entry[1] !== undefined,
  );
  if (entries.length === 0) return ' {}';
  const pad = ' '.repeat(indent);
  return entries
    .map(([key, item]) => `\n${pad}${emitKey(key)}:${emitValue(item, indent + 2)}`)
    .join('');
}

function emitKey(key: string): string {
  return isPlainSafe(key) ? key : JSON.stringify(key);
}

function emitScalar(value: string | number | boolean | null): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '.nan';
  if (typeof value === 'boolean') return String(value);
  return isPlainSafe(value) ? value : JSON.stringify(value);
}

/** Words that YAML 1.1 or 1.2 readers would turn into booleans or null. */
const RESERVED = /^(?:true|false|yes|no|on|off|y|n|null|~)$/i;

function isPlainSafe(text: string): boolean {
  return (
    /^[A-Za-z_/][A-Za-z0-9_./-]*$/.test(text) &&
    !RESERVED.test(text) &&
    // A leading `.` or digit-like text could read as a number (`.5`, `1e3`, `.inf`).
    !/^[.\d]/.test(text)
  );
}

function isPrintableObject(value: Printable): value is PrintableObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
