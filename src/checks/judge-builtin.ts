import type { ChatMessage } from '../types.js';
import { didYouMean } from '../config/did-you-mean.js';
import { CheckOptionError } from './options.js';
import { judgeError, parseJudgeReply } from './text/judge-reply.js';
import { defineCheck } from './types.js';

/**
 * The LLM evaluators a GitHub Models prompt file names with `uses: github/<name>`, graded by the
 * config's judge on a 1-5 scale with Promptgate's own rubric for each quality.
 */
const QUALITIES: Record<string, string> = {
  similarity:
    'how closely the answer matches the meaning of the reference answer (5: same facts and conclusion)',
  relevance: 'how directly the answer addresses the question that was asked (5: fully on point)',
  coherence: 'how logically the answer is organised, each sentence following from the last (5: no jumps)',
  fluency: 'how grammatical and natural the language of the answer is (5: flawless)',
  groundedness: 'how much of the answer is supported by the context given to the model (5: every claim)',
};

const REPLY_SCHEMA = {
  type: 'object',
  required: ['rating', 'reason'],
  properties: { rating: { type: 'integer', minimum: 1, maximum: 5 }, reason: { type: 'string' } },
};

function rubricMessages(
  quality: string,
  description: string,
  conversation: string,
  answer: string,
  reference?: string,
) {
  const messages: ChatMessage[] = [
    {
      role: 'system',
      content:
        `You grade one quality of an AI answer: ${quality}, meaning ${description}. ` +
        'Rate it from 1 (very poor) to 5 (excellent). ' +
        'Reply with a JSON object and nothing else: {"rating": <1-5>, "reason": "<one sentence>"}.',
    },
    {
      role: 'user',
      content: `[Conversation]\n${conversation}\n\n${reference ? `[Reference answer]\n${reference}\n\n` : ''}[Answer to grade]\n${answer}`,
    },
  ];
  return messages;
}

/**
 * The rating from which an answer passes by default: `gh models eval` scores a rating of 1 as 0 and
 * 2 to 5 as 0.25 to 1, and passes any score above 0.
 */
const GH_MODELS_PASS_RATING = 2;

/** `judge-builtin`: a GitHub Models built-in evaluator; passes at a rating of `min` (default 2, as gh models eval) or more. */
export const judgeBuiltin = defineCheck<{ evaluator: string; min: number }>({
  name: 'judge-builtin',
  description: 'a GitHub Models built-in evaluator (`uses: github/<name>`) rated 1-5 by the judge',
  options: {
    required: ['evaluator'],
    properties: {
      evaluator: { type: 'string', title: `one of ${Object.keys(QUALITIES).join(', ')}` },
      min: {
        type: 'number',
        minimum: 1,
        maximum: 5,
        default: GH_MODELS_PASS_RATING,
        title: 'a rating from 1 to 5',
      },
    },
  },
  needs: { judge: true },
  parse(options, spec) {
    if (options.evaluator in QUALITIES) return options;
    const known = Object.keys(QUALITIES).map((name) => `github/${name}`);
    const suggestion = didYouMean(`github/${options.evaluator}`, known);
    const hint = suggestion ? `did you mean "${suggestion}"? ` : '';
    throw new CheckOptionError(
      `unknown GitHub Models evaluator "github/${options.evaluator}"; ${hint}Expected one of: ${known.join(', ')}.`,
      spec,
      ['evaluator'],
    );
  },
  async handler(ctx, { evaluator: quality, min }) {
    if (quality === 'similarity' && !ctx.case.expected)
      return judgeError(`no expected answer in case ${ctx.case.id} for github/similarity`);
    const conversation = ctx.messages.map((m) => `${m.role}: ${m.content}`).join('\n');
    const { output } = await ctx.judge!(
      rubricMessages(quality, QUALITIES[quality], conversation, ctx.output, ctx.case.expected),
      `github/${quality}`,
    );
    const reply = parseJudgeReply<{ rating: number; reason: string }>(output, REPLY_SCHEMA);
    if (!reply.ok) return judgeError(`judge reply broke its schema: ${reply.problem}`);
    const { rating, reason } = reply.value;
    return {
      pass: rating >= min,
      score: (rating - 1) / 4,
      reason: `github/${quality} rated ${rating}/5 by the judge (pass at ${min}): ${reason}`,
    };
  },
});
