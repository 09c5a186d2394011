/**
 * Jinja2 templates rendered by `@huggingface/jinja`, an interpreter with no way out to JavaScript: a
 * pull request writes the template, and nunjucks (Prompty's JavaScript runtime) compiles templates
 * to JavaScript that can reach `process`.
 */
import { Environment, Interpreter, parse, tokenize } from '@huggingface/jinja';
import { MAX_RENDER_CHARS, MAX_RENDER_ITEMS } from '../limits.js';
import { RenderBudget } from './render-budget.js';

/** A runtime value of the interpreter, which wraps a JavaScript one. */
interface JinjaValue {
  value: unknown;
}

// The package's declarations import these from paths NodeNext cannot resolve, so they are typed here.
const tokenizeJinja = tokenize as (source: string) => unknown;
const parseJinja = parse as (tokens: unknown) => unknown;
const JinjaEnvironment = Environment as new () => { set(name: string, value: unknown): unknown };
const JinjaInterpreter = Interpreter as new (environment: unknown) => {
  run(program: unknown): JinjaValue;
  evaluate(node: unknown, environment: unknown): JinjaValue;
  renderBlock(statements: unknown[], environment: unknown): string;
};

/**
 * An interpreter held to a render budget (expressions evaluated, blocks rendered, text written) that
 * also measures each value its expressions make.
 */
class BoundedInterpreter extends JinjaInterpreter {
  private readonly budget = new RenderBudget();

  override renderBlock(statements: unknown[], environment: unknown): string {
    this.budget.step();
    return this.budget.wrote(super.renderBlock(statements, environment));
  }

  override evaluate(node: unknown, environment: unknown): JinjaValue {
    this.budget.step();
    const result = super.evaluate(node, environment);
    const { value } = result;
    if (Array.isArray(value) && value.length > MAX_RENDER_ITEMS)
      throw new Error(
        `rendering makes a list of more than ${MAX_RENDER_ITEMS.toLocaleString('en-US')} items`,
      );
    if (typeof value === 'string' && value.length > MAX_RENDER_CHARS)
      throw new Error(
        `rendering makes a text of more than ${MAX_RENDER_CHARS.toLocaleString('en-US')} characters`,
      );
    return result;
  }
}

/** Jinja's `range`, capped before it allocates. */
function range(start: unknown, stop?: unknown, step: unknown = 1): number[] {
  const [from, to] = stop === undefined ? [0, start] : [start, stop];
  if (![from, to, step].every(Number.isInteger) || step === 0)
    throw new Error('range() takes whole numbers and a step other than 0');
  const [first, end, by] = [from, to, step] as number[];
  const count = Math.max(0, Math.ceil((end - first) / by));
  if (count > MAX_RENDER_ITEMS)
    throw new Error(
      `range() of ${count.toLocaleString('en-US')} items; at most ${MAX_RENDER_ITEMS.toLocaleString('en-US')}`,
    );
  return Array.from({ length: count }, (_, i) => first + i * by);
}

/** The globals Jinja templates use; a case's variable of the same name wins. */
const JINJA_GLOBALS = { true: true, false: false, none: null, True: true, False: false, None: null, range };

/**
 * Compiles `text` (throws the parser's message when it does not parse) into a render function. The
 * tokens follow Jinja's defaults (no trim_blocks, no lstrip_blocks), as Jinja2 and nunjucks render;
 * the package's `Template` turns both on, as Hugging Face's chat templates expect.
 */
export function compileJinja(text: string): (values: Record<string, unknown>) => string {
  const program = parseJinja(tokenizeJinja(text));
  return (values) => {
    const environment = new JinjaEnvironment();
    for (const [name, value] of Object.entries({ ...JINJA_GLOBALS, ...values })) environment.set(name, value);
    return String(new BoundedInterpreter(environment).run(program).value);
  };
}
