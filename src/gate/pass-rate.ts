import type { FindingFacts, PromptStatus } from '../types.js';
import {
  type Interval,
  type PairedTable,
  meanDifference,
  mean,
  pairedBootstrap,
  pairedDifferenceInterval,
  repeatsToSettle,
  signFlipTest,
} from './stats.js';

/** The decided outcomes (pass = true) of one case's repeats, per version. */
export interface CaseOutcomes {
  base: boolean[];
  head: boolean[];
}

/** Head against base on pass/fail, over the cases that have decided answers on both sides. */
export interface PassRateComparison {
  /** Cases compared (decided answers on both sides). */
  cases: number;
  /** Most repeats any compared case had. */
  repeats: number;
  baseRate: number;
  headRate: number;
  /** Cases whose head pass rate is below / above their base pass rate. */
  worse: number;
  better: number;
  /** Cases whose answers differ across repeats of one version. */
  flakyCases: number;
  /** Repeat-by-repeat pairs (base repeat r against head repeat r), pooled over cases. */
  table: PairedTable;
  /** One-sided p that head passes less often. */
  p: number;
  /** Confidence interval on head rate - base rate. */
  interval: Interval;
}

/** The figures that turn a comparison into a status. */
export interface PassRateRule {
  /** Significance after any multiplicity adjustment. */
  alpha: number;
  minEffect: number;
  seed: number;
}

/** The share of one case's decided answers that passed. */
export function casePassRate(outcomes: boolean[]): number {
  let passed = 0;
  for (const pass of outcomes) if (pass) passed++;
  return passed / outcomes.length;
}

/**
 * Compares pass rates case by case. Each case enters the exact sign-flip test with its drop in pass
 * rate (base rate - head rate), so a flaky case counts with its rate, never as a clean pass or fail,
 * and repeats that are copies of each other (cached, temperature 0) cannot inflate the evidence: the
 * case, not the call, is the unit. With one repeat this is McNemar's exact test.
 */
export function comparePassRates(outcomes: CaseOutcomes[], seed: number): PassRateComparison {
  const paired = outcomes.filter((o) => o.base.length > 0 && o.head.length > 0);
  const baseRates = paired.map((o) => casePassRate(o.base));
  const headRates = paired.map((o) => casePassRate(o.head));
  const drops = baseRates.map((rate, i) => rate - headRates[i]);
  // A fold, not a spread: a merged run's cases are past the number of arguments a call can take.
  const repeats = paired.reduce((most, o) => Math.max(most, o.base.length, o.head.length), 0);
  const table = pairRepeats(paired);
  const singleRepeat = paired.every((o) => o.base.length === 1 && o.head.length === 1);
  // Counted, not filtered into lists: at 100,000 cases each list is garbage of a run's size.
  const count = (rates: number[], counted: (rate: number) => boolean): number =>
    rates.reduce((n, rate) => (counted(rate) ? n + 1 : n), 0);
  const flaky = (rate: number): boolean => rate > 0 && rate < 1;
  return {
    cases: paired.length,
    repeats,
    baseRate: paired.length ? mean(baseRates) : Number.NaN,
    headRate: paired.length ? mean(headRates) : Number.NaN,
    worse: count(drops, (d) => d > 0),
    better: count(drops, (d) => d < 0),
    flakyCases: count(baseRates, flaky) + count(headRates, flaky),
    table,
    p: signFlipTest(drops, leastCommonGrid(paired)),
    // Newcombe's interval is exact-minded for one pass/fail per case; with repeats the case rates are
    // no longer 0/1, so the interval comes from a paired bootstrap over cases (its units made only
    // then: two lists per case, some 15 MB at 100,000 cases).
    interval: singleRepeat
      ? pairedDifferenceInterval(table)
      : pairedBootstrap(
          baseRates.map((rate, i) => ({ base: [rate], head: [headRates[i]] })),
          meanDifference,
          { seed },
        ),
  };
}

/** A grid on which every case's pass rate is a whole number: the lcm of repeat counts. */
function leastCommonGrid(outcomes: CaseOutcomes[]): number {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  return outcomes.reduce((grid, o) => {
    const withBase = (grid * o.base.length) / gcd(grid, o.base.length);
    return (withBase * o.head.length) / gcd(withBase, o.head.length);
  }, 1);
}

function pairRepeats(outcomes: CaseOutcomes[]): PairedTable {
  const table: PairedTable = { bothPass: 0, headWorse: 0, headBetter: 0, bothFail: 0 };
  for (const { base, head } of outcomes) {
    for (let r = 0; r < Math.min(base.length, head.length); r++) {
      if (base[r] && head[r]) table.bothPass++;
      else if (base[r]) table.headWorse++;
      else if (head[r]) table.headBetter++;
      else table.bothFail++;
    }
  }
  return table;
}

/** The status of a comparison: a significant drop of at least minEffect is a regression. */
export function passRateStatus(comparison: PassRateComparison, rule: PassRateRule): PromptStatus {
  if (comparison.cases === 0) return 'skipped';
  const drop = comparison.baseRate - comparison.headRate;
  if (drop < rule.minEffect) return 'pass';
  return comparison.p < rule.alpha ? 'regression' : 'inconclusive';
}

/** Repeats per case that would likely settle an inconclusive comparison. */
export function suggestedRepeats(comparison: PassRateComparison, rule: PassRateRule): number | undefined {
  const { table } = comparison;
  // Cases that flipped the same way in every repeat will flip again: only more cases add evidence.
  if (comparison.repeats > 1 && !comparison.flakyCases) return undefined;
  const pairs = table.bothPass + table.headWorse + table.headBetter + table.bothFail;
  if (pairs === 0) return undefined;
  const needed = repeatsToSettle({
    discordantRate: (table.headWorse + table.headBetter) / pairs,
    drop: Math.max(rule.minEffect, comparison.baseRate - comparison.headRate),
    cases: comparison.cases,
    alpha: rule.alpha,
  });
  return needed === undefined ? undefined : Math.max(needed, comparison.repeats + 1);
}

/** The facts of a comparison as a finding's, with the p-value after any multiplicity adjustment. */
export function passRateFacts(
  comparison: PassRateComparison,
  status: PromptStatus,
  rule: PassRateRule,
  pAdjusted: number,
): Extract<FindingFacts, { kind: 'pass-rate' }> {
  return {
    kind: 'pass-rate',
    cases: comparison.cases,
    repeats: comparison.repeats,
    baseRate: comparison.baseRate,
    headRate: comparison.headRate,
    worse: comparison.worse,
    better: comparison.better,
    interval: { low: comparison.interval.low, high: comparison.interval.high },
    p: comparison.p,
    pAdjusted,
    alpha: rule.alpha,
    minEffect: rule.minEffect,
    repeatsToSettle: status === 'inconclusive' ? suggestedRepeats(comparison, rule) : undefined,
  };
}
