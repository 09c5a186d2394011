import { describe, expect, it } from '@jest/globals';
import { renderMessages } from '../../src/prompts/render.js';
import { buildPlan, type PlanPrompt } from '../../src/run/plan.js';
import { inShard, parseShard, planDigest, sizeShards, type Shard } from '../../src/run/shard.js';
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
    parameters: {},
    cases: [],
    checks: [],
  };
}

function planOf(cases: number, system = 'Be brief.', shard?: Shard) {
  const prompt: PlanPrompt = {
    prompt: 'prompts/a.md',
    versions: [
      { version: 'base', template: template(system), model: 'm', parameters: {} },
      { version: 'head', template: template(`${system} Really.`), model: 'm', parameters: {} },
    ],
    cases: Array.from({ length: cases }, (_, i) => ({ id: `c${i}`, vars: { q: `question ${i}?` } })),
    repeats: 3,
    provider: 'main',
  };
  const estimate = () => ({ inputTokens: 10, outputTokens: 60, usd: 0.001 });
  return buildPlan([prompt], renderMessages, estimate, undefined, shard && inShard(shard));
}

describe('shards', () => {
  it('parses i/n and refuses anything else, saying what was expected', () => {
    expect(parseShard('2/4', 'shard')).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 1 / 1 ', 'shard')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/4', '5/4', '1/257', '2', 'a/b', '1/0', '-1/2', ''])
      expect(() => parseShard(bad, '--shard')).toThrow(/Invalid --shard .*expected i\/n/);
  });

  it('slices partition the plan; every call of a case lands in one shard; the split is stable', () => {
    const { calls: plan, digest, total } = planOf(200);
    const sliced = [1, 2, 3, 4].map((index) => planOf(200, 'Be brief.', { index, count: 4 }));
    // A shard plans its slice, but counts and digests the whole plan, as every other shard does.
    expect(sliced.map((slice) => [slice.total, slice.digest])).toEqual(Array(4).fill([total, digest]));
    expect(planDigest(plan)).toBe(digest);
    const slices = sliced.map((slice) => slice.calls);
    const keys = slices.flatMap((slice) => slice.map((call) => call.key));
    expect(keys.sort()).toEqual(plan.map((call) => call.key).sort());
    for (const slice of slices) {
      // Every shard gets a fair part of 200 cases, and holds each of its cases whole (2 versions x 3 repeats).
      expect(slice.length).toBeGreaterThan(6 * 25);
      const perCase = new Map<string, number>();
      for (const call of slice) perCase.set(call.case.id, (perCase.get(call.case.id) ?? 0) + 1);
      expect([...perCase.values()].every((n) => n === 6)).toBe(true);
    }
    expect(planOf(200, 'Be brief.', { index: 3, count: 4 }).calls.map((c) => c.key)).toEqual(
      slices[2].map((c) => c.key),
    );
  });

  it("the plan digest changes with any request and with the plan's calls", () => {
    const { digest } = planOf(10);
    expect(planOf(10).digest).toBe(digest);
    expect(planOf(10, 'Be short.').digest).not.toBe(digest);
    expect(planOf(11).digest).not.toBe(digest);
  });

  it('sizes a matrix from the estimate, never past one shard per case', () => {
    // 600 calls of (1 s + 60 tokens at 60 per second) = 2 s each, 10 at a time: 120 s.
    const sizing = sizeShards(planOf(100).calls, 10, { targetMinutes: 0.5 });
    expect(sizing.wallMs).toBeCloseTo(120_000);
    expect(sizing.matrix).toEqual(['1/4', '2/4', '3/4', '4/4']);
    expect(sizeShards(planOf(3).calls, 1, { targetMinutes: 0.01, latencyMs: 60_000 }).shards).toBe(3);
  });

  it('takes more shards until the largest slice fits one runner, however fast the calls', () => {
    // 600 calls that take a millisecond each: one shard by time, but at most 200 calls a runner.
    const plan = planOf(100).calls;
    const sizing = sizeShards(plan, 10, { targetMinutes: 10, latencyMs: 1 }, 200);
    expect(sizing.shards).toBeGreaterThanOrEqual(3);
    const slices = sizing.matrix.map(
      (_, i) => planOf(100, 'Be brief.', { index: i + 1, count: sizing.shards }).calls,
    );
    expect(Math.max(...slices.map((slice) => slice.length))).toBe(sizing.largestShardCalls);
    expect(sizing.largestShardCalls).toBeLessThanOrEqual(200);
    // One shard fewer would not fit: the count is the least that does.
    const fewer = sizing.shards - 1;
    const fewerSlices = Array.from(
      { length: fewer },
      (_, i) => planOf(100, 'Be brief.', { index: i + 1, count: fewer }).calls,
    );
    expect(Math.max(...fewerSlices.map((slice) => slice.length))).toBeGreaterThan(200);
  });
});
