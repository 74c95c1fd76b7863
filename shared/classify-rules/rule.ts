import type { Cause, Confidence } from '../causes.js';
import type { Family } from '../classify-families.js';
import type { ClassificationFacts, RegistryFlavour } from '../classify-facts.js';

/**
 * One classification rule, as data: when `pattern` matches (and `requires` matches too, `unless`
 * does not, and `when` accepts the facts read from the text), the text is classified as `cause`.
 * The matched fragment becomes the evidence. Patterns are case-insensitive where wording varies
 * and free of nested quantifiers, so every rule runs in linear time.
 */
export interface Rule {
  readonly id: string;
  readonly family: Family;
  readonly cause: Cause;
  readonly confidence: Confidence;
  readonly pattern: RegExp;
  /** A second pattern that must also occur somewhere in the text. */
  readonly requires?: RegExp;
  /** A pattern that must not occur anywhere in the text. */
  readonly unless?: RegExp;
  /** A test on the facts read from the whole text, such as the role of the failing host. */
  readonly when?: (facts: ClassificationFacts) => boolean;
  /** The other causes the wording honestly fits; given with a confidence below high. */
  readonly alternatives?: readonly Cause[];
  /** A note for facts.detail, for results that need one (ambiguous, unknown or surprising). */
  readonly detail?: string;
  /** The registry whose wording this is, when the text itself names no host of it. */
  readonly flavour?: RegistryFlavour;
  /**
   * Extend the evidence leftwards over the word the match starts in. Patterns that would need a
   * leading `[^\s]{1,300}` for that are slow (tried at every position); a literal start is fast.
   */
  readonly widen?: boolean;
}
