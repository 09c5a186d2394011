import type {
  BaselineDrift,
  InputError,
  CaseCheckFailures,
  CheckOutcome,
  CaseOutcome,
  Finding,
  GateConfig,
  GateResult,
  PlannedCall,
  PromptGroupConfig,
  PromptStatus,
  PromptVerdict,
  RateLimitEntry,
  ScoredRecord,
} from '../types.js';
import { type ApprovedBaseline, promptHash } from './baseline.js';
import { checkLabels } from './check-labels.js';
import { PASS_RATE_CHECK, comparisonFindings, isCompared, overallOutcomes } from './comparisons.js';
import { judgeAlternatives } from './alternatives.js';
import { estimatePrompt } from './estimate.js';
import { judgeHeadroom } from './headroom.js';
import { judgeFailureLimits } from './failure-limits.js';
import { DAYS_PER_MONTH, judgeCost, judgeLatency, metricValues, parseLimits, summarize } from './limits.js';
import { type CaseOutcomes, casePassRate } from './pass-rate.js';
import {
  type CaseRecords,
  type JudgedAlone,
  answerChecks,
  answerOutcome,
  checksJudgedAlone,
  decidedAnswers,
  excerpt,
  failedCheck,
  firstOfItsCheck,
  groupByCase,
  summarizeVars,
} from './records.js';
import { mean } from './stats.js';
import { Shared } from '../interned.js';
import { answerText } from '../run/answer-spill.js';
import { caseTrace } from './trace.js';

/** A prompt the PR touched, with what the gate needs to judge it. */
export interface PromptInput {
  prompt: string;
  change: PromptVerdict['change'];
  previousFile?: string;
  config: PromptGroupConfig;
  changedLines?: number[];
  /** A prompt that could not be read is an error; a broken base leaves head judged on its own. */
  inputError?: InputError;
  /** Duplicate cases folded when the plan was made (the same case in testData and a dataset). */
  foldedCases?: number;
}

/** Everything the verdict is a function of. */
export interface DecideInput {
  records: ScoredRecord[];
  plan: PlannedCall[];
  prompts: PromptInput[];
  gate: GateConfig;
  traffic?: { callsPerDay?: number; peakFactor?: number };
  /** Each provider entry's model and fallback chain: whose limits the headroom holds the load against. */
  providers?: Record<string, { model: string; fallback?: string[] }>;
  /** What is known of each entry's and model's rate limits (stated by its answers, or configured). */
  rateLimits?: RateLimitEntry[];
  meta: GateResult['meta'];
  skipped: string[];
  /** Approved results of main, used in place of a base run (scheduled drift checks). */
  baseline?: ApprovedBaseline;
  /**
   * Called between the steps of a prompt's verdict, and every few thousand cases within a long one:
   * where the caller may collect the garbage a step left (src/heap.ts). The verdict does not depend on it.
   */
  betweenSteps?: () => void;
  /**
   * Outcomes of each prompt's first cases made during the run (`caseOutcomes`, as a case's answers
   * were all scored): taken in place of making them again wherever their case ids match.
   */
  made?: (promptIndex: number) => readonly CaseOutcome[];
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

/** Cases a prompt's verdict makes outcomes of between two of its steps (see `betweenSteps`). */
const CASES_PER_STEP = 4096;

/** The check name of head's absolute bar when there is a base too (`gate.minPassRate`). */
export const FLOOR_CHECK = 'minimum pass rate';

/** Judges every prompt and the PR as a whole. Pure: the same input gives the same result. */
export function decide(input: DecideInput): GateResult {
  const shared = new SharedParts();
  const judged = input.prompts.map((p, index) => judgePrompt(p, input, shared, input.made?.(index) ?? []));
  const prompts = judged.map((j) => j.verdict);
  // A removed prompt has nothing to judge: it neither passes nor counts as skipped.
  const statuses = prompts.flatMap((p): PromptStatus[] => (p.status === 'removed' ? [] : [p.status]));
  const ran: PromptStatus[] = statuses.filter((s) => s !== 'skipped');
  const status = ran.length > 0 ? ran.reduce(worse) : statuses.length > 0 ? 'skipped' : 'pass';
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
  return (
    gate.failOn.includes(result.status) ||
    result.prompts.some((p) => p.status !== 'removed' && gate.failOn.includes(p.status))
  );
}

/** Prompts the gate judged on at least one answer: not removed, and not left without any decided answer. */
export function evaluatedPrompts<
  P extends { cases: Pick<CaseOutcome, 'headPassRate' | 'basePassRate'>[] },
>(result: { prompts: P[] }): P[] {
  return result.prompts.filter((p) =>
    p.cases.some((c) => c.headPassRate !== undefined || c.basePassRate !== undefined),
  );
}

/** A case head failed on at least one decided answer, or did worse on than base. */
export function isFailingCase(c: Pick<CaseOutcome, 'regressed' | 'headPassRate'>): boolean {
  return c.regressed || (c.headPassRate !== undefined && c.headPassRate < 1);
}

/** The model each version's requests name: base and head may differ (a model-only change). */
function modelsOf(plan: PlannedCall[], belongs: (prompt: string) => boolean): PromptVerdict['models'] {
  const base = plan.find((call) => call.version === 'base' && belongs(call.prompt))?.request.model;
  const head = plan.find((call) => call.version === 'head' && belongs(call.prompt))?.request.model;
  if (base === undefined && head === undefined) return undefined;
  return { ...(base === undefined ? {} : { base }), ...(head === undefined ? {} : { head }) };
}

function judgePrompt(
  p: PromptInput,
  input: DecideInput,
  shared: SharedParts,
  made: readonly CaseOutcome[],
): { verdict: PromptVerdict; monthlyDeltaUsd?: number } {
  const approved = input.baseline?.prompts.get(p.prompt);
  const records = approved
    ? [...input.records.filter((r) => r.version === 'head'), ...approved.records]
    : input.records;
  const step = input.betweenSteps ?? ((): void => {});
  const cases = groupByCase(p.prompt, records, input.plan, p.previousFile);
  step();
  const belongs = (name: string): boolean => name === p.prompt || name === p.previousFile;
  const calls = tallyCalls(cases);
  const { planned, ok, error, notRun } = calls;
  const counts = { planned, ok, error, notRun };
  const verdict: PromptVerdict = {
    prompt: p.prompt,
    previousFile: p.previousFile,
    change: p.change,
    status: 'pass',
    findings: [],
    passRate: {},
    cost: summarizeVersions(cases, 'costUsd'),
    latency: summarizeVersions(cases, 'latencyMs'),
    cases: cases.map((c, i) => {
      if (i % CASES_PER_STEP === CASES_PER_STEP - 1) step();
      return made[i]?.caseId === c.caseId ? made[i] : caseOutcome(c, caseTrace(c), shared);
    }),
    counts,
    changedLines: p.changedLines,
    models: modelsOf(input.plan, belongs),
    estimate: estimatePrompt(input.plan, belongs),
    ...(p.foldedCases ? { foldedCases: p.foldedCases } : {}),
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
    verdict.status = 'removed';
    verdict.findings.push({ check: 'change', status: 'pass', facts: { kind: 'removed' } });
    return { verdict };
  }
  if (counts.ok + counts.error === 0) {
    const reason = calls.firstError ?? 'no call was planned';
    verdict.status = 'skipped';
    verdict.findings.push({ check: 'run', status: 'skipped', facts: { kind: 'not-run', reason } });
    return { verdict };
  }
  const hasBase = p.change !== 'added' && cases.some((c) => c.base.some((r) => r.status === 'ok'));
  const limits = parseLimits(p.config.checks);
  step();
  // Each case's pass/fail per decided answer, made once: a list of a run's size, read four times.
  const overall = overallOutcomes(cases);
  const seed = input.gate.seed;
  const alone = checksJudgedAlone(cases);
  const undecided = checkErrorFindings(cases, input.gate, alone);
  step();
  const failureLimits = judgeFailureLimits(cases, p.config.checks, hasBase, alone);
  step();
  const limited = new Set(failureLimits.map((f) => f.check));
  const drift = baselineDrift(p.prompt, input);
  const quality = [
    ...(hasBase ? comparisonFindings(cases, overall, { gate: input.gate, drift, limited, alone }) : []),
    ...failureLimits,
  ];
  step();
  // A check that could not decide too often is an error; nothing else is claimed about it.
  const erred = new Set(undecided.map((f) => f.check));
  const floor = input.gate.minPassRate;
  const findings = [
    ...runFindings(calls, input.gate),
    ...undecided,
    ...quality.filter((f) => !erred.has(f.check)),
    ...(!hasBase ? [floorFinding(overall, floor ?? 1, false, p.change === 'added')] : []),
    ...(hasBase && floor !== undefined ? [floorFinding(overall, floor, true, false)] : []),
    ...requiredFindings(cases),
    ...(limits.cost ? judgeCost(limits.cost, cases, seed, hasBase) : []),
    ...(limits.latency ? judgeLatency(limits.latency, cases, seed, hasBase) : []),
  ];
  step();
  const labelOf = checkLabels(p.config.checks);
  const alternatives = judgeAlternatives(cases, {
    records: input.records,
    plan: input.plan,
    belongs,
    gate: input.gate,
    callsPerDay: input.traffic?.callsPerDay,
  });
  // Joined, not pushed as arguments: a run whose every required case failed has a finding for each.
  verdict.findings = [
    ...verdict.findings,
    ...findings.map((f) => labelled(f, labelOf)),
    ...alternatives.findings,
  ];
  if (alternatives.fallbacks.length > 0) verdict.fallbacks = alternatives.fallbacks;
  if (alternatives.candidates.length > 0) verdict.candidates = alternatives.candidates;
  const callsPerDay = input.traffic?.callsPerDay;
  if (callsPerDay && input.providers?.[p.config.provider]) {
    const headroom = judgeHeadroom({
      records: records.filter((r) => belongs(r.prompt)),
      plan: input.plan.filter((call) => belongs(call.prompt)),
      provider: p.config.provider,
      providers: input.providers,
      traffic: { callsPerDay, peakFactor: input.traffic?.peakFactor },
      rateLimits: input.rateLimits ?? [],
    });
    verdict.headroom = headroom.headroom;
    verdict.findings = [...verdict.findings, ...headroom.findings];
  }
  verdict.passRate = hasBase ? passRates(overall) : headPassRate(overall);
  verdict.status = verdict.findings.map((f) => f.status).reduce(worse, 'pass');
  if (verdict.status === 'skipped') verdict.status = 'pass';
  return { verdict, monthlyDeltaUsd: monthlyDelta(verdict, input.traffic?.callsPerDay) };
}

/** Each version's summary of a figure over the cases' units. */
function summarizeVersions(cases: CaseRecords[], metric: 'costUsd' | 'latencyMs'): PromptVerdict['cost'] {
  return {
    base: summarize(metricValues(cases, metric, 'base')),
    head: summarize(metricValues(cases, metric, 'head')),
  };
}

/** How a prompt's calls ended (each case's base records, then its head's), counted in one pass. */
interface CallTally {
  planned: number;
  ok: number;
  error: number;
  notRun: number;
  /** The first record's error, whatever its status. */
  firstError?: string;
  /** The first failed call's error, and the first call that was not run's reason. */
  firstFailed?: string;
  firstNotRun?: string;
}

/**
 * Counted, not filtered: at 100,000 cases each list of a prompt's records is a 1.6 MB array (and the
 * arrays it grew through) in the old generation until the next full collection.
 */
function tallyCalls(cases: CaseRecords[]): CallTally {
  const tally: CallTally = { planned: 0, ok: 0, error: 0, notRun: 0 };
  for (const c of cases)
    for (const side of [c.base, c.head])
      for (const r of side) {
        tally.planned++;
        if (r.error !== undefined) tally.firstError ??= r.error;
        if (r.status === 'ok') tally.ok++;
        else if (r.status === 'error') {
          tally.error++;
          if (tally.error === 1) tally.firstFailed = r.error;
        } else if (r.status === 'not-run') {
          tally.notRun++;
          if (tally.notRun === 1) tally.firstNotRun = r.error;
        }
      }
  return tally;
}

/** Calls that failed or never ran. A provider failure is an error, and nothing is claimed about quality. */
function runFindings(calls: CallTally, gate: GateConfig): Finding[] {
  const findings: Finding[] = [];
  const attempted = calls.ok + calls.error;
  if (calls.error / attempted > gate.errorTolerance) {
    findings.push({
      check: 'provider',
      status: 'error',
      facts: {
        kind: 'provider-errors',
        failed: calls.error,
        attempted,
        tolerance: gate.errorTolerance,
        firstError: calls.firstFailed ?? 'unknown',
      },
    });
  }
  if (calls.notRun > 0) {
    findings.push({
      check: 'run',
      // Part of the evidence is missing, so a pass cannot be claimed (issue: what was not run never shows as passed).
      status: 'inconclusive',
      facts: { kind: 'incomplete', notRun: calls.notRun, planned: calls.planned, reason: calls.firstNotRun },
    });
  }
  return findings;
}

/**
 * A check that could not decide too often (a judge whose reply broke its schema) is an error, not a
 * fail. A check judged on its own is counted by its name in the report; checks cases carry on their
 * own are counted together by registry name, as their labels differ row by row.
 */
function checkErrorFindings(cases: CaseRecords[], gate: GateConfig, alone: JudgedAlone): Finding[] {
  const byCheck = new Map<string, { total: number; errors: number; reason?: string }>();
  for (const c of cases) {
    for (const side of [c.base, c.head])
      for (const record of side) {
        if (record.status !== 'ok') continue;
        for (const outcome of answerChecks(record)) {
          const key = alone(c.case, outcome) ? outcome.check : outcome.name;
          let entry = byCheck.get(key);
          if (!entry) byCheck.set(key, (entry = { total: 0, errors: 0 }));
          entry.total++;
          if (outcome.error) {
            entry.errors++;
            entry.reason ??= outcome.reason;
          }
        }
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

/** A finding with its checks named as the report shows them (`grounding (min 0.6)`). */
function labelled(finding: Finding, labelOf: (check: string) => string): Finding {
  const { facts } = finding;
  const worseOn =
    facts.kind === 'pass-rate' && facts.worseOn
      ? { ...facts, worseOn: facts.worseOn.map((w) => ({ ...w, check: labelOf(w.check) })) }
      : facts;
  return { ...finding, check: labelOf(finding.check), facts: worseOn };
}

/** When head is judged against an approved baseline: whether the prompt itself changed since. */
function baselineDrift(prompt: string, input: DecideInput): BaselineDrift | undefined {
  const approved = input.baseline?.prompts.get(prompt);
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
function headPassRate(overall: CaseOutcomes[]): PromptVerdict['passRate'] {
  const rates = headCaseRates(overall, false);
  return { head: rates.length ? mean(rates) : undefined };
}

/** Head's pass rate of each case it decided; with `compared`, only of the cases base decided too. */
function headCaseRates(overall: CaseOutcomes[], compared: boolean): number[] {
  return overall
    .filter((o) => (compared ? isCompared(o) : o.head.length > 0))
    .map((o) => casePassRate(o.head));
}

/** Mean case pass rates over the cases decided on both sides, as the comparison counts them. */
function passRates(overall: CaseOutcomes[]): PromptVerdict['passRate'] {
  const compared = overall.filter(isCompared);
  if (compared.length === 0) return {};
  return {
    base: mean(compared.map((o) => casePassRate(o.base))),
    head: mean(compared.map((o) => casePassRate(o.head))),
  };
}

/**
 * Head against an absolute bar: the mean of its case pass rates must reach `floor`. A prompt with no
 * base has nothing else to be judged on, so by default every case must pass (as `gh models eval`
 * has it); with `gate.minPassRate` the same bar applies to head in every mode, on the cases the
 * comparison counts when there is a base, so the bar judges the pass rate the report shows.
 */
function floorFinding(overall: CaseOutcomes[], floor: number, hasBase: boolean, isNew: boolean): Finding {
  const rates = headCaseRates(overall, hasBase);
  const passRate = rates.length ? mean(rates) : undefined;
  return {
    check: hasBase ? FLOOR_CHECK : PASS_RATE_CHECK,
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

/** Each failed check of these answers with its reason, once: never a check that passed or could not decide. */
function failingReasons(records: ScoredRecord[]): string[] {
  const reasons = records.flatMap((r) =>
    answerChecks(r)
      .filter(failedCheck)
      .map((c) => `${c.check}: ${excerpt(c.reason, 160)}`),
  );
  return [...new Set(reasons)];
}

/**
 * What many cases' outcomes hold alike (the answers counted, the checks named, the reasons given) is
 * one frozen object for all of them: each case's own copies were some 140 bytes a case.
 */
class SharedParts {
  private readonly counts = new Shared<CaseOutcome['answers']>();
  private readonly lists = new Shared<readonly string[]>();
  private readonly failureLists = new Shared<readonly CaseCheckFailures[]>();
  /** Each answer's list of outcomes (one object for all the answers that scored alike), and its checks' names. */
  private readonly labelsOf = new WeakMap<readonly CheckOutcome[], string[]>();
  /** The empty list. */
  readonly none = this.list([]);

  answers(base: number, head: number): CaseOutcome['answers'] {
    return this.counts.share(Object.freeze({ base, head }), `${base} ${head}`);
  }

  list(texts: string[]): string[] {
    return this.lists.share(Object.freeze(texts), JSON.stringify(texts)) as string[];
  }

  /** A case's failed checks: most failing cases of a run failed the same checks as often. */
  failures(list: CaseCheckFailures[]): CaseCheckFailures[] {
    const frozen = Object.freeze(list.map((f) => Object.freeze(f)));
    return this.failureLists.share(frozen, JSON.stringify(list)) as CaseCheckFailures[];
  }

  /** The checks a case's answers were judged on (display names, once each, in the order met). */
  labels(c: CaseRecords): string[] {
    const first = c.base[0] ?? c.head[0];
    const outcomes = first && answerChecks(first);
    // Most cases' answers scored alike, and alike answers share one list of outcomes.
    if (
      outcomes &&
      c.base.every((r) => r.checks === first.checks) &&
      c.head.every((r) => r.checks === first.checks)
    ) {
      let labels = this.labelsOf.get(outcomes);
      if (!labels)
        this.labelsOf.set(outcomes, (labels = this.list([...new Set(outcomes.map((o) => o.check))])));
      return labels;
    }
    return this.list([
      ...new Set([...c.base, ...c.head].flatMap((r) => answerChecks(r).map((o) => o.check))),
    ]);
  }
}

/**
 * A case's outcome as the verdict makes it, for a case whose answers are all in and scored: each
 * made by the maker this returns shares what is alike, as the verdict's do (see SharedParts).
 */
export function caseOutcomes(): (c: CaseRecords) => CaseOutcome {
  const shared = new SharedParts();
  return (c) => caseOutcome(c, caseTrace(c), shared);
}

function caseOutcome(c: CaseRecords, trace: CaseOutcome['trace'], shared: SharedParts): CaseOutcome {
  const base = decidedAnswers(c.base);
  const head = decidedAnswers(c.head);
  const rate = (decided: readonly ScoredRecord[]): number | undefined => {
    if (decided.length === 0) return undefined;
    let passed = 0;
    for (const r of decided) if (answerOutcome(r)) passed++;
    return passed / decided.length;
  };
  const flaky = (r: number | undefined): boolean => r !== undefined && r > 0 && r < 1;
  const basePassRate = rate(base);
  const headPassRate = rate(head);
  const failing = head.filter((r) => answerOutcome(r) === false);
  const shown = failing[0] ?? c.head.find((r) => r.status === 'ok');
  const failures = checkFailures(c);
  const baseUndecided = base.length ? undefined : whyUndecided(c.base);
  const headUndecided = head.length ? undefined : whyUndecided(c.head);
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
    output: shown?.output === undefined ? undefined : excerpt(answerText(shown.output)),
    reasons: failing.length ? shared.list(failingReasons(failing)) : shared.none,
    evidence: failures.some((f) => f.evidence)
      ? shared.list([...new Set(failures.flatMap((f) => (f.evidence ? [f.evidence] : [])))])
      : undefined,
    failures: failures.length ? shared.failures(failures) : undefined,
    answers: shared.answers(base.length, head.length),
    checks: shared.labels(c),
    undecided: baseUndecided || headUndecided ? { base: baseUndecided, head: headUndecided } : undefined,
    trace,
  };
}

/** Why a version that ran has no decided answer: the first call's error, or the first check that could not decide. */
function whyUndecided(records: ScoredRecord[]): string | undefined {
  const failed = records.find((r) => r.status !== 'ok');
  if (failed) return excerpt(failed.error ?? 'no answer');
  const undecided = records.flatMap((r) => answerChecks(r)).find((o) => o.error);
  return undecided && excerpt(`${undecided.check}: ${undecided.reason}`);
}

/**
 * Per check, the decided answers of each version that failed it (once per answer, however often the
 * check is written), with the first proof of a head failure.
 */
function checkFailures(c: CaseRecords): CaseCheckFailures[] {
  // Made when a check failed: most cases of a run have none.
  let byCheck: Map<string, CaseCheckFailures> | undefined;
  for (const version of ['base', 'head'] as const) {
    for (const record of decidedAnswers(c[version])) {
      const outcomes = answerChecks(record);
      for (let i = 0; i < outcomes.length; i++) {
        const outcome = outcomes[i];
        if (!failedCheck(outcome)) continue;
        byCheck ??= new Map();
        const entry = byCheck.get(outcome.check) ?? {
          check: outcome.check,
          name: outcome.name,
          base: 0,
          head: 0,
        };
        if (firstOfItsCheck(outcomes, i, failedCheck)) entry[version]++;
        if (version === 'head' && outcome.evidence) entry.evidence ??= excerpt(outcome.evidence);
        byCheck.set(outcome.check, entry);
      }
    }
  }
  return byCheck ? [...byCheck.values()] : [];
}

/** (head mean - base mean) cost per call x calls per day x 30; a new prompt adds its whole cost. */
function monthlyDelta(verdict: PromptVerdict, callsPerDay: number | undefined): number | undefined {
  const head = verdict.cost.head?.mean;
  if (!callsPerDay || head === undefined) return undefined;
  const base = verdict.change === 'added' ? 0 : verdict.cost.base?.mean;
  return base === undefined ? undefined : (head - base) * callsPerDay * DAYS_PER_MONTH;
}
