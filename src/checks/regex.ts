import { describe } from '../config/check-spec.js';
import { UserError } from '../errors.js';
import { renderCaseText } from '../prompts/render.js';
import type { Check } from './types.js';

/** The answer matches a regular expression. Options: `{ value | pattern, flags? }`. */
export const regex: Check = (ctx, options) => {
  const written = options.pattern ?? options.value;
  if (typeof written !== 'string' || written === '') {
    return { pass: false, score: 0, error: true, reason: 'regex needs a pattern (value or pattern)' };
  }
  const pattern = renderCaseText(written, ctx.case);
  const flags = typeof options.flags === 'string' ? options.flags : '';
  let expression: RegExp;
  try {
    expression = new RegExp(pattern, flags);
  } catch (error) {
    throw new UserError(`check regex: invalid pattern /${pattern}/${flags}: ${(error as Error).message}`);
  }
  const match = expression.exec(ctx.output);
  return match
    ? { pass: true, score: 1, reason: `output matches /${pattern}/${flags}`, evidence: match[0] }
    : {
        pass: false,
        score: 0,
        reason: `output does not match /${pattern}/${flags} (got ${describe(ctx.output)})`,
      };
};
