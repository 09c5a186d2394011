import { describe, expect, it } from '@jest/globals';
import { dailyQuotaProblem, type DailyLimit, type QuotaUse } from '../../src/run/daily-quota.js';
import type { PlannedCall, Version } from '../../src/types.js';

const limit: DailyLimit = {
  name: 'GitHub Models\' "low" tier',
  requestsPerDay: 150,
  basis: 'the free tier\'s "low" tier',
  entries: ['providers.main'],
};

/** `cases` cases x `repeats` repeats x base and head, on `provider`. */
function planOf(
  cases: number,
  repeats: number,
  provider = 'main',
  prompt = 'prompts/a.prompt.yml',
): PlannedCall[] {
  const plan: PlannedCall[] = [];
  for (let c = 1; c <= cases; c++)
    for (let repeat = 1; repeat <= repeats; repeat++)
      for (const version of ['base', 'head'] as Version[])
        plan.push({
          key: `${prompt}#${version}#case-${c}#${repeat}`,
          prompt,
          version,
          case: { id: `case-${c}`, vars: {} },
          repeat,
          provider,
          request: { model: 'openai/gpt-4o-mini', messages: [], parameters: {} },
          estimate: { inputTokens: 1, outputTokens: 1, usd: 0 },
        });
  return plan;
}

const callsOn = (plan: PlannedCall[], on = limit): QuotaUse[] =>
  plan.map((call) => ({
    call,
    limit: on,
    requests: 1,
    what: `calls to openai/gpt-4o-mini on providers.${call.provider}`,
  }));

describe('dailyQuotaProblem', () => {
  it.each([
    [30, 2, undefined],
    [75, 1, undefined],
    [
      40,
      3,
      'The plan makes 240 requests to GitHub Models\' "low" tier, over its daily limit of 150 (the free tier\'s "low" tier; every use of the limit counts, and so do the day\'s earlier runs): 240 calls to openai/gpt-4o-mini on providers.main. No call was made. What fits: repeats: 1 (80 requests;',
    ],
    [
      100,
      2,
      'The plan makes 400 requests to GitHub Models\' "low" tier, over its daily limit of 150 (the free tier\'s "low" tier; every use of the limit counts, and so do the day\'s earlier runs): 400 calls to openai/gpt-4o-mini on providers.main. No call was made. What fits: at repeats: 1, 75 of the 100 cases (150 requests)',
    ],
  ])('%i cases x %i repeats x 2 versions against 150 a day: %s', (cases, repeats, expected) => {
    const problem = dailyQuotaProblem(callsOn(planOf(cases, repeats)));
    if (expected === undefined) expect(problem).toBeUndefined();
    else {
      expect(problem).toContain(expected);
      expect(problem).toContain('Or raise limits.requestsPerDay on providers.main');
    }
  });

  it('sums every entry, prompt and judge call on one shared limit, though each alone would fit', () => {
    const shared = { ...limit, entries: ['providers.main', 'providers.judge', 'providers.other'] };
    const main = callsOn(planOf(30, 2), shared);
    const other = callsOn(planOf(20, 1, 'other', 'prompts/b.prompt.yml'), shared);
    const judge = main.map((use) => ({
      ...use,
      requests: 2,
      what: 'judge calls to openai/gpt-4o-mini on providers.judge',
    }));
    expect(dailyQuotaProblem(main)).toBeUndefined();
    expect(dailyQuotaProblem(other)).toBeUndefined();
    const problem = dailyQuotaProblem([...main, ...other, ...judge]);
    expect(problem).toContain(
      'The plan makes 400 requests to GitHub Models\' "low" tier, over its daily limit of 150 (',
    );
    expect(problem).toContain(
      '): 120 calls to openai/gpt-4o-mini on providers.main, 40 calls to openai/gpt-4o-mini on providers.other, 240 judge calls to openai/gpt-4o-mini on providers.judge. No call was made.',
    );
    // At one repeat: 60 of main's calls with 120 judge calls, and other's 40, is 220: too many; so cases.
    expect(problem).toContain('What fits: at repeats: 1, 25 of the 50 cases (150 requests)');
    expect(problem).toContain(
      'Or raise limits.requestsPerDay on providers.main and providers.judge and providers.other',
    );
  });

  it('counts nothing without uses, and keeps separate limits apart', () => {
    expect(dailyQuotaProblem([])).toBeUndefined();
    const high = { ...limit, name: 'GitHub Models\' "high" tier', requestsPerDay: 50 };
    const problem = dailyQuotaProblem([...callsOn(planOf(30, 2)), ...callsOn(planOf(30, 1, 'big'), high)]);
    expect(problem?.split('\n')).toHaveLength(1);
    expect(problem).toContain('60 requests to GitHub Models\' "high" tier, over its daily limit of 50');
  });
});
