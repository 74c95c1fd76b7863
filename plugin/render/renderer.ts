import type { Failure } from '../describe-failure.js';
import { paletteFor, type Env, type Palette, type Sink } from './colour.js';
import type { OutputFormat } from './output-format.js';
import { toYaml, type PrintableObject } from './yaml.js';

/** The process's output streams and environment, injected so tests can run the CLI in-process. */
export interface Io {
  stdout: Sink;
  stderr: Sink;
  env: Env;
}

/** A printable result with the apiVersion and kind scripts can dispatch on (plain JSON data). */
export interface VersionedObject {
  readonly apiVersion: string;
  readonly kind: string;
}

/** The only way the plugin writes: results to stdout, progress and errors to stderr. */
export interface Renderer {
  /** Writes text to stdout as it is (help, plain results). */
  printText(text: string): void;
  /** Prints a result: `text` lines for humans, or the object itself as JSON or YAML. */
  printResult<T extends VersionedObject>(
    result: T,
    format: OutputFormat,
    text: (palette: Palette) => string,
  ): void;
  /** The help text on stderr, shown with a usage error (no command given). */
  usage(text: string): void;
  /** A progress line on stderr, so stdout stays parseable. */
  progress(message: string): void;
  warning(message: string): void;
  /** The failure of the whole run: `error: <message>`, then its hint and, if asked, the stack. */
  error(failure: Failure): void;
}

/** Builds the renderer for one run from its streams and environment. */
export function createRenderer(io: Io): Renderer {
  const err = paletteFor(io.stderr, io.env);
  const out = paletteFor(io.stdout, io.env);
  return {
    printText: (text) => {
      io.stdout.write(withNewline(text));
    },
    printResult: (result, format, text) => {
      io.stdout.write(formatResult(result, format, () => text(out)));
    },
    usage: (text) => {
      io.stderr.write(`${withNewline(text)}\n`);
    },
    progress: (message) => {
      io.stderr.write(`${err.dim(message)}\n`);
    },
    warning: (message) => {
      io.stderr.write(`${err.yellow('warning:')} ${message}\n`);
    },
    error: (failure) => {
      io.stderr.write(formatFailure(failure, err));
    },
  };
}

function formatResult(result: VersionedObject, format: OutputFormat, text: () => string): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(result, null, 2)}\n`;
    case 'yaml':
      // A JSON round trip turns any plain result into Printable data and drops undefined fields.
      return toYaml(JSON.parse(JSON.stringify(result)) as PrintableObject);
    case 'text':
      return withNewline(text());
  }
}

function formatFailure(failure: Failure, palette: Palette): string {
  const lines = [`${palette.red('error:')} ${failure.message}`];
  if (failure.hint !== undefined) lines.push(`${palette.bold('hint:')} ${failure.hint}`);
  if (failure.stack !== undefined) lines.push(palette.dim(failure.stack));
  return `${lines.join('\n')}\n`;
}

function withNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
