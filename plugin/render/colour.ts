import kleur from 'kleur';

/** Where the plugin writes: process.stdout/stderr in production, string buffers in tests. */
export interface Sink {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

/** The environment variables the renderer looks at. */
export type Env = Readonly<Record<string, string | undefined>>;

/** The few styles the plugin uses; identity functions when colour is off. */
export interface Palette {
  red(text: string): string;
  yellow(text: string): string;
  bold(text: string): string;
  dim(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
}

/**
 * Whether to colour what goes to this sink: never when NO_COLOR is set (no-color.org) or TERM is
 * dumb, always when FORCE_COLOR is set to anything but 0, otherwise only on a terminal.
 */
export function shouldUseColour(sink: Sink, env: Env): boolean {
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '') {
    return env['FORCE_COLOR'] !== '0';
  }
  if (env['TERM'] === 'dumb') return false;
  return sink.isTTY === true;
}

const plain: Palette = {
  red: (text) => text,
  yellow: (text) => text,
  bold: (text) => text,
  dim: (text) => text,
  green: (text) => text,
  cyan: (text) => text,
};

/** The palette for one sink: kleur styles when colour is wanted, plain text otherwise. */
export function paletteFor(sink: Sink, env: Env): Palette {
  if (!shouldUseColour(sink, env)) return plain;
  // kleur decides once per process from process.env and process.stdout; we decide per sink and
  // per injected env instead, so kleur itself must always be allowed to colour.
  kleur.enabled = true;
  return {
    red: (text) => kleur.red(text),
    yellow: (text) => kleur.yellow(text),
    bold: (text) => kleur.bold(text),
    dim: (text) => kleur.dim(text),
    green: (text) => kleur.green(text),
    cyan: (text) => kleur.cyan(text),
  };
}
