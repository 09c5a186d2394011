import type {
  BaselineDrift,
  InputError,
  CaseCheckFailures,
  CaseOutcome,
  Finding,
  GateConfig,
  GateResult,
  PlannedCall,
  PromptGroupConfig,
  PromptStatus,
  PromptVerdict,
  ScoredRecord,
} from '../types.js';
import { type Baseline, baselineRecords, promptHash } from './baseline.js';
import { labelFindings } from './check-labels.js';
import { estimatePrompt } from './estimate.js';
import { judgeFailureLimits } from './failure-limits.js';
import { judgeCost, judgeLatency, metricUnits, parseLimits, summarize } from './limits.js';
import { type CaseOutcomes, comparePassRates, passRateFacts, passRateStatus } from './pass-rate.js';
import {
  type CaseRecords,
  answerChecks,
  answerOutcome,
  excerpt,
  groupByCase,
  summarizeVars,
} from './records.js';
import { holmAdjust, mean } from './stats.js';
import { caseTrace, requestsByCase } from './trace.js';

/** A prompt the PR touched, with what the gate needs to judge it. */
export interface PromptInput {
  prompt: string;
  change: PromptVerdict['change'];
  previousFile?: string;
  config: PromptGroupConfig;
  changedLines?: number[];
  /** A prompt that could not be read is an error; a broken base leaves head judged on its own. */
  inputError?: InputError;
}

/** Everything the verdict is a function of. */
export interface DecideInput {
  records: ScoredRecord[];
  plan: PlannedCall[];
  prompts: PromptInput[];
  gate: GateConfig;
  traffic?: { callsPerDay?: number };
  meta: GateResult['meta'];
  skipped: string[];
  /** Approved results of main, used in place of a base run (scheduled drift checks). */
  baseline?: Baseline;
}

// Worst first: a prompt's status is its worst finding's. Skipped ranks last: a prompt is skipped only when nothing ran.
const SEVERITY: readonly PromptStatus[] = [
  'error',
  'regression',
  'threshold',
  'inconclusive',
  'pass',
  'skipped',
];

const worse = (a: PromptStatus, b: PromptStatus): PromptStatus =>
  SEVERITY.indexOf(a) <= SEVERITY.indexOf(b) ? a : b;

/** The check name of the comparison of all checks together. */
export const PASS_RATE_CHECK = 'pass rate';

/** Judges every prompt and the PR as a whole. Pure: the same input gives the same result. */
export function decide(input: DecideInput): GateResult {
  const judged = input.prompts.map((p) => judgePrompt(p, input));
  const prompts = judged.map((j) => j.verdict);
  const ran = prompts.filter((p) => p.status !== 'skipped');
  const status =
    ran.length > 0 ? ran.map((p) => p.status).reduce(worse) : prompts.length > 0 ? 'skipped' : 'pass';
  const deltas = judged.map((j) => j.monthlyDeltaUsd).filter((d): d is number => d !== undefined);
  const callsPerDay = input.traffic?.callsPerDay;
  return {
    status,
    prompts,
    skipped: input.skipped,
    monthly: judged.flatMap((j) =>
      j.monthlyDeltaUsd === undefined
        ? []
        : [{ prompt: j.verdict.prompt, deltaUsd: j.monthlyDeltaUsd, callsPerDay: callsPerDay ?? 0 }],
    ),
    meta: {
      ...input.meta,
      monthlyDeltaUsd: deltas.length > 0 ? deltas.reduce((s, d) => s + d, 0) : input.meta.monthlyDeltaUsd,
    },
  };
}

/** Whether the gate fails: any prompt (or the whole run) ends in a status that `failOn` lists. */
export function gateFails(result: GateResult, gate: GateConfig): boolean {
  if (result.status === 'skipped')
    return gate.noSecretsConclusion === 'failure' || gate.failOn.includes('skipped');
  return gate.failOn.includes(result.status) || result.prompts.some((p) => gate.failOn.includes(p.status));
}

function judgePrompt(
  p: PromptInput,
  input: DecideInput,
): { verdict: PromptVerdict; monthlyDeltaUsd?: number } {
  const approved = input.baseline?.prompts[p.prompt];
  const records = approved
    ? [...input.records.filter((r) => r.version === 'head'), ...baselineRecords(approved, p.prompt)]
    : input.records;
  const cases = groupByCase(p.prompt, records, input.plan, p.previousFile);
  const belongs = (name: string): boolean => name === p.prompt || name === p.previousFile;
  const requests = requestsByCase(input.plan, belongs);
  const all = cases.flatMap((c) => [...c.base, ...c.head]);
  const counts = {
    planned: all.length,
    ok: all.filter((r) => r.status === 'ok').length,
    error: all.filter((r) => r.status === 'error').length,
    notRun: all.filter((r) => r.status === 'not-run').length,
  };
  const verdict: PromptVerdict = {
    prompt: p.prompt,
    previousFile: p.previousFile,
    change: p.change,
    status: 'pass',
    findings: [],
    passRate: {},
    cost: {
      base: summarize(metricUnits(cases, 'costUsd').flatMap((u) => u.base)),
      head: summarize(metricUnits(cases, 'costUsd').flatMap((u) => u.head)),
    },
    latency: {
      base: summarize(metricUnits(cases, 'latencyMs').flatMap((u) => u.base)),
      head: summarize(metricUnits(cases, 'latencyMs').flatMap((u) => u.head)),
    },
    cases: cases.map((c) => ({ ...caseOutcome(c), trace: caseTrace(c, requests.get(c.caseId)) })),
    counts,
    changedLines: p.changedLines,
    estimate: estimatePrompt(input.plan, belongs),
  };
  if (p.inputError?.version === 'prompt') {
    verdict.status = 'error';
    verdict.findings.push({
      check: 'input',
      status: 'error',
      facts: { kind: 'input-error', error: p.inputError },
    });
    return { verdict };
  }
  if (p.inputError)
    verdict.findings.push({
      check: 'base',
      status: 'skipped',
      facts: { kind: 'input-error', error: p.inputError },
    });
  if (p.change === 'removed') {
    verdict.findings.push({
      check: 'change',
      status: 'pass',
      facts: { kind: 'removed' },
    });
    return { verdict };
  }
  if (counts.ok + counts.error === 0) {
    const reason = all.find((r) => r.error)?.error ?? 'no call was planned';
    verdict.status = 'skipped';
    verdict.findings.push({ check: 'run', status: 'skipped', facts: { kind: 'not-run', reason } });
    return { verdict };
  }
  const hasBase = p.change !== 'added' && cases.some((c) => c.base.some((r) => r.status === 'ok'));
  const limits = parseLimits(p.config.checks);
  const seed = input.gate.seed;
  const findings = [
    ...runFindings(all, input.gate),
    ...checkErrorFindings(all, input.gate),
    ...(hasBase
      ? comparisonFindings(cases, input.gate, baselineDrift(p.prompt, input))
      : [floorFinding(cases, input.gate.minPassRate ?? 1, p.change === 'added')]),
    ...(hasBase && input.gate.minPassRate !== undefined
      ? [floorFinding(cases, input.gate.minPassRate, false)]
      : []),
    ...judgeFailureLimits(cases, p.config.checks, hasBase),
    ...requiredFindings(cases),
    ...(limits.cost ? judgeCost(limits.cost, cases, seed, hasBase) : []),
    ...(limits.latency ? judgeLatency(limits.latency, cases, seed, hasBase) : []),
  ];
  // The group's checks take precedence over a case's own check of the same name when labelling.
  verdict.findings.push(
    ...labelFindings(findings, [...p.config.checks, ...cases.flatMap((c) => c.case.checks ?? [])]),
  );
  verdict.passRate = hasBase ? passRates(cases) : headPassRate(cases);
  verdict.status = verdict.findings.map((f) => f.status).reduce(worse, 'pass');
  if (verdict.status === 'skipped') verdict.status = 'pass';
  return { verdict, monthlyDeltaUsd: monthlyDelta(verdict, input.traffic?.callsPerDay) };
}

/** Calls that failed or never ran. A provider failure is an error, and nothing is claimed about quality. */
function runFindings(all: ScoredRecord[], gate: GateConfig): Finding[] {
  const findings: Finding[] = [];
  const attempted = all.filter((r) => r.status !== 'not-run');
  const failed = attempted.filter((r) => r.status === 'error');
  if (failed.length / attempted.length > gate.errorTolerance) {
    findings.push({
      check: 'provider',
      status: 'error',
      facts: {
        kind: 'provider-errors',
        failed: failed.length,
        attempted: attempted.length,
        tolerance: gate.errorTolerance,
        firstError: failed[0].error ?? 'unknown',
      },
    });
  }
  const notRun = all.filter((r) => r.status === 'not-run');
  if (notRun.length > 0) {
    findings.push({
      check: 'run',
      // Part of the evidence is missing, so a pass cannot be claimed (issue: what was not run never shows as passed).
      status: 'inconclusive',
      facts: { kind: 'incomplete', notRun: notRun.length, planned: all.length, reason: notRun[0].error },
    });
  }
  return findings;
}

/** A check that could not decide too often (a judge whose reply broke its schema) is an error, not a fail. */
function checkErrorFindings(all: ScoredRecord[], gate: GateConfig): Finding[] {
  const byCheck = new Map<string, { total: number; errors: number; reason?: string }>();
  for (const record of all) {
    if (record.status !== 'ok') continue;
    for (const outcome of answerChecks(record)) {
      const entry = byCheck.get(outcome.check) ?? { total: 0, errors: 0 };
      entry.total++;
      if (outcome.error) {
        entry.errors++;
        entry.reason ??= outcome.reason;
      }
      byCheck.set(outcome.check, entry);
    }
  }
  return [...byCheck.entries()]
    .filter(([, e]) => e.errors / e.total > gate.errorTolerance)
    .map(([check, e]) => ({
      check,
      status: 'error' as const,
      facts: {
        kind: 'undecided' as const,
        errors: e.errors,
        total: e.total,
        tolerance: gate.errorTolerance,
        reason: e.reason ?? '',
      },
    }));
}

/** Outcomes per case for all checks together. */
function outcomesOf(cases: CaseRecords[]): CaseOutcomes[] {
  const decided = (records: ScoredRecord[]): boolean[] =>
    records.map((r) => answerOutcome(r)).filter((o): o is boolean => o !== undefined);
  return cases.map((c) => ({ base: decided(c.base), head: decided(c.head) }));
}

/**
 * Outcomes per case of each check label, in one pass over the answers: a label's list holds the
 * cases it decided on both versions, each with its position among all cases.
 */
function outcomesByCheck(cases: CaseRecords[]): Map<string, { index: number; outcomes: CaseOutcomes }[]> {
  const byCheck = new Map<string, { index: number; outcomes: CaseOutcomes }[]>();
  cases.forEach((c, index) => {
    const perCase = new Map<string, CaseOutcomes>();
    for (const version of ['base', 'head'] as const) {
      for (const record of c[version]) {
        if (record.status !== 'ok') continue;
        // One verdict per label and answer: a label written twice passes only if both pass.
        const answer = new Map<string, boolean | undefined>();
        for (const outcome of answerChecks(record)) {
          const before = answer.has(outcome.check) ? answer.get(outcome.check) : true;
          answer.set(
            outcome.check,
            outcome.error || before === undefined ? undefined : before && outcome.pass,
          );
        }
        for (const [check, pass] of answer) {
          if (pass === undefined) continue;
          let entry = perCase.get(check);
          if (!entry) perCase.set(check, (entry = { base: [], head: [] }));
          entry[version].push(pass);
        }
      }
    }
    for (const [check, outcomes] of perCase) {
      if (outcomes.base.length === 0 || outcomes.head.length === 0) continue;
      let list = byCheck.get(check);
      if (!list) byCheck.set(check, (list = []));
      list.push({ index, outcomes });
    }
  });
  return byCheck;
}

/** Fewest paired cases with which the exact one-sided test can reach `alpha` (every case flipping). */
function casesForATest(alpha: number): number {
  return Math.floor(Math.log2(1 / alpha)) + 1;
}

/**
 * The pass-rate comparison of all checks together, and of each check label that decides enough
 * cases to be tested on its own; a label on fewer cases still counts, folded into each case's
 * pass/fail. Holm's adjustment over this family keeps the chance of a false regression for the
 * prompt at or below the significance level.
 */
function comparisonFindings(
  cases: CaseRecords[],
  gate: GateConfig,
  drift: BaselineDrift | undefined,
): Finding[] {
  const overall = outcomesOf(cases);
  const paired = overall.filter((o) => o.base.length > 0 && o.head.length > 0).length;
  const sameAsOverall = (entries: { index: number; outcomes: CaseOutcomes }[]): boolean =>
    entries.length === paired &&
    entries.every(({ index, outcomes }) => sameOutcomes(outcomes, overall[index]));
  const family = [{ check: PASS_RATE_CHECK, outcomes: overall }];
  for (const [check, entries] of outcomesByCheck(cases)) {
    // A label that decides as all checks together do would repeat the same test.
    if (entries.length < casesForATest(gate.significance) || sameAsOverall(entries)) continue;
    family.push({ check, outcomes: entries.map((e) => e.outcomes) });
  }
  const comparisons = family.map((f) => ({ ...f, comparison: comparePassRates(f.outcomes, gate.seed) }));
  const adjusted = holmAdjust(comparisons.map((c) => c.comparison.p));
  return comparisons.flatMap(({ check, comparison }, i) => {
    const rule = { alpha: gate.significance, minEffect: gate.minEffect, seed: gate.seed };
    const status = passRateStatus({ ...comparison, p: adjusted[i] }, rule);
    if (check !== PASS_RATE_CHECK && status === 'pass') return [];
    const facts = passRateFacts(comparison, status, rule, adjusted[i]);
    return [{ check, status, facts: facts.kind === 'pass-rate' && drift ? { ...facts, drift } : facts }];
  });
}

function sameOutcomes(a: CaseOutcomes, b: CaseOutcomes): boolean {
  const same = (x: boolean[], y: boolean[]): boolean =>
    x.length === y.length && x.every((v, i) => v === y[i]);
  return same(a.base, b.base) && same(a.head, b.head);
}

/** When head is judged against an approved baseline: whether the prompt itself changed since. */
function baselineDrift(prompt: string, input: DecideInput): BaselineDrift | undefined {
  const approved = input.baseline?.prompts[prompt];
  if (!approved || !input.baseline) return undefined;
  const approvedOn = input.baseline.createdAt.slice(0, 10);
  if (approved.promptHash !== promptHash(input.plan, prompt)) return { approvedOn, promptChanged: true };
  const model = input.plan.find((c) => c.prompt === prompt && c.version === 'head')?.request.model;
  return {
    approvedOn,
    promptChanged: false,
    model:
      model && approved.model && model !== approved.model ? { from: approved.model, to: model } : undefined,
  };
}

/** Head's mean case pass rate, for a prompt with nothing to compare. */
function headPassRate(cases: CaseRecords[]): PromptVerdict['passRate'] {
  const rates = headCaseRates(cases);
  return { head: rates.length ? mean(rates) : undefined };
}

/** Head's pass rate of each case it decided. */
function headCaseRates(cases: CaseRecords[]): number[] {
  return outcomesOf(cases)
    .filter((o) => o.head.length > 0)
    .map((o) => o.head.filter(Boolean).length / o.head.length);
}

/** Mean case pass rates over the cases decided on both sides, as the comparison counts them. */
function passRates(cases: CaseRecords[]): PromptVerdict['passRate'] {
  const paired = outcomesOf(cases).filter((o) => o.base.length > 0 && o.head.length > 0);
  if (paired.length === 0) return {};
  const rate = (outcomes: boolean[]): number => outcomes.filter(Boolean).length / outcomes.length;
  return { base: mean(paired.map((o) => rate(o.base))), head: mean(paired.map((o) => rate(o.head))) };
}

/**
 * Head against an absolute bar: the mean of its case pass rates must reach `floor`. A prompt with no
 * base has nothing else to be judged on, so by default every case must pass (as `gh models eval`
 * has it); with `gate.minPassRate` the same bar applies to head in every mode.
 */
function floorFinding(cases: CaseRecords[], floor: number, isNew: boolean): Finding {
  const rates = headCaseRates(cases);
  const passRate = rates.length ? mean(rates) : undefined;
  return {
    check: PASS_RATE_CHECK,
    status: passRate !== undefined && passRate < floor ? 'threshold' : 'pass',
    facts: {
      kind: 'pass-floor',
      isNew,
      passing: rates.filter((r) => r === 1).length,
      decided: rates.length,
      passRate,
      floor,
    },
  };
}

/** Required cases must pass in every head repeat, whatever the statistics say. */
function requiredFindings(cases: CaseRecords[]): Finding[] {
  return cases
    .filter((c) => c.case.required)
    .flatMap((c) => {
      const decided = c.head.filter((r) => answerOutcome(r) !== undefined);
      const failed = decided.filter((r) => answerOutcome(r) === false);
      if (failed.length === 0) return [];
      return [
        {
          check: 'required',
          status: 'threshold' as const,
          facts: {
            kind: 'required-case' as const,
            caseId: c.caseId,
            source: c.case.source,
            failed: failed.length,
            decided: decided.length,
            reason: failingReasons(failed)[0],
          },
        },
      ];
    });
}

function failingReasons(records: ScoredRecord[]): string[] {
  const reasons = records.flatMap((r) =>
    answerChecks(r)
      .filter((c) => !c.pass && !c.error)
      .map((c) => `${c.check}: ${excerpt(c.reason, 160)}`),
  );
  return [...new Set(reasons)];
}

function caseOutcome(c: CaseRecords): CaseOutcome {
  const rate = (records: ScoredRecord[]): number | undefined => {
    const decided = records.map((r) => answerOutcome(r)).filter((o): o is boolean => o !== undefined);
    return decided.length ? decided.filter(Boolean).length / decided.length : undefined;
  };
  const flaky = (r: number | undefined): boolean => r !== undefined && r > 0 && r < 1;
  const basePassRate = rate(c.base);
  const headPassRate = rate(c.head);
  const failing = c.head.filter((r) => answerOutcome(r) === false);
  const shown = failing[0] ?? c.head.find((r) => r.status === 'ok');
  const failures = checkFailures(c);
  return {
    caseId: c.caseId,
    suite: c.case.suite,
    source: c.case.source,
    basePassRate,
    headPassRate,
    flaky: flaky(basePassRate) || flaky(headPassRate),
    required: c.case.required === true,
    regressed: basePassRate !== undefined && headPassRate !== undefined && headPassRate < basePassRate,
    input: summarizeVars(c.case.vars),
    expected: c.case.expected,
    output: shown?.output === undefined ? undefined : excerpt(shown.output),
    reasons: failingReasons(failing),
    evidence: failures.some((f) => f.evidence)
      ? [...new Set(failures.flatMap((f) => (f.evidence ? [f.evidence] : [])))]
      : undefined,
    failures: failures.length ? failures : undefined,
  };
}

/** Per check, the answers of each version that failed it, with the first proof of a head failure. */
function checkFailures(c: CaseRecords): CaseCheckFailures[] {
  const byCheck = new Map<string, CaseCheckFailures>();
  for (const version of ['base', 'head'] as const) {
    for (const record of c[version]) {
      if (record.status !== 'ok') continue;
      for (const outcome of answerChecks(record)) {
        if (outcome.pass || outcome.error) continue;
        const entry = byCheck.get(outcome.check) ?? {
          check: outcome.check,
          name: outcome.name,
          base: 0,
          head: 0,
        };
        entry[version]++;
        if (version === 'head' && outcome.evidence) entry.evidence ??= excerpt(outcome.evidence);
        byCheck.set(outcome.check, entry);
      }
    }
  }
  return [...byCheck.values()];
}

// Traffic is declared per day; a month is 30 days, the unit billing dashboards use.
const DAYS_PER_MONTH = 30;

/** (head mean - base mean) cost per call x calls per day x 30; a new prompt adds its whole cost. */
function monthlyDelta(verdict: PromptVerdict, callsPerDay: number | undefined): number | undefined {
  const head = verdict.cost.head?.mean;
  if (!callsPerDay || head === undefined) return undefined;
  const base = verdict.change === 'added' ? 0 : verdict.cost.base?.mean;
  return base === undefined ? undefined : (head - base) * callsPerDay * DAYS_PER_MONTH;
}
