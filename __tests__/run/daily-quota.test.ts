import { describe, expect, it } from '@jest/globals';
import { dailyQuotaProblem, type DailyLimit } from '../../src/run/daily-quota.js';
import type { PlannedCall, Version } from '../../src/types.js';

const limit: DailyLimit = {
  model: 'openai/gpt-4o-mini',
  requestsPerDay: 150,
  basis: 'the free tier\'s "low" tier',
  entry: 'providers.main',
};

/** `cases` cases x `repeats` repeats x base and head. */
function planOf(cases: number, repeats: number): PlannedCall[] {
  const plan: PlannedCall[] = [];
  for (let c = 1; c <= cases; c++)
    for (let repeat = 1; repeat <= repeats; repeat++)
      for (const version of ['base', 'head'] as Version[])
        plan.push({
          key: `p#${version}#case-${c}#${repeat}`,
          prompt: 'prompts/a.prompt.yml',
          version,
          case: { id: `case-${c}`, vars: {} },
          repeat,
          provider: 'main',
          request: { model: limit.model, messages: [], parameters: {} },
          estimate: { inputTokens: 1, outputTokens: 1, usd: 0 },
        });
  return plan;
}

describe('dailyQuotaProblem', () => {
  it.each([
    [30, 2, undefined],
    [75, 1, undefined],
    [
      40,
      3,
      'The plan makes 240 calls to openai/gpt-4o-mini, over its daily limit of 150 (the free tier\'s "low" tier; the day\'s earlier runs count too): no call was made. What fits: repeats: 1 (80 calls;',
    ],
    [
      100,
      2,
      'The plan makes 400 calls to openai/gpt-4o-mini, over its daily limit of 150 (the free tier\'s "low" tier; the day\'s earlier runs count too): no call was made. What fits: at repeats: 1, 75 of the 100 cases (150 calls)',
    ],
  ])('%i cases x %i repeats x 2 versions against 150 a day: %s', (cases, repeats, expected) => {
    const problem = dailyQuotaProblem(planOf(cases, repeats), () => limit);
    if (expected === undefined) expect(problem).toBeUndefined();
    else {
      expect(problem).toContain(expected);
      expect(problem).toContain('Or raise providers.main.limits.requestsPerDay');
    }
  });

  it('counts nothing for a model without a known daily limit', () => {
    expect(dailyQuotaProblem(planOf(500, 2), () => undefined)).toBeUndefined();
  });
});
