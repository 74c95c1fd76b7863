/** The values `-o/--output` accepts. */
export const OUTPUT_FORMATS = ['text', 'json', 'yaml'] as const;

/** How a result is printed: human text, or the result object as JSON or YAML. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Narrows a flag value to an output format. */
export function isOutputFormat(value: unknown): value is OutputFormat {
  return OUTPUT_FORMATS.some((format) => format === value);
}
