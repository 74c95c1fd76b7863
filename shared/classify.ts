import type { Cause, Confidence } from './causes.js';
import {
  detectRuntime,
  extractFacts,
  type ClassificationFacts,
  type RuntimeFamily,
} from './classify-facts.js';
import type { Family } from './classify-families.js';
import { RULES, type Rule } from './classify-rules/index.js';

export type { ClassificationFacts, RuntimeFamily } from './classify-facts.js';
export type { Family } from './classify-families.js';

/** What a pull error text says went wrong, how sure that is, and the words that decided it. */
export interface Classification {
  readonly cause: Cause;
  readonly confidence: Confidence;
  /** Verbatim fragments of the input that decided the cause, the decisive one first. */
  readonly evidence: readonly string[];
  /** The id of the rule that matched, for tests and --verbose. */
  readonly rule: string;
  /** The family of wording the deciding rule belongs to (see classify-families.ts). */
  readonly family: Family;
  readonly runtime?: RuntimeFamily;
  readonly facts: ClassificationFacts;
  /** The causes an ambiguous result could also be. */
  readonly alternatives?: readonly Cause[];
}

// Pull errors are a few hundred characters; a pasted event list a few kilobytes. Scanning at most
// this much keeps the cost of any input bounded while evidence stays a substring of the input.
const MAX_SCANNED = 200_000;

/**
 * The kubelet's warning that a referenced pull secret is absent. It is not tried in RULES order:
 * it explains an auth failure beside it, but a DNS or disk failure beside it is the real cause.
 */
const SECRET_MISSING =
  /Unable to retrieve (?:some image )?pull secrets?[^\n]{0,300}|FailedToRetrieveImagePullSecret/i;

/** Causes that a missing pull secret would produce, so the missing secret is the better answer. */
const EXPLAINED_BY_MISSING_SECRET: readonly Cause[] = ['auth', 'auth-or-not-found', 'unknown'];

/** Classifies an image pull error message (event, status message or runtime log). Never throws. */
export function classifyMessage(text: string): Classification {
  try {
    return classifyText(typeof text === 'string' ? text : String(text));
  } catch {
    // Only a bug can get here; an explain command that crashes on odd input helps nobody.
    return {
      cause: 'unknown',
      confidence: 'low',
      evidence: [],
      rule: 'internal-error',
      family: 'unrecognised',
      facts: {},
    };
  }
}

function classifyText(text: string): Classification {
  const scanned = text.length > MAX_SCANNED ? text.slice(0, MAX_SCANNED) : text;
  const facts = extractFacts(scanned);
  const runtime = detectRuntime(scanned);
  const matched = firstMatch(scanned, facts);
  const secret = SECRET_MISSING.exec(scanned)?.[0];
  if (secret !== undefined && (matched === undefined || isExplainedBySecret(matched.rule))) {
    return secretMissing(secret, matched, facts, runtime);
  }
  if (matched === undefined) {
    return withRuntime(
      {
        cause: 'unknown',
        confidence: 'low',
        evidence: [],
        rule: 'no-match',
        family: 'unrecognised',
        facts,
      },
      runtime,
    );
  }
  const { rule, fragment } = matched;
  return withRuntime(
    {
      cause: rule.cause,
      confidence: rule.confidence,
      evidence: [fragment],
      rule: rule.id,
      family: rule.family,
      facts: ruleFacts(rule, facts),
      ...(rule.alternatives === undefined ? {} : { alternatives: rule.alternatives }),
    },
    runtime,
  );
}

interface Match {
  rule: Rule;
  fragment: string;
}

function firstMatch(text: string, facts: ClassificationFacts): Match | undefined {
  for (const rule of RULES) {
    const found = rule.pattern.exec(text);
    if (found === null) continue;
    if (rule.requires !== undefined && !rule.requires.test(text)) continue;
    if (rule.unless?.test(text) === true) continue;
    if (rule.when !== undefined && !rule.when(facts)) continue;
    const start = rule.widen === true ? wordStart(text, found.index) : found.index;
    return { rule, fragment: text.slice(start, found.index + found[0].length) };
  }
  return undefined;
}

/** The facts read from the text, plus what the rule adds: its note, the flavour its wording names. */
function ruleFacts(rule: Rule, facts: ClassificationFacts): ClassificationFacts {
  const flavour = facts.registryFlavour ?? rule.flavour;
  return {
    ...facts,
    ...(flavour === undefined ? {} : { registryFlavour: flavour }),
    ...(rule.detail === undefined ? {} : { detail: rule.detail }),
  };
}

// How far evidence may reach back: an image reference or URL, not a whole log line.
const MAX_WIDEN = 300;

/** Where the run of non-space, non-quote characters ending at `index` starts. */
function wordStart(text: string, index: number): number {
  let start = index;
  while (start > 0 && index - start < MAX_WIDEN && !/[\s"\\]/.test(text.charAt(start - 1))) {
    start -= 1;
  }
  return start;
}

function isExplainedBySecret(rule: Rule): boolean {
  return EXPLAINED_BY_MISSING_SECRET.includes(rule.cause);
}

function secretMissing(
  secret: string,
  matched: Match | undefined,
  facts: ClassificationFacts,
  runtime: RuntimeFamily | undefined,
): Classification {
  // Beside a refused pull the missing secret is the explanation; alone, it is only a warning:
  // the kubelet still pulls without it, and public images succeed anyway.
  const isPaired = matched !== undefined && matched.rule.cause !== 'unknown';
  const evidence = isPaired ? [secret, matched.fragment] : [secret];
  return withRuntime(
    {
      cause: 'secret-missing',
      confidence: isPaired ? 'high' : 'medium',
      evidence,
      rule: 'pull-secret-missing',
      family: 'kubelet',
      facts: isPaired
        ? facts
        : {
            ...facts,
            detail:
              'the kubelet still attempts the pull without that secret; if the pod fails, its ' +
              'Failed event says whether the registry refused it.',
          },
    },
    runtime,
  );
}

function withRuntime(result: Classification, runtime: RuntimeFamily | undefined): Classification {
  return runtime === undefined ? result : { ...result, runtime };
}
