/** Prompty as its own runtime renders it: the requests these fixtures turn into, asserted exactly. */
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from '@jest/globals';
import { parsePrompt, type ReadRepoFile } from '../../src/prompts/parse-prompt.js';
import { renderMessages } from '../../src/prompts/render.js';
import type { Case, PromptyTemplate } from '../../src/types.js';

/** Reads this repository's files, as the engine reads a commit's: by repository-relative path. */
const readRepo: ReadRepoFile = (path) => {
  const url = new URL(`../../${path}`, import.meta.url);
  return Promise.resolve(existsSync(url) ? readFileSync(url, 'utf8') : undefined);
};

async function prompty(
  file: string,
  text?: string,
  readFile: ReadRepoFile = readRepo,
): Promise<PromptyTemplate> {
  const t = await parsePrompt(file, text ?? (await readRepo(file))!, readFile);
  if (t.format !== 'prompty') throw new Error(`${file} is not Prompty`);
  return t;
}

const row = (vars: Record<string, unknown>): Case => ({
  id: 'r1',
  vars,
  source: { file: 'evals/a.jsonl', line: 4 },
});
const CONNECTION = "the config's provider decides where requests go and with which key";

describe('a Jinja2 Prompty with loops, conditions, filters, defaults and file references', () => {
  const file = 'fixtures/prompts/outfitter-chat.prompty';

  it('renders its sample as Jinja2 does, then splits the role markers its loop wrote', async () => {
    const t = await prompty(file);
    // The same text Python's Jinja2 renders (no trim_blocks), split at the markers and trimmed.
    expect(renderMessages(t, t.sample)).toEqual([
      {
        role: 'system',
        content:
          'You are the shop assistant of Fjell Outfitters. Greet Ines by name.\n\n' +
          'Answer only from these 2 catalogue items:\n\n' +
          '1. RIDGE 2 TENT (249 EUR) - 2 person, 3000 mm\n\n' +
          '2. SCOUT 1 TENT (129 EUR)',
      },
      { role: 'user', content: 'I am camping in Norway in May.' },
      { role: 'assistant', content: 'Expect rain and cold nights, so a waterproof tent helps.' },
      { role: 'user', content: 'Which of these tents stays dry in heavy rain?' },
    ]);
  });

  it('applies the inputs defaults to a dataset row that does not give them', async () => {
    expect(renderMessages(await prompty(file), row({ question: 'Do you rent stoves?' }))).toEqual([
      {
        role: 'system',
        content:
          'You are the shop assistant of Fjell Outfitters. Greet There by name.\n\n' +
          'No catalogue item matched: say so, and offer to look for something else.',
      },
      { role: 'user', content: 'Do you rent stoves?' },
    ]);
  });

  it('says which input without a default a row does not supply', async () => {
    const t = await prompty(file);
    expect(() => renderMessages(t, row({ shopper: 'Ann' }))).toThrow(
      'evals/a.jsonl:4: prompt fixtures/prompts/outfitter-chat.prompty: case "r1" does not supply input "question" (declared at line 21 without a default)',
    );
  });

  it('reads model, parameters and tools, and the files it referenced', async () => {
    const t = await prompty(file);
    expect(t.model).toBe('gpt-4o-mini');
    expect(t.parameters).toEqual({ max_tokens: 400, temperature: 0.2 });
    expect(t.tools).toEqual([
      {
        type: 'function',
        function: {
          name: 'check_stock',
          description: 'Units in stock of one catalogue item.',
          parameters: {
            type: 'object',
            properties: { item: { type: 'string', description: "The item's catalogue name." } },
            required: ['item'],
          },
        },
      },
    ]);
    expect(t.references).toEqual([
      'fixtures/prompts/tools/outfitter-tools.json',
      'fixtures/prompts/outfitter-chat.sample.json',
    ]);
  });

  describe('with the endpoint variable set on the runner', () => {
    afterEach(() => {
      delete process.env.AZURE_OPENAI_ENDPOINT;
    });

    it('never reads ${env:...}: the connection is listed as ignored, line by line', async () => {
      process.env.AZURE_OPENAI_ENDPOINT = 'https://runner-secret.invalid';
      const t = await prompty(file);
      expect(JSON.stringify(t)).not.toContain('runner-secret');
      expect(t.ignored).toEqual([
        { field: 'model.configuration.type', line: 8, reason: CONNECTION },
        {
          field: 'model.configuration.azure_endpoint',
          line: 9,
          reason:
            "${env:AZURE_OPENAI_ENDPOINT} is never read on the runner: the config's provider settings apply",
        },
        { field: 'model.configuration.api_version', line: 11, reason: CONNECTION },
      ]);
    });
  });
});

describe('a Mustache Prompty 2 with outputs and tools', () => {
  const file = 'fixtures/prompts/trip-planner.prompty';

  it('renders its sample without the comment, with the marker name, and sections filled', async () => {
    const t = await prompty(file);
    expect(renderMessages(t, t.sample)).toEqual([
      {
        role: 'system',
        content: 'You plan day hikes in Jotunheimen at a steady pace.\nThe hiker gave no extra notes.',
      },
      {
        role: 'user',
        name: 'hiker',
        content: 'Plan the walk through these stops:\n- Gjendesheim (km 0)\n- Memurubu (km 10)',
      },
    ]);
  });

  it('escapes HTML in {{var}} and not in {{{var}}}, as both Prompty runtimes do', async () => {
    const messages = renderMessages(
      await prompty(file),
      row({ region: 'Rondane & Dovre', stops: [], notes: 'bring <crampons> & poles' }),
    );
    expect(messages[0].content).toBe(
      'You plan day hikes in Rondane &amp; Dovre at a steady pace.\nKeep in mind: bring <crampons> & poles',
    );
  });

  it('sends outputs as a strict JSON Schema and function tools in the API shape', async () => {
    const t = await prompty(file);
    expect(t.model).toBe('gpt-4o-mini');
    expect(t.parameters).toEqual({ temperature: 0, max_tokens: 600 });
    expect(t.responseFormat).toEqual({
      type: 'json_schema',
      name: 'outputs',
      strict: true,
      schema: {
        type: 'object',
        properties: {
          summary: { type: 'string', description: 'One sentence for the hiker.' },
          legs: {
            type: 'array',
            items: {
              type: 'object',
              properties: { from: { type: 'string' }, to: { type: 'string' }, hours: { type: 'number' } },
              required: ['from', 'to', 'hours'],
              additionalProperties: false,
            },
          },
          warning: { type: ['string', 'null'] },
        },
        required: ['summary', 'legs', 'warning'],
        additionalProperties: false,
      },
    });
    expect(t.tools).toEqual([
      {
        type: 'function',
        function: {
          name: 'weather_forecast',
          description: 'The forecast for one place on one day.',
          parameters: {
            type: 'object',
            properties: {
              place: { type: 'string' },
              day: { type: 'string', description: 'An ISO date such as 2025-07-01.' },
            },
            required: ['place'],
          },
        },
      },
    ]);
  });

  it('lists the connection, the env variables and the agent tool it does not send', async () => {
    expect((await prompty(file)).ignored).toEqual([
      { field: 'model.connection.kind', line: 7, reason: CONNECTION },
      {
        field: 'model.connection.endpoint',
        line: 8,
        reason: "${env:OPENAI_BASE_URL} is never read on the runner: the config's provider settings apply",
      },
      {
        field: 'model.connection.key',
        line: 9,
        reason: "${env:OPENAI_API_KEY} is never read on the runner: the config's provider settings apply",
      },
      {
        field: 'tools[1]',
        line: 54,
        reason: `a "mcp" tool runs in Prompty's agent runtime, not in a chat request`,
      },
    ]);
  });

  it('renders an input marked required: false as absent', async () => {
    const t = await prompty(file);
    expect(renderMessages(t, row({ region: 'Rondane', stops: [] }))[0].content).toBe(
      'You plan day hikes in Rondane at a steady pace.\nThe hiker gave no extra notes.',
    );
  });
});

describe('Prompty bodies', () => {
  const body = (front: string, text: string) => prompty('p/a.prompty', `---\n${front}\n---\n${text}`);

  it.each<
    [string, string, string, Record<string, unknown>, { role: string; content: string; name?: string }[]]
  >([
    [
      'text before the first marker is the system message',
      'name: a',
      'Be brief.\nuser:\n{{ q }}',
      { q: 'hi' },
      [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'hi' },
      ],
    ],
    [
      'markers may be written as headings',
      'name: a',
      '# system:\nBe brief.\n# user:\nhi',
      {},
      [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'hi' },
      ],
    ],
    [
      'a marker must be alone on its line',
      'name: a',
      'user:\nTell the user: hello',
      {},
      [{ role: 'user', content: 'Tell the user: hello' }],
    ],
    [
      'a mustache comment is stripped',
      'template: mustache',
      'user:\n{{! private }}{{q}}',
      { q: 'hi' },
      [{ role: 'user', content: 'hi' }],
    ],
    [
      'a marker names its speaker',
      'name: a',
      'user[name="Ann"]:\nhi',
      {},
      [{ role: 'user', name: 'Ann', content: 'hi' }],
    ],
  ])('%s', async (_name, front, text, vars, messages) => {
    expect(renderMessages(await body(front, text), row(vars))).toEqual(messages);
  });

  it('reads tools in the API shape and a JSON Schema of parameters as written', async () => {
    const front = [
      'tools:',
      '  - type: function',
      '    function: { name: ping, parameters: { type: object, properties: {} } }',
      '  - name: lookup',
      '    description: Finds an order.',
      '    parameters: { type: object, properties: { id: { type: string } }, required: [id] }',
    ].join('\n');
    expect((await body(front, 'user:\nhi')).tools).toEqual([
      { type: 'function', function: { name: 'ping', parameters: { type: 'object', properties: {} } } },
      {
        type: 'function',
        function: {
          name: 'lookup',
          description: 'Finds an order.',
          parameters: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] },
        },
      },
    ]);
  });

  it('cannot reach the runtime from a template the pull request wrote', async () => {
    const t = await body('name: a', 'user:\n{{ range.constructor("return process.env")() }}');
    expect(() => renderMessages(t, row({}))).toThrow(
      /case "r1" does not render: Cannot call something that is not a function/,
    );
  });

  it.each<[string, string, string, RegExp]>([
    [
      'a block never closed',
      'name: a',
      'user:\n{% for x in xs %}\n{{ x }}\n',
      /^p\/a\.prompty:4: prompt p\/a\.prompty: the jinja2 body does not parse: /,
    ],
    [
      'an engine it does not know',
      'template: handlebars',
      'user:\nhi',
      /^p\/a\.prompty:2:\d+: prompt p\/a\.prompty: template: expected jinja2 or mustache, got "handlebars"$/,
    ],
    [
      'a parser it does not know',
      'template: { format: jinja2, parser: markdown }',
      'user:\nhi',
      /template\.parser: expected prompty/,
    ],
    [
      'an api other than chat',
      'model: { api: embedding }',
      'hi',
      /^p\/a\.prompty:2:\d+: prompt p\/a\.prompty: model\.api: Promptgate gates chat prompts; expected chat, got "embedding"$/,
    ],
    ['a sample that is not a mapping', 'sample: hello', 'hi', /sample: expected a mapping of input values/],
  ])('rejects %s at its line', async (_name, front, text, message) => {
    await expect(body(front, text)).rejects.toThrow(message);
  });

  it('rejects a role marker argument the chat API has no field for', async () => {
    const t = await body('name: a', 'user[id=3]:\nhi');
    expect(() => renderMessages(t, row({}))).toThrow('role marker "user[id=3]:": expected [name="..."]');
  });
});

describe('${file:...} references stay inside the repository', () => {
  const files: Record<string, string> = {
    'prompts/sample.json': '{ "q": "from the sample file" }',
    'prompts/loop.json': '{ "again": "${file:loop.json}" }',
    'prompts/broken.json': '{ "q": ',
    'shared/big.json': `"${'x'.repeat(600 * 1024)}"`,
  };
  const asked: string[] = [];
  const read: ReadRepoFile = (path) => {
    asked.push(path);
    return Promise.resolve(files[path]);
  };
  const withSample = (reference: string) =>
    prompty('prompts/a.prompty', `---\nsample: ${reference}\n---\nuser:\n{{ q }}\n`, read);

  afterEach(() => {
    asked.length = 0;
  });

  it('reads a sample file relative to the prompt, through the reader', async () => {
    const t = await withSample('${file:sample.json}');
    expect(renderMessages(t, t.sample)).toEqual([{ role: 'user', content: 'from the sample file' }]);
    expect(asked).toEqual(['prompts/sample.json']);
  });

  it.each<[string, string, RegExp, string[]]>([
    [
      'an absolute path',
      '${file:/etc/passwd}',
      /"\/etc\/passwd" is an absolute path; expected a path relative to the prompt file/,
      [],
    ],
    [
      'a path out of the repository',
      '${file:../../etc/passwd}',
      /"\.\.\/etc\/passwd" leaves the repository/,
      [],
    ],
    ["git's own folder", '${file:../.git/config}', /points into \.git\//, []],
    [
      'a file the commit does not have',
      '${file:missing.json}',
      /prompts\/missing\.json does not exist in this version of the repository/,
      ['prompts/missing.json'],
    ],
    [
      'a reference that comes back to itself',
      '${file:loop.json}',
      /refers back to itself \(prompts\/loop\.json -> prompts\/loop\.json\)/,
      ['prompts/loop.json'],
    ],
    [
      'files past 1 MiB in all',
      "['${file:../shared/big.json}', '${file:../shared/big.json}']",
      /add up to more than 1 MiB/,
      ['shared/big.json'],
    ],
  ])('refuses %s, reading only what it may', async (_name, reference, message, read) => {
    await expect(withSample(reference)).rejects.toThrow(message);
    expect(asked).toEqual(read);
  });

  it('points at the referenced file for its syntax errors', async () => {
    await expect(withSample('${file:broken.json}')).rejects.toThrow(
      /^prompts\/broken\.json:1:\d+: invalid YAML/,
    );
  });
});

describe('a Jinja2 body the pull request wrote is bounded', () => {
  it.each<[string, string, RegExp]>([
    [
      'a range too long to allocate',
      '{{ range(1000000000) | length }}',
      /range\(\) of 1,000,000,000 items; at most 100,000/,
    ],
    [
      'a list doubled in a loop',
      '{% set ns = namespace(x=[1]) %}{% for i in range(40) %}{% set ns.x = ns.x + ns.x %}{% endfor %}',
      /rendering makes a list of more than 100,000 items/,
    ],
    [
      'loops inside loops',
      '{% for i in range(100000) %}{% for j in range(100000) %}{{ j }}{% endfor %}{% endfor %}',
      /rendering takes more than 1,000,000 steps/,
    ],
  ])('%s ends with an error', async (_name, template, message) => {
    const t = await prompty('p/a.prompty', `---\nname: a\n---\nuser:\n${template}\n`);
    expect(() => renderMessages(t, row({}))).toThrow(message);
  });
});
