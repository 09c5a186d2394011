import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parseConfig } from '../../src/config/load-config.js';
import { didYouMean, editDistance } from '../../src/config/did-you-mean.js';
import { UserError } from '../../src/errors.js';

/** A fixture config's text, parsed as `promptgate.yml`. */
const loadFixture = (name: string) =>
  parseConfig(
    readFileSync(new URL(`../../fixtures/config/${name}`, import.meta.url), 'utf8'),
    'promptgate.yml',
  );

function errorOf(text: string, file = 'promptgate.yml'): string {
  try {
    parseConfig(text, file);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as Error).message;
  }
  throw new Error('expected a UserError');
}

describe('parseConfig', () => {
  it('a prompts entry without files gates GitHub Models and Prompty files anywhere; two such entries are refused', () => {
    const head = 'providers:\n  main: { model: gpt-4o-mini-2024-07-18 }\nprompts:\n';
    const config = parseConfig(`${head}  - repeats: 2\n`, 'promptgate.yml');
    expect(config.prompts[0].files).toEqual(['**/*.prompt.yml', '**/*.prompt.yaml', '**/*.prompty']);
    expect(errorOf(`${head}  - repeats: 2\n  - repeats: 3\n`)).toMatch(
      /promptgate\.yml:5:\d+: prompts\[1\]: "\*\*\/\*\.prompt\.yml" is already listed at promptgate\.yml:4/,
    );
  });

  it('applies defaults and normalises checks', () => {
    const config = loadFixture('valid.yml');
    expect(config.file).toBe('promptgate.yml');
    expect(config.providers.backup).toEqual({
      id: 'backup',
      model: 'llama3.1',
      baseURL: 'http://127.0.0.1:11434/v1',
      // Where the entry names its model: errors about the model point there.
      source: expect.objectContaining({ file: 'promptgate.yml' }),
    });
    expect(config.prompts[0]).toMatchObject({
      files: ['prompts/support/*.prompt.yml'],
      repeats: 3,
      provider: 'main',
      dependsOn: [],
    });
    expect(config.prompts[0].checks.map(({ name, options }) => ({ name, options }))).toEqual([
      { name: 'contains', options: { value: 'refund policy' } },
      { name: 'grounding', options: { min: 0.8 } },
      { name: 'pii', options: {} },
      { name: 'cost', options: { perCaseMaxUsd: 0.002, maxIncrease: '10%' } },
    ]);
    expect(config.prompts[0].checks[0].source).toEqual({ file: 'promptgate.yml', line: 13, column: 9 });
    expect(config.prompts[1]).toMatchObject({
      files: ['prompts/*.prompty', 'prompts/*.md'],
      datasets: [],
      repeats: 1,
      provider: 'backup',
    });
    expect(config.gate).toEqual({
      significance: 0.01,
      failOn: ['regression'],
      minEffect: 0.05,
      noSecretsConclusion: 'neutral',
      errorTolerance: 0.1,
      seed: 1,
      fallbacks: 'off',
      candidates: [],
    });
    expect(config.cache).toEqual({ enabled: true, dir: '.promptgate-cache' });
    expect(config.cassettes).toEqual({ dir: '.promptgate/cassettes', mode: 'auto' });
    expect(config.concurrency).toBe(8);
  });

  it('defaults a group to the first provider when there is no "main"', () => {
    const config = parseConfig(
      'providers: { local: { model: llama3 } }\nprompts: [{ files: a.md }]\n',
      'p.yml',
    );
    expect(config.prompts[0].provider).toBe('local');
  });

  it('reads JSON configs with locations too', () => {
    expect(
      errorOf(
        '{\n  "providers": { "main": { "model": "m" } },\n  "prompts": [{ "files": "a.md", "repeats": "3" }]\n}',
        'p.json',
      ),
    ).toBe('p.json:3:45: prompts[0].repeats: expected an integer, got "3"');
  });

  it('suggests the key a typo meant, at its line and column', () => {
    expect(() => loadFixture('typo-key.yml')).toThrow(
      /^promptgate\.yml:3:1: unknown key "promts"; did you mean "prompts"\?$/,
    );
  });

  it('reports every error at once, one line each, in file order', () => {
    expect(() => loadFixture('many-errors.yml')).toThrow(
      [
        'promptgate.yml:4:5: providers.main: unknown key "temprature"; expected one of: type, model, baseURL, apiKeyEnv, org, billing, limits, parameters, fallback, timeoutMs, maxRetries, concurrency, stream, price',
        'promptgate.yml:7:14: prompts[0].repeats: expected a number >= 1, got 0',
        'promptgate.yml:8:15: prompts[0].provider: unknown provider "mian"; did you mean "main"?',
        'promptgate.yml:10:9: prompts[0].checks[0]: expected exactly one check name per item (e.g. "- contains: refund"), got contains, regex',
        'promptgate.yml:13:24: gate.noSecretsConclusion: expected one of neutral, success, failure, got "maybe"',
      ].join('\n'),
    );
  });

  it.each([
    ['YAML syntax', 'providers:\n  main: { model: m\nprompts: []\n', /^p\.yml:3:\d+: invalid YAML/],
    [
      'duplicate keys',
      'providers: { main: { model: m } }\nprompts: [{ files: a }]\nprompts: []\n',
      /^p\.yml:3:1: invalid YAML: Map keys must be unique/,
    ],
    ['empty file', '', /^p\.yml:1:1: config is empty/],
    [
      'missing model',
      'providers: { main: { baseURL: x } }\nprompts: [{ files: a }]\n',
      /^p\.yml:1:\d+: providers\.main: missing required key "model"$/,
    ],
    [
      'unknown judge',
      'providers: { main: { model: m } }\njudge: jugde\nprompts: [{ files: a }]\n',
      /^p\.yml:2:8: judge: unknown provider "jugde"; expected one of: main$/,
    ],
    [
      'unknown fallback',
      'providers: { main: { model: m, fallback: [backup] } }\nprompts: [{ files: a }]\n',
      /^p\.yml:1:43: providers\.main\.fallback\[0\]: unknown provider "backup"/,
    ],
    [
      'unknown candidate',
      'providers: { main: { model: m }, mini: { model: n } }\nprompts: [{ files: a }]\ngate: { candidates: [mnii] }\n',
      /^p\.yml:3:22: gate\.candidates\[0\]: unknown provider "mnii"; did you mean "mini"\?$/,
    ],
    [
      'fallback bar over 1',
      'providers: { main: { model: m } }\nprompts: [{ files: a }]\ngate: { fallbackMinPassRate: { ofPrimary: 1.5 } }\n',
      /gate\.fallbackMinPassRate[^\n]*(1\.5|0\.\.1|at most 1|<= 1)/,
    ],
    [
      'bad cassette mode',
      'providers: { main: { model: m } }\nprompts: [{ files: a }]\ncassettes: { mode: always }\n',
      /cassettes\.mode: expected one of off, record, replay, auto, got "always"/,
    ],
    [
      'no prompts',
      'providers: { main: { model: m } }\nprompts: []\n',
      /^p\.yml:2:10: prompts: expected at least 1 item\(s\), got none$/,
    ],
  ])('rejects %s', (_name, text, expected) => {
    expect(errorOf(text, 'p.yml')).toMatch(expected);
  });
});

describe('parseConfig: check options', () => {
  const config = (checks: string, extra = ''): string =>
    `providers: { main: { model: m } }\n${extra}prompts:\n  - files: a.md\n    checks:\n${checks}`;

  it.each([
    [
      'a cost increase that is not a percentage',
      '      - cost: { maxIncrease: ten percent }\n',
      'p.yml:5:30: Invalid cost.maxIncrease "ten percent". Expected a percentage such as "10%" or a fraction such as 0.1.',
    ],
    [
      'a negative latency ceiling',
      '      - latency:\n          p95MaxMs: -5\n',
      'p.yml:6:21: Invalid latency.p95MaxMs -5. Expected a positive number.',
    ],
    [
      'a grounding pass mark above 1',
      '      - grounding: { min: 7 }\n',
      'p.yml:5:27: Invalid grounding.min 7. Expected a number from 0 to 1.',
    ],
    [
      'an invalid regular expression',
      '      - regex: "(unclosed"\n',
      /^p\.yml:5:16: Invalid regex\.value "\(unclosed"\. Expected a pattern RE2 accepts \(no backreferences or lookaround\): /,
    ],
    [
      'an invalid JSON Schema',
      '      - json-schema: { schema: { type: objekt } }\n',
      /^p\.yml:5:32: Invalid json-schema\.schema an object\. Expected a valid JSON Schema \(schema is invalid/,
    ],
    [
      'an option typo',
      '      - grounding: { mni: 0.8 }\n',
      'p.yml:5:27: Unknown option grounding.mni; did you mean "min"?',
    ],
    [
      'a judge check without a judge',
      '      - judge-fact: {}\n',
      'p.yml:5:9: prompts[0].checks[0]: check judge-fact needs a judge model: set `judge:` to one of the providers',
    ],
  ])('rejects %s at the option, before any call', (_name, checks, expected) => {
    const message = errorOf(config(checks), 'p.yml');
    if (typeof expected === 'string') expect(message).toBe(expected);
    else expect(message).toMatch(expected);
  });

  it("lists check problems with the rest of the config's, in file order", () => {
    const text = config(
      '      - contains: refund\n      - grounding: { min: 7 }\n      - cost: { maxIncrease: lots }\n',
    ).replace('  - files: a.md\n', '  - files: a.md\n    repeats: 0\n');
    expect(errorOf(text, 'p.yml').split('\n')).toEqual([
      'p.yml:4:14: prompts[0].repeats: expected a number >= 1, got 0',
      'p.yml:7:27: Invalid grounding.min 7. Expected a number from 0 to 1.',
      'p.yml:8:30: Invalid cost.maxIncrease "lots". Expected a percentage such as "10%" or a fraction such as 0.1.',
    ]);
  });

  it("keeps each check's parsed options for scoring and the gate", () => {
    const parsed = parseConfig(
      config('      - cost: { maxIncrease: 10% }\n      - judge-fact: {}\n', 'judge: main\n'),
      'p.yml',
    );
    expect(parsed.prompts[0].checks.map((check) => check.parsed)).toEqual([
      { maxIncrease: 0.1 },
      { pass: ['A', 'C', 'E'] },
    ]);
  });
});

describe('didYouMean', () => {
  it.each([
    ['promts', ['prompts', 'providers'], 'prompts'],
    ['mian', ['main', 'judge'], 'main'],
    ['Providers', ['providers'], 'providers'],
    ['zzz', ['prompts', 'providers'], undefined],
  ])('%s -> %s', (input, candidates, expected) => {
    expect(didYouMean(input, candidates)).toBe(expected);
  });

  it('counts a swap of adjacent letters as one edit', () => {
    expect(editDistance('mian', 'main')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('parseConfig: GitHub Models entries', () => {
  const config = (provider: string): string =>
    `providers:\n  main:\n${provider}\nprompts:\n  - files: prompts/*.prompt.yml\n`;

  it('reads one with its organization, billing and limits', () => {
    const parsed = parseConfig(
      config(
        '    type: github-models\n    model: openai/gpt-4o-mini\n    org: acme\n    billing: paid\n    limits: { requestsPerDay: 450 }',
      ),
      'promptgate.yml',
    );
    expect(parsed.providers.main).toMatchObject({
      type: 'github-models',
      org: 'acme',
      billing: 'paid',
      limits: { requestsPerDay: 450 },
      source: { file: 'promptgate.yml', line: 4 },
    });
  });

  it.each([
    [
      '    type: github-models\n    model: gpt-4o-mini',
      'promptgate.yml:4:12: providers.main.model: "gpt-4o-mini" is not a GitHub Models id; expected publisher/name, e.g. openai/gpt-4o-mini',
    ],
    [
      '    type: github-models\n    model: openai/gpt-4o-mini\n    baseURL: https://models.github.ai/v1',
      'promptgate.yml:5:14: providers.main.baseURL: "https://models.github.ai/v1" is not a GitHub Models inference URL; expected an http(s) URL ending in /inference',
    ],
    [
      '    model: gpt-4o-mini\n    org: acme',
      'promptgate.yml:4:10: providers.main.org: org is for GitHub Models only; expected `type: github-models` on this entry, or no org',
    ],
  ])('refuses %j at its line, saying what was expected', (provider, message) => {
    expect(() => parseConfig(config(provider), 'promptgate.yml')).toThrow(message);
  });
});

describe('parseConfig: paths and key variables', () => {
  const config = (lines: string[]): string =>
    ['providers:', '  main: { model: gpt-4o-mini-2024-07-18 }', 'prompts:', ...lines].join('\n');

  it.each([
    ['../secret.jsonl', 'leaves the repository'],
    ['evals/../../secret.jsonl', 'leaves the repository'],
    ['..\\secret.jsonl', 'leaves the repository'],
    ['/etc/passwd', 'is an absolute path'],
    ['C:\\Windows\\win.ini', 'is an absolute path'],
    ['.git/config', 'points into .git/'],
    ['sub/.GIT/config', 'points into .git/'],
  ])('refuses the dataset %j with file:line: %s', (path, problem) => {
    const message = errorOf(config(['  - files: prompts/*.md', `    datasets: [${JSON.stringify(path)}]`]));
    expect(message).toContain(
      `promptgate.yml:5:16: prompts[0].datasets[0]: ${JSON.stringify(path)} ${problem}`,
    );
  });

  it('checks prompt globs, dependsOn and the output folders too, each at its line', () => {
    const message = errorOf(
      config([
        '  - files: ../other/*.md',
        '    dependsOn: /etc/*',
        'cache: { dir: ../cache }',
        'cassettes: { dir: .git/hooks }',
      ]),
    );
    expect(message.split('\n')).toEqual([
      'promptgate.yml:4:12: prompts[0].files: "../other/*.md" leaves the repository ("..")',
      'promptgate.yml:5:16: prompts[0].dependsOn: "/etc/*" is an absolute path; expected a path relative to the repository root',
      'promptgate.yml:6:15: cache.dir: "../cache" leaves the repository ("..")',
      `promptgate.yml:7:19: cassettes.dir: ".git/hooks" points into .git/, which holds git's own data and credentials`,
    ]);
  });

  it('normalises paths inside the repository', () => {
    const parsed = parseConfig(
      config([
        '  - files: ./prompts//*.md',
        '    datasets: [./evals/./a.jsonl]',
        'cache: { dir: ./.cache/ }',
      ]),
      'promptgate.yml',
    );
    expect(parsed.prompts[0].files).toEqual(['prompts/*.md']);
    expect(parsed.prompts[0].datasets).toEqual(['evals/a.jsonl']);
    expect(parsed.cache.dir).toBe('.cache');
  });

  it.each(['GITHUB_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'RUNNER_TEMP', 'INPUT_MAX_USD', 'github_token'])(
    'refuses apiKeyEnv %s, a variable of GitHub or the runner, at its line',
    (name) => {
      const text = [
        'providers:',
        `  main: { model: gpt-4o-mini-2024-07-18, apiKeyEnv: ${name} }`,
        'prompts:',
        '  - files: prompts/*.md',
      ].join('\n');
      expect(errorOf(text)).toBe(
        `promptgate.yml:2:53: providers.main.apiKeyEnv: ${name} is one of GitHub's or the runner's own variables (GITHUB_*, ACTIONS_*, RUNNER_*, INPUT_*), never an API key; expected the variable that holds the provider's key, e.g. OPENAI_API_KEY`,
      );
    },
  );
});
