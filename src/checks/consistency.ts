/**
 * `consistency`: is the answer consistent with the other repeats of the same prompt on the same
 * case? In the spirit of SelfCheckGPT's n-gram variant: a model that knows a fact states it the
 * same way each time, while an invented one drifts between samples. Each sentence of the answer is
 * scored by the share of its content unigrams and bigrams that the other samples also use (the
 * mean over samples); a sentence is supported when that share reaches `agreement`, and the score
 * is the supported share of sentences, which must reach `min`. Offline; it needs repeats >= 2.
 */
import { minScore } from './options.js';
import { defineCheck } from './types.js';
import { contentStems, splitSentences } from './text/tokens.js';

/** Default share of a sentence's words and word pairs the other samples must also use. */
export const DEFAULT_AGREEMENT = 0.5;

/** Default share of sentences that must be supported by the other samples. */
export const DEFAULT_CONSISTENCY_MIN = 0.8;

/** Unigrams and bigrams of content stems. */
function grams(text: string): Set<string> {
  const stems = contentStems(text);
  return new Set([...stems, ...stems.slice(1).map((word, i) => `${stems[i]} ${word}`)]);
}

/** Per-sentence agreement of `answer` with `samples`, 0..1 each. */
export function consistencyScores(
  answer: string,
  samples: string[],
): Array<{ sentence: string; agreement: number }> {
  const sampleGrams = samples.map(grams);
  return splitSentences(answer)
    .map((sentence) => ({ sentence, own: grams(sentence) }))
    .filter(({ own }) => own.size > 0)
    .map(({ sentence, own }) => {
      const shares = sampleGrams.map((other) => [...own].filter((gram) => other.has(gram)).length / own.size);
      return { sentence, agreement: shares.reduce((sum, value) => sum + value, 0) / shares.length };
    });
}

/** `consistency`: fails when the answer's sentences are not repeated by the other samples. */
export const consistency = defineCheck<{ min: number; agreement: number }>({
  name: 'consistency',
  description: "the answer's sentences are repeated by the other samples (SelfCheckGPT's n-gram idea)",
  options: {
    properties: {
      min: minScore(DEFAULT_CONSISTENCY_MIN, 'share of sentences the other samples support'),
      agreement: minScore(
        DEFAULT_AGREEMENT,
        "share of a sentence's words and word pairs the other samples use",
      ),
    },
  },
  needs: { repeats: true },
  handler: (ctx, { min, agreement }) => {
    const sentences = consistencyScores(ctx.output, ctx.samples);
    const supported = sentences.filter((sentence) => sentence.agreement >= agreement);
    const score = sentences.length === 0 ? 1 : supported.length / sentences.length;
    const weakest = [...sentences].sort((a, b) => a.agreement - b.agreement)[0];
    return {
      pass: score >= min,
      score,
      reason:
        `consistency ${score.toFixed(2)}: ${supported.length} of ${sentences.length} sentences repeated by the ` +
        `${ctx.samples.length} other sample(s) (word and word-pair overlap >= ${agreement}; min ${min})`,
      evidence: weakest && weakest.agreement < agreement ? weakest.sentence : undefined,
    };
  },
});
