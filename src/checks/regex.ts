import { describe } from '../config/check-spec.js';
import { renderCaseText } from '../prompts/render.js';
import { invalidOption } from './options.js';
import { defineCheck } from './types.js';

/** What the handler gets: the pattern compiled once, or its template when `{{var}}` fills it per case. */
type Pattern = { source: string; flags: string; compiled?: RegExp };

/** `{{var}}` in a pattern (as `renderCaseText` fills it); stands for a literal while the pattern is checked. */
const VARIABLE = /\{\{\s*[A-Za-z_$][\w$-]*(?:\.[\w$-]+)*\s*\}\}/;

/** The answer matches a regular expression: `{ value | pattern, flags? }`, `{{var}}` filled from the case. */
export const regex = defineCheck<{ value?: string; pattern?: string; flags: string }, Pattern>({
  name: 'regex',
  description: 'the answer matches a regular expression',
  options: {
    properties: {
      value: { type: 'string', minLength: 1, title: 'a regular expression' },
      pattern: { type: 'string', minLength: 1, title: 'a regular expression' },
      flags: {
        type: 'string',
        pattern: '^[dgimsuvy]*$',
        default: '',
        title: 'regular expression flags such as "i"',
      },
    },
  },
  parse(options, spec) {
    const key = options.pattern !== undefined ? 'pattern' : 'value';
    const source = options.pattern ?? options.value;
    if (source === undefined)
      throw invalidOption(
        spec,
        'pattern',
        undefined,
        'a regular expression, e.g. regex: "^Priority: (low|high)"',
      );
    try {
      const compiled = new RegExp(source.replace(new RegExp(VARIABLE, 'g'), 'x'), options.flags);
      return { source, flags: options.flags, compiled: VARIABLE.test(source) ? undefined : compiled };
    } catch (error) {
      throw invalidOption(spec, key, source, `a valid regular expression (${(error as Error).message})`);
    }
  },
  handler(ctx, { source, flags, compiled }) {
    const pattern = compiled ? source : renderCaseText(source, ctx.case);
    // A copy: with the g or y flag, a shared expression would carry lastIndex from one answer to the next.
    const expression = new RegExp(compiled ?? pattern, compiled ? undefined : flags);
    const match = expression.exec(ctx.output);
    return match
      ? { pass: true, score: 1, reason: `output matches /${pattern}/${flags}`, evidence: match[0] }
      : {
          pass: false,
          score: 0,
          reason: `output does not match /${pattern}/${flags} (got ${describe(ctx.output)})`,
        };
  },
});
