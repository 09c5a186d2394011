import type { PromptStatus } from '../types.js';
import { formatPercent, pValue, points } from '../format.js';
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

const passRate = (outcomes: boolean[]): number => outcomes.filter(Boolean).length / outcomes.length;

/**
 * Compares pass rates case by case. Each case enters the exact sign-flip test with its drop in pass
 * rate (base rate - head rate), so a flaky case counts with its rate, never as a clean pass or fail,
 * and repeats that are copies of each other (cached, temperature 0) cannot inflate the evidence: the
 * case, not the call, is the unit. With one repeat this is McNemar's exact test.
 */
export function comparePassRates(outcomes: CaseOutcomes[], seed: number): PassRateComparison {
  const paired = outcomes.filter((o) => o.base.length > 0 && o.head.length > 0);
  const baseRates = paired.map((o) => passRate(o.base));
  const headRates = paired.map((o) => passRate(o.head));
  const drops = baseRates.map((rate, i) => rate - headRates[i]);
  const repeats = Math.max(0, ...paired.map((o) => Math.max(o.base.length, o.head.length)));
  const table = pairRepeats(paired);
  const singleRepeat = paired.every((o) => o.base.length === 1 && o.head.length === 1);
  const units = baseRates.map((rate, i) => ({ base: [rate], head: [headRates[i]] }));
  return {
    cases: paired.length,
    repeats,
    baseRate: paired.length ? mean(baseRates) : Number.NaN,
    headRate: paired.length ? mean(headRates) : Number.NaN,
    worse: drops.filter((d) => d > 0).length,
    better: drops.filter((d) => d < 0).length,
    flakyCases: [...baseRates, ...headRates].filter((rate) => rate > 0 && rate < 1).length,
    table,
    p: signFlipTest(drops, leastCommonGrid(paired)),
    // Newcombe's interval is exact-minded for one pass/fail per case; with repeats the case rates are
    // no longer 0/1, so the interval comes from a paired bootstrap over cases.
    interval: singleRepeat
      ? pairedDifferenceInterval(table)
      : pairedBootstrap(units, meanDifference, { seed }),
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

// More repeats than this cost more than adding cases would; say so instead of a number.
const MAX_SUGGESTED_REPEATS = 50;

/** One sentence with the numbers behind the decision. */
export function passRateSentence(
  comparison: PassRateComparison,
  status: PromptStatus,
  rule: PassRateRule,
  pAdjusted: number,
): string {
  if (comparison.cases === 0) return 'no case has a decided answer on both versions: nothing to compare';
  const { cases, repeats, worse, better, interval } = comparison;
  // From the rounded rates, so the figures add up as the reader sees them.
  const difference = (Math.round(comparison.headRate * 100) - Math.round(comparison.baseRate * 100)) / 100;
  const counts =
    repeats === 1
      ? `head fails ${worse} of ${cases} cases that base passed, base fails ${better} that head passed`
      : `over ${repeats} repeats head does worse on ${worse} of ${cases} cases and better on ${better}`;
  const confidence = Number.isFinite(interval.low)
    ? `, 95% CI ${points(interval.low)} to ${points(interval.high)}`
    : '';
  const rates = `pass rate ${formatPercent(comparison.baseRate)} → ${formatPercent(comparison.headRate)}, ${points(difference)} pts${confidence}`;
  const p =
    pAdjusted === comparison.p
      ? pValue(comparison.p)
      : `${pValue(comparison.p)} (Holm-adjusted ${pValue(pAdjusted)})`;
  return `${counts} (${rates}), ${p}: ${conclusion(comparison, status, rule)}`;
}

function conclusion(comparison: PassRateComparison, status: PromptStatus, rule: PassRateRule): string {
  if (status === 'regression') return 'regression';
  if (status === 'inconclusive') {
    const needed = suggestedRepeats(comparison, rule);
    if (needed === undefined || needed > MAX_SUGGESTED_REPEATS)
      return 'inconclusive; more cases would settle it';
    return `inconclusive; about ${needed} repeats per case would settle it`;
  }
  const drop = comparison.baseRate - comparison.headRate;
  if (comparison.p < rule.alpha && drop > 0)
    return `pass (a real but small drop, under the ${Math.round(rule.minEffect * 100)}-point minimum effect)`;
  return 'pass';
}

/** The comparison in a few words, for the headline: `pass rate 95% → 16% on 38 cases, p < 0.001`. */
export function passRateShort(comparison: PassRateComparison, pAdjusted: number): string {
  return `pass rate ${formatPercent(comparison.baseRate)} → ${formatPercent(comparison.headRate)} on ${comparison.cases} cases, ${pValue(pAdjusted)}`;
}
