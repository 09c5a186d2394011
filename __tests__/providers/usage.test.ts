import { beforeAll, describe, expect, it } from '@jest/globals';
import { countTokens as referenceCount } from 'gpt-tokenizer/encoding/o200k_base';
import {
  countMessageTokens,
  countTextTokens,
  estimateUsage,
  implausibleUsage,
  loadTokenizer,
  usageFromOpenAI,
} from '../../src/providers/usage.js';
import type { Usage } from '../../src/types.js';

describe('usageFromOpenAI', () => {
  it('reads cached input and reasoning details', () => {
    const raw = {
      prompt_tokens: 120,
      completion_tokens: 80,
      prompt_tokens_details: { cached_tokens: 64 },
      completion_tokens_details: { reasoning_tokens: 50 },
    };
    expect(usageFromOpenAI(raw)).toEqual({
      input: 120,
      cachedInput: 64,
      output: 80,
      reasoning: 50,
      estimated: false,
    });
  });

  it.each([
    [
      'absent details',
      { prompt_tokens: 5, completion_tokens: 2 },
      { input: 5, cachedInput: 0, output: 2, reasoning: 0 },
    ],
    [
      'null details',
      { prompt_tokens: 5, completion_tokens: 2, prompt_tokens_details: null },
      { cachedInput: 0 },
    ],
  ])('treats %s as zero', (_name, raw, expected) => {
    expect(usageFromOpenAI(raw)).toMatchObject(expected);
  });

  it.each([undefined, null, {}, { prompt_tokens: 3 }])('returns nothing for missing usage %p', (raw) => {
    expect(usageFromOpenAI(raw)).toBeUndefined();
  });
});

describe('offline counting', () => {
  beforeAll(loadTokenizer);

  it('counts special tokens as plain text instead of throwing', () => {
    expect(countTextTokens('before <|endoftext|> after')).toBeGreaterThan(3);
  });

  it('adds chat framing to message tokens', () => {
    const messages = [{ role: 'user' as const, content: 'hello world' }];
    expect(countMessageTokens(messages)).toBe(countTextTokens('hello world') + 6);
  });

  it('marks estimated usage', async () => {
    expect(await estimateUsage([{ role: 'user', content: 'hello' }], 'hi there')).toMatchObject({
      output: countTextTokens('hi there'),
      estimated: true,
    });
  });
});

// Plain ASCII, multi-byte scripts, emoji (byte-level ranks) and a special token written as text.
const SAMPLES = [
  'hello world',
  'Grüße aus Köln, 東京 und Москва',
  'emoji 🧪🚀 and \u0000 control',
  'before <|endoftext|> after',
  '',
];

describe('counting in pieces', () => {
  beforeAll(loadTokenizer);

  const plain = { disallowedSpecial: new Set<string>() };

  it.each(SAMPLES)('counts short text %p exactly as gpt-tokenizer does', (text) => {
    expect(countTextTokens(text)).toBe(referenceCount(text, plain));
  });

  it('counts long prose cut at whitespace as gpt-tokenizer counts it whole', () => {
    const prose = 'The refund policy allows returns within 30 days of purchase. '.repeat(200);
    expect(countTextTokens(prose)).toBe(referenceCount(prose, plain));
  });

  it('counts a long run of one character without stalling, close to the whole count', () => {
    // Whole, a 200 KB run takes gpt-tokenizer minutes; in pieces it is counted at once.
    const run = 'a'.repeat(200_000);
    const sample = 'a'.repeat(5_000);
    const perChar = referenceCount(sample, plain) / sample.length;
    expect(countTextTokens(run)).toBeGreaterThanOrEqual(Math.floor(perChar * run.length * 0.95));
    expect(countTextTokens(run)).toBeLessThanOrEqual(Math.ceil(perChar * run.length * 1.1));
  });

  it('never splits a surrogate pair', () => {
    const emoji = '🧪'.repeat(3_000);
    expect(countTextTokens(emoji)).toBeGreaterThan(0);
    expect(countTextTokens(`x${emoji}`)).toBeGreaterThan(0);
  });
});

describe('implausibleUsage: usage that cannot be true is never priced', () => {
  const request = {
    messages: [{ role: 'user' as const, content: 'What is the refund policy?' }],
    parameters: {},
  };
  const bytes = Buffer.byteLength(JSON.stringify(request.messages));
  const usage = (fields: Partial<Usage>): Usage => ({
    input: 20,
    cachedInput: 0,
    output: 50,
    reasoning: 0,
    estimated: false,
    ...fields,
  });

  it.each<[string, Partial<Usage>, Record<string, unknown>, RegExp | undefined]>([
    ['ordinary usage', {}, {}, undefined],
    ['zero tokens', { input: 0, output: 0 }, {}, undefined],
    ['a hidden system prompt within the margin', { input: bytes * 4 + 4_000 }, {}, undefined],
    ['output at max_tokens, plus an end token', { output: 101 }, { max_tokens: 100 }, undefined],
    [
      'reasoning beyond max_tokens, reported as such',
      { output: 5_000, reasoning: 4_950 },
      { max_tokens: 100 },
      undefined,
    ],
    [
      'negative prompt tokens',
      { input: -5 },
      {},
      /^-5 prompt tokens \(expected a whole number, 0 or more\)$/,
    ],
    ['negative completion tokens', { output: -1 }, {}, /^-1 completion tokens/],
    ['fractional tokens', { output: 1.5 }, {}, /^1\.5 completion tokens/],
    ['infinite tokens', { input: Infinity }, {}, /^Infinity prompt tokens/],
    ['NaN reasoning tokens', { reasoning: NaN }, {}, /^NaN reasoning tokens/],
    [
      'more cached than prompt tokens',
      { input: 10, cachedInput: 11 },
      {},
      /11 cached prompt tokens out of 10/,
    ],
    [
      'more reasoning than completion tokens',
      { output: 10, reasoning: 11 },
      {},
      /11 reasoning tokens out of 10/,
    ],
    [
      'a trillion prompt tokens',
      { input: 1e12 },
      {},
      /1000000000000 prompt tokens for a request of \d+ bytes/,
    ],
    ['just past the prompt bound', { input: bytes * 4 + 4_097 }, {}, /prompt tokens for a request of/],
    [
      'output past max_tokens',
      { output: 500 },
      { max_tokens: 100 },
      /^500 completion tokens for a request that allowed 100$/,
    ],
    [
      'output past max_completion_tokens, reasoning included',
      { output: 5_000, reasoning: 4_950 },
      { max_completion_tokens: 1_000 },
      /^5000 completion tokens for a request that allowed 1000$/,
    ],
    ['output past any model without max_tokens', { output: 10_000_000 }, {}, /at most 262144 for any answer/],
  ])('%s', (_name, fields, parameters, problem) => {
    const found = implausibleUsage(usage(fields), { ...request, parameters });
    if (problem) expect(found).toMatch(problem);
    else expect(found).toBeUndefined();
  });
});
