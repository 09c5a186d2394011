import { describe, expect, it } from '@jest/globals';
import { githubModelsPrice, modelLimits } from '../../src/providers/github-models-tables.js';
import { priceUsage } from '../../src/providers/pricing.js';
import type { ProviderConfig } from '../../src/types.js';

const entry = (extra: Partial<ProviderConfig> = {}): ProviderConfig => ({
  id: 'main',
  type: 'github-models',
  model: 'openai/gpt-4o-mini',
  ...extra,
});

describe('modelLimits', () => {
  it.each([
    ['low', {}, { requestsPerMinute: 15, requestsPerDay: 150, concurrent: 5 }],
    ['high', { model: 'openai/gpt-4o' }, { requestsPerMinute: 10, requestsPerDay: 50, concurrent: 2 }],
    ['custom', { model: 'openai/o3-mini' }, { requestsPerMinute: 2, requestsPerDay: 12, concurrent: 1 }],
    ['unheard-of', {}, { requestsPerMinute: 1, requestsPerDay: 8, concurrent: 1 }],
    [
      'low',
      { limits: { requestsPerDay: 450 }, concurrency: 8 },
      { requestsPerMinute: 15, requestsPerDay: 450, concurrent: 8 },
    ],
    ['low', { billing: 'paid' as const, limits: { requestsPerDay: 1000 } }, { requestsPerDay: 1000 }],
  ])('tier %s, entry %j: %j', (tier, extra, expected) => {
    const { basis, ...figures } = modelLimits(entry(extra), tier);
    expect(figures).toEqual(expected);
    expect(basis.length).toBeGreaterThan(0);
  });
});

describe('githubModelsPrice', () => {
  const usage = { input: 1_000_000, cachedInput: 0, output: 1_000_000, reasoning: 0, estimated: false };

  it("prices paid usage as GitHub's worked example: GPT-4o, 1M in and 1M out, $12.50", () => {
    expect(
      priceUsage(
        'openai/gpt-4o',
        usage,
        githubModelsPrice(entry({ model: 'openai/gpt-4o', billing: 'paid' })),
      ),
    ).toBe(12.5);
  });

  it('the free tier costs nothing; the entry’s own price wins', () => {
    expect(priceUsage('openai/gpt-4o', usage, githubModelsPrice(entry()))).toBe(0);
    expect(githubModelsPrice(entry({ billing: 'paid', price: { input: 1, output: 2 } }))).toEqual({
      input: 1,
      output: 2,
    });
  });

  it('a paid model missing from the table asks for a price at its config line', () => {
    const source = { file: 'promptgate.yml', line: 4 };
    expect(() => githubModelsPrice(entry({ model: 'acme/secret-model', billing: 'paid', source }))).toThrow(
      /^promptgate\.yml:4: No GitHub Models price for model 'acme\/secret-model'.*Add `price: \{ input, output \}`/,
    );
  });
});
