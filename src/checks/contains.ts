import { describe } from '../config/check-spec.js';
import { renderCaseText } from '../prompts/render.js';
import type { Check } from './types.js';

/**
 * The answer contains `value` (or every one of a list; with `mode: any`, at least one).
 * Options: `{ value: string | string[], ignoreCase?, mode?: 'all' | 'any' }`. Score: share found.
 */
export const contains: Check = (ctx, options) => {
  const needles = (Array.isArray(options.value) ? options.value : [options.value])
    .filter((v) => v !== undefined && v !== null && v !== '')
    .map((v) => renderCaseText(String(v), ctx.case));
  if (needles.length === 0)
    return {
      pass: false,
      score: 0,
      error: true,
      reason: 'contains needs a value (a string or a list of strings)',
    };
  const fold = (text: string): string => (options.ignoreCase === true ? text.toLowerCase() : text);
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
};
