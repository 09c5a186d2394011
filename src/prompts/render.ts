import { UserError } from '../errors.js';
import type { Case, ChatMessage, MessagesTemplate, PromptTemplate } from '../types.js';
import { renderPrompty } from './prompty-render.js';

/** `{{var}}`, `{{ var }}` and dotted paths `{{ a.b }}`; anything else (filters, tags) stays literal. */
const PLACEHOLDER = /\{\{\s*([A-Za-z_$][\w$-]*(?:\.[\w$-]+)*)\s*\}\}/g;

/** A variable a template uses that the values do not supply. */
export interface MissingVariable {
  name: string;
  /** Character offset of the placeholder in the template. */
  index: number;
}

/**
 * Substitutes every placeholder whose value `vars` supplies (non-strings as JSON) and calls
 * `onMissing` for the others, which are left as written.
 */
export function renderString(
  template: string,
  vars: Record<string, unknown>,
  onMissing?: (missing: MissingVariable) => void,
): string {
  return template.replace(PLACEHOLDER, (placeholder, name: string, index: number) => {
    const value = lookup(vars, name);
    if (value === undefined) {
      onMissing?.({ name, index });
      return placeholder;
    }
    return formatValue(value);
  });
}

/** A variable's value as a template shows it: a string as written, anything else as JSON. */
export function formatValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * The messages of `t` for case `c`, as the format's own runtime renders them (Prompty through its
 * template engine, the others by `{{var}}` substitution), with the case's system suffix appended.
 */
export function renderMessages(t: PromptTemplate, c: Case): ChatMessage[] {
  const messages = t.format === 'prompty' ? renderPrompty(t, c, templateValues(c)) : fillMessages(t, c);
  return c.systemSuffix ? appendSystemSuffix(messages, c.systemSuffix) : messages;
}

function fillMessages(t: MessagesTemplate, c: Case): ChatMessage[] {
  return t.messages.map((message, i) => ({
    role: message.role,
    content: renderString(message.content, templateValues(c), (missing) => {
      const line = (t.messageLines[i] ?? 1) + countNewlines(message.content.slice(0, missing.index));
      throw new UserError(
        `prompt ${t.file}: case "${c.id}" does not supply variable "${missing.name}" (used at line ${line})`,
        c.source,
      );
    }),
  }));
}

/**
 * The values a template sees: the case's vars, plus its `context` (passages joined by blank lines)
 * and `expected` answer under those names unless a var of the same name says otherwise.
 */
export function templateValues(c: Case): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  if (c.context !== undefined) values.context = Array.isArray(c.context) ? c.context.join('\n\n') : c.context;
  if (c.expected !== undefined) values.expected = c.expected;
  return { ...values, ...c.vars };
}

function appendSystemSuffix(messages: ChatMessage[], suffix: string): ChatMessage[] {
  const index = messages.findIndex((m) => m.role === 'system' || m.role === 'developer');
  if (index < 0) return [{ role: 'system', content: suffix }, ...messages];
  return messages.map((m, i) => (i === index ? { ...m, content: `${m.content}\n\n${suffix}` } : m));
}

/** A key written with dots (`a.b`) wins over walking into nested objects. */
function lookup(vars: Record<string, unknown>, name: string): unknown {
  if (name in vars) return vars[name];
  let node: unknown = vars;
  for (const part of name.split('.')) {
    if (node === null || typeof node !== 'object' || !(part in node)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

function countNewlines(text: string): number {
  return text.split('\n').length - 1;
}

/** A check option rendered with the case's variables; `{{expected}}` is the case's expected answer unless a variable says otherwise. */
export function renderCaseText(text: string, c: Case): string {
  return renderString(text, templateValues(c));
}

/** The `{{var}}` names a text uses, each once. */
export function placeholders(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(PLACEHOLDER), (match) => match[1]))];
}

/** What a case must supply: a Prompty file's inputs without a default, or the roots of a message template's `{{var}}`s. */
export function templateVariables(t: PromptTemplate): string[] {
  if (t.format === 'prompty') return t.inputs.filter((input) => input.required).map((input) => input.name);
  const roots = t.messages
    .flatMap((message) => placeholders(message.content))
    .map((name) => name.split('.')[0]);
  return [...new Set(roots)];
}
