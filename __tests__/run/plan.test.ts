import { describe, expect, it } from '@jest/globals';
import { MAX_PLANNED_CALLS, MAX_PLAN_CHARS, MAX_SHARDED_PLAN_CALLS } from '../../src/limits.js';
import { renderMessages } from '../../src/prompts/render.js';
import { buildPlan, type PlanPrompt } from '../../src/run/plan.js';
import type { PromptTemplate } from '../../src/types.js';

function template(system: string): PromptTemplate {
  return {
    file: 'prompts/a.md',
    format: 'text',
    messages: [
      { role: 'system', content: system },
      { role: 'user', content: '{{q}}' },
    ],
    messageLines: [1, 2],
    parameters: { max_tokens: 50 },
    cases: [],
    checks: [],
  };
}

const prompt: PlanPrompt = {
  prompt: 'prompts/a.md',
  versions: [
    { version: 'base', template: template('Be brief.'), model: 'old-model', parameters: { temperature: 0 } },
    {
      version: 'head',
      template: template('Be very brief.'),
      model: 'new-model',
      parameters: { temperature: 1 },
    },
  ],
  cases: [
    { id: 'one', vars: { q: 'first?' } },
    { id: 'two', vars: { q: 'second?' }, repeats: 1 },
  ],
  repeats: 2,
  provider: 'main',
};

const estimate = () => ({ inputTokens: 1, outputTokens: 1, usd: 0.001 });

describe('buildPlan', () => {
  it('crosses versions, cases and repeats, with base and head of each case side by side', () => {
    const plan = buildPlan([prompt], renderMessages, estimate).calls;
    expect(plan.map((call) => call.key)).toEqual([
      'prompts/a.md#base#one#1',
      'prompts/a.md#head#one#1',
      'prompts/a.md#base#one#2',
      'prompts/a.md#head#one#2',
      'prompts/a.md#base#two#1',
      'prompts/a.md#head#two#1',
    ]);
  });

  it('pins a fallback version to its own provider, estimated at its price, with no failover', () => {
    const head = prompt.versions[1];
    const fallback = { ...head, version: 'fallback:small' as const, model: 'small-model', provider: 'small' };
    const estimatedOn: string[] = [];
    const plan = buildPlan([{ ...prompt, versions: [head, fallback] }], renderMessages, (request, id) => {
      estimatedOn.push(`${request.model}@${id}`);
      return estimate();
    }).calls;
    const [onPrimary, onFallback] = plan;
    expect(onPrimary).toMatchObject({ provider: 'main', version: 'head' });
    expect(onPrimary.failover).toBeUndefined();
    expect(onFallback).toMatchObject({
      key: 'prompts/a.md#fallback:small#one#1',
      provider: 'small',
      failover: false,
      request: { model: 'small-model', messages: onPrimary.request.messages },
    });
    expect(estimatedOn).toEqual([
      'new-model@main',
      'small-model@small',
      'new-model@main',
      'small-model@small',
    ]);
  });

  it('sends each version with its own model and parameters: a model-only change is a change', () => {
    const [base, head] = buildPlan([prompt], renderMessages, estimate).calls;
    expect([base.request.model, head.request.model]).toEqual(['old-model', 'new-model']);
    expect([base.request.parameters, head.request.parameters]).toEqual([
      { temperature: 0 },
      { temperature: 1 },
    ]);
    expect(base.request.messages.at(-1)).toEqual({ role: 'user', content: 'first?' });
  });

  it('plants a case system suffix (canary) once, in the system message', () => {
    const planted = {
      ...prompt,
      cases: [{ id: 'c', vars: { q: 'x' }, systemSuffix: 'Code PG-CANARY-123456.' }],
      repeats: 1,
    };
    const [base] = buildPlan([planted], renderMessages, estimate).calls;
    const system = base.request.messages[0].content;
    expect(system).toBe('Be brief.\n\nCode PG-CANARY-123456.');
  });

  it('plans only head for an added prompt', () => {
    const added = { ...prompt, versions: [prompt.versions[1]], repeats: 1 };
    expect(buildPlan([added], renderMessages, estimate).calls.map((call) => call.version)).toEqual([
      'head',
      'head',
    ]);
  });
});

describe('buildPlan: bounded before anything is built', () => {
  const cases = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `c${i}`, vars: { q: `q${i}?` } }));

  it.each<[string, Partial<PlanPrompt>, RegExp]>([
    ['repeats: 1e9 on one case', { cases: cases(1), repeats: 1e9 }, /would make 2,000,000,000 calls/],
    [
      'a row asking for 1e9 repeats',
      { cases: [{ id: 'x', vars: { q: '?' }, repeats: 1e9 }] },
      /2,000,000,000 calls/,
    ],
    [
      'many cases times repeats',
      { cases: cases(MAX_PLANNED_CALLS / 10 + 1), repeats: 5 },
      new RegExp(`would make ${((MAX_PLANNED_CALLS / 10 + 1) * 10).toLocaleString('en-US')} calls`),
    ],
  ])('%s: an error before any render or estimate', (_name, overrides, message) => {
    let work = 0;
    const counting = (t: PromptTemplate, c: Parameters<typeof renderMessages>[1]) => (
      work++,
      renderMessages(t, c)
    );
    const started = performance.now();
    expect(() => buildPlan([{ ...prompt, ...overrides }], counting, estimate)).toThrow(message);
    expect(work).toBe(0);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('one runner points past its limit to shards; a sharded plan may be larger', () => {
    const over = [{ ...prompt, cases: cases(MAX_PLANNED_CALLS / 2 + 1), repeats: 1 }];
    expect(() => buildPlan(over, renderMessages, estimate)).toThrow(
      /on one runner: .*split the run over shards/,
    );
    expect(buildPlan(over, renderMessages, estimate, MAX_SHARDED_PLAN_CALLS).calls).toHaveLength(
      MAX_PLANNED_CALLS + 2,
    );
  });

  it('exactly the limit is allowed', () => {
    const plan = buildPlan(
      [{ ...prompt, cases: cases(MAX_PLANNED_CALLS / 2), repeats: 1 }],
      renderMessages,
      estimate,
    ).calls;
    expect(plan).toHaveLength(MAX_PLANNED_CALLS);
  });

  it('messages past the character limit: an error at the case that crossed it', () => {
    const big = 'x'.repeat(MAX_PLAN_CHARS / 8);
    const huge = {
      ...prompt,
      repeats: 1,
      cases: cases(5).map((c) => ({ ...c, vars: { q: big }, source: { file: 'd.jsonl', line: 7 } })),
    };
    expect(() => buildPlan([huge], renderMessages, estimate)).toThrow(
      /^d\.jsonl:7: the run's messages would exceed 33,554,432 characters/,
    );
  });

  it('renders and estimates each case once per version, whatever the repeats; repeats share the estimate', () => {
    let estimates = 0;
    const plan = buildPlan([{ ...prompt, cases: cases(3), repeats: 10 }], renderMessages, () => {
      estimates++;
      return estimate();
    }).calls;
    expect(plan).toHaveLength(60);
    expect(estimates).toBe(6);
    expect(plan[0].estimate).toBe(plan[2].estimate);
    // A request is not held: it is rendered again each time it is read, equal for every repeat.
    expect(plan[0].request).not.toBe(plan[0].request);
    expect(plan[0].request).toEqual(plan[2].request);
  });

  it('a shard estimates and keeps only its cases, but counts and digests the whole plan', () => {
    let estimates = 0;
    const counting = () => {
      estimates++;
      return estimate();
    };
    const whole = buildPlan([{ ...prompt, cases: cases(4), repeats: 2 }], renderMessages, counting);
    estimates = 0;
    const keep = (_prompt: string, testCase: { id: string }) => testCase.id === 'c1';
    const slice = buildPlan(
      [{ ...prompt, cases: cases(4), repeats: 2 }],
      renderMessages,
      counting,
      undefined,
      keep,
    );
    expect(slice.calls.map((call) => call.key)).toEqual(
      whole.calls.filter((call) => call.case.id === 'c1').map((call) => call.key),
    );
    expect(estimates).toBe(2);
    expect([slice.total, slice.digest]).toEqual([whole.calls.length, whole.digest]);
  });
});
