import type { FallbackOutcome, Finding, GateConfig, PlannedCall, ScoredRecord } from '../types.js';
import { overallOutcomes } from './comparisons.js';
import { metricUnits, summarize } from './limits.js';
import { casePassRate, comparePassRates } from './pass-rate.js';
import type { CaseRecords } from './records.js';

/** The prefix of a fallback version's name: `fallback:<provider id>`. */
const FALLBACK_PREFIX = 'fallback:';

/** Head on each fallback of a prompt beside head on the primary, and the findings they make. */
export interface FallbackEvaluation {
  fallbacks: FallbackOutcome[];
  findings: Finding[];
}

/**
 * Judges each fallback a prompt's plan evaluates (`gate.fallbacks: evaluate`) against head on the
 * primary, case by case, with the same paired comparison as base against head (the primary stands
 * where base does). A fallback whose calls fail past `gate.errorTolerance` cannot carry the load: a
 * threshold finding; one held to `gate.fallbackMinPassRate` that passes less is one too. Calls not
 * run leave the prompt inconclusive: an unevaluated fallback is never shown as fine.
 */
export function judgeFallbacks(
  cases: CaseRecords[],
  records: ScoredRecord[],
  plan: PlannedCall[],
  belongs: (prompt: string) => boolean,
  gate: GateConfig,
): FallbackEvaluation {
  const evaluation: FallbackEvaluation = { fallbacks: [], findings: [] };
  const versions = new Map<string, string>();
  for (const call of plan)
    if (belongs(call.prompt) && call.version.startsWith(FALLBACK_PREFIX))
      versions.set(call.version, call.request.model);
  for (const [version, model] of versions) {
    const provider = version.slice(FALLBACK_PREFIX.length);
    const mine = records.filter((r) => belongs(r.prompt) && r.version === version);
    // The primary's head answers where base's stand, the fallback's where head's do.
    const paired: CaseRecords[] = cases.map((c) => ({
      ...c,
      base: c.head,
      head: mine.filter((r) => r.caseId === c.caseId).sort((x, y) => x.repeat - y.repeat),
    }));
    const outcome = fallbackOutcome(provider, model, paired, mine, gate.seed);
    evaluation.fallbacks.push(outcome);
    evaluation.findings.push(...fallbackFindings(outcome, mine, gate));
  }
  return evaluation;
}

function fallbackOutcome(
  provider: string,
  model: string,
  paired: CaseRecords[],
  mine: ScoredRecord[],
  seed: number,
): FallbackOutcome {
  const outcomes = overallOutcomes(paired);
  const comparison = comparePassRates(outcomes, seed);
  const units = (metric: 'costUsd' | 'latencyMs'): number[] =>
    metricUnits(paired, metric).flatMap((u) => u.head);
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

function fallbackFindings(outcome: FallbackOutcome, mine: ScoredRecord[], gate: GateConfig): Finding[] {
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
    const bar = gate.fallbackMinPassRate;
    const ofPrimary = typeof bar === 'number' ? undefined : bar.ofPrimary;
    const floor = typeof bar === 'number' ? bar : bar.ofPrimary * comparison.primaryRate;
    findings.push({
      check,
      status: comparison.rate < floor ? 'threshold' : 'pass',
      facts: {
        kind: 'fallback-pass-rate',
        provider: outcome.provider,
        passRate: comparison.rate,
        primaryRate: comparison.primaryRate,
        bar: floor,
        ...(ofPrimary !== undefined && { ofPrimary }),
      },
    });
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
