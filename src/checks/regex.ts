import { RE2JS } from 're2js';
import { describe } from '../config/check-spec.js';
import { MAX_REGEX_PROGRAM_SIZE, MAX_REGEX_WORK } from '../limits.js';
import { renderCaseText } from '../prompts/render.js';
import { invalidOption } from './options.js';
import { defineCheck } from './types.js';

/** What the handler gets: the pattern compiled once, or its template when `{{var}}` fills it per case. */
type Pattern = { source: string; flags: string; compiled?: RE2JS };

/** `{{var}}` in a pattern (as `renderCaseText` fills it); stands for a literal while the pattern is checked. */
const VARIABLE = /\{\{\s*[A-Za-z_$][\w$-]*(?:\.[\w$-]+)*\s*\}\}/;

/** JavaScript flags RE2 honours; `g`, `u` and `d` do not change the first match, so they are accepted. */
const RE2_FLAGS: Record<string, number> = {
  i: RE2JS.CASE_INSENSITIVE,
  m: RE2JS.MULTILINE,
  s: RE2JS.DOTALL,
  g: 0,
  u: 0,
  d: 0,
};

/**
 * The answer matches a regular expression: `{ value | pattern, flags? }`, `{{var}}` filled from the
 * case. Patterns run on RE2 (linear time, so no pattern can hang the run on a long answer): no
 * backreferences or lookaround.
 */
export const regex = defineCheck<{ value?: string; pattern?: string; flags: string }, Pattern>({
  name: 'regex',
  description: 'the answer matches a regular expression',
  options: {
    properties: {
      value: { type: 'string', minLength: 1, title: 'a regular expression' },
      pattern: { type: 'string', minLength: 1, title: 'a regular expression' },
      flags: {
        type: 'string',
        pattern: `^[${Object.keys(RE2_FLAGS).join('')}]*$`,
        default: '',
        title: 'regular expression flags among i, m and s (g, u and d are accepted and change nothing)',
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
      const compiled = compile(source.replace(new RegExp(VARIABLE, 'g'), 'x'), options.flags);
      return { source, flags: options.flags, compiled: VARIABLE.test(source) ? undefined : compiled };
    } catch (error) {
      throw invalidOption(
        spec,
        key,
        source,
        `a pattern RE2 accepts (no backreferences or lookaround): ${(error as Error).message}`,
      );
    }
  },
  handler(ctx, { source, flags, compiled }) {
    const pattern = compiled ? source : renderCaseText(source, ctx.case);
    let expression: RE2JS;
    try {
      expression = compiled ?? compile(pattern, flags);
    } catch (error) {
      // A case's variable made the pattern invalid: the check cannot decide, which is not a pass.
      return {
        pass: false,
        score: 0,
        error: true,
        reason: `pattern /${pattern}/${flags} is not one RE2 accepts once filled from the case: ${(error as Error).message}`,
      };
    }
    const work = ctx.output.length * expression.programSize();
    if (work > MAX_REGEX_WORK) {
      return {
        pass: false,
        score: 0,
        error: true,
        reason: `not checked: an answer of ${ctx.output.length} characters is too long for /${pattern}/${flags} (at most ${Math.floor(MAX_REGEX_WORK / expression.programSize())} for this pattern)`,
      };
    }
    const match = expression.exec(ctx.output) as RegExpExecArray | null;
    return match
      ? { pass: true, score: 1, reason: `output matches /${pattern}/${flags}`, evidence: match[0] }
      : {
          pass: false,
          score: 0,
          reason: `output does not match /${pattern}/${flags} (got ${describe(ctx.output)})`,
        };
  },
});

/** Compiles a JavaScript-style pattern (`\u{...}`, `(?<name>...)`) on RE2; throws on what RE2 cannot run. */
function compile(source: string, flags: string): RE2JS {
  let bits = 0;
  for (const flag of flags) bits |= RE2_FLAGS[flag] ?? 0;
  const expression = RE2JS.compile(RE2JS.translateRegExp(source), bits);
  const size = expression.programSize();
  if (size > MAX_REGEX_PROGRAM_SIZE)
    throw new Error(`the pattern is too large (program size ${size}, at most ${MAX_REGEX_PROGRAM_SIZE})`);
  return expression;
}
