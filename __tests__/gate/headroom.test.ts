import { describe, expect, it } from '@jest/globals';
import { GATE_DEFAULTS } from '../../src/config/load-config.js';
import { decide } from '../../src/gate/verdict.js';
import { describeFinding } from '../../src/report/findings.js';
import { renderReport } from '../../src/report/markdown.js';
import type { DecideInput } from '../../src/gate/verdict.js';
import type { PlannedCall, RateLimitEntry, ScoredRecord, Version } from '../../src/types.js';

const GROUP = {
  files: ['p.md'],
  datasets: [],
  adversarial: [],
  repeats: 1,
  checks: [],
  provider: 'main',
  dependsOn: [],
};

const PROVIDERS = {
  main: { model: 'main-model', fallback: ['spare'] },
  spare: { model: 'spare-model' },
};

/** 10 cases of `p.md` on each version, every answer passing, each using `tokens[version]` tokens. */
function input(
  tokens: Partial<Record<Version, number>>,
  rateLimits: RateLimitEntry[],
  traffic: DecideInput['traffic'],
  change: 'modified' | 'added' = 'modified',
): DecideInput {
  const plan: PlannedCall[] = [];
  const records: ScoredRecord[] = [];
  for (const [version, total] of Object.entries(tokens) as Array<[Version, number]>) {
    const provider = version === 'fallback:spare' ? 'spare' : 'main';
    for (let i = 0; i < 10; i++) {
      const key = `p.md#${version}#c${i}#1`;
      plan.push({
        key,
        prompt: 'p.md',
        version,
        case: { id: `c${i}`, vars: {} },
        repeat: 1,
        provider,
        request: { model: PROVIDERS[provider].model, messages: [], parameters: {} },
        estimate: { inputTokens: 10, outputTokens: 10, usd: 0 },
      });
      records.push({
        key,
        prompt: 'p.md',
        version,
        caseId: `c${i}`,
        repeat: 1,
        status: 'ok',
        attempts: 1,
        output: 'answer',
        usage: { input: total - 100, cachedInput: 0, output: 100, reasoning: 0, estimated: false },
        costUsd: 0.001,
        latencyMs: 100,
        checks: [{ check: 'contains', name: 'contains', pass: true, score: 1, reason: 'r' }],
        pass: true,
      });
    }
  }
  return {
    records,
    plan,
    prompts: [{ prompt: 'p.md', change, config: GROUP }],
    gate: { ...GATE_DEFAULTS, fallbacks: 'evaluate' },
    traffic,
    providers: PROVIDERS,
    rateLimits,
    meta: { base: 'b', head: 'h', seed: 1, totalCostUsd: 0, estimatedCostUsd: 0 },
    skipped: [],
  };
}

const STATED_TPM: RateLimitEntry = {
  provider: 'main',
  model: 'main-model',
  limits: {
    requestsPerMinute: { value: 500, source: 'stated' },
    tokensPerMinute: { value: 30_000, source: 'stated' },
  },
};

describe('load headroom', () => {
  // 14,400 calls/day at peak 2x: 20 requests a minute at 1x, 60 at 3x, 100 at 5x.
  const traffic = { callsPerDay: 14_400, peakFactor: 2 };

  it('head whose token growth passes the TPM limit at 3x, where base did not, is a threshold finding', () => {
    // 60 RPM at 3x: base 400 tokens/call is 24,000 TPM (within 30,000); head 960 is 57,600 (past).
    const result = decide(input({ base: 400, head: 960 }, [STATED_TPM], traffic));
    const [verdict] = result.prompts;
    expect(verdict.status).toBe('threshold');
    const finding = verdict.findings.find((f) => f.facts.kind === 'headroom');
    expect(finding).toMatchObject({ check: 'headroom main', status: 'threshold' });
    expect(describeFinding(finding!)).toBe(
      'head uses 2.4x the tokens per call of base (400 → 960): at 3x traffic (43,200 calls/day, peak 2x) it needs 57,600 TPM, past the TPM limit of 30,000 of main (main-model), stated by its answers: threshold',
    );
    const primary = verdict.headroom!.providers[0];
    expect(primary.loads.map((l) => [l.factor, l.requestsPerMinute, l.tokensPerMinute, l.past])).toEqual([
      [1, 20, 19_200, []],
      [3, 60, 57_600, ['tokensPerMinute']],
      [5, 100, 96_000, ['tokensPerMinute']],
    ]);
  });

  it('a limit base already passed at 3x is shown, not blamed on the change', () => {
    const result = decide(input({ base: 900, head: 960 }, [STATED_TPM], traffic));
    const [verdict] = result.prompts;
    expect(verdict.status).toBe('pass');
    expect(verdict.headroom!.providers[0].loads[1].past).toEqual(['tokensPerMinute']);
  });

  it('a new prompt past a limit at 3x is a finding: there is no base to share the blame', () => {
    const result = decide(input({ head: 960 }, [STATED_TPM], traffic, 'added'));
    expect(result.prompts[0].findings.filter((f) => f.facts.kind === 'headroom')).toHaveLength(1);
  });

  it('a provider with no limit stated or configured is "limits unknown", never fine', () => {
    const result = decide(input({ base: 400, head: 960, 'fallback:spare': 500 }, [STATED_TPM], traffic));
    const [verdict] = result.prompts;
    const spare = verdict.headroom!.providers[1];
    expect(spare).toMatchObject({ provider: 'spare', role: 'fallback', tokensPerCall: { head: 500 } });
    expect(spare.loads[1].unknown).toEqual(['requestsPerMinute', 'tokensPerMinute']);
    const report = renderReport(result, { maxChars: 65_536 });
    expect(report).toContain('#### Load headroom');
    expect(report).toMatch(
      /\| `p\.md` \| fallback `spare` `spare-model` \| 500 \| 20 RPM ❔, 10,000 TPM ❔ \|.*\| limits unknown: none stated or configured \|/,
    );
    expect(report).toMatch(
      /\| `p\.md` \| `main` `main-model` \| 400 → 960 \(2\.4x\) \| 20 RPM, 19,200 TPM \| 60 RPM, 57,600 TPM ❌ \|/,
    );
  });

  it('a floor from remaining-* headers alone passed is unknown, not a breach; a configured limit is used where none is stated', () => {
    const limits: RateLimitEntry[] = [
      {
        provider: 'main',
        model: 'main-model',
        limits: {
          tokensPerMinute: { value: 10_000, source: 'remaining' },
          requestsPerMinute: { value: 50, source: 'configured' },
        },
      },
    ];
    const [verdict] = decide(input({ base: 400, head: 400 }, limits, traffic)).prompts;
    const threeX = verdict.headroom!.providers[0].loads[1];
    expect(threeX.past).toEqual(['requestsPerMinute']);
    expect(threeX.unknown).toEqual(['tokensPerMinute']);
    // Base and head send as many requests: the RPM breach is not this change's.
    expect(verdict.status).toBe('pass');
  });

  it("a fallback head never answered on takes head's tokens on the primary, and says so", () => {
    const [verdict] = decide(input({ base: 400, head: 500 }, [STATED_TPM], traffic)).prompts;
    expect(verdict.headroom!.providers[1]).toMatchObject({
      provider: 'spare',
      tokensPerCall: { head: 500 },
      tokensFrom: 'primary',
    });
  });

  it("head's token growth past a fallback's limit at 3x is a finding too, base taken as sending there what it sends to the primary", () => {
    const spareTpm: RateLimitEntry = {
      provider: 'spare',
      model: 'spare-model',
      limits: { tokensPerMinute: { value: 20_000, source: 'configured' } },
    };
    // 60 RPM at 3x. Primary: 400 -> 480 tokens stays within 30,000 TPM. Spare: head 500 tokens is
    // 30,000 TPM (past 20,000); base there scales with the spare's answers (400 x 500/480 = 417): 25,000,
    // also past, so not this change's. With head at 960 on the primary, base on spare is 208: 12,500.
    const within = decide(
      input({ base: 400, head: 480, 'fallback:spare': 500 }, [STATED_TPM, spareTpm], traffic),
    );
    expect(within.prompts[0].findings.filter((f) => f.facts.kind === 'headroom')).toEqual([]);
    const grown = decide(
      input({ base: 400, head: 960, 'fallback:spare': 500 }, [STATED_TPM, spareTpm], traffic),
    );
    const checks = grown.prompts[0].findings.filter((f) => f.facts.kind === 'headroom').map((f) => f.check);
    expect(checks).toEqual(['headroom main', 'headroom spare']);
  });

  it('without traffic.callsPerDay nothing is projected', () => {
    const [verdict] = decide(input({ base: 400, head: 960 }, [STATED_TPM], {})).prompts;
    expect(verdict.headroom).toBeUndefined();
  });
});
