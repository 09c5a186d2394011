/**
 * `judge-custom`: a GitHub Models `llm:` evaluator (or the same written in a config), graded by the
 * config's judge with `gh models eval`'s semantics: the prompt is filled with the case's variables
 * and `{{completion}}` (the answer), the reply is matched against the choices in the order written
 * (the first whose text the lower-cased reply contains), and the answer passes when that choice
 * scores above 0. A reply that matches no choice decided nothing: an error, never a pass.
 */
import { renderString, templateValues } from '../prompts/render.js';
import type { ChatMessage } from '../types.js';
import { judgeError } from './text/judge-reply.js';
import { defineCheck } from './types.js';

interface Choice<Text> {
  choice: Text;
  score: number;
}

interface Options<Text> {
  prompt: string;
  choices: Choice<Text>[];
  systemPrompt?: string;
}

/** How much of an unmatched reply the reason quotes. */
const MAX_QUOTED_REPLY = 200;

/** `judge-custom`: passes when the judge's reply picks a choice that scores above 0. */
export const judgeCustom = defineCheck<Options<string | number | boolean>, Options<string>>({
  name: 'judge-custom',
  description: 'a judge prompt of your own whose reply picks one of your choices, each with a score',
  options: {
    required: ['prompt', 'choices'],
    properties: {
      prompt: {
        type: 'string',
        minLength: 1,
        title: 'the judge prompt, with {{completion}} where the answer goes',
      },
      systemPrompt: { type: 'string', title: "the judge's system prompt" },
      choices: {
        type: 'array',
        minItems: 1,
        title: 'a list of { choice, score }',
        items: {
          type: 'object',
          required: ['choice', 'score'],
          additionalProperties: false,
          properties: {
            // YAML reads `choice: 1` as a number; gh models eval reads it as the text "1".
            choice: { type: ['string', 'number', 'boolean'], title: 'the text the reply must contain' },
            score: { type: 'number', title: 'a number; above 0 passes' },
          },
        },
      },
    },
  },
  needs: { judge: true },
  parse(options) {
    return {
      ...options,
      choices: options.choices.map(({ choice, score }) => ({ choice: String(choice), score })),
    };
  },
  async handler(ctx, { prompt, choices, systemPrompt }) {
    const messages: ChatMessage[] = [
      ...(systemPrompt ? [{ role: 'system' as const, content: systemPrompt }] : []),
      {
        role: 'user',
        content: renderString(prompt, { ...templateValues(ctx.case), completion: ctx.output }),
      },
    ];
    const { output } = await ctx.judge!(messages, 'judge-custom');
    const reply = output.trim().toLowerCase();
    const matched = choices.find(({ choice }) => reply.includes(choice.toLowerCase()));
    if (!matched) {
      const quoted = reply.length > MAX_QUOTED_REPLY ? `${reply.slice(0, MAX_QUOTED_REPLY)}...` : reply;
      return judgeError(
        `the judge's reply matches none of the choices ${choices.map((c) => JSON.stringify(c.choice)).join(', ')}: ${JSON.stringify(quoted)}`,
      );
    }
    const pass = matched.score > 0;
    return {
      pass,
      // Scores are the file's own; the report's 0..1 scale keeps them where they fit.
      score: Math.min(1, Math.max(0, matched.score)),
      reason: `the judge chose ${JSON.stringify(matched.choice)} (score ${matched.score}; above 0 passes)`,
    };
  },
});
