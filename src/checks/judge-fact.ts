/**
 * `judge-fact`: an LLM judge compares the answer's facts with the case's expected answer on a
 * fixed multiple-choice rubric, so its verdicts are comparable across runs and models. The reply
 * must be JSON `{ choice, reason }`; anything else is an error, never a pass.
 */
import type { ChatMessage } from '../types.js';
import { judgeError, parseJudgeReply } from './text/judge-reply.js';
import { defineCheck } from './types.js';

/** The rubric's choices and what each says about the answer relative to the reference. */
export const FACT_CHOICES = {
  A: 'the answer states only some of the reference facts and nothing that conflicts with them',
  B: 'the answer states every reference fact and adds further facts that do not conflict',
  C: 'the answer states the same facts as the reference',
  D: 'the answer and the reference conflict on at least one fact',
  E: 'they differ only in wording, style or detail that does not change any fact',
} as const;

/** One of the rubric's letters. */
export type FactChoice = keyof typeof FACT_CHOICES;

const CHOICE_LETTERS = Object.keys(FACT_CHOICES) as FactChoice[];

const REPLY_SCHEMA = {
  type: 'object',
  properties: { choice: { enum: CHOICE_LETTERS }, reason: { type: 'string' } },
  required: ['choice', 'reason'],
  additionalProperties: false,
};

/** The judge prompt: rubric, question, reference and answer, and the reply format. */
export function factJudgeMessages(question: string, expected: string, answer: string): ChatMessage[] {
  const rubric = CHOICE_LETTERS.map((letter) => `(${letter}) ${FACT_CHOICES[letter]}`).join('\n');
  return [
    {
      role: 'system',
      content:
        'You grade whether an answer is factually consistent with a reference answer. Compare facts ' +
        'only; ignore tone, length and formatting. Pick exactly one choice:\n' +
        `${rubric}\n` +
        'Reply with a JSON object and nothing else: {"choice": "<letter>", "reason": "<one sentence>"}.',
    },
    {
      role: 'user',
      content: `[Question]\n${question}\n\n[Reference answer]\n${expected}\n\n[Answer to grade]\n${answer}`,
    },
  ];
}

/** `judge-fact`: passes when the judge's choice is one of `pass` (default A, C, E). */
export const judgeFact = defineCheck<{ pass: FactChoice[] }>({
  name: 'judge-fact',
  description: "an LLM judge compares the answer's facts with the expected answer on a fixed rubric",
  options: {
    properties: {
      pass: {
        type: 'array',
        items: { enum: CHOICE_LETTERS },
        minItems: 1,
        default: ['A', 'C', 'E'],
        title: `a list of the rubric's choices (${CHOICE_LETTERS.join(', ')})`,
      },
    },
  },
  needs: { judge: true, expected: true },
  async handler(ctx, { pass: passing }) {
    const question = ctx.messages
      .filter((message) => message.role === 'user')
      .map((message) => message.content)
      .join('\n');
    const { output } = await ctx.judge!(
      factJudgeMessages(question, ctx.case.expected!, ctx.output),
      'judge-fact',
    );
    const reply = parseJudgeReply<{ choice: FactChoice; reason: string }>(output, REPLY_SCHEMA);
    if (!reply.ok) return judgeError(`judge reply broke its schema: ${reply.problem}`);
    const { choice, reason } = reply.value;
    const pass = passing.includes(choice);
    return {
      pass,
      score: pass ? 1 : 0,
      reason: `judge-fact (${choice}): ${FACT_CHOICES[choice]}; passing choices ${passing.join(', ')}; judge: ${reason}`,
    };
  },
});
