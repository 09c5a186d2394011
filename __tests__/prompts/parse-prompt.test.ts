import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { parsePrompt } from '../../src/prompts/parse-prompt.js';
import { renderMessages } from '../../src/prompts/render.js';
import type { Case, MessagesTemplate, PromptTemplate } from '../../src/types.js';

/** Reads nothing: these prompts reference no other file. */
const noFiles = () => Promise.resolve(undefined);

const load = (name: string) =>
  parsePrompt(
    `prompts/${name}`,
    readFileSync(new URL(`../../fixtures/prompts/${name}`, import.meta.url), 'utf8'),
    noFiles,
  );

/** A template whose messages are written one by one (GitHub Models, text). */
function messagesOf(t: PromptTemplate): MessagesTemplate {
  if (t.format === 'prompty') throw new Error(`${t.file} is a Prompty template`);
  return t;
}

describe('GitHub Models prompt.yml', () => {
  it('maps the model parameters gh models eval sends to API names, and records message lines', async () => {
    const t = messagesOf(await load('summarizer.prompt.yml'));
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

  it('turns testData into cases, with expected both a var and the expected answer', async () => {
    expect((await load('summarizer.prompt.yml')).cases[1]).toEqual({
      id: 'summarizer.prompt.yml#2',
      vars: { input: 'The sky is blue.', expected: 'Summary - The sky is blue.' },
      expected: 'Summary - The sky is blue.',
      source: { file: 'prompts/summarizer.prompt.yml', line: 22, column: 5 },
    });
  });

  it('turns string, uses and llm evaluators into checks, and lists the llm modelId as ignored', async () => {
    const t = await load('summarizer.prompt.yml');
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
          prompt: 'Is this kind? {{completion}}',
          choices: [
            { choice: 'yes', score: 1 },
            { choice: 'no', score: 0 },
          ],
        },
      },
    ]);
    expect(t.ignored).toEqual([
      {
        field: 'evaluators[3].llm.modelId',
        line: 35,
        reason: "the config's judge grades every llm evaluator",
      },
    ]);
  });

  it('keeps a json_schema response format whole: name, strict, description and schema', async () => {
    expect((await load('json-answer.prompt.yml')).responseFormat).toEqual({
      type: 'json_schema',
      name: 'answer',
      strict: true,
      schema: { type: 'object', properties: { answer: { type: 'string' } }, required: ['answer'] },
    });
  });

  it('reads llm evaluators, jsonSchema and testData of a triage prompt, and names what it ignores', async () => {
    const t = messagesOf(await load('ticket-triage.prompt.yml'));
    expect(t.parameters).toEqual({ temperature: 0, max_tokens: 120 });
    expect(t.responseFormat).toEqual({
      type: 'json_schema',
      name: 'triage',
      description: 'The queue a ticket belongs in, and why.',
      strict: true,
      schema: {
        type: 'object',
        properties: {
          queue: { type: 'string', enum: ['billing', 'shipping', 'returns'] },
          why: { type: 'string' },
        },
        required: ['queue', 'why'],
        additionalProperties: false,
      },
    });
    expect(t.checks).toEqual([
      {
        name: 'github-models',
        options: { label: 'picks the expected queue', contains: '{{expected}}' },
        source: { file: 'prompts/ticket-triage.prompt.yml', line: 35, column: 5 },
      },
      {
        name: 'judge-custom',
        options: {
          label: 'reason fits the ticket',
          systemPrompt: 'You grade support triage. Answer with one word.',
          prompt:
            'Ticket: {{ticket}}\nTriage: {{completion}}\nIs the reason consistent with the ticket? Answer consistent, partly or inconsistent.',
          choices: [
            { choice: 'inconsistent', score: 0 },
            { choice: 'consistent', score: 1 },
            { choice: 'partly', score: 0.5 },
          ],
        },
        source: { file: 'prompts/ticket-triage.prompt.yml', line: 38, column: 5 },
      },
      {
        name: 'judge-builtin',
        options: { label: 'relevant', evaluator: 'relevance' },
        source: { file: 'prompts/ticket-triage.prompt.yml', line: 54, column: 11 },
      },
    ]);
    expect(t.cases.map((c) => c.vars)).toEqual([
      { ticket: 'My parcel has been stuck in Hamburg for nine days.', expected: 'shipping' },
      { ticket: 'I was charged twice for order 5521.', expected: 'billing' },
    ]);
    expect(t.ignored).toEqual([
      {
        field: 'modelParameters.frequencyPenalty',
        line: 7,
        reason: 'gh models eval sends only maxTokens, temperature, topP',
      },
      {
        field: 'evaluators[1].llm.modelId',
        line: 40,
        reason: "the config's judge grades every llm evaluator",
      },
      { field: 'owner', line: 55, reason: 'gh models eval does not read it' },
    ]);
  });

  it.each<[string, Record<string, string>, Record<string, string>, string[]]>([
    ['equals comes first', { contains: 'a', equals: 'b' }, { equals: 'b' }, ['contains']],
    ['an empty value is skipped', { equals: '', endsWith: 'z' }, { endsWith: 'z' }, []],
    ['startsWith before endsWith', { endsWith: 'z', startsWith: 'a' }, { startsWith: 'a' }, ['endsWith']],
  ])(
    'a string evaluator runs its first criterion as gh models eval does: %s',
    async (_name, string, kept, ignored) => {
      const text = `messages: [{ role: user, content: hi }]\nevaluators:\n  - name: x\n    string: ${JSON.stringify(string)}\n`;
      const t = await parsePrompt('p.prompt.yml', text, noFiles);
      expect(t.checks[0].options).toEqual({ label: 'x', ...kept });
      expect(t.ignored?.map((i) => i.field) ?? []).toEqual(
        ignored.map((kind) => `evaluators[0].string.${kind}`),
      );
    },
  );

  it('reads any YAML file a config names as a GitHub Models prompt', async () => {
    const t = await parsePrompt(
      'prompts/summarize.yml',
      'messages: [{ role: user, content: hi }]\n',
      noFiles,
    );
    expect(t.format).toBe('github-models');
  });

  it.each([
    [
      'no messages',
      'name: x\n',
      'p.prompt.yml:1:1: prompt p.prompt.yml: messages: expected a non-empty list of { role, content }, got nothing',
    ],
    [
      'bad role',
      'messages:\n  - role: robot\n    content: hi\n',
      'p.prompt.yml:2:11: prompt p.prompt.yml: messages[0].role: expected one of system, user, assistant, developer, got "robot"',
    ],
    [
      'bad evaluator',
      'messages: [{ role: user, content: hi }]\nevaluators:\n  - name: x\n    string: { includes: a }\n',
      'p.prompt.yml:4:13: prompt p.prompt.yml: evaluators[0].string: expected a mapping with one of equals, contains, startsWith, endsWith',
    ],
    [
      'bad response format',
      'responseFormat: xml\nmessages: [{ role: user, content: hi }]\n',
      'p.prompt.yml:1:17: prompt p.prompt.yml: responseFormat: expected text, json_object or json_schema, got "xml"',
    ],
    [
      'a json_schema without its name',
      'responseFormat: json_schema\njsonSchema: \'{"schema": {"type": "object"}}\'\nmessages: [{ role: user, content: hi }]\n',
      'p.prompt.yml:2:13: prompt p.prompt.yml: jsonSchema: expected { name, schema } with optional strict and description, got an object',
    ],
  ])('rejects %s with its location', async (_name, text, message) => {
    await expect(parsePrompt('p.prompt.yml', text, noFiles)).rejects.toThrow(message);
  });
});

describe('Prompty', () => {
  it.each([
    [
      'promptflow.prompty',
      'gpt-35-turbo',
      { max_tokens: 128, temperature: 0.2 },
      { question: 'What is the meaning of life?' },
    ],
    [
      'prompty-1.prompty',
      'gpt-4o-mini',
      { max_tokens: 3000 },
      { customer: 'Jane', question: 'Do you sell tents?' },
    ],
    ['prompty-2.prompty', 'gpt-4o-mini', { temperature: 0.7, max_tokens: 1000 }, { firstName: 'Jane' }],
  ])('%s: model, parameters and sample', async (file, model, parameters, vars) => {
    const t = await load(file);
    expect(t).toMatchObject({ format: 'prompty', model, parameters, cases: [] });
    expect(t.format === 'prompty' && t.sample).toEqual(
      expect.objectContaining({ id: `${file}#sample`, vars }),
    );
  });

  it('keeps a json_object response format out of the parameters', async () => {
    expect((await load('prompty-1.prompty')).responseFormat).toEqual({ type: 'json_object' });
  });

  it('renders the sample with its inputs defaults', async () => {
    const t = await load('promptflow.prompty');
    if (t.format !== 'prompty') throw new Error('expected Prompty');
    expect(renderMessages(t, t.sample)).toEqual([
      { role: 'system', content: 'You are an AI assistant who helps John find information.' },
      { role: 'user', content: 'What is the meaning of life?' },
    ]);
  });

  it('lists the connection as ignored: the config decides where requests go', async () => {
    expect((await load('promptflow.prompty')).ignored).toEqual([
      {
        field: 'model.configuration.type',
        line: 7,
        reason: "the config's provider decides where requests go and with which key",
      },
      {
        field: 'model.configuration.connection',
        line: 9,
        reason: "the config's provider decides where requests go and with which key",
      },
    ]);
  });
});

describe('text and Markdown templates', () => {
  it('reads front matter and makes the body one user message', async () => {
    const t = messagesOf(await load('greeting.md'));
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
    expect(t.ignored).toBeUndefined();
  });

  it('reads a file without front matter', async () => {
    expect(messagesOf(await load('plain.txt')).messages).toEqual([
      { role: 'user', content: 'Translate to French: {{text}}' },
    ]);
  });

  it('lists a front matter field it does not read', async () => {
    expect((await parsePrompt('a.md', '---\ntemprature: 0\n---\nhi\n', noFiles)).ignored).toEqual([
      { field: 'temprature', line: 2, reason: 'not a front matter field of a text prompt' },
    ]);
  });

  it('rejects an unknown extension', async () => {
    await expect(parsePrompt('p.docx', '', noFiles)).rejects.toThrow(
      'prompt p.docx: unsupported file type; expected *.prompt.yml (or another *.yml, *.yaml), *.prompty, *.md or *.txt',
    );
  });
});

describe('renderMessages', () => {
  const c = (vars: Record<string, unknown>, extra: Partial<Case> = {}): Case => ({
    id: 'c1',
    vars,
    source: { file: 'evals/a.jsonl', line: 4 },
    ...extra,
  });

  it('fills dotted paths and JSON-stringifies non-strings', async () => {
    const messages = renderMessages(
      await load('greeting.md'),
      c({ company: 'Acme', customer: { name: 'Ann' }, product: ['tent', 2] }),
    );
    expect(messages[1].content).toBe('Write a one-line greeting for Ann,\nwho bought ["tent",2].');
  });

  it('says which case misses which variable, and where the template uses it', async () => {
    const t = await load('greeting.md');
    expect(() => renderMessages(t, c({ company: 'Acme', customer: { name: 'Ann' } }))).toThrow(
      'evals/a.jsonl:4: prompt prompts/greeting.md: case "c1" does not supply variable "product" (used at line 8)',
    );
  });

  it('appends a case system suffix to the system message', async () => {
    const messages = renderMessages(
      await load('greeting.md'),
      c({ company: 'Acme', customer: { name: 'A' }, product: 'p' }, { systemSuffix: 'Token: X1' }),
    );
    expect(messages[0].content).toBe('You are a friendly assistant for Acme.\n\nToken: X1');
  });
});
