import { beforeAll, describe, expect, it } from '@jest/globals';
import {
  countMessageTokens,
  countTextTokens,
  estimateUsage,
  loadTokenizer,
  usageFromOpenAI,
} from '../../src/providers/usage.js';

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
