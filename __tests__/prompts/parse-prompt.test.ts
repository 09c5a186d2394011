import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { parsePrompt } from '../../src/prompts/parse-prompt.js';
import { renderMessages, templateVariables } from '../../src/prompts/render.js';
import type { Case } from '../../src/types.js';

const load = (name: string) =>
  parsePrompt(
    `prompts/${name}`,
    readFileSync(new URL(`../../fixtures/prompts/${name}`, import.meta.url), 'utf8'),
  );

describe('GitHub Models prompt.yml', () => {
  const t = load('summarizer.prompt.yml');

  it('maps model parameters to API names and records message lines', () => {
    expect(t).toMatchObject({
      format: 'github-models',
      name: 'Text Summarizer',
      model: 'openai/gpt-4o-mini',
    });
    expect(t.parameters).toEqual({ temperature: 0.5, max_tokens: 200, top_p: 0.9 });
    expect(t.messages.map((m) => m.role)).toEqual(['system', 'user']);
    // The block scalar's text starts on the line after `content: |`.
    expect(t.messageLines).toEqual([10, 13]);
  });

  it('turns testData into cases, with expected both a var and the expected answer', () => {
    expect(t.cases[1]).toEqual({
      id: 'summarizer.prompt.yml#2',
      vars: { input: 'The sky is blue.', expected: 'Summary - The sky is blue.' },
      expected: 'Summary - The sky is blue.',
      source: { file: 'prompts/summarizer.prompt.yml', line: 22, column: 5 },
    });
  });

  it('turns evaluators into checks', () => {
    expect(t.checks.map(({ name, options }) => ({ name, options }))).toEqual([
      {
        name: 'github-models',
        options: { label: "Output should start with 'Summary -'", startsWith: 'Summary -' },
      },
      { name: 'github-models', options: { label: 'Mentions the expected answer', contains: '{{expected}}' } },
      { name: 'judge-builtin', options: { label: 'Similarity', evaluator: 'similarity' } },
      {
        name: 'judge-custom',
        options: {
          label: 'Is it kind',
          modelId: 'openai/gpt-4o',
          prompt: 'Is this kind? {{completion}}',
          choices: [
            { choice: 'yes', score: 1 },
            { choice: 'no', score: 0 },
          ],
        },
      },
    ]);
  });

  it('reads a json_schema response format from its JSON string', () => {
    expect(load('json-answer.prompt.yml').responseFormat).toEqual({
      type: 'json_schema',
      schema: { type: 'object', properties: { answer: { type: 'string' } }, required: ['answer'] },
    });
  });

  it.each([
    [
      'no messages',
      'name: x\n',
      'p.prompt.yml:1:1: prompt p.prompt.yml: expected "messages" to be a non-empty list of { role, content }, got nothing',
    ],
    [
      'bad role',
      'messages:\n  - role: robot\n    content: hi\n',
      'p.prompt.yml:2:11: prompt p.prompt.yml: messages[0].role: expected one of system, user, assistant, developer, got "robot"',
    ],
    [
      'bad evaluator',
      'messages: [{ role: user, content: hi }]\nevaluators:\n  - name: x\n    string: { includes: a }\n',
      'p.prompt.yml:3:5: prompt p.prompt.yml: evaluators[0]: expected string: to have one of contains, equals, startsWith, endsWith',
    ],
    [
      'bad response format',
      'responseFormat: xml\nmessages: [{ role: user, content: hi }]\n',
      'p.prompt.yml:1:17: prompt p.prompt.yml: responseFormat: expected text, json_object or json_schema, got "xml"',
    ],
  ])('rejects %s with its location', (_name, text, message) => {
    expect(() => parsePrompt('p.prompt.yml', text)).toThrow(message);
  });
});

describe('Prompty', () => {
  it.each([
    [
      'promptflow.prompty',
      'gpt-35-turbo',
      { max_tokens: 128, temperature: 0.2 },
      { first_name: 'John', question: 'What is the meaning of life?' },
      [23, 26],
    ],
    [
      'prompty-1.prompty',
      'gpt-4o-mini',
      { max_tokens: 3000 },
      { customer: 'Jane', question: 'Do you sell tents?' },
      [20, 22],
    ],
    [
      'prompty-2.prompty',
      'gpt-4o-mini',
      { temperature: 0.7, max_tokens: 1000 },
      { firstName: 'Jane', question: 'What is the meaning of life?' },
      [23, 26],
    ],
  ])('%s: model, parameters, sample case and message lines', (file, model, parameters, vars, lines) => {
    const t = load(file);
    expect(t).toMatchObject({ format: 'prompty', model, parameters, messageLines: lines });
    expect(t.messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(t.cases).toEqual([expect.objectContaining({ id: `${file}#sample`, vars })]);
  });

  it('keeps a json_object response format out of the parameters', () => {
    expect(load('prompty-1.prompty').responseFormat).toEqual({ type: 'json_object' });
  });

  it('renders the sample case with Jinja-style spacing', () => {
    const t = load('prompty-1.prompty');
    expect(renderMessages(t, t.cases[0])).toEqual([
      { role: 'system', content: 'You help Jane shop. Answer in JSON.' },
      { role: 'user', content: 'Do you sell tents?' },
    ]);
  });

  it('treats text before the first role marker as the system message', () => {
    const t = parsePrompt('a.prompty', '---\nname: a\n---\nBe brief.\nuser:\n{{q}}\n');
    expect(t.messages).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: '{{q}}' },
    ]);
    expect(t.messageLines).toEqual([4, 6]);
  });
});

describe('text and Markdown templates', () => {
  it('reads front matter and makes the body one user message', () => {
    const t = load('greeting.md');
    expect(t).toMatchObject({
      format: 'text',
      model: 'gpt-4o-mini',
      parameters: { temperature: 0, max_tokens: 50 },
      messageLines: [2, 7],
    });
    expect(t.messages[0]).toEqual({
      role: 'system',
      content: 'You are a friendly assistant for {{company}}.',
    });
    expect(templateVariables(t)).toEqual(['company', 'customer', 'product']);
  });

  it('reads a file without front matter', () => {
    expect(load('plain.txt').messages).toEqual([{ role: 'user', content: 'Translate to French: {{text}}' }]);
  });

  it('rejects an unknown extension', () => {
    expect(() => parsePrompt('p.docx', '')).toThrow(
      'prompt p.docx: unsupported file type; expected *.prompt.yml, *.prompt.yaml, *.prompty, *.md or *.txt',
    );
  });
});

describe('renderMessages', () => {
  const t = load('greeting.md');
  const c = (vars: Record<string, unknown>, extra: Partial<Case> = {}): Case => ({
    id: 'c1',
    vars,
    source: { file: 'evals/a.jsonl', line: 4 },
    ...extra,
  });

  it('fills dotted paths and JSON-stringifies non-strings', () => {
    const messages = renderMessages(
      t,
      c({ company: 'Acme', customer: { name: 'Ann' }, product: ['tent', 2] }),
    );
    expect(messages[1].content).toBe('Write a one-line greeting for Ann,\nwho bought ["tent",2].');
  });

  it('says which case misses which variable, and where the template uses it', () => {
    expect(() => renderMessages(t, c({ company: 'Acme', customer: { name: 'Ann' } }))).toThrow(
      'evals/a.jsonl:4: prompt prompts/greeting.md: case "c1" does not supply variable "product" (used at line 8)',
    );
  });

  it('appends a case system suffix to the system message', () => {
    const messages = renderMessages(
      t,
      c({ company: 'Acme', customer: { name: 'A' }, product: 'p' }, { systemSuffix: 'Token: X1' }),
    );
    expect(messages[0].content).toBe('You are a friendly assistant for Acme.\n\nToken: X1');
  });
});
