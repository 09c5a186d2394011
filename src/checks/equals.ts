import { describe } from '../config/check-spec.js';
import { renderCaseText } from '../prompts/render.js';
import { defineCheck } from './types.js';

/** The answer equals `value` (default: the case's expected answer), surrounding whitespace ignored. */
export const equals = defineCheck<{ value?: unknown; ignoreCase: boolean }>({
  name: 'equals',
  description: "the answer equals a value or the case's expected answer",
  options: {
    properties: {
      value: {
        description: "The answer expected; `{{var}}` is filled from the case (default: the case's expected).",
      },
      ignoreCase: { type: 'boolean', default: false },
    },
  },
  handler(ctx, options) {
    const written = options.value ?? ctx.case.expected;
    if (written === undefined) {
      return {
        pass: false,
        score: 0,
        error: true,
        reason: 'equals needs a value or a case with an expected answer',
      };
    }
    const expected = renderCaseText(
      typeof written === 'string' ? written : JSON.stringify(written),
      ctx.case,
    ).trim();
    const actual = ctx.output.trim();
    const fold = (text: string): string => (options.ignoreCase ? text.toLowerCase() : text);
    const pass = fold(actual) === fold(expected);
    return {
      pass,
      score: pass ? 1 : 0,
      reason: pass
        ? `output equals ${describe(expected)}`
        : `output ${describe(actual)} does not equal ${describe(expected)}`,
    };
  },
});
