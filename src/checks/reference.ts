/**
 * `reference`: does the answer agree with the case's `expected` answer? Offline, deterministic.
 *
 * Method. A normalised exact match (case, punctuation and articles ignored) scores 1, and so does
 * an answer that contains the whole expected answer (`It was 2017.` for `2017`), as short QA
 * references are usually spans. Otherwise the score is the token F1 of content words (SQuAD style,
 * stemmed). Numbers and named entities are compared on their own: a number or entity the reference
 * states and the answer replaces with another is a disagreement, named in the reason, and halves
 * the score, because a wrong year reads almost the same as the right one to F1.
 */
import { minScore } from './options.js';
import { defineCheck } from './types.js';
import { extractEntities, extractNumbers } from './text/facts.js';
import { contentStems, normalizeText, splitSentences } from './text/tokens.js';

/** Default pass mark: half the reference's content in common, and no conflicting number. */
export const DEFAULT_REFERENCE_MIN = 0.5;

/** How the answer compares with the reference. */
export interface ReferenceResult {
  /** 0..1 */
  score: number;
  exact: boolean;
  contains: boolean;
  f1: number;
  /** Numbers and entities of the reference that the answer states differently (`"2006" vs "2008"`). */
  disagreements: string[];
}

/** Compares `answer` with the reference answer `expected`. */
export function referenceScore(answer: string, expected: string): ReferenceResult {
  const normalAnswer = normalizeText(answer);
  const normalExpected = normalizeText(expected);
  const exact = normalAnswer === normalExpected && normalExpected !== '';
  const contains = !exact && normalExpected !== '' && ` ${normalAnswer} `.includes(` ${normalExpected} `);
  const f1 = tokenF1(contentStems(answer), contentStems(expected));
  const disagreements = [
    ...conflicts(extractNumbers(answer), extractNumbers(expected)),
    ...entityConflicts(answer, expected),
  ];
  const base = exact || contains ? 1 : f1;
  return { score: base * 0.5 ** disagreements.length, exact, contains, f1, disagreements };
}

function tokenF1(answer: string[], expected: string[]): number {
  if (answer.length === 0 || expected.length === 0) return answer.length === expected.length ? 1 : 0;
  const remaining = new Map<string, number>();
  for (const token of expected) remaining.set(token, (remaining.get(token) ?? 0) + 1);
  let common = 0;
  for (const token of answer) {
    const left = remaining.get(token) ?? 0;
    if (left > 0) {
      common++;
      remaining.set(token, left - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / answer.length;
  const recall = common / expected.length;
  return (2 * precision * recall) / (precision + recall);
}

/** Items of the reference missing from the answer, when the answer offers others in their place. */
function conflicts(answerItems: string[], expectedItems: string[]): string[] {
  const missing = expectedItems.filter((item) => !answerItems.includes(item));
  const extra = answerItems.filter((item) => !expectedItems.includes(item));
  return missing.length > 0 && extra.length > 0 ? [`${quote(missing)} vs ${quote(extra)}`] : [];
}

function entityConflicts(answer: string, expected: string): string[] {
  const entitiesOf = (text: string): string[] => splitSentences(text).flatMap(extractEntities);
  const answerText = ` ${normalizeText(answer)} `;
  const expectedText = ` ${normalizeText(expected)} `;
  // An entity counts as present when its words appear anywhere in the other text, so that
  // `Richard Nixon` and `President Richard Nixon` agree.
  const missing = entitiesOf(expected).filter((entity) => !answerText.includes(` ${normalizeText(entity)} `));
  const extra = entitiesOf(answer).filter((entity) => !expectedText.includes(` ${normalizeText(entity)} `));
  return missing.length > 0 && extra.length > 0 ? [`${quote(missing)} vs ${quote(extra)}`] : [];
}

function quote(items: string[]): string {
  return items.map((item) => `"${item}"`).join(', ');
}

/** `reference`: fails when the answer does not agree with the case's expected answer. */
export const reference = defineCheck<{ min: number }>({
  name: 'reference',
  description: "the answer agrees with the case's expected answer (offline)",
  options: { properties: { min: minScore(DEFAULT_REFERENCE_MIN, 'agreement with the expected answer') } },
  needs: { expected: true },
  handler: (ctx, { min }) => {
    const result = referenceScore(ctx.output, ctx.case.expected!);
    const how = result.exact
      ? 'exact match after normalising'
      : result.contains
        ? 'answer contains the reference'
        : `token F1 ${result.f1.toFixed(2)} with the reference`;
    const disagree =
      result.disagreements.length > 0 ? `; disagrees on ${result.disagreements.join('; ')}` : '';
    return {
      pass: result.score >= min,
      score: result.score,
      reason: `reference ${result.score.toFixed(2)} (min ${min}): ${how}${disagree}`,
    };
  },
});
