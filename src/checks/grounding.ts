/**
 * `grounding`: is the answer supported by the case's context? Offline, deterministic.
 *
 * Method. The answer is split into sentences; each sentence is a claim, aligned to the window of
 * adjacent context sentences that shares most of its content words (stemmed, stop words dropped).
 * A claim's support is halved for every contradiction signal. Hard signals are what hallucinations
 * change while keeping the wording: a number the aligned window does not state, a named entity
 * whose words the context never uses, a negation the aligned window does not share (`does not
 * offer` where it says `offers`, or the reverse), and a word whose opposite the aligned window
 * states (`worsen` for `improve`, `unsuitable` for `suitable`). Soft signals depend on length: a
 * short answer (a span like `President Richard Nixon`) restates the context, so each of its words
 * missing from the aligned window counts, and names or numbers it joins must meet in one context
 * sentence; a long answer rewords, so unknown words there count for nothing. The answer's score is
 * its weakest claim's support (one invented sentence is enough to mislead), so it is 1 or a power
 * of one half. Sentences with no content word (`Yes.`) claim nothing checkable and are skipped.
 */
import { minScore } from './options.js';
import { defineCheck } from './types.js';
import type { CheckResult } from '../types.js';
import { extractEntities, extractNumbers } from './text/facts.js';
import { toPassages } from './text/passages.js';
import { oppositeIn } from './text/antonyms.js';
import { NEGATION_WORDS, STOP_WORDS, contentStems, splitSentences, stem, tokenize } from './text/tokens.js';

/**
 * Default pass mark: any score in (0.5, 1] maximises mean balanced accuracy over the dev halves of
 * HaluEval QA and SummEdits (bench/hallucination.ts). It means one contradiction signal fails.
 */
export const DEFAULT_GROUNDING_MIN = 0.51;

/** Each contradiction signal (unstated number, unknown entity, flipped negation, ...) multiplies support by this. */
const CONTRADICTION_FACTOR = 0.5;

/** How well one sentence of the answer is supported, and what in it was not. */
export interface ClaimSupport {
  sentence: string;
  /** 0..1 */
  support: number;
  /** Share of the claim's content words found anywhere in the context. */
  wordShare: number;
  /** Share found within the best window of adjacent context sentences. */
  localShare: number;
  /** Words a short answer states that the aligned window lacks (each one counts as a signal). */
  unalignedWords: number;
  unsupportedNumbers: string[];
  unsupportedEntities: string[];
  negationMismatch: boolean;
  /** Words whose opposite the aligned context states (`worsen` where it says `improve`). */
  opposedWords: string[];
  /** Names and numbers the context states, but never together in one window, as the claim joins them. */
  unboundFacts: string[];
}

/** The grounding of a whole answer. */
export interface GroundingResult {
  /** Support of the weakest claim, 0..1; 1 when the answer makes no checkable claim. */
  score: number;
  claims: ClaimSupport[];
}

/** What the context says, indexed for lookups. */
interface ContextIndex {
  stems: Set<string>;
  numbers: Set<string>;
  /** Stems of each window of adjacent context sentences, with whether it negates something. */
  windows: Window[];
  /**
   * Where one short fact should be found whole: a context sentence, joined with the next when that
   * one opens with a pronoun referring back to it ("X was born in 1950. He founded Y."), since
   * coreference makes the two one statement about X. Separate passages never join.
   */
  statements: Window[];
}

/** Adjacent context sentences: their stems, numbers, and the stems a negation governs. */
interface Window {
  /** Content stems, for alignment. */
  stems: Set<string>;
  /** Every token's stem, stop words included (`more`, `before`), for opposites and names. */
  tokens: Set<string>;
  numbers: Set<string>;
  negatedStems: Set<string>;
}

/** A sentence opening with a pronoun or demonstrative continues the statement before it. */
const ANAPHORIC_OPENING =
  /^(?:he|she|it|they|his|her|its|their|this|these|that|those|the latter|the former)\b/i;

/** Sentences per window: a claim may join two adjacent sentences of a passage, rarely more. */
const WINDOW_SENTENCES = 2;

const REPLY_PARTICLE = /^\s*(?:no|yes|nope|yeah)\s*[,.!;:\u2013\u2014-]\s*/i;

/** Tokens after a negation word that it governs (`not [offer a free] trial`). */
const NEGATION_SCOPE = 3;

/**
 * Governed words a claim must restate without the negation to count as dropping it: one shared
 * word is too often a coincidence (`don't hesitate to contact` vs `contact the team`).
 */
const MIN_REMOVED_NEGATION_WORDS = 2;

/** Below this many content words a sentence is a span (`Hey Monday`), not a statement that can negate. */
const MIN_STATEMENT_WORDS = 3;

/**
 * Content words up to which an answer is a span lifted from the context (`President Richard Nixon`,
 * `The band was formed in Tucson.`), not prose. A span restates, so each of its words the best-matching
 * context sentence lacks counts as a contradiction; prose rewords, so there only hard signals count.
 */
const SPAN_WORDS = 12;
const SPAN_SLACK_WORDS = 8;

/** Scores how well `answer` is supported by `context`. */
export function groundingScore(answer: string, context: string | string[]): GroundingResult {
  const index = indexContext(typeof context === 'string' ? [context] : context);
  const span = contentStems(answer).length <= SPAN_WORDS;
  const claims = splitSentences(answer)
    .map((sentence) => scoreClaim(sentence, index, span))
    .filter((claim): claim is ClaimSupport => claim !== undefined);
  const score = Math.min(1, ...claims.map((claim) => claim.support));
  return { score, claims };
}

function indexContext(passages: string[]): ContextIndex {
  const split = passages.map(splitSentences);
  const windowsOf = (size: number): Window[] =>
    split.flatMap((sentences) =>
      sentences.map((_, start) => toWindow(sentences.slice(start, start + size).join(' '))),
    );
  const all = passages.join('\n');
  return {
    stems: new Set(tokenize(all).map(stem)),
    numbers: new Set(extractNumbers(all)),
    windows: windowsOf(WINDOW_SENTENCES),
    statements: split.flatMap((sentences) =>
      sentences.map((sentence, i) =>
        toWindow(
          ANAPHORIC_OPENING.test(sentences[i + 1] ?? '') ? `${sentence} ${sentences[i + 1]}` : sentence,
        ),
      ),
    ),
  };
}

function toWindow(text: string): Window {
  return {
    stems: new Set(contentStems(text)),
    tokens: new Set(tokenize(text).map(stem)),
    numbers: new Set(extractNumbers(text)),
    negatedStems: negatedStems(text),
  };
}

/** Scores one sentence; undefined when it makes no checkable claim (`Yes.`). */
function scoreClaim(sentence: string, index: ContextIndex, span: boolean): ClaimSupport | undefined {
  const words = contentStems(sentence).filter((word) => !/^\d/.test(word));
  const numbers = extractNumbers(sentence);
  if (words.length === 0 && numbers.length === 0) return undefined;
  const wordShare = share(words, index.stems);
  const aligned = alignedWindow(words, index);
  const localShare = aligned ? share(words, aligned.stems) : wordShare;
  const unsupportedNumbers = [
    ...new Set(
      splitClauses(sentence).flatMap((clause) => {
        const window = alignedWindow(contentStems(clause), index);
        return extractNumbers(clause).filter(
          (number) => !(window ?? index).numbers.has(number) && !(aligned ?? index).numbers.has(number),
        );
      }),
    ),
  ];
  const entities = extractEntities(sentence);
  const unsupportedEntities = entities.filter(
    (entity) => !entityStems(entity).every((token) => index.stems.has(token)),
  );
  const negationMismatch = aligned !== undefined && flipsNegation(sentence, words, aligned);
  const opposedWords = aligned ? opposed(sentence, aligned) : [];
  // Facts are bound within a clause: "Acme ships to the US and Canada; orders to Canada take 5 to 8
  // days" joins two statements, each of which the context may make apart.
  const unboundFacts =
    span && unsupportedNumbers.length + unsupportedEntities.length === 0
      ? coordinateClauses(sentence).flatMap((clause) =>
          unbound(extractEntities(clause), extractNumbers(clause), index),
        )
      : [];
  // A longer span may reword a little: one word in SPAN_SLACK_WORDS is forgiven.
  const missing = words.length - Math.round(localShare * words.length);
  const unalignedWords = span ? Math.max(0, missing - Math.floor(words.length / SPAN_SLACK_WORDS)) : 0;
  const signals =
    unsupportedNumbers.length +
    unsupportedEntities.length +
    (negationMismatch ? 1 : 0) +
    opposedWords.length +
    (unboundFacts.length > 0 ? 1 : 0) +
    unalignedWords;
  return {
    sentence,
    support: CONTRADICTION_FACTOR ** signals,
    wordShare,
    localShare,
    unalignedWords,
    unsupportedNumbers,
    unsupportedEntities,
    negationMismatch,
    opposedWords,
    unboundFacts,
  };
}

function entityStems(entity: string): string[] {
  return tokenize(entity).map(stem);
}

/**
 * Claim words the aligned context window does not use, but whose opposite it does: the swap that
 * keeps a fabricated sentence reading like the source (`worsen` for `improve`, `after` for `before`).
 */
function opposed(sentence: string, window: Window): string[] {
  const claimTokens = new Set(tokenize(sentence).map(stem));
  return [...claimTokens].filter((token) => {
    if (window.tokens.has(token)) return false;
    const opposite = oppositeIn(token, window.tokens);
    return opposite !== undefined && !claimTokens.has(opposite);
  });
}

/**
 * Names and numbers the claim puts together that no window of the context has together (`Stanford
 * is in Chestnut Hill` when the context names each in a different passage or far apart). Empty when they meet.
 */
function unbound(entities: string[], numbers: string[], index: ContextIndex): string[] {
  const facts = [
    ...entities.map((entity) => ({ entity, stems: entityStems(entity) })),
    ...numbers.map((n) => ({ entity: n, stems: [] as string[] })),
  ];
  if (facts.length < 2) return [];
  const holds = (window: Window, fact: { entity: string; stems: string[] }): boolean =>
    fact.stems.length > 0
      ? fact.stems.every((token) => window.tokens.has(token))
      : window.numbers.has(fact.entity);
  return index.statements.some((window) => facts.every((fact) => holds(window, fact)))
    ? []
    : facts.map((fact) => fact.entity);
}

/**
 * The independent clauses of a sentence, each a statement of its own: split at semicolons, colons
 * and a comma before a coordinating conjunction (English punctuation of independent clauses).
 */
function coordinateClauses(sentence: string): string[] {
  return sentence.split(/[;:]\s+|,\s+(?:and|but|so|yet|while|whereas)\s+/);
}

/** Clauses of a sentence, so each number is looked up near the words it was said with. */
function splitClauses(sentence: string): string[] {
  return sentence.split(/[,;:]\s+|\s+(?:and|but|while|whereas|which|who)\s+/);
}

/** Words a negation governs: the content words in the few tokens after `not`, `no`, `without`. */
function negatedStems(text: string): Set<string> {
  const tokens = tokenize(text);
  const governed = new Set<string>();
  tokens.forEach((token, position) => {
    if (!NEGATION_WORDS.has(token)) return;
    for (const next of tokens.slice(position + 1, position + 1 + NEGATION_SCOPE)) {
      if (!STOP_WORDS.has(next) && !NEGATION_WORDS.has(next)) governed.add(stem(next));
    }
  });
  return governed;
}

/**
 * A claim flips the context when it negates a word the context states plainly, or states plainly
 * a word the context negates (`does not offer` vs `offers`). Spans too short to be statements are
 * left alone, since a title like `No Doubt` is not a denial.
 */
function flipsNegation(sentence: string, words: string[], window: Window): boolean {
  if (words.length < MIN_STATEMENT_WORDS) return false;
  // A leading reply particle answers the question ("No, gift cards never expire"); it negates nothing.
  const claimNegated = negatedStems(sentence.replace(REPLY_PARTICLE, ''));
  const inserted = [...claimNegated].some((word) => window.stems.has(word) && !window.negatedStems.has(word));
  const removed = [...window.negatedStems].filter((word) => words.includes(word) && !claimNegated.has(word));
  return inserted || removed.length >= MIN_REMOVED_NEGATION_WORDS;
}

function share(words: string[], known: Set<string>): number {
  return words.length === 0 ? 1 : words.filter((word) => known.has(word)).length / words.length;
}

/** The context window sharing most content words with the claim (undefined if none share any). */
function alignedWindow(words: string[], index: ContextIndex): Window | undefined {
  let best = 0;
  let aligned: Window | undefined;
  for (const window of index.windows) {
    const shared = words.filter((word) => window.stems.has(word)).length;
    if (shared > best) [best, aligned] = [shared, window];
  }
  return aligned;
}

/** `grounding`: fails when the answer's claims are not supported by the case's context. */
export const grounding = defineCheck<{ min: number }>({
  name: 'grounding',
  description: "the answer's sentences are supported by the case's context (offline)",
  options: { properties: { min: minScore(DEFAULT_GROUNDING_MIN, "the weakest sentence's support") } },
  needs: { context: true },
  handler: (ctx, { min }) => {
    const passages = toPassages(ctx.case.context);
    const result = groundingScore(
      ctx.output,
      passages.map((passage) => passage.text),
    );
    return describeGrounding(result, min, 'the context');
  },
});

/** Turns a grounding result into a check result whose reason says what was measured. */
export function describeGrounding(result: GroundingResult, min: number, against: string): CheckResult {
  const supported = result.claims.filter((claim) => claim.support >= min).length;
  const unsupported = [
    ...new Set(result.claims.flatMap((claim) => [...claim.unsupportedNumbers, ...claim.unsupportedEntities])),
  ];
  const flips = result.claims.filter((claim) => claim.negationMismatch).length;
  const opposed = [...new Set(result.claims.flatMap((claim) => claim.opposedWords))];
  const unbound = result.claims.filter((claim) => claim.unboundFacts.length > 0);
  const unaligned = result.claims.reduce((sum, claim) => sum + claim.unalignedWords, 0);
  const details = [
    unaligned > 0 ? `${unaligned} word(s) of a short answer not in the matching part of ${against}` : '',
    unsupported.length > 0 ? `unsupported: ${unsupported.map((item) => `"${item}"`).join(', ')}` : '',
    flips > 0 ? `${flips} sentence(s) negate what ${against} says` : '',
    opposed.length > 0
      ? `opposite of what ${against} says: ${opposed.map((word) => `"${word}"`).join(', ')}`
      : '',
    unbound.length > 0
      ? `joined, though ${against} never states them together: ${unbound.map((claim) => claim.unboundFacts.map((fact) => `"${fact}"`).join(' + ')).join('; ')}`
      : '',
  ].filter(Boolean);
  const weakest = [...result.claims].sort((a, b) => a.support - b.support)[0];
  if (result.claims.length === 0)
    return { pass: false, score: 0, reason: `the answer makes no claim that ${against} could support` };
  // The score is the weakest sentence's support, so it passes exactly when every sentence does.
  return {
    pass: result.score >= min,
    score: result.score,
    reason:
      `weakest sentence's support ${result.score.toFixed(2)} (min ${min}): ${supported} of ${result.claims.length} sentences supported by ${against}` +
      (details.length > 0 ? `; ${details.join('; ')}` : ''),
    evidence: weakest && weakest.support < min ? weakest.sentence : undefined,
  };
}
