import { afterAll, describe, it, expect } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../src/errors.js';
import { createRng } from '../../src/random.js';
import {
  type ApprovedBaseline,
  type Baseline,
  buildBaseline,
  promptHash,
  readBaseline,
  readBaselineByCase,
  writeBaseline,
} from '../../src/gate/baseline.js';
import { canonicalJson } from '../../src/providers/request-hash.js';
import {
  type DecideInput,
  decide as decideFacts,
  evaluatedPrompts,
  gateFails,
} from '../../src/gate/verdict.js';
import { describeFinding, headline, monthlySentence } from '../../src/report/findings.js';
import type {
  CheckSpec,
  Finding,
  GateConfig,
  GateResult,
  PlannedCall,
  PromptVerdict,
  ScoredRecord,
  Side,
} from '../../src/types.js';

/** The gate's result with the report's words beside its facts: what a reviewer reads. */
type Worded = Omit<GateResult, 'prompts'> & {
  headline: string;
  notes: string[];
  prompts: (Omit<PromptVerdict, 'findings'> & { findings: (Finding & { sentence: string })[] })[];
};

function decide(input: DecideInput): Worded {
  const result = decideFacts(input);
  return {
    ...result,
    headline: headline(result),
    notes: result.monthly.map(monthlySentence),
    prompts: result.prompts.map((p) => ({
      ...p,
      findings: p.findings.map((f) => ({ ...f, sentence: describeFinding(f) })),
    })),
  };
}
import { GATE_DEFAULTS } from '../../src/config/load-config.js';

const PROMPT = 'prompts/support.prompt.yml';

const gate: GateConfig = { ...GATE_DEFAULTS, errorTolerance: 0.05, seed: 11 };

/** One answer: passed or not, optionally with its cost, latency, status and per-check outcomes. */
interface Answer {
  pass?: boolean;
  status?: ScoredRecord['status'];
  costUsd?: number;
  latencyMs?: number;
  cached?: 'cache';
  checks?: Record<string, boolean | 'error'>;
  /** What proves a failed check, by check. */
  evidence?: Record<string, string>;
  error?: string;
}

interface CaseSpec {
  base: Answer[];
  head: Answer[];
  required?: boolean;
  suite?: string;
  /** Checks the case carries itself, as a dataset row's `checks` or an attack suite's. */
  own?: CheckSpec[];
}

const pass = (n: number, extra: Answer = {}): Answer[] =>
  Array.from({ length: n }, () => ({ pass: true, ...extra }));
const fail = (n: number, extra: Answer = {}): Answer[] =>
  Array.from({ length: n }, () => ({ pass: false, ...extra }));

function build(cases: CaseSpec[], model = 'gpt-test'): { records: ScoredRecord[]; plan: PlannedCall[] } {
  const records: ScoredRecord[] = [];
  const plan: PlannedCall[] = [];
  cases.forEach((spec, index) => {
    const caseId = `case-${index + 1}`;
    const theCase = {
      id: caseId,
      vars: { question: `question ${index + 1}` },
      required: spec.required,
      suite: spec.suite,
      checks: spec.own,
      source: { file: 'evals/support.jsonl', line: index + 1 },
    };
    for (const version of ['base', 'head'] as Side[]) {
      spec[version].forEach((answer, repeat) => {
        const key = `${PROMPT}#${version}#${caseId}#${repeat}`;
        plan.push({
          key,
          prompt: PROMPT,
          version,
          case: theCase,
          repeat,
          provider: 'main',
          request: { model, messages: [{ role: 'user', content: `v-${version} ${index}` }], parameters: {} },
          estimate: { inputTokens: 10, outputTokens: 10, usd: 0 },
        });
        const status = answer.status ?? 'ok';
        const checks = Object.entries(answer.checks ?? { 'contains "refund"': answer.pass ?? true }).map(
          ([check, outcome]) => ({
            check,
            // The registry name is the display name's first word: `contains "refund"`, `canary`.
            name: check.split(' ')[0],
            evidence: outcome === true ? undefined : answer.evidence?.[check],
            pass: outcome === true,
            score: outcome === true ? 1 : 0,
            error: outcome === 'error' ? true : undefined,
            reason:
              outcome === true
                ? 'found'
                : outcome === 'error'
                  ? 'judge reply broke its schema'
                  : 'missing "refund"',
          }),
        );
        records.push({
          key,
          prompt: PROMPT,
          version,
          caseId,
          repeat,
          status,
          attempts: 1,
          error: answer.error,
          output: status === 'ok' ? `answer ${caseId} ${version}` : undefined,
          costUsd: answer.costUsd,
          latencyMs: answer.latencyMs,
          cached: answer.cached,
          checks: status === 'ok' ? checks : [],
          pass: status === 'ok' && checks.every((c) => c.pass),
        });
      });
    }
  });
  return { records, plan };
}

function input(
  cases: CaseSpec[],
  options: {
    checks?: CheckSpec[];
    change?: DecideInput['prompts'][number]['change'];
    callsPerDay?: number;
  } = {},
): DecideInput {
  return {
    ...build(cases),
    prompts: [
      {
        prompt: PROMPT,
        change: options.change ?? 'modified',
        config: {
          files: [PROMPT],
          datasets: [],
          adversarial: [],
          repeats: 1,
          checks: options.checks ?? [],
          provider: 'main',
          dependsOn: [],
        },
      },
    ],
    gate,
    traffic: { callsPerDay: options.callsPerDay },
    meta: { base: 'abc', head: 'def', seed: 11, totalCostUsd: 0, estimatedCostUsd: 0 },
    skipped: [],
  };
}

/** n cases where both versions give the same single answer. */
const same = (n: number, answer: boolean): CaseSpec[] =>
  Array.from({ length: n }, () => ({ base: [{ pass: answer }], head: [{ pass: answer }] }));

describe('decide: pass rates', () => {
  it('calls a significant drop a regression and says it with the numbers', () => {
    const cases = [
      ...Array.from({ length: 7 }, () => ({ base: pass(1), head: fail(1) })),
      { base: fail(1), head: pass(1) },
      ...same(32, true),
    ];
    const result = decide(input(cases));
    expect(result.status).toBe('regression');
    const finding = result.prompts[0].findings.find((f) => f.check === 'pass rate');
    expect(finding?.sentence).toMatch(
      /^head fails 7 of 40 cases that base passed, base fails 1 that head passed \(pass rate 98% → 83%, -15 pts, 95% CI -\d+ to -\d+\), p = 0\.035: regression; where head did worse, it failed contains "refund" in 7$/,
    );
    expect(result.headline).toBe(
      'prompts/support.prompt.yml regressed: pass rate 98% → 83% on 40 cases, p = 0.035; head fails contains "refund" in 7 of them.',
    );
    expect(result.prompts[0].passRate).toEqual({ base: 39 / 40, head: 33 / 40 });
    expect(result.prompts[0].cases.filter((c) => c.regressed).map((c) => c.caseId)).toEqual([
      'case-1',
      'case-2',
      'case-3',
      'case-4',
      'case-5',
      'case-6',
      'case-7',
    ]);
    expect(gateFails(result, gate)).toBe(true);
  });

  it('passes when nothing changed', () => {
    const result = decide(input(same(20, true)));
    expect(result.status).toBe('pass');
    expect(result.headline).toBe('1 changed prompt checked, no regression or breach found.');
    expect(gateFails(result, gate)).toBe(false);
  });

  it('calls a drop without enough evidence inconclusive and says how many repeats would settle it', () => {
    const cases = [...Array.from({ length: 3 }, () => ({ base: pass(1), head: fail(1) })), ...same(17, true)];
    const result = decide(input(cases));
    expect(result.status).toBe('inconclusive');
    expect(result.prompts[0].findings[0].sentence).toMatch(
      /p = 0\.125: inconclusive; about \d+ repeats per case would settle it; where head did worse/,
    );
    expect(gateFails(result, gate)).toBe(false);
    expect(gateFails(result, { ...gate, failOn: ['inconclusive'] })).toBe(true);
  });

  it('pools repeats per case: a case that fails 2 of 3 head repeats counts with its rate and is flaky', () => {
    const cases = [
      ...Array.from({ length: 12 }, () => ({ base: pass(3), head: [...pass(1), ...fail(2)] })),
      ...Array.from({ length: 8 }, () => ({ base: pass(3), head: pass(3) })),
    ];
    const result = decide(input(cases));
    expect(result.status).toBe('regression');
    expect(result.prompts[0].findings[0].sentence).toMatch(
      /^over 3 repeats head does worse on 12 of 20 cases and better on 0/,
    );
    const flaky = result.prompts[0].cases[0];
    expect(flaky).toMatchObject({ flaky: true, basePassRate: 1, headPassRate: 1 / 3, regressed: true });
    expect(result.prompts[0].cases[19].flaky).toBe(false);
  });

  it('does not let copies of one answer (cached repeats) inflate the evidence', () => {
    // 3 cases flip in every one of 5 repeats: as strong as 3 flips, not 15.
    const cases = [
      ...Array.from({ length: 3 }, () => ({ base: pass(5), head: fail(5) })),
      ...Array.from({ length: 37 }, () => ({ base: pass(5), head: pass(5) })),
    ];
    const result = decide(input(cases));
    expect(result.status).toBe('inconclusive');
    expect(result.prompts[0].findings[0].sentence).toMatch(/inconclusive; more cases would settle it;/);
  });

  it('reports a single check that regressed, after adjusting for testing each check', () => {
    const both = { 'contains "refund"': true, 'no pii': true };
    const piiFails = { 'contains "refund"': true, 'no pii': false };
    const refundFails = { 'contains "refund"': false, 'no pii': true };
    const cases: CaseSpec[] = [
      ...Array.from({ length: 12 }, () => ({ base: [{ checks: both }], head: [{ checks: piiFails }] })),
      ...Array.from({ length: 2 }, () => ({ base: [{ checks: refundFails }], head: [{ checks: both }] })),
      ...Array.from({ length: 26 }, () => ({ base: [{ checks: both }], head: [{ checks: both }] })),
    ];
    const findings = decide(input(cases)).prompts[0].findings;
    expect(findings.map((f) => [f.check, f.status])).toEqual([
      ['pass rate', 'regression'],
      ['no pii', 'regression'],
    ]);
    expect(findings[1].sentence).toMatch(
      /^head fails 12 of 40 cases that base passed, base fails 0 .*p < 0\.001 \(Holm-adjusted p < 0\.001\): regression$/,
    );
  });
});

describe('decide: findings name what moved, each check once', () => {
  it("names the check that moved the pass rate and rolls each row's own check into its case", () => {
    // Twelve rows, each with a `contains` of its own, fail on head; so does the prompt's grounding.
    const cases: CaseSpec[] = [
      ...Array.from({ length: 12 }, (_, i) => ({
        own: [{ name: 'contains', options: { value: `fact ${i}` } }],
        base: [{ checks: { grounding: true, [`contains "fact ${i}"`]: true } }],
        head: [{ checks: { grounding: false, [`contains "fact ${i}"`]: false } }],
      })),
      ...Array.from({ length: 26 }, () => ({
        base: [{ checks: { grounding: true } }],
        head: [{ checks: { grounding: true } }],
      })),
    ];
    const result = decide(input(cases, { checks: [{ name: 'grounding', options: { min: 0.6 } }] }));
    const findings = result.prompts[0].findings;
    expect(findings.map((f) => [f.check, f.status])).toEqual([['pass rate', 'regression']]);
    expect(findings[0].sentence).toMatch(
      /^head fails 12 of 38 cases that base passed, .*p < 0\.001: regression; where head did worse, it failed grounding \(min 0\.6\) in 12 and each case's own checks in 12$/,
    );
    // No test of a check that decides as the pass rate does, so no adjustment for it either.
    const facts = findings[0].facts as { p: number; pAdjusted: number };
    expect(facts.pAdjusted).toBe(facts.p);
    expect(result.headline).toBe(
      'prompts/support.prompt.yml regressed: pass rate 100% → 68% on 38 cases, p < 0.001; head fails grounding (min 0.6) in 12 of them.',
    );
    expect(result.prompts[0].cases[0].reasons).toEqual([
      'grounding: missing "refund"',
      'contains "fact 0": missing "refund"',
    ]);
  });

  it('judges a check every case carries (a prompt file evaluator) on its own, as a check of the prompt', () => {
    const own = [{ name: 'contains', options: { value: 'refund policy' } }];
    const cases: CaseSpec[] = [
      ...Array.from({ length: 8 }, () => ({
        own,
        base: [{ checks: { 'contains "refund policy"': true, grounding: true } }],
        head: [{ checks: { 'contains "refund policy"': false, grounding: true } }],
      })),
      ...Array.from({ length: 12 }, () => ({
        own,
        base: [{ checks: { 'contains "refund policy"': true, grounding: false } }],
        head: [{ checks: { 'contains "refund policy"': true, grounding: false } }],
      })),
    ];
    const findings = decide(input(cases, { checks: [{ name: 'grounding', options: {} }] })).prompts[0]
      .findings;
    expect(findings.map((f) => [f.check, f.status])).toEqual([
      ['pass rate', 'regression'],
      ['contains "refund policy"', 'regression'],
    ]);
  });

  it('judges a guardrail by its limit alone: one finding, one status', () => {
    const secret = { checks: { secrets: false }, evidence: { secrets: 'ghp_…(40 chars)' } };
    const cases: CaseSpec[] = [
      { base: [{ checks: { secrets: true } }], head: [secret] },
      { base: [{ checks: { secrets: true } }], head: [secret] },
      ...Array.from({ length: 22 }, () => ({
        base: [{ checks: { secrets: true } }],
        head: [{ checks: { secrets: true } }],
      })),
    ];
    const result = decide(input(cases, { checks: [{ name: 'secrets', options: {} }] }));
    const shown = result.prompts[0].findings.filter((f) => f.status !== 'pass');
    expect(shown.map((f) => [f.check, f.status])).toEqual([
      ['pass rate', 'inconclusive'],
      ['secrets', 'threshold'],
    ]);
    expect(shown[1].sentence).toMatch(/^2 of 24 head answers contained a secret \(base: 0\), over the limit/);
  });

  it('counts an answer that failed one check as failed, whatever another could not decide, and quotes only the failure', () => {
    const cases: CaseSpec[] = [
      {
        base: [{ checks: { canary: true, 'judge-fact': true, grounding: true } }],
        head: [{ checks: { canary: false, 'judge-fact': 'error', grounding: true } }],
      },
      ...same(19, true),
    ];
    const verdict = decide(input(cases)).prompts[0];
    expect(verdict.cases[0]).toMatchObject({
      headPassRate: 0,
      regressed: true,
      answers: { base: 1, head: 1 },
    });
    expect(verdict.cases[0].reasons).toEqual(['canary: missing "refund"']);
    expect(verdict.findings.find((f) => f.check === 'canary')?.sentence).toMatch(/^1 of 1 head answers/);
  });

  it('compares and bounds the same cases: one not decided on base is left out of both, and says why', () => {
    const cases: CaseSpec[] = [
      { base: [{ status: 'error', error: '503 Service Unavailable' }], head: fail(1) },
      ...Array.from({ length: 9 }, (_, i) => ({ base: pass(1), head: i < 2 ? fail(1) : pass(1) })),
    ];
    const result = decide({ ...input(cases), gate: { ...gate, minPassRate: 0.9 } });
    const verdict = result.prompts[0];
    expect(verdict.cases[0].undecided).toEqual({ base: '503 Service Unavailable' });
    expect(verdict.passRate).toEqual({ base: 1, head: 7 / 9 });
    const rate = verdict.findings.find((f) => f.facts.kind === 'pass-rate');
    expect(rate?.facts).toMatchObject({ cases: 9, worse: 2 });
    expect(verdict.findings.find((f) => f.facts.kind === 'pass-floor')).toMatchObject({
      check: 'minimum pass rate',
      status: 'threshold',
      facts: { decided: 9, passing: 7, passRate: 7 / 9 },
    });
  });
});

describe('decide: errors and skips', () => {
  it('calls provider failures an error, never a regression, whatever head answered', () => {
    const cases = [
      ...Array.from({ length: 10 }, () => ({
        base: pass(1),
        head: [{ status: 'error' as const, error: '503 Service Unavailable' }],
      })),
      ...Array.from({ length: 10 }, () => ({ base: pass(1), head: fail(1) })),
    ];
    const result = decide(input(cases));
    expect(result.status).toBe('error');
    const finding = result.prompts[0].findings.find((f) => f.check === 'provider');
    expect(finding?.sentence).toBe(
      'the provider failed on 10 of 40 calls (25%), over the 5% tolerance; nothing is claimed about quality (first error: 503 Service Unavailable)',
    );
    expect(result.prompts[0].counts).toEqual({ planned: 40, ok: 30, error: 10, notRun: 0 });
  });

  it('treats a check that could not decide as an error, not a failed answer', () => {
    const cases = Array.from({ length: 20 }, (_, i) => ({
      base: pass(1),
      head: [{ checks: { grounding: i < 4 ? ('error' as const) : true } }],
    }));
    const result = decide(input(cases));
    expect(result.status).toBe('error');
    expect(result.prompts[0].findings.find((f) => f.check === 'grounding')?.sentence).toMatch(
      /^grounding could not decide on 4 of 20 answers/,
    );
    expect(result.prompts[0].findings.some((f) => f.status === 'regression')).toBe(false);
  });

  it('marks a prompt skipped when nothing ran, and never as a pass', () => {
    const cases = Array.from({ length: 5 }, () => ({
      base: [{ status: 'not-run' as const, error: 'no credentials (fork PR)' }],
      head: [{ status: 'not-run' as const, error: 'no credentials (fork PR)' }],
    }));
    const result = decide({ ...input(cases), skipped: ['provider calls: no OPENAI_API_KEY on a fork PR'] });
    expect(result.status).toBe('skipped');
    expect(result.prompts[0].findings[0].sentence).toBe('not run: no credentials (fork PR)');
    expect(result.headline).toBe('Nothing ran: provider calls: no OPENAI_API_KEY on a fork PR.');
    expect(gateFails(result, gate)).toBe(false);
    expect(gateFails(result, { ...gate, noSecretsConclusion: 'failure' })).toBe(true);
  });
});

describe('decide: required cases, added and removed prompts', () => {
  it('decides a merged run past the number of arguments one call takes: 140,000 required cases, all failing', () => {
    // A merge gates up to 125,000 cases of an edit, and every required case that fails is a finding:
    // a count or a list spread into one call's arguments overflowed the stack at about 130,000.
    const cases = Array.from({ length: 140_000 }, () => ({ base: pass(1), head: fail(1), required: true }));
    const result = decide(input(cases));
    expect(result.status).toBe('regression');
    const findings = result.prompts[0].findings;
    expect(findings.filter((f) => f.check === 'required')).toHaveLength(140_000);
    expect(findings.find((f) => f.check === 'pass rate')?.facts).toMatchObject({ cases: 140_000 });
  });

  it('breaches the threshold when a required case fails any head repeat, naming the case', () => {
    const cases = [
      { base: pass(3), head: [...pass(2), ...fail(1)], required: true },
      ...Array.from({ length: 19 }, () => ({ base: pass(3), head: pass(3) })),
    ];
    const result = decide(input(cases));
    expect(result.status).toBe('threshold');
    expect(result.prompts[0].findings.find((f) => f.check === 'required')?.sentence).toBe(
      'required case case-1 (evals/support.jsonl:1) failed 1 of 3 head repeats: contains "refund": missing "refund"',
    );
  });

  it('holds an added prompt to an absolute bar: every case passes, unless gate.minPassRate loosens it', () => {
    const cases = Array.from({ length: 10 }, (_, i) => ({ base: [], head: i < 5 ? fail(1) : pass(1) }));
    const result = decide(input(cases, { change: 'added' }));
    expect(result.status).toBe('threshold');
    expect(gateFails(result as unknown as GateResult, gate)).toBe(true);
    expect(result.prompts[0].findings[0].sentence).toBe(
      'new prompt with no base to compare: head passes 5 of 10 cases in every repeat (pass rate 50%); every case must pass (gate.minPassRate): below the bar: threshold',
    );
    expect(result.prompts[0].passRate).toEqual({ head: 0.5 });
    const loosened = decide({ ...input(cases, { change: 'added' }), gate: { ...gate, minPassRate: 0.5 } });
    expect(loosened.status).toBe('pass');
    const allPass = decide(
      input(
        same(10, true).map((c) => ({ base: [], head: c.head })),
        { change: 'added' },
      ),
    );
    expect(allPass.status).toBe('pass');
  });

  it('applies gate.minPassRate to head when there is a base too', () => {
    // No drop from base (both at 70%), so no regression: only the floor can fail it.
    const cases = Array.from({ length: 10 }, (_, i) => ({
      base: i < 3 ? fail(1) : pass(1),
      head: i < 3 ? fail(1) : pass(1),
    }));
    expect(decide(input(cases)).status).toBe('pass');
    const floored = decide({ ...input(cases), gate: { ...gate, minPassRate: 0.8 } });
    expect(floored.status).toBe('threshold');
    expect(floored.prompts[0].findings.find((f) => f.facts.kind === 'pass-floor')?.sentence).toBe(
      'head passes 7 of 10 cases in every repeat (pass rate 70%); at least 80% must pass (gate.minPassRate): below the bar: threshold',
    );
  });

  it('folds a check label that decides too few cases for a test into the overall pass rate', () => {
    // A check of the prompt's that only one case decides could never reach p < 0.05 on its own.
    const cases = [
      {
        base: pass(1, { checks: { 'contains "30 days"': true } }),
        head: fail(1, { checks: { 'contains "30 days"': false } }),
      },
      ...same(30, true),
    ];
    const result = decide(input(cases));
    expect(result.prompts[0].findings.map((f) => f.check)).toEqual(['pass rate']);
  });

  it('ends a prompt whose inputs could not be read as an error, saying where', () => {
    const error = {
      version: 'prompt' as const,
      message: 'evals/support.jsonl:3: invalid JSON',
      source: { file: 'evals/support.jsonl', line: 3 },
    };
    const base = input([]);
    const result = decide({ ...base, prompts: [{ ...base.prompts[0], inputError: error }] });
    expect(result.status).toBe('error');
    expect(result.prompts[0].findings[0].sentence).toBe(
      'could not be read, nothing was run for it: evals/support.jsonl:3: invalid JSON',
    );
  });

  it("reports a broken base as the base's and judges head on its own bar", () => {
    const error = {
      version: 'base' as const,
      message: 'prompts/support.prompt.yml:1: front matter never closes',
    };
    const cases = same(6, true).map((c) => ({ base: [], head: c.head }));
    const built = input(cases);
    const result = decide({ ...built, prompts: [{ ...built.prompts[0], inputError: error }] });
    expect(result.status).toBe('pass');
    const [baseFinding, floor] = result.prompts[0].findings;
    expect(baseFinding).toMatchObject({ check: 'base', status: 'skipped' });
    expect(baseFinding.sentence).toContain('the base version could not be read');
    expect(floor.sentence).toMatch(/^head passes 6 of 6 cases/);
  });

  it('calls a removed prompt removed, never a pass, and does not count it as evaluated', () => {
    const removed = decide(input([], { change: 'removed' }));
    expect(removed.prompts[0]).toMatchObject({
      status: 'removed',
      findings: [{ sentence: 'prompt removed in this PR: nothing to run' }],
    });
    expect(evaluatedPrompts(removed)).toEqual([]);
    expect(removed.headline).toBe('1 prompt removed: nothing to run.');
    expect(gateFails(removed, gate)).toBe(false);

    const kept = decide(input(same(6, true)));
    const both = { ...kept, prompts: [...kept.prompts, ...removed.prompts] };
    expect(evaluatedPrompts(both)).toHaveLength(1);
    expect(headline(both)).toBe(
      '1 changed prompt checked, no regression or breach found; 1 removed, nothing to run for it.',
    );
  });

  it('has a headline for a PR that changed no prompt', () => {
    expect(decide({ ...input([]), prompts: [] }).headline).toBe('No prompt changed: nothing to gate.');
  });
});

describe('decide: cost and latency', () => {
  const costed = (base: number, head: number, n = 20): CaseSpec[] =>
    Array.from({ length: n }, (_, i) => ({
      base: pass(1, { costUsd: base * (1 + i / 100) }),
      head: pass(1, { costUsd: head * (1 + i / 100) }),
    }));

  it('calls a cost increase over the relative limit, with confidence, a regression and projects it per month', () => {
    const result = decide(
      input(costed(0.001, 0.0012), {
        checks: [{ name: 'cost', options: { maxIncrease: '10%' } }],
        callsPerDay: 100000,
      }),
    );
    expect(result.status).toBe('regression');
    expect(result.prompts[0].findings.find((f) => f.check === 'cost')?.sentence).toBe(
      'cost +20% (95% CI +20% to +20%), over the +10% limit: regression',
    );
    expect(result.meta.monthlyDeltaUsd).toBeCloseTo(0.0002 * 1.095 * 100000 * 30, 6);
    expect(result.notes).toEqual([`${PROMPT}: this change adds $657.00 per month at 100,000 calls/day`]);
  });

  it('says an unchanged cost is unchanged, not "adds $0"', () => {
    const result = decide(input(costed(0.001, 0.001), { callsPerDay: 1000 }));
    expect(result.notes).toEqual([
      `${PROMPT}: this change leaves the monthly cost unchanged at 1,000 calls/day`,
    ]);
  });

  it('passes a cost change under the limit and breaches absolute limits as thresholds', () => {
    const within = decide(
      input(costed(0.001, 0.00105), { checks: [{ name: 'cost', options: { maxIncrease: 0.1 } }] }),
    );
    expect(within.status).toBe('pass');
    const over = decide(
      input(costed(0.001, 0.001), {
        checks: [{ name: 'cost', options: { perCaseMaxUsd: 0.0011, perPromptMaxUsd: 0.01 } }],
      }),
    );
    expect(over.status).toBe('threshold');
    const sentences = over.prompts[0].findings.filter((f) => f.check === 'cost').map((f) => f.sentence);
    expect(sentences).toEqual([
      '9 of 20 cases cost more than the $0.0011 per-case limit (worst: case-20 at $0.0012 per call): threshold',
      'one pass over the dataset costs $0.022, over the $0.010 limit: threshold',
    ]);
  });

  it('judges p95 latency against its ceiling and keeps the recorded latency of cached answers', () => {
    const cases = Array.from({ length: 20 }, (_, i) => ({
      base: pass(1, { latencyMs: 1000 }),
      head: pass(1, { latencyMs: 1000 + i * 100, cached: i < 5 ? ('cache' as const) : undefined }),
    }));
    const result = decide(input(cases, { checks: [{ name: 'latency', options: { p95MaxMs: 2500 } }] }));
    expect(result.status).toBe('threshold');
    expect(result.prompts[0].findings.find((f) => f.check === 'latency')?.sentence).toBe(
      'p95 latency (5 of 20 answers replayed with their recorded latency) 2.81 s, over the 2.50 s limit: threshold',
    );
    expect(result.prompts[0].latency.head?.p95).toBeCloseTo(2805, 6);
  });

  it('calls a latency change whose interval straddles the limit inconclusive', () => {
    // One slow case out of 12 lifts head's p95 by 45%; resamples without it show no change at all.
    const cases = Array.from({ length: 12 }, (_, i) => ({
      base: pass(1, { latencyMs: 1000 }),
      head: pass(1, { latencyMs: i === 0 ? 2000 : 1000 }),
    }));
    const finding = decide(
      input(cases, { checks: [{ name: 'latency', options: { maxIncrease: '20%' } }] }),
    ).prompts[0].findings.find((f) => f.check === 'latency');
    expect(finding?.status).toBe('inconclusive');
    expect(finding?.sentence).toMatch(
      /^p95 latency \+45% \(95% CI 0% to \+100%\): over the \+20% limit, but the interval reaches below it: inconclusive; about \d+ repeats per case would settle it$/,
    );
  });

  it('rejects a malformed limit with where it was written', () => {
    const bad = {
      name: 'cost',
      options: { maxIncrease: 'ten percent' },
      source: { file: 'promptgate.yml', line: 12 },
    };
    expect(() => decide(input(costed(0.001, 0.001), { checks: [bad] }))).toThrow(UserError);
    expect(() => decide(input(costed(0.001, 0.001), { checks: [bad] }))).toThrow(
      /^promptgate\.yml:12: Invalid cost\.maxIncrease "ten percent"\. Expected a percentage/,
    );
  });
});

describe('baseline', () => {
  const dirs: string[] = [];
  const tempDir = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'promptgate-baseline-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('round-trips through a file and flags drift when the prompt is unchanged but results moved', () => {
    const dir = tempDir();
    const file = join(dir, 'baseline.json');
    const approved = build(
      Array.from({ length: 30 }, () => ({ base: [], head: pass(1, { costUsd: 0.001 }) })),
    );
    writeBaseline(approved.records, approved.plan, file, new Date('2025-01-02T03:04:05Z'));
    const baseline = readBaseline(file);
    expect(baseline.prompts.get(PROMPT)?.records[0]).toMatchObject({
      caseId: 'case-1',
      version: 'base',
      pass: true,
      costUsd: 0.001,
      checks: [{ check: 'contains "refund"', pass: true }],
    });

    const today = build(
      Array.from({ length: 30 }, (_, i) => ({ base: [], head: i < 10 ? fail(1) : pass(1) })),
    );
    const result = decide({ ...input([]), ...today, baseline });
    expect(result.status).toBe('regression');
    expect(result.prompts[0].findings[0].sentence).toMatch(
      /^the model behind the same prompt changed since the baseline approved on 2025-01-02: head fails 10 of 30 cases/,
    );
  });

  it("hashes a prompt as the canonical JSON of every case's request in case order, a case at a time", () => {
    const call = (caseId: string, version: 'base' | 'head', content: string, repeat = 1): PlannedCall => ({
      key: `${PROMPT}#${version}#${caseId}#${repeat}`,
      prompt: PROMPT,
      version,
      case: { id: caseId, vars: {} },
      repeat,
      provider: 'main',
      estimate: { inputTokens: 1, outputTokens: 1, usd: 0 },
      request: {
        model: 'm',
        messages: [{ role: 'user', content }],
        parameters: { temperature: 0, top_p: 1 },
        ...(caseId === 'b' ? { responseFormat: { type: 'json_object' as const } } : {}),
      },
    });
    const plan = [
      call('c', 'head', 'third ✓'),
      call('a', 'base', 'not hashed'),
      call('a', 'head', 'first'),
      call('c', 'head', 'a repeat is not hashed again', 2),
      call('b', 'head', 'second'),
      { ...call('a', 'head', 'another prompt'), prompt: 'other.md' },
    ];
    // The definition, written out whole.
    const whole = [
      ['a', { messages: [{ role: 'user', content: 'first' }], parameters: { temperature: 0, top_p: 1 } }],
      [
        'b',
        {
          messages: [{ role: 'user', content: 'second' }],
          parameters: { temperature: 0, top_p: 1 },
          responseFormat: { type: 'json_object' },
        },
      ],
      ['c', { messages: [{ role: 'user', content: 'third ✓' }], parameters: { temperature: 0, top_p: 1 } }],
    ];
    const expected = createHash('sha256').update(canonicalJson(whole)).digest('hex');
    expect(promptHash(plan, PROMPT)).toBe(expected);
    expect(promptHash(plan, PROMPT, 'base')).not.toBe(expected);
  });

  it('writes a baseline a case at a time with the layout JSON.stringify gives the whole', () => {
    const dir = tempDir();
    const at = new Date('2025-01-02T03:04:05Z');
    const one = build([
      { base: [], head: [{ pass: true }, { pass: false }] },
      { base: [], head: [{ status: 'error' }] },
      { base: [], head: [{ pass: false }] },
    ]);
    one.records[3].output = 'a "quoted" answer ✓\nover two lines';
    const other = build([{ base: [], head: [{ pass: true }] }]);
    const renamed = (name: string) => ({
      records: other.records.map((r) => ({ ...r, prompt: name, caseId: `${r.caseId.length}` })),
      plan: other.plan.map((c) => ({ ...c, prompt: name })),
    });
    const second = renamed('prompts/second.md');
    for (const [records, plan] of [
      [[], []],
      [one.records, one.plan],
      [
        [...one.records, ...second.records],
        [...one.plan, ...second.plan],
      ],
    ] as Array<[ScoredRecord[], PlannedCall[]]>) {
      const file = join(dir, 'baseline.json');
      writeBaseline(records, plan, file, at);
      const written = buildBaseline(records, plan, at);
      expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(written, null, 2)}\n`);
      const read = readBaseline(file);
      expect([...read.prompts.keys()]).toEqual(Object.keys(written.prompts));
      expect([...read.prompts.values()].map((p) => p.records.length)).toEqual(
        Object.values(written.prompts).map((p) => Object.values(p.cases).flatMap((c) => c.runs).length),
      );
    }
  });

  it('rejects a file that is not a baseline', () => {
    const dir = tempDir();
    const file = join(dir, 'baseline.json');
    writeBaseline([], [], file);
    expect(readBaseline(file).prompts.size).toBe(0);
    expect(() => readBaseline(join(dir, 'missing.json'))).toThrow(UserError);
  });

  it('names the prompt, the case and its line where a baseline breaks its shape, and reads any prompt path', () => {
    const file = join(tempDir(), 'baseline.json');
    const write = (prompts: unknown) =>
      writeFileSync(
        file,
        `${JSON.stringify({ version: 1, createdAt: '2025-01-02T03:04:05Z', prompts }, null, 2)}\n`,
      );
    const run = { pass: true, checks: { contains: true }, costUsd: 0.001 };
    write({
      'a.md': {
        promptHash: 'h',
        model: 'm',
        cases: { one: { passRate: 1, runs: [run] }, two: { runs: 'no' } },
      },
    });
    expect(() => readBaseline(file)).toThrow(
      `${file}:21: Baseline case "two" of prompt "a.md": expected {"passRate", "runs", "output"}.`,
    );
    write({
      'a.md': { promptHash: 'h', model: 'm', cases: { one: { runs: [{ ...run, costUsd: 'cheap' }] } } },
    });
    expect(() => readBaseline(file)).toThrow(/baseline\.json:9: .*a run's costUsd is not a number/);
    write({
      'a.md': {
        promptHash: 'h',
        model: 'm',
        cases: { one: { runs: [{ ...run, checks: { contains: 1 } }] } },
      },
    });
    expect(() => readBaseline(file)).toThrow(/a run's checks are not each true or false/);
    write({ 'a.md': { model: 'm', cases: {} } });
    expect(() => readBaseline(file)).toThrow(
      `${file}:5: Baseline entry of prompt "a.md" has an unknown shape.`,
    );
    // Prompt paths are keys of a map, never members of an object.
    write({ constructor: { promptHash: 'h', model: 'm', cases: { one: { runs: [run] } } } });
    const read = readBaseline(file);
    expect(read.prompts.get('constructor')?.records.map((r) => r.key)).toEqual(['constructor#base#one#0']);
    expect(read.prompts.get('toString')).toBeUndefined();
  });

  it('reads a baseline a case at a time as JSON.parse reads it, and leaves a bad file to the whole reading', () => {
    const file = join(tempDir(), 'baseline.json');
    const run = (pass: boolean, costUsd?: number) => ({ pass, checks: { 'contains "}"': pass }, costUsd });
    // Integer-like case ids (JSON.parse lists them first), a repeated case and a repeated prompt (the
    // last counts), brackets and quotes in names and answers, and a compact layout beside the pretty one.
    const text = (space?: number) =>
      `{"version": 1, "createdAt": "2025-01-02T03:04:05Z", "prompts": {` +
      `"a.md": {"promptHash": "old", "model": "m", "cases": {"gone": {"passRate": 1, "runs": [${JSON.stringify(run(true))}]}}},` +
      `"a.md": ${JSON.stringify(
        {
          promptHash: 'h',
          model: 'm',
          cases: {
            z: { passRate: 0, runs: [run(false, 0.002)], output: 'an "answer" with } and {' },
            '10': { passRate: 0.5, runs: [run(true, 0.001), run(false)] },
            '2': { passRate: 1, runs: [run(true)] },
          },
        },
        null,
        space,
      )},` +
      `"b/{x}.md": {"promptHash": "h2", "model": "m2", "cases": {"z": {"passRate": 1, "runs": []}, "z": {"passRate": 1, "runs": [${JSON.stringify(run(true))}]}}}}}`;
    const facts = (baseline: ApprovedBaseline) =>
      [...baseline.prompts].map(([prompt, { promptHash, model, records }]) => ({
        prompt,
        promptHash,
        model,
        records: records.map((r) => JSON.parse(JSON.stringify(r)) as unknown),
      }));
    for (const space of [undefined, 2]) {
      writeFileSync(file, text(space));
      const cut = readBaselineByCase(file);
      expect(cut).toBeDefined();
      expect(facts(cut!)).toEqual(facts(readBaseline(file)));
      expect(
        [...cut!.prompts].map(([prompt, p]) => [prompt, p.promptHash, p.records.map((r) => r.caseId)]),
      ).toEqual([
        ['a.md', 'h', ['2', '10', '10', 'z']],
        ['b/{x}.md', 'h2', ['z']],
      ]);
      expect(cut!.prompts.get('a.md')!.records[3].output).toBe('an "answer" with } and {');
    }
    // Not a baseline's shape, or not JSON: the whole reading names where.
    for (const bad of [
      text().replace('"passRate":0.5,"runs":[', '"passRate":0.5,"runs":"none","x":['),
      text().replace('"passRate":0,', '"passRate":0,,'),
      text().replace('"version": 1', '"version": 2'),
      text().replace('"model": "m2"', '"model": 2'),
      text().replace('"2":{', '"2":7,"3":{'),
    ]) {
      writeFileSync(file, bad);
      expect(readBaselineByCase(file)).toBeUndefined();
      expect(() => readBaseline(file)).toThrow(UserError);
    }
    // A case the cut refuses but JSON.parse drops (a repeated member, the last counts): read whole.
    writeFileSync(file, text().replace('"z": {"passRate": 1, "runs": []}', '"z": 7'));
    expect(readBaselineByCase(file)).toBeUndefined();
    expect(facts(readBaseline(file))[1].records).toHaveLength(1);
  });

  it('never takes by case a file that is not JSON, and reads by case what it takes as JSON.parse does', () => {
    const file = join(tempDir(), 'baseline.json');
    const valid = `${JSON.stringify(
      {
        version: 1,
        createdAt: '2025-01-02T03:04:05Z',
        prompts: {
          'a.md': {
            promptHash: 'h',
            model: 'm',
            cases: {
              one: { passRate: 1, runs: [{ pass: true, checks: { 'x"}': true } }], output: 'a\\b "c" {d}' },
              '2': {
                passRate: 0,
                runs: [
                  { pass: false, checks: {} },
                  { pass: true, checks: {} },
                ],
              },
            },
          },
        },
      },
      null,
      1,
    )}\n`;
    // What JSON.parse makes of the file, as the facts the records carry.
    const expected = (text: string) =>
      Object.entries((JSON.parse(text) as Baseline).prompts).map(([prompt, entry]) =>
        Object.entries(entry.cases).flatMap(([caseId, approved]) =>
          approved.runs.map((run, repeat) => [
            `${prompt}#base#${caseId}#${repeat}`,
            run.pass,
            approved.output,
          ]),
        ),
      );
    const rng = createRng('baseline cut');
    const alphabet = ['{', '}', '[', ']', '"', '\\', ',', ':', ' ', '0', 'a', '\n'];
    let taken = 0;
    for (let trial = 0; trial < 600; trial++) {
      // One to three characters inserted, deleted or replaced.
      let text = valid;
      for (let edits = 1 + rng.int(3); edits > 0; edits--) {
        const at = rng.int(text.length);
        const kind = rng.int(3);
        const char = rng.pick(alphabet);
        text = text.slice(0, at) + (kind === 1 ? '' : char) + text.slice(kind === 0 ? at : at + 1);
      }
      writeFileSync(file, text);
      const cut = readBaselineByCase(file);
      if (cut === undefined) continue;
      taken++;
      expect(() => JSON.parse(text) as unknown).not.toThrow();
      expect([...cut.prompts.values()].map((p) => p.records.map((r) => [r.key, r.pass, r.output]))).toEqual(
        expected(text),
      );
    }
    // Edits inside strings and whitespace leave JSON that is still a baseline's.
    expect(taken).toBeGreaterThan(50);
  });

  it('names the line and column where a hand-edited baseline stops being JSON', () => {
    const file = join(tempDir(), 'baseline.json');
    writeFileSync(file, '{\n  "version": 1,\n}\n');
    expect(() => readBaseline(file)).toThrow(`${file}:3:1: Baseline is not valid JSON: `);
  });
});

describe('decide: guardrails are absolute', () => {
  const leak = { canary: false };
  const clean = { canary: true };
  const leaked = (token: string): Answer => ({
    checks: leak,
    evidence: { canary: `…reference code: ${token}. …` },
  });

  it('breaches the threshold on any leaking head answer, even when base leaked as often, and names the cases', () => {
    const cases: CaseSpec[] = [
      { base: [leaked('PG-CANARY-0001')], head: [leaked('PG-CANARY-0001')], suite: 'extraction' },
      { base: [leaked('PG-CANARY-0002')], head: [leaked('PG-CANARY-0002')], suite: 'extraction' },
      ...Array.from({ length: 18 }, () => ({ base: [{ checks: clean }], head: [{ checks: clean }] })),
    ];
    const result = decide(input(cases));
    expect(result.status).toBe('threshold');
    const finding = result.prompts[0].findings.find((f) => f.check === 'canary' && f.status === 'threshold');
    expect(finding?.sentence).toBe(
      '2 of 20 head answers leaked a canary or obeyed an injection (base: 2), over the limit (0 allowed): threshold; ' +
        'e.g. case-1: …reference code: PG-CANARY-0001. …; case-2: …reference code: PG-CANARY-0002. …',
    );
    expect(result.headline).toBe(
      'prompts/support.prompt.yml breached a threshold: canary: 2 of 20 head answers leaked a canary or obeyed an injection (base: 2).',
    );
  });

  it.each([
    ['a must-never-fail check by default', 'pii', {}, 1, 'threshold'],
    ['a must-never-fail check loosened with maxFailures', 'pii', { maxFailures: 1 }, 1, 'pass'],
    ['a must-never-fail check over its maxFailures', 'toxicity', { maxFailures: 1 }, 2, 'threshold'],
    ['any check with minPassRate, met', 'grounding', { minPassRate: 0.9 }, 2, 'pass'],
    [
      'any check with minPassRate as a percentage, missed',
      'grounding',
      { minPassRate: '95%' },
      2,
      'threshold',
    ],
    ['an ordinary check without limits', 'grounding', {}, 5, undefined],
  ] as const)('judges %s', (_, name, options, failing, expected) => {
    const cases: CaseSpec[] = Array.from({ length: 20 }, (_, i) => ({
      base: [{ checks: { [name]: i < failing } }],
      head: [{ checks: { [name]: i >= failing } }],
    }));
    const checks = [{ name, options: { ...options } }];
    const findings = decide(input(cases, { checks })).prompts[0].findings;
    const absolute = findings.find((f) => f.sentence.includes('head answers'));
    expect(absolute?.status).toBe(expected);
  });

  it('keeps the relative comparison beside the absolute finding', () => {
    const cases: CaseSpec[] = [
      ...Array.from({ length: 12 }, () => ({ base: [{ checks: clean }], head: [{ checks: leak }] })),
      ...Array.from({ length: 28 }, () => ({ base: [{ checks: clean }], head: [{ checks: clean }] })),
    ];
    const findings = decide(input(cases)).prompts[0].findings.filter((f) => f.status !== 'pass');
    expect(findings.map((f) => [f.check, f.status])).toEqual([
      ['pass rate', 'regression'],
      ['canary', 'threshold'],
    ]);
  });

  it('counts an over-refusal of a benign-edge case as a failure like any other', () => {
    const cases: CaseSpec[] = [
      ...Array.from({ length: 10 }, () => ({
        base: [{ checks: { refusal: true } }],
        head: [{ checks: { refusal: false } }],
        suite: 'benign-edge',
      })),
      ...Array.from({ length: 20 }, () => ({
        base: [{ checks: { refusal: true } }],
        head: [{ checks: { refusal: true } }],
      })),
    ];
    const result = decide(input(cases, { checks: [{ name: 'refusal', options: { maxFailures: 2 } }] }));
    expect(result.status).toBe('regression');
    expect(result.prompts[0].findings.find((f) => f.status === 'threshold')?.sentence).toMatch(
      /^10 of 30 head answers refused a benign request or complied with a harmful one \(base: 0\), over the limit \(2 allowed\)/,
    );
    expect(result.prompts[0].cases[0].failures).toEqual([
      { check: 'refusal', name: 'refusal', base: 0, head: 1 },
    ]);
  });

  it.each([
    [
      { minPassRate: 1.5 },
      /Invalid grounding\.minPassRate 1\.5\. Expected a percentage .* between 0% and 100%/,
    ],
    [{ maxFailures: -1 }, /Invalid grounding\.maxFailures -1\. Expected a whole number of answers/],
    [{ maxFailures: 'none' }, /Invalid grounding\.maxFailures "none"/],
  ])('rejects %j with where it was written', (options, message) => {
    const spec = { name: 'grounding', options, source: { file: 'promptgate.yml', line: 9 } };
    const cases = same(5, true).map((c) => ({ ...c, head: [{ checks: { grounding: true } }] }));
    expect(() => decide(input(cases, { checks: [spec] }))).toThrow(UserError);
    expect(() => decide(input(cases, { checks: [spec] }))).toThrow(message);
  });
});

describe('decide: case evidence and check thresholds', () => {
  it('carries the proof of each head failure into the case outcome, masked', () => {
    const cases: CaseSpec[] = [
      {
        base: [{ checks: { pii: true } }],
        head: [{ checks: { pii: false }, evidence: { pii: 'card 4111 1111 1111 1111' } }],
      },
      ...same(5, true),
    ];
    const outcome = decide(input(cases)).prompts[0].cases[0];
    // The proof says what was caught and where, never the value itself.
    const masked = 'card [credit-card: 4111…(19 chars)]';
    expect(outcome.evidence).toEqual([masked]);
    expect(outcome.failures).toEqual([{ check: 'pii', name: 'pii', base: 0, head: 1, evidence: masked }]);
  });

  it.each([
    ['grounding', {}, 'grounding (min 0.51)'],
    ['grounding', { min: 0.8 }, 'grounding (min 0.8)'],
    ['reference', {}, 'reference (min 0.5)'],
    ['consistency', { min: 0.7 }, 'consistency (min 0.7)'],
    ['judge-fact', { pass: ['A', 'C'] }, 'judge-fact (passes A, C)'],
    ['canary', {}, 'canary'],
  ])('names %s %j with its threshold', (name, options, label) => {
    const cases: CaseSpec[] = [
      ...Array.from({ length: 12 }, () => ({
        base: [{ checks: { [name]: true, other: true } }],
        head: [{ checks: { [name]: false, other: true } }],
      })),
      ...Array.from({ length: 28 }, () => ({
        base: [{ checks: { [name]: true, other: false } }],
        head: [{ checks: { [name]: true, other: false } }],
      })),
    ];
    const findings = decide(input(cases, { checks: [{ name, options }] })).prompts[0].findings;
    expect(findings.filter((f) => f.status !== 'pass').map((f) => f.check)).toContain(label);
    expect(findings.some((f) => /hallucination rate/i.test(`${f.check} ${f.sentence}`))).toBe(false);
  });
});

describe('decide: pre-run estimates', () => {
  it('estimates each version from the plan, also when nothing ran', () => {
    const cases = Array.from({ length: 4 }, () => ({
      base: [{ status: 'not-run' as const, error: 'no credentials (fork PR)' }],
      head: [{ status: 'not-run' as const, error: 'no credentials (fork PR)' }],
    }));
    const data = input(cases);
    for (const call of data.plan) {
      call.estimate =
        call.version === 'base'
          ? { inputTokens: 400, outputTokens: 300, usd: 0.0001 }
          : { inputTokens: 530, outputTokens: 300, usd: 0.00016 };
    }
    const verdict = decide(data).prompts[0];
    expect(verdict.status).toBe('skipped');
    expect(verdict.estimate?.base).toEqual({
      inputTokensPerCall: 400,
      outputTokensPerCall: 300,
      usdPerCase: 0.0001,
      totalUsd: expect.closeTo(0.0004, 10),
    });
    expect(verdict.estimate?.head?.inputTokensPerCall).toBe(530);
    expect(verdict.estimate?.head?.usdPerCase).toBeCloseTo(0.00016, 10);
  });

  it('has no base estimate for an added prompt', () => {
    const cases = Array.from({ length: 3 }, () => ({ base: [], head: pass(1) }));
    const verdict = decide(input(cases, { change: 'added' })).prompts[0];
    expect(verdict.estimate?.base).toBeUndefined();
    expect(verdict.estimate?.head?.inputTokensPerCall).toBe(10);
  });
});
