import { describe } from '../config/check-spec.js';
import { renderCaseText } from '../prompts/render.js';
import { invalidOption } from './options.js';
import { defineCheck } from './types.js';

type StringKind = 'equals' | 'contains' | 'startsWith' | 'endsWith';

const KINDS: readonly StringKind[] = ['equals', 'contains', 'startsWith', 'endsWith'];

const VERBS: Record<StringKind, string> = {
  equals: 'equal',
  contains: 'contain',
  startsWith: 'start with',
  endsWith: 'end with',
};

type StringOptions = Partial<Record<StringKind, string>> & { ignoreCase?: boolean };

/**
 * A GitHub Models string evaluator with `gh models eval` semantics: the answer is trimmed, `equals`
 * is exact, the others ignore case, and `{{var}}` in the value is filled from the case.
 * Options: `{ equals | contains | startsWith | endsWith, ignoreCase? }` (the first present wins, in that order).
 */
export const githubModelsString = defineCheck<
  StringOptions,
  { kind: StringKind; value: string; ignoreCase: boolean }
>({
  name: 'github-models',
  description: 'a GitHub Models string evaluator (equals, contains, startsWith, endsWith)',
  options: {
    properties: {
      ...Object.fromEntries(KINDS.map((kind) => [kind, { type: 'string', minLength: 1 }])),
      ignoreCase: { type: 'boolean' },
    },
  },
  parse(options, spec) {
    const kind = KINDS.find((k) => options[k] !== undefined);
    if (!kind) throw invalidOption(spec, 'string', undefined, `one of ${KINDS.join(', ')}`);
    return { kind, value: options[kind]!, ignoreCase: options.ignoreCase ?? kind !== 'equals' };
  },
  handler(ctx, { kind, value: written, ignoreCase }) {
    const value = renderCaseText(written, ctx.case);
    const fold = (text: string): string => (ignoreCase ? text.toLowerCase() : text);
    const output = fold(ctx.output.trim());
    const pass = compare(kind, output, fold(value));
    return {
      pass,
      score: pass ? 1 : 0,
      reason: `output ${pass ? '' : 'does not '}${pass ? VERBS[kind].replace(/^(\w+)/, '$1s') : VERBS[kind]} ${describe(value)}`,
    };
  },
});

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
