/**
 * `judge-grounding`: an LLM judge lists the answer's factual claims and marks each as supported
 * by the case's context or not; the score is the supported share. The reply must be JSON
 * `{ claims: [{ claim, supported }] }`; anything else is an error, never a pass.
 */
import type { ChatMessage } from '../types.js';
import { minScore } from './options.js';
import { judgeError, parseJudgeReply } from './text/judge-reply.js';
import { defineCheck } from './types.js';
import { toPassages, type Passage } from './text/passages.js';

/** Default pass mark: every claim the judge found must be supported, bar one in ten. */
export const DEFAULT_JUDGE_GROUNDING_MIN = 0.9;

interface ClaimVerdict {
  claim: string;
  supported: boolean;
}

const REPLY_SCHEMA = {
  type: 'object',
  properties: {
    claims: {
      type: 'array',
      items: {
        type: 'object',
        properties: { claim: { type: 'string' }, supported: { type: 'boolean' } },
        required: ['claim', 'supported'],
      },
    },
  },
  required: ['claims'],
};

/** The judge prompt: the per-claim rubric, the numbered context and the answer. */
export function groundingJudgeMessages(passages: Passage[], answer: string): ChatMessage[] {
  const context = passages.map((passage) => `[${passage.id}] ${passage.text}`).join('\n\n');
  return [
    {
      role: 'system',
      content:
        'You check an answer against source passages. Break the answer into its separate factual ' +
        'claims (skip greetings, opinions and questions). A claim is supported only if the passages ' +
        'state it or it follows directly from them; your own knowledge does not count, and a claim ' +
        'that changes a number, name, date or negation of the passages is not supported.\n' +
        'Reply with a JSON object and nothing else: ' +
        '{"claims": [{"claim": "<claim>", "supported": true|false}]}.',
    },
    { role: 'user', content: `[Passages]\n${context}\n\n[Answer]\n${answer}` },
  ];
}

/** `judge-grounding`: passes when the share of supported claims reaches `min`. */
export const judgeGrounding = defineCheck<{ min: number }>({
  name: 'judge-grounding',
  description: "an LLM judge marks each of the answer's claims as supported by the context or not",
  options: { properties: { min: minScore(DEFAULT_JUDGE_GROUNDING_MIN, 'share of supported claims') } },
  needs: { judge: true, context: true },
  async handler(ctx, { min }) {
    const passages = toPassages(ctx.case.context);
    const { output } = await ctx.judge!(groundingJudgeMessages(passages, ctx.output), 'judge-grounding');
    const reply = parseJudgeReply<{ claims: ClaimVerdict[] }>(output, REPLY_SCHEMA);
    if (!reply.ok) return judgeError(`judge reply broke its schema: ${reply.problem}`);
    const { claims } = reply.value;
    const supported = claims.filter((claim) => claim.supported);
    const score = claims.length === 0 ? 1 : supported.length / claims.length;
    const unsupported = claims.filter((claim) => !claim.supported).map((claim) => `"${claim.claim}"`);
    return {
      pass: score >= min,
      score,
      reason:
        `judge-grounding ${score.toFixed(2)} (min ${min}): the judge found ${supported.length} of ${claims.length} claims supported by the context` +
        (unsupported.length > 0 ? `; unsupported: ${unsupported.join(', ')}` : ''),
      evidence: unsupported[0],
    };
  },
});
