import { describe, expect, it } from '@jest/globals';
import { loadConfig, parseConfig } from '../../src/config/load-config.js';
import { didYouMean, editDistance } from '../../src/config/did-you-mean.js';
import { UserError } from '../../src/errors.js';

const fixture = (name: string): string => new URL(`../../fixtures/config/${name}`, import.meta.url).pathname;

function errorOf(text: string, file = 'promptgate.yml'): string {
  try {
    parseConfig(text, file);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as Error).message;
  }
  throw new Error('expected a UserError');
}

describe('loadConfig', () => {
  it('applies defaults and normalises checks', async () => {
    const config = await loadConfig(fixture('valid.yml'), { displayPath: 'promptgate.yml' });
    expect(config.file).toBe('promptgate.yml');
    expect(config.providers.backup).toEqual({
      id: 'backup',
      model: 'llama3.1',
      baseURL: 'http://127.0.0.1:11434/v1',
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

  it('suggests the key a typo meant, at its line and column', async () => {
    await expect(loadConfig(fixture('typo-key.yml'), { displayPath: 'promptgate.yml' })).rejects.toThrow(
      /^promptgate\.yml:3:1: unknown key "promts"; did you mean "prompts"\?$/,
    );
  });

  it('reports every error at once, one line each, in file order', async () => {
    await expect(loadConfig(fixture('many-errors.yml'), { displayPath: 'promptgate.yml' })).rejects.toThrow(
      [
        'promptgate.yml:4:5: providers.main: unknown key "temprature"; expected one of: model, baseURL, apiKeyEnv, parameters, fallback, timeoutMs, maxRetries, concurrency, stream, price',
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

describe('loadConfig on a missing file', () => {
  it('says where it looked and how to point to the config', async () => {
    await expect(
      loadConfig('/nonexistent/promptgate.yml', { displayPath: 'promptgate.yml' }),
    ).rejects.toThrow('config promptgate.yml not found in /nonexistent: create it');
  });
});
