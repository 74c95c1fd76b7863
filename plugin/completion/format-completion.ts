/** Cobra's `__complete` output format, the one kubectl reads from kubectl_complete-imagepull. */
import type { Candidate } from './complete-words.js';

/**
 * The text cobra's `__complete` prints: one candidate a line (`value<TAB>description` unless
 * descriptions are off), then `:<directive>`.
 */
export function formatCompletion(
  candidates: readonly Candidate[],
  directive: number,
  withDescriptions: boolean,
): string {
  const lines = candidates.map((c) =>
    withDescriptions && c.description !== ''
      ? `${c.value}\t${firstSentence(c.description)}`
      : c.value,
  );
  return [...lines, `:${directive}`].join('\n') + '\n';
}

/** Descriptions are single lines in every shell; tabs and newlines would break the protocol. */
function firstSentence(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
