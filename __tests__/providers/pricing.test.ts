import { describe, expect, it } from '@jest/globals';
import { calcPrice } from '@pydantic/genai-prices';
import { readFileSync } from 'node:fs';
import { UserError } from '../../src/errors.js';
import { assertPriced, priceTableVersion, priceUsage } from '../../src/providers/pricing.js';
import type { PriceOverride, Usage } from '../../src/types.js';

function usage(input: number, cachedInput: number, output: number, reasoning = 0): Usage {
  return { input, cachedInput, output, reasoning, estimated: false };
}

describe('priceUsage', () => {
  it.each([
    ['gpt-4o-mini with cached input', 'gpt-4o-mini', usage(1000, 200, 500), 0.000435],
    ['a provider-prefixed id', 'openai/gpt-4o-mini', usage(1000, 200, 500), 0.000435],
    ['a dated snapshot', 'gpt-4o-mini-2024-07-18', usage(1000, 0, 500), 0.00045],
    // o3-mini: $1.10 in, $0.55 cached, $4.40 out; reasoning tokens are billed as output.
    ['reasoning tokens as output', 'o3-mini', usage(1000, 400, 2000, 1500), 0.00066 + 0.00022 + 0.0088],
    ['nothing used', 'gpt-4o-mini', usage(0, 0, 0), 0],
  ])('prices %s from the table', (_name, model, used, expected) => {
    expect(priceUsage(model, used)).toBeCloseTo(expected, 12);
  });

  it('gives exactly $0.000435 for the documented gpt-4o-mini example', () => {
    expect(priceUsage('gpt-4o-mini', usage(1000, 200, 500))).toBe(0.000435);
  });

  // Prices are remembered per model and call size: every call must still cost exactly what the table
  // says, tiers included.
  it.each([
    ['gpt-4o', 'openai'],
    ['claude-sonnet-4', 'anthropic'],
    ['gemini-2.5-pro', 'google'],
    ['deepseek-chat', 'deepseek'],
  ])('prices %s as the table does, above and below its tiers', (model, providerId) => {
    for (const used of [usage(1200, 300, 400), usage(300_000, 1000, 1000), usage(0, 0, 0)]) {
      const table = calcPrice(
        { input_tokens: used.input, cache_read_tokens: used.cachedInput, output_tokens: used.output },
        model,
        { providerId },
      );
      expect(priceUsage(model, used)).toBeCloseTo(table!.total_price, 12);
    }
  });

  it.each<[string, PriceOverride, Usage, number]>([
    ['input and output only', { input: 2, output: 8 }, usage(1_000_000, 0, 500_000), 6],
    [
      'cached input at its own rate',
      { input: 2, cachedInput: 0.5, output: 8 },
      usage(1_000_000, 400_000, 0),
      1.4,
    ],
    ['cached input at the input rate when unset', { input: 2, output: 8 }, usage(1_000_000, 400_000, 0), 2],
    ['reasoning at its own rate', { input: 0, output: 8, reasoning: 4 }, usage(0, 0, 1_000_000, 250_000), 7],
  ])('uses the config override: %s', (_name, override, used, expected) => {
    expect(priceUsage('my-local-llama', used, override)).toBeCloseTo(expected, 9);
  });

  it('lets an override win over the table', () => {
    expect(priceUsage('gpt-4o-mini', usage(1_000_000, 0, 0), { input: 1, output: 1 })).toBe(1);
  });

  it('refuses to price an unknown model as $0, naming the provider entry to fix', () => {
    const attempt = () => priceUsage('my-local-llama', usage(10, 0, 10), undefined, { providerId: 'local' });
    expect(attempt).toThrow(UserError);
    expect(attempt).toThrow(
      /No price for model 'my-local-llama'.*price: \{ input, output \}.*providers\.local/,
    );
  });
});

describe('assertPriced', () => {
  it.each([
    ['a known model', 'gpt-4o-mini', undefined, false],
    ['an unknown model with an override', 'my-local-llama', { input: 0, output: 0 }, false],
    ['an unknown model without an override', 'my-local-llama', undefined, true],
  ])('%s', (_name, model, override, throws) => {
    const check = () => assertPriced(model, override, { location: { file: 'promptgate.yml', line: 3 } });
    if (throws) expect(check).toThrow(/^promptgate\.yml:3: No price/);
    else expect(check).not.toThrow();
  });
});

describe('priceTableVersion', () => {
  it('names the installed price table release', () => {
    const installed = JSON.parse(
      readFileSync(
        new URL('../../node_modules/@pydantic/genai-prices/package.json', import.meta.url),
        'utf8',
      ),
    ) as { version: string };
    expect(priceTableVersion()).toBe(`@pydantic/genai-prices@${installed.version}`);
  });
});
