import { describe } from '../config/check-spec.js';
import { renderCaseText } from '../prompts/render.js';
import type { Check } from './types.js';

type StringKind = 'equals' | 'contains' | 'startsWith' | 'endsWith';

const KINDS: readonly StringKind[] = ['equals', 'contains', 'startsWith', 'endsWith'];

const VERBS: Record<StringKind, string> = {
  equals: 'equal',
  contains: 'contain',
  startsWith: 'start with',
  endsWith: 'end with',
};

/**
 * A GitHub Models string evaluator with `gh models eval` semantics: the answer is trimmed, `equals`
 * is exact, the others ignore case, and `{{var}}` in the value is filled from the case.
 * Options: `{ equals | contains | startsWith | endsWith, ignoreCase? }` (the first present wins, in that order).
 */
export const githubModelsString: Check = (ctx, options) => {
  const kind = KINDS.find((k) => typeof options[k] === 'string' && options[k] !== '');
  if (!kind)
    return {
      pass: false,
      score: 0,
      error: true,
      reason: `string evaluator needs one of ${KINDS.join(', ')}`,
    };
  const value = renderCaseText(String(options[kind]), ctx.case);
  const ignoreCase = typeof options.ignoreCase === 'boolean' ? options.ignoreCase : kind !== 'equals';
  const fold = (text: string): string => (ignoreCase ? text.toLowerCase() : text);
  const output = fold(ctx.output.trim());
  const pass = compare(kind, output, fold(value));
  return {
    pass,
    score: pass ? 1 : 0,
    reason: `output ${pass ? '' : 'does not '}${pass ? VERBS[kind].replace(/^(\w+)/, '$1s') : VERBS[kind]} ${describe(value)}`,
  };
};

function compare(kind: StringKind, output: string, value: string): boolean {
  switch (kind) {
    case 'equals':
      return output === value;
    case 'contains':
      return output.includes(value);
    case 'startsWith':
      return output.startsWith(value);
    case 'endsWith':
      return output.endsWith(value);
  }
}
