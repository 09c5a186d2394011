import { isPlainObject } from '../config/check-spec.js';
import type { ChatMessage, MessagesTemplate } from '../types.js';
import { PromptFields } from './fields.js';
import { frontMatterMapping, splitFrontMatter } from './front-matter.js';
import { toOpenAIParameters } from './parameters.js';

/**
 * Parses a `.txt` / `.md` template: the body is one user message; optional front matter
 * may give `system:`, `model:`, `parameters:`, `name:` and `description:`.
 */
export function parseTextPrompt(file: string, text: string): MessagesTemplate {
  const parsed = splitFrontMatter(file, text);
  const meta = frontMatterMapping(file, parsed);
  const fields = new PromptFields(file, parsed.meta);
  fields.ignoreOthers(
    meta,
    [],
    ['system', 'model', 'parameters', 'name', 'description'],
    'not a front matter field of a text prompt',
  );
  const messages: ChatMessage[] = [];
  const messageLines: number[] = [];
  if (typeof meta.system === 'string') {
    messages.push({ role: 'system', content: meta.system });
    messageLines.push(fields.locate(['system']).line);
  }
  const leadingBlank = parsed.body.length - parsed.body.trimStart().length;
  messages.push({ role: 'user', content: parsed.body.trim() });
  messageLines.push(parsed.bodyLine + parsed.body.slice(0, leadingBlank).split('\n').length - 1);
  return {
    file,
    format: 'text',
    name: typeof meta.name === 'string' ? meta.name : undefined,
    messages,
    messageLines,
    model: typeof meta.model === 'string' ? meta.model : undefined,
    parameters: isPlainObject(meta.parameters) ? toOpenAIParameters(meta.parameters) : {},
    cases: [],
    checks: [],
    ignored: fields.ignored(),
  };
}
