import { describe, expect, it } from '@jest/globals';
import { GATE_DEFAULTS } from '../../src/config/load-config.js';
import { decide } from '../../src/gate/verdict.js';
import { describeFinding } from '../../src/report/findings.js';
import type { GateConfig, PlannedCall, PromptVerdict, ScoredRecord, Version } from '../../src/types.js';

/** How one answer ends. */
type Answer = 'pass' | 'fail' | 'error' | 'not-run';

const GROUP = {
  files: ['p.md'],
  datasets: [],
  adversarial: [],
  repeats: 1,
  checks: [],
  provider: 'main',
  dependsOn: [],
};

/**
 * The verdict on `p.md`: 20 cases, base, head and head on provider `small` in the role `other`
 * names, each answer as `answer` says.
 */
function judged(
  answer: (i: number, version: Version) => Answer,
  gate: Partial<GateConfig>,
  other: 'fallback:small' | 'candidate:small' = 'fallback:small',
  callsPerDay?: number,
): PromptVerdict {
  const plan: PlannedCall[] = [];
  const records: ScoredRecord[] = [];
  for (let i = 0; i < 20; i++) {
    for (const version of ['base', 'head', other] as const) {
      const key = `p.md#${version}#c${i}#1`;
      const outcome = answer(i, version);
      const pass = outcome === 'pass';
      const fallback = version === other;
      plan.push({
        key,
        prompt: 'p.md',
        version,
        case: { id: `c${i}`, vars: {} },
        repeat: 1,
        provider: fallback ? 'small' : 'main',
        request: { model: fallback ? 'small-model' : 'main-model', messages: [], parameters: {} },
        estimate: { inputTokens: 10, outputTokens: 10, usd: 0 },
      });
      const common = { key, prompt: 'p.md', version, caseId: `c${i}`, repeat: 1, checks: [], pass: false };
      records.push(
        outcome === 'error' || outcome === 'not-run'
          ? { ...common, status: outcome, attempts: outcome === 'error' ? 1 : 0, error: `${outcome} ${i}` }
          : {
              ...common,
              status: 'ok',
              attempts: 1,
              output: 'answer',
              costUsd: fallback ? 0.0001 : 0.001,
              latencyMs: 100,
              checks: [{ check: 'contains', name: 'contains', pass, score: pass ? 1 : 0, reason: 'r' }],
              pass,
            },
      );
    }
  }
  const result = decide({
    records,
    plan,
    prompts: [{ prompt: 'p.md', change: 'modified', config: GROUP }],
    gate: { ...GATE_DEFAULTS, fallbacks: 'evaluate', ...gate },
    traffic: { callsPerDay },
    meta: { base: 'a', head: 'b', seed: 1, totalCostUsd: 0, estimatedCostUsd: 0 },
    skipped: [],
  });
  return result.prompts[0];
}

/** Fallback findings as their sentences, by status. */
function fallbackFindings(verdict: PromptVerdict): string[] {
  return verdict.findings
    .filter((f) => f.check === 'fallback small')
    .map((f) => `${f.status}: ${describeFinding(f)}`);
}

describe('fallbacks judged beside the primary', () => {
  it('compares head on the fallback with head on the primary case by case, not with base', () => {
    // Base fails everything; the primary passes all; the fallback fails the first 6 cases.
    const verdict = judged(
      (i, version) => (version === 'base' ? 'fail' : version === 'head' || i >= 6 ? 'pass' : 'fail'),
      {},
    );
    const [small] = verdict.fallbacks ?? [];
    expect(small).toMatchObject({
      provider: 'small',
      model: 'small-model',
      comparison: { cases: 20, primaryRate: 1, rate: 0.7 },
      failsWherePrimaryPasses: ['c0', 'c1', 'c2', 'c3', 'c4', 'c5'],
      counts: { planned: 20, ok: 20, error: 0, notRun: 0 },
    });
    expect(small.comparison?.interval.high).toBeLessThan(0);
    expect(small.cost?.mean).toBeCloseTo(0.0001);
    // Without a bar the fallback is reported, never judged; the primary's own verdict is its own.
    expect(fallbackFindings(verdict)).toEqual([]);
    expect(verdict.passRate).toEqual({ base: 0, head: 1 });
    expect(verdict.counts.planned).toBe(40);
  });

  it.each([
    { bar: 0.8, status: 'threshold', words: 'at least 80% must pass' },
    { bar: 0.7, status: 'pass', words: 'at least 70% must pass' },
    { bar: { ofPrimary: 0.75 }, status: 'threshold', words: "75% of the primary's, 75% must pass" },
    { bar: { ofPrimary: 0.7 }, status: 'pass', words: "70% of the primary's, 70% must pass" },
  ] as const)('fallbackMinPassRate $bar: $status', ({ bar, status, words }) => {
    const verdict = judged((i, version) => (version.startsWith('fallback') && i < 6 ? 'fail' : 'pass'), {
      fallbackMinPassRate: bar,
    });
    expect(fallbackFindings(verdict)).toEqual([
      `${status}: head on fallback small passes 70% of the cases the primary passes 100% of; ${words} (gate.fallbackMinPassRate): ${status === 'pass' ? 'at or above the bar' : 'below the bar: threshold'}`,
    ]);
    expect(verdict.status).toBe(status);
  });

  it('a fallback whose calls fail past the error tolerance is a threshold finding: it cannot answer', () => {
    const verdict = judged((i, version) => (version.startsWith('fallback') && i < 3 ? 'error' : 'pass'), {
      errorTolerance: 0.1,
    });
    expect(verdict.status).toBe('threshold');
    expect(fallbackFindings(verdict)).toEqual([
      'threshold: head on fallback small failed on 3 of 20 calls, over the 10% tolerance: if the primary fails, this fallback cannot answer (first error: error 0): threshold',
    ]);
  });

  it('a fallback not run leaves the prompt inconclusive, never passed', () => {
    const verdict = judged((_, version) => (version.startsWith('fallback') ? 'not-run' : 'pass'), {
      fallbackMinPassRate: 0,
    });
    expect(verdict.status).toBe('inconclusive');
    expect(verdict.fallbacks?.[0].comparison).toBeUndefined();
    expect(fallbackFindings(verdict)).toEqual([
      'inconclusive: 20 of 20 planned calls were not run (not-run 0); the result is incomplete, so it cannot pass',
    ]);
  });
});

describe('candidates judged beside the primary', () => {
  it('are advice with their monthly saving: never a finding, whatever they fail', () => {
    const verdict = judged(
      (_, version) => (version === 'candidate:small' ? 'fail' : 'pass'),
      {},
      'candidate:small',
      1000,
    );
    expect(verdict.status).toBe('pass');
    expect(verdict.findings.filter((f) => f.check.includes('small'))).toEqual([]);
    expect(verdict.fallbacks).toBeUndefined();
    const [small] = verdict.candidates ?? [];
    expect(small).toMatchObject({ provider: 'small', comparison: { cases: 20, primaryRate: 1, rate: 0 } });
    // (0.001 - 0.0001) per call x 1,000 calls a day x 30 days.
    expect(small.monthly?.callsPerDay).toBe(1000);
    expect(small.monthly?.savingUsd).toBeCloseTo(27, 9);
  });

  it('without traffic, no monthly figure is claimed', () => {
    const verdict = judged(() => 'pass', {}, 'candidate:small');
    expect(verdict.candidates?.[0].monthly).toBeUndefined();
  });
});
