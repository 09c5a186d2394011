/**
 * Prompt files as teams write them, through the built CLI: a version is its messages, its model and
 * its parameters, and Prompty renders as its own runtime does before anything is sent.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseJsonReport, runCli, withScenario } from './harness.js';

const CONFIG = [
  'providers:',
  '  main: { model: gpt-4o-mini-2024-07-18, price: { input: 1, output: 1 } }',
  'prompts:',
  '  - files: prompts/*',
  'cache: { enabled: false }',
  'cassettes: { mode: "off" }',
  '',
].join('\n');

const QUESTIONS = [
  'How do I return a tent?',
  'Can I return boots I wore once?',
  'Is a refund paid to my card?',
  'How long does a refund take?',
  'Do you refund shipping?',
  'Can I return a gift?',
  'My stove arrived broken, what now?',
  'Can I exchange a jacket for another size?',
  'Do I need the receipt for a return?',
  'Can I return sale items?',
  'What if I lost the box?',
  'Can I return a used sleeping bag?',
];

/** A `.prompt.yml` as `gh models` reads it, naming its model. */
const promptYml = (model: string) =>
  [
    'name: Support',
    `model: ${model}`,
    'modelParameters:',
    '  temperature: 0.2',
    '  maxTokens: 120',
    'messages:',
    '  - role: system',
    '    content: You answer Acme Outdoor support questions. Point the customer to the refund policy.',
    '  - role: user',
    '    content: "{{question}}"',
    'testData:',
    ...QUESTIONS.map((q) => `  - question: "${q}"`),
    'evaluators:',
    '  - name: points to the policy',
    '    string:',
    '      contains: refund policy',
    '',
  ].join('\n');

describe('prompt files as teams write them', () => {
  it('a PR that only changes the model runs base and head on their own models, names both, and fails when head answers worse', async () => {
    const respond = (body: { model: string }) =>
      body.model === 'gpt-4o-mini-2024-07-18'
        ? 'Sure: see our refund policy for the details.'
        : 'Sure, happy to help with that.';
    await withScenario({ respond }, async ({ repoOf, openai }) => {
      const repo = await repoOf(
        { 'promptgate.yml': CONFIG, 'prompts/support.prompt.yml': promptYml('gpt-4o-mini-2024-07-18') },
        { 'promptgate.yml': CONFIG, 'prompts/support.prompt.yml': promptYml('gpt-4.1-mini-2025-04-14') },
      );
      const result = await runCli(['run', '--out', 'report'], {
        cwd: repo.dir,
        env: { OPENAI_API_KEY: 'sk-prompt-files', OPENAI_BASE_URL: openai.url },
      });
      expect({ code: result.code, stderr: result.stderr }).toMatchObject({ code: 1 });
      const models = openai.requests.map((r) => r.model);
      expect(models.filter((m) => m === 'gpt-4o-mini-2024-07-18')).toHaveLength(QUESTIONS.length);
      expect(models.filter((m) => m === 'gpt-4.1-mini-2025-04-14')).toHaveLength(QUESTIONS.length);
      // The file's parameters go with it, under the chat API's names.
      expect(openai.requests.map((r) => [r.temperature, r.max_tokens])).toEqual(
        openai.requests.map(() => [0.2, 120]),
      );
      expect(result.stdout).toContain('model: `gpt-4o-mini-2024-07-18` → `gpt-4.1-mini-2025-04-14`');
      const report = parseJsonReport(readFileSync(join(repo.dir, 'report', 'results.json'), 'utf8'));
      const [prompt] = report.prompts;
      expect(prompt.status).toBe('regression');
      expect(prompt.models).toEqual({ base: 'gpt-4o-mini-2024-07-18', head: 'gpt-4.1-mini-2025-04-14' });
      // Each version at its own price: the override is for the provider's model, not the file's.
      expect(prompt.cost.base?.mean).not.toBe(prompt.cost.head?.mean);
    });
  });

  it('Prompty with Jinja2: loops, filters and input defaults rendered before sending; the sample is the case when no dataset is given', async () => {
    const prompty = [
      '---',
      'name: Packing list',
      'model:',
      '  api: chat',
      '  configuration:',
      '    type: openai',
      '    api_key: ${env:OPENAI_API_KEY}',
      '  parameters:',
      '    max_tokens: 80',
      'inputs:',
      '  items:',
      '    type: array',
      '  season:',
      '    type: string',
      '    default: summer',
      'sample:',
      '  items: [tent, stove, headlamp]',
      '---',
      'system:',
      'You check packing lists for a {{ season }} hike of {{ items | length }} items.',
      '{% for item in items %}',
      '- {{ item | upper }}',
      '{% endfor %}',
      '',
      'user:',
      'Is anything missing?',
      '',
    ].join('\n');
    await withScenario({ respond: () => 'Bring water.' }, async ({ repoOf, openai }) => {
      const repo = await repoOf(
        {
          'promptgate.yml': CONFIG,
          'prompts/packing.prompty': prompty.replace('a {{ season }}', 'one {{ season }}'),
        },
        { 'promptgate.yml': CONFIG, 'prompts/packing.prompty': prompty },
      );
      const result = await runCli(['run'], {
        cwd: repo.dir,
        env: { OPENAI_API_KEY: 'sk-prompt-files', OPENAI_BASE_URL: openai.url },
      });
      expect({ code: result.code, stderr: result.stderr }).toMatchObject({ code: 0 });
      const head = openai.requests.find((r) =>
        r.messages[0].content.startsWith('You check packing lists for a '),
      );
      expect(head?.messages).toEqual([
        {
          role: 'system',
          content: expect.stringMatching(
            /^You check packing lists for a summer hike of 3 items\.\s+- TENT\s+- STOVE\s+- HEADLAMP$/,
          ),
        },
        { role: 'user', content: 'Is anything missing?' },
      ]);
      expect(head?.max_tokens).toBe(80);
      expect(openai.requests).toHaveLength(2);
      // `${env:...}` is never read from the runner: the field is listed as not used.
      expect(result.stdout).toMatch(/`model\.configuration\.api_key` is not used/);
    });
  });

  it('a PR that changes only the tools file a Prompty file reads re-runs it; the answer calling the tool is judged by tool-call', async () => {
    const prompty = (tools: string) =>
      [
        '---',
        'name: Stock',
        'model:',
        '  api: chat',
        '  parameters:',
        `    tools: \${file:${tools}}`,
        'sample:',
        '  item: Bergen tent',
        '---',
        'system:',
        'Answer stock questions; call check_stock.',
        '',
        'user:',
        'Is the {{ item }} in stock?',
        '',
      ].join('\n');
    const tools = (description: string) =>
      JSON.stringify([
        {
          type: 'function',
          function: {
            name: 'check_stock',
            description,
            parameters: { type: 'object', properties: { item: { type: 'string' } }, required: ['item'] },
          },
        },
      ]);
    // The config names no files: the default patterns take *.prompty anywhere.
    const config = [
      'providers:',
      '  main: { model: gpt-4o-mini-2024-07-18, price: { input: 1, output: 1 } }',
      'prompts:',
      '  - checks:',
      '      - tool-call: { name: check_stock, values: { item: "{{item}}" } }',
      'cache: { enabled: false }',
      'cassettes: { mode: "off" }',
      '',
    ].join('\n');
    const respond = () => ({
      content: '',
      toolCalls: [{ name: 'check_stock', arguments: '{"item":"Bergen tent"}' }],
    });
    await withScenario({ respond }, async ({ repoOf, openai }) => {
      const repo = await repoOf(
        {
          'promptgate.yml': config,
          'bots/stock.prompty': prompty('stock-tools.json'),
          'bots/stock-tools.json': tools('Units in stock.'),
        },
        {
          'promptgate.yml': config,
          'bots/stock.prompty': prompty('stock-tools.json'),
          'bots/stock-tools.json': tools('Units in stock, by item name.'),
        },
      );
      const result = await runCli(['run', '--format', 'json'], {
        cwd: repo.dir,
        env: { OPENAI_API_KEY: 'sk-prompt-files', OPENAI_BASE_URL: openai.url },
      });
      expect({ code: result.code, stderr: result.stderr }).toMatchObject({ code: 0 });
      const report = parseJsonReport(result.stdout);
      expect(report.prompts.map((p) => [p.prompt, p.change, p.status])).toEqual([
        ['bots/stock.prompty', 'dependency', 'pass'],
      ]);
      const descriptions = openai.requests.map(
        (r) => (r.tools as { function: { description: string } }[])[0].function.description,
      );
      expect(descriptions.sort()).toEqual(['Units in stock, by item name.', 'Units in stock.']);
    });
  });

  it("a PR that changes only the config's model re-runs its prompts: base on the base config's model, head on head's", async () => {
    const config = (model: string) =>
      [
        'providers:',
        `  main: { model: ${model} }`,
        'prompts:',
        '  - files: prompts/*.md',
        '    datasets: [cases.jsonl]',
        'cache: { enabled: false }',
        'cassettes: { mode: "off" }',
        '',
      ].join('\n');
    const files = (model: string) => ({
      'promptgate.yml': config(model),
      'prompts/answer.md': 'Answer: {{q}}\n',
      'cases.jsonl': '{"id": "one", "vars": {"q": "hi"}}\n',
    });
    await withScenario({ respond: () => 'hello' }, async ({ repoOf, openai }) => {
      const repo = await repoOf(files('gpt-4o-mini-2024-07-18'), files('gpt-4.1-mini-2025-04-14'));
      const result = await runCli(['run'], {
        cwd: repo.dir,
        env: { OPENAI_API_KEY: 'sk-prompt-files', OPENAI_BASE_URL: openai.url },
      });
      expect({ code: result.code, stderr: result.stderr }).toMatchObject({ code: 0 });
      expect(openai.requests.map((r) => r.model).sort()).toEqual([
        'gpt-4.1-mini-2025-04-14',
        'gpt-4o-mini-2024-07-18',
      ]);
      expect(result.stdout).toContain('model: `gpt-4o-mini-2024-07-18` → `gpt-4.1-mini-2025-04-14`');
    });
  });
});
