import { describe } from '../config/check-spec.js';
import { renderCaseText } from '../prompts/render.js';
import { defineCheck } from './types.js';

const TEXT = { type: ['string', 'number'], minLength: 1 };

/**
 * The answer contains `value` (or every one of a list; with `mode: any`, at least one).
 * Score: the share found.
 */
export const contains = defineCheck<{
  value: string | number | (string | number)[];
  ignoreCase: boolean;
  mode: 'all' | 'any';
}>({
  name: 'contains',
  description: 'the answer contains a text, or all (or any) of a list',
  options: {
    required: ['value'],
    properties: {
      value: {
        title: 'a text or a list of texts, e.g. contains: refund policy',
        anyOf: [TEXT, { type: 'array', minItems: 1, items: TEXT }],
      },
      ignoreCase: { type: 'boolean', default: false },
      mode: { enum: ['all', 'any'], default: 'all' },
    },
  },
  handler(ctx, options) {
    const needles = (Array.isArray(options.value) ? options.value : [options.value]).map((v) =>
      renderCaseText(String(v), ctx.case),
    );
    const fold = (text: string): string => (options.ignoreCase ? text.toLowerCase() : text);
    const haystack = fold(ctx.output);
    const missing = needles.filter((needle) => !haystack.includes(fold(needle)));
    const found = needles.length - missing.length;
    if (options.mode === 'any') {
      const pass = found > 0;
      return {
        pass,
        score: pass ? 1 : 0,
        reason: pass
          ? `output contains ${describe(needles.find((n) => !missing.includes(n)))}`
          : `output contains none of ${needles.map(describe).join(', ')}`,
      };
    }
    const pass = missing.length === 0;
    return {
      pass,
      score: found / needles.length,
      reason: pass
        ? `output contains ${needles.map(describe).join(', ')}`
        : `output does not contain ${missing.map(describe).join(', ')}`,
    };
  },
});
