/**
 * Renders a Prompty body as Prompty's runtimes do: the whole body through its template engine, then
 * split into messages at the role markers of the rendered text, so a loop may write the markers.
 */
import Mustache from 'mustache';
import { UserError } from '../errors.js';
import type { Case, ChatMessage, PromptyTemplate, Role } from '../types.js';
import { compileJinja } from './jinja.js';
import { RenderBudget } from './render-budget.js';

type Body = PromptyTemplate['body'];
type Render = (values: Record<string, unknown>) => string;

/** A line that starts a message: `system:`, `# user:`, `user[name="Ann"]:`. */
const ROLE_MARKER = /^\s*#?\s*(system|user|assistant|developer)\s*(?:\[([^\]]*)\])?\s*:\s*$/i;
const NAME_ARGUMENT = /^\s*name\s*=\s*"([^"]*)"\s*$/;

const compiled = new WeakMap<Body, Render>();

/**
 * The body's renderer, compiled once per body; throws the engine's message when the template does
 * not parse. Mustache escapes HTML in `{{var}}`, as both Prompty runtimes do.
 */
export function compileBody(body: Body): Render {
  let render = compiled.get(body);
  if (!render) {
    render = compile(body);
    compiled.set(body, render);
  }
  return render;
}

function compile({ engine, text }: Body): Render {
  if (engine === 'mustache') return compileMustache(text);
  return compileJinja(text);
}

/** Mustache held to a render budget, afresh for each rendering: each block it renders (a section's item each time) is a step. */
function compileMustache(text: string): Render {
  const writer = new Mustache.Writer();
  writer.parse(text);
  let budget = new RenderBudget();
  const renderTokens = writer.renderTokens.bind(writer);
  writer.renderTokens = (...args) => {
    budget.step();
    return budget.wrote(renderTokens(...args));
  };
  return (values) => {
    budget = new RenderBudget();
    return writer.render(text, values);
  };
}

/** The messages of a Prompty template for one case: its values over the inputs' defaults. */
export function renderPrompty(t: PromptyTemplate, c: Case, values: Record<string, unknown>): ChatMessage[] {
  const missing = t.inputs.find((input) => input.required && values[input.name] === undefined);
  if (missing) {
    throw new UserError(
      `prompt ${t.file}: case "${c.id}" does not supply input "${missing.name}" (declared at line ${missing.line} without a default)`,
      c.source,
    );
  }
  const defaults = t.inputs.flatMap((input): [string, unknown][] =>
    input.default === undefined ? [] : [[input.name, input.default]],
  );
  let text: string;
  try {
    text = compileBody(t.body)({ ...Object.fromEntries(defaults), ...values });
  } catch (error) {
    throw new UserError(
      `prompt ${t.file}: case "${c.id}" does not render: ${(error as Error).message} (template from line ${t.body.line})`,
      c.source,
    );
  }
  return splitMessages(t, c, text);
}

/** Text before the first marker is a system message; empty messages are dropped, as both runtimes do. */
function splitMessages(t: PromptyTemplate, c: Case, text: string): ChatMessage[] {
  const messages: ChatMessage[] = [];
  let current: { role: Role; name?: string; lines: string[] } = { role: 'system', lines: [] };
  const flush = (): void => {
    const content = current.lines.join('\n').trim();
    if (content !== '')
      messages.push({
        role: current.role,
        content,
        ...(current.name !== undefined ? { name: current.name } : {}),
      });
  };
  for (const line of text.split(/\r?\n/)) {
    const marker = ROLE_MARKER.exec(line);
    if (!marker) {
      current.lines.push(line);
      continue;
    }
    flush();
    current = { role: marker[1].toLowerCase() as Role, name: markerName(t, c, marker[2], line), lines: [] };
  }
  flush();
  if (messages.length === 0)
    throw new UserError(
      `prompt ${t.file}: case "${c.id}" renders no message: the rendered body is empty`,
      c.source,
    );
  return messages;
}

/** A marker's `[name="Ann"]`; the chat API takes no other argument on a message. */
function markerName(t: PromptyTemplate, c: Case, args: string | undefined, line: string): string | undefined {
  if (args === undefined || args.trim() === '') return undefined;
  const name = NAME_ARGUMENT.exec(args);
  if (!name)
    throw new UserError(
      `prompt ${t.file}: case "${c.id}": role marker ${JSON.stringify(line.trim())}: expected [name="..."], the only argument a message takes`,
      c.source,
    );
  return name[1];
}
