// Last line of defence: whatever a registry or the network echoed back, no secret we hold leaves
// the client inside a result.

const MASK = '[redacted]';

function redactString(text: string, secrets: readonly string[]): string {
  return secrets.reduce((out, secret) => out.split(secret).join(MASK), text);
}

/** A deep copy of `value` with every occurrence of each secret in its strings masked. */
export function redactSecrets<T>(value: T, secrets: readonly string[]): T {
  // Masking a one- or two-letter secret would garble every word that contains it, so those are left.
  const useful = secrets.filter((s) => s.length >= 4);
  if (useful.length === 0) return value;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return redactString(v, useful);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object' && !Buffer.isBuffer(v)) {
      return Object.fromEntries(Object.entries(v).map(([k, inner]) => [k, walk(inner)]));
    }
    return v;
  };
  return walk(value) as T;
}
