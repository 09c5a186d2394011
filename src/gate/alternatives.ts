import type {
  AlternativeOutcome,
  AlternativeRole,
  Finding,
  GateConfig,
  PlannedCall,
  ScoredRecord,
  Version,
} from '../types.js';
import { overallOutcomes } from './comparisons.js';
import { DAYS_PER_MONTH, metricValues, summarize } from './limits.js';
import { casePassRate, comparePassRates } from './pass-rate.js';
import type { CaseRecords } from './records.js';
import { modelOf } from '../run/plan.js';

/** What `judgeAlternatives` needs beyond the prompt's cases. */
export interface AlternativesInput {
  records: ScoredRecord[];
  plan: PlannedCall[];
  belongs: (prompt: string) => boolean;
  gate: GateConfig;
  callsPerDay?: number;
}

/** Head on a prompt's fallbacks and candidates beside head on the primary, and the findings fallbacks make. */
export interface AlternativesEvaluation {
  fallbacks: AlternativeOutcome[];
  candidates: AlternativeOutcome[];
  findings: Finding[];
}

/**
 * Judges head on each other provider a prompt's plan runs it on against head on the primary, case
 * by case, with the same paired comparison as base against head (the primary stands where base
 * does). Candidates are advice: a finding only when held to `gate.candidateMinPassRate`. A fallback whose calls fail past
 * `gate.errorTolerance` cannot carry the load: a threshold finding; one held to
 * `gate.fallbackMinPassRate` that passes less is one too; fallback calls not run leave the prompt
 * inconclusive: an unevaluated fallback is never shown as fine.
 */
export function judgeAlternatives(cases: CaseRecords[], input: AlternativesInput): AlternativesEvaluation {
  const evaluation: AlternativesEvaluation = { fallbacks: [], candidates: [], findings: [] };
  const versions = new Map<string, { role: AlternativeRole; model: string }>();
  for (const call of input.plan) {
    const role = alternativeRole(call.version);
    if (role && input.belongs(call.prompt)) versions.set(call.version, { role, model: modelOf(call) });
  }
  for (const [version, { role, model }] of versions) {
    const provider = version.slice(role.length + 1);
    const mine = input.records.filter((r) => input.belongs(r.prompt) && r.version === version);
    // The primary's head answers where base's stand, the other provider's where head's do.
    const paired: CaseRecords[] = cases.map((c) => ({
      ...c,
      base: c.head,
      head: mine.filter((r) => r.caseId === c.caseId).sort((x, y) => x.repeat - y.repeat),
    }));
    const outcome = alternativeOutcome(provider, model, paired, mine, input.gate.seed);
    if (role === 'fallback') {
      evaluation.fallbacks.push(outcome);
      evaluation.findings.push(...fallbackFindings(outcome, mine, input.gate));
    } else {
      evaluation.candidates.push(withSaving(outcome, paired, input.callsPerDay));
      const bar = input.gate.candidateMinPassRate;
      if (outcome.comparison && bar !== undefined)
        evaluation.findings.push(passRateFinding(outcome, outcome.comparison, bar, 'candidate'));
    }
  }
  return evaluation;
}

/** The role of a version that runs head on another provider, or undefined for base and head. */
export function alternativeRole(version: Version): AlternativeRole | undefined {
  const role = version.slice(0, version.indexOf(':'));
  return role === 'fallback' || role === 'candidate' ? role : undefined;
}

function alternativeOutcome(
  provider: string,
  model: string,
  paired: CaseRecords[],
  mine: ScoredRecord[],
  seed: number,
): AlternativeOutcome {
  const outcomes = overallOutcomes(paired);
  const comparison = comparePassRates(outcomes, seed);
  const units = (metric: 'costUsd' | 'latencyMs'): number[] => metricValues(paired, metric, 'head');
  return {
    provider,
    model,
    ...(comparison.cases > 0 && {
      comparison: {
        cases: comparison.cases,
        primaryRate: comparison.baseRate,
        rate: comparison.headRate,
        interval: { low: comparison.interval.low, high: comparison.interval.high },
      },
    }),
    failsWherePrimaryPasses: outcomes.flatMap(({ base, head }, i) =>
      base.length > 0 && casePassRate(base) === 1 && head.some((pass) => !pass) ? [paired[i].caseId] : [],
    ),
    cost: summarize(units('costUsd')),
    latency: summarize(units('latencyMs')),
    counts: {
      planned: mine.length,
      ok: mine.filter((r) => r.status === 'ok').length,
      error: mine.filter((r) => r.status === 'error').length,
      notRun: mine.filter((r) => r.status === 'not-run').length,
    },
  };
}

function fallbackFindings(outcome: AlternativeOutcome, mine: ScoredRecord[], gate: GateConfig): Finding[] {
  const check = `fallback ${outcome.provider}`;
  const { counts, comparison } = outcome;
  const attempted = counts.ok + counts.error;
  const findings: Finding[] = [];
  if (attempted > 0 && counts.error / attempted > gate.errorTolerance) {
    findings.push({
      check,
      status: 'threshold',
      facts: {
        kind: 'fallback-unreachable',
        provider: outcome.provider,
        failed: counts.error,
        attempted,
        tolerance: gate.errorTolerance,
        firstError: mine.find((r) => r.status === 'error')?.error ?? 'unknown',
      },
    });
  } else if (comparison && gate.fallbackMinPassRate !== undefined) {
    findings.push(passRateFinding(outcome, comparison, gate.fallbackMinPassRate, 'fallback'));
  }
  if (counts.notRun > 0)
    findings.push({
      check,
      status: 'inconclusive',
      facts: {
        kind: 'incomplete',
        notRun: counts.notRun,
        planned: counts.planned,
        reason: mine.find((r) => r.status === 'not-run')?.error,
      },
    });
  return findings;
}

/** A fallback or candidate held to a pass-rate bar: a share, or `{ ofPrimary }` of the primary's rate. */
function passRateFinding(
  outcome: AlternativeOutcome,
  comparison: NonNullable<AlternativeOutcome['comparison']>,
  bar: NonNullable<GateConfig['fallbackMinPassRate']>,
  role: AlternativeRole,
): Finding {
  const ofPrimary = typeof bar === 'number' ? undefined : bar.ofPrimary;
  const floor = typeof bar === 'number' ? bar : bar.ofPrimary * comparison.primaryRate;
  return {
    check: `${role} ${outcome.provider}`,
    status: comparison.rate < floor ? 'threshold' : 'pass',
    facts: {
      kind: 'fallback-pass-rate',
      ...(role === 'candidate' && { role }),
      provider: outcome.provider,
      passRate: comparison.rate,
      primaryRate: comparison.primaryRate,
      bar: floor,
      ...(ofPrimary !== undefined && { ofPrimary }),
    },
  };
}

/** A candidate with what switching to it would save per month at the configured traffic. */
function withSaving(
  outcome: AlternativeOutcome,
  paired: CaseRecords[],
  callsPerDay: number | undefined,
): AlternativeOutcome {
  const primary = summarize(metricValues(paired, 'costUsd', 'base'));
  if (!callsPerDay || !primary || !outcome.cost) return outcome;
  const savingUsd = (primary.mean - outcome.cost.mean) * callsPerDay * DAYS_PER_MONTH;
  return { ...outcome, monthly: { savingUsd, callsPerDay } };
}
