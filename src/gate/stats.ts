/**
 * Small, exact statistics for the verdict. Pure: no I/O, no randomness except the seeded PRNG.
 */
import { mulberry32 } from '../random.js';

/** A point estimate with a two-sided confidence interval. */
export interface Interval {
  estimate: number;
  low: number;
  high: number;
}

/** Options shared by the bootstrap functions. */
export interface BootstrapOptions {
  /** Resamples; 2,000 keeps the 2.5% and 97.5% percentiles stable to about a point. */
  iterations?: number;
  confidence?: number;
  seed: number;
}

const DEFAULT_BOOTSTRAP_ITERATIONS = 2000;

// Finer grids make the exact sign-flip distribution slow and change p by less than rounding noise.
const MAX_RATE_GRID = 60;

/** Natural log of n! via a running sum, exact enough for n in the tens of thousands. */
function logFactorial(n: number): number {
  let sum = 0;
  for (let i = 2; i <= n; i++) sum += Math.log(i);
  return sum;
}

/** Binomial probability mass P(X = k) for X ~ Bin(n, p), computed in log space. */
export function binomialPmf(k: number, n: number, p: number): number {
  if (k < 0 || k > n) return 0;
  if (p === 0) return k === 0 ? 1 : 0;
  if (p === 1) return k === n ? 1 : 0;
  const logChoose = logFactorial(n) - logFactorial(k) - logFactorial(n - k);
  return Math.exp(logChoose + k * Math.log(p) + (n - k) * Math.log1p(-p));
}

/** Upper tail P(X >= k) for X ~ Bin(n, p). */
export function binomialUpperTail(k: number, n: number, p = 0.5): number {
  if (k <= 0) return 1;
  let sum = 0;
  for (let i = k; i <= n; i++) sum += binomialPmf(i, n, p);
  return Math.min(1, sum);
}

/** Lower tail P(X <= k) for X ~ Bin(n, p). */
export function binomialLowerTail(k: number, n: number, p = 0.5): number {
  if (k >= n) return 1;
  let sum = 0;
  for (let i = 0; i <= k; i++) sum += binomialPmf(i, n, p);
  return Math.min(1, sum);
}

/** McNemar's exact test on discordant pairs. */
export interface McNemarResult {
  /** Pairs where base passed and head failed. */
  headWorse: number;
  /** Pairs where head passed and base failed. */
  headBetter: number;
  /** One-sided p that head is worse: P(X >= headWorse), X ~ Bin(discordant, 1/2). */
  pHeadWorse: number;
  /** Two-sided p: twice the smaller tail, capped at 1 (as R's binom.test on the discordant pairs). */
  pTwoSided: number;
}

/** McNemar's exact (binomial) test: under "no change" each discordant pair goes either way with p = 1/2. */
export function mcnemarExact(headWorse: number, headBetter: number): McNemarResult {
  const n = headWorse + headBetter;
  const pHeadWorse = binomialUpperTail(headWorse, n);
  const smaller = Math.min(binomialLowerTail(headWorse, n), pHeadWorse);
  return { headWorse, headBetter, pHeadWorse, pTwoSided: Math.min(1, 2 * smaller) };
}

/**
 * One-sided exact sign-flip (randomization) test that the paired differences are centred above 0.
 * Each difference is a per-case drop in pass rate (base rate - head rate). Under "no change" base
 * and head answers of a case are exchangeable, so each difference is as likely to be negated; the
 * p-value is P(sum of randomly signed |d| >= observed sum), enumerated exactly on a 1/L grid.
 * With one repeat every difference is -1, 0 or +1 and the test is exactly McNemar's one-sided test.
 */
export function signFlipTest(differences: number[], grid: number): number {
  const scale = Math.min(Math.max(1, Math.round(grid)), MAX_RATE_GRID);
  const weights = differences.map((d) => Math.round(Math.abs(d) * scale)).filter((w) => w > 0);
  const observed = Math.round(differences.reduce((sum, d) => sum + d * scale, 0));
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (total === 0) return 1;
  // dist[s + total] = P(sum of signed weights = s); weights are integers, so ties compare exactly.
  // Only the span [low, high] outside which every mass is zero (so far out it underflowed) is walked,
  // in two buffers: walking and allocating the whole range for each case made a 100,000-case run with
  // repeats take 20 s here. The sums are the same, added in the same order.
  let dist = new Float64Array(2 * total + 1);
  let next = new Float64Array(2 * total + 1);
  dist[total] = 1;
  let low = total;
  let high = total;
  for (const w of weights) {
    next.fill(0, low - w, high + w + 1);
    for (let i = low; i <= high; i++) {
      const mass = dist[i];
      if (mass === 0) continue;
      next[i - w] += mass / 2;
      next[i + w] += mass / 2;
    }
    low -= w;
    high += w;
    while (low < high && next[low] === 0) low++;
    while (high > low && next[high] === 0) high--;
    [dist, next] = [next, dist];
  }
  let p = 0;
  for (let i = Math.max(observed + total, low); i <= high; i++) p += dist[i];
  return Math.min(1, p);
}

/** Standard normal quantile (Acklam's rational approximation, relative error below 1.2e-9). */
export function normalQuantile(p: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low || p > 1 - low) {
    const q = Math.sqrt(-2 * Math.log(p < low ? p : 1 - p));
    const x =
      (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
      ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    return p < low ? x : -x;
  }
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
    (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
  );
}

/** Wilson score interval for a single proportion. */
export function wilsonInterval(successes: number, n: number, confidence = 0.95): Interval {
  if (n === 0) return { estimate: Number.NaN, low: 0, high: 1 };
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const p = successes / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return { estimate: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** The four cells of a paired pass/fail table. */
export interface PairedTable {
  bothPass: number;
  /** Base passed, head failed. */
  headWorse: number;
  /** Base failed, head passed. */
  headBetter: number;
  bothFail: number;
}

/**
 * Newcombe's (1998) method 10 interval for the paired difference head rate - base rate: Wilson
 * intervals for each margin, combined with the correlation between the two versions. Unlike the
 * Wald interval it stays inside [-1, 1] and keeps its coverage for small tables.
 */
export function pairedDifferenceInterval(table: PairedTable, confidence = 0.95): Interval {
  const { bothPass: a, headWorse: b, headBetter: c, bothFail: d } = table;
  const n = a + b + c + d;
  if (n === 0) return { estimate: 0, low: -1, high: 1 };
  const head = wilsonInterval(a + c, n, confidence);
  const base = wilsonInterval(a + b, n, confidence);
  const p1 = (a + c) / n;
  const p2 = (a + b) / n;
  const estimate = p1 - p2;
  const dl1 = p1 - head.low;
  const du1 = head.high - p1;
  const dl2 = p2 - base.low;
  const du2 = base.high - p2;
  const phi = phiCorrection(a, b, c, d);
  const low = estimate - Math.sqrt(Math.max(0, dl1 * dl1 - 2 * phi * dl1 * du2 + du2 * du2));
  const high = estimate + Math.sqrt(Math.max(0, du1 * du1 - 2 * phi * du1 * dl2 + dl2 * dl2));
  return { estimate, low: Math.max(-1, low), high: Math.min(1, high) };
}

/** Newcombe's phi: the correlation of the two versions, with the continuity correction he prescribes. */
function phiCorrection(a: number, b: number, c: number, d: number): number {
  const denominator = (a + b) * (c + d) * (a + c) * (b + d);
  if (denominator === 0) return 0;
  const n = a + b + c + d;
  const cross = a * d - b * c;
  const corrected = cross > n / 2 ? cross - n / 2 : cross < 0 ? cross : 0;
  return corrected / Math.sqrt(denominator);
}

/** Percentile with linear interpolation between order statistics (R's type 7, numpy's default). */
export function percentile(values: ArrayLike<number>, q: number): number {
  const n = values.length;
  if (n === 0) return Number.NaN;
  // The order statistics it needs, selected in a scratch copy (linear time), not the values sorted:
  // the bootstrap takes a percentile of a run's every answer 4,000 times.
  const scratch = scratchOf(n);
  for (let i = 0; i < n; i++) scratch[i] = values[i];
  const position = (n - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = select(scratch, n, lower);
  if (upper === lower) return low;
  // After the selection every value past `lower` is at least the one at it: the next is their least.
  let high = scratch[lower + 1];
  for (let i = lower + 2; i < n; i++) if (scratch[i] < high) high = scratch[i];
  return low + (high - low) * (position - lower);
}

let scratchValues = new Float64Array(1024);

/** A reusable buffer of at least `n` values (the verdict is synchronous: one user at a time). */
function scratchOf(n: number): Float64Array {
  if (scratchValues.length < n) scratchValues = new Float64Array(Math.max(n, scratchValues.length * 2));
  return scratchValues;
}

/**
 * The `k`-th smallest of `a[0..n)`, moved to `a[k]` with nothing larger before it and nothing
 * smaller after it (Hoare's selection). Pivots come from a fixed generator, so no order of values,
 * whoever chose it, makes it quadratic in practice; the result does not depend on them.
 */
function select(a: Float64Array, n: number, k: number): number {
  const random = mulberry32(n);
  let left = 0;
  let right = n - 1;
  while (right > left) {
    const pivot = a[left + Math.floor(random() * (right - left + 1))];
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return a[k];
}

/** {@link percentile} of values already sorted ascending: no copy, no sort (report.html's charts). */
export function sortedPercentile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

/** Arithmetic mean; NaN for no values. */
export function mean(values: ArrayLike<number>): number {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum / values.length;
}

/** The values of one paired unit (a case) on each side; sides may hold several repeats. */
export interface PairedUnit {
  base: number[];
  head: number[];
}

/** An effect of head against base, computed from all values of the resampled units. */
export type Effect = (base: ArrayLike<number>, head: ArrayLike<number>) => number;

/** head mean - base mean. */
export const meanDifference: Effect = (base, head) => mean(head) - mean(base);

/** head p95 - base p95. */
export const p95Difference: Effect = (base, head) => percentile(head, 0.95) - percentile(base, 0.95);

/** (head stat - base stat) / base stat: the relative change of a statistic. */
export function relativeChange(statistic: (values: ArrayLike<number>) => number): Effect {
  return (base, head) => {
    const reference = statistic(base);
    return reference === 0 ? Number.NaN : (statistic(head) - reference) / reference;
  };
}

/**
 * Paired (cluster) percentile bootstrap: resamples whole units with replacement, so a case's base
 * and head values, and its repeats, stay together. Seeded, so the same input gives the same interval.
 */
export function pairedBootstrap(
  units: readonly PairedUnit[],
  effect: Effect,
  options: BootstrapOptions,
): Interval {
  const estimate = effect(
    units.flatMap((u) => u.base),
    units.flatMap((u) => u.head),
  );
  if (units.length < 2) return { estimate, low: Number.NaN, high: Number.NaN };
  const iterations = options.iterations ?? DEFAULT_BOOTSTRAP_ITERATIONS;
  const alpha = 1 - (options.confidence ?? 0.95);
  const random = mulberry32(options.seed);
  const effects: number[] = [];
  // Each side's values in one typed list with each unit's start (read in place by every resample),
  // and two buffers for the resamples: lists grown by push for each resample, over units scattered
  // in memory, made the interval take minutes at 100,000 cases (a p95 latency limit 253 s).
  const [baseValues, baseStarts] = packed(units, 'base');
  const [headValues, headStarts] = packed(units, 'head');
  const [mostBase, mostHead] = [longest(baseStarts), longest(headStarts)];
  const base = new Float64Array(units.length * mostBase);
  const head = new Float64Array(units.length * mostHead);
  // No unit with more than one value a side, and as many values as units: exactly one each.
  const single =
    mostBase === 1 &&
    mostHead === 1 &&
    baseValues.length === units.length &&
    headValues.length === units.length;
  for (let i = 0; i < iterations; i++) {
    let nBase = 0;
    let nHead = 0;
    if (single) {
      // One value a side in every unit (one repeat, both sides answered): copied without the loops.
      for (let j = 0; j < units.length; j++) {
        const k = Math.floor(random() * units.length);
        base[j] = baseValues[k];
        head[j] = headValues[k];
      }
      nBase = nHead = units.length;
    } else
      for (let j = 0; j < units.length; j++) {
        const k = Math.floor(random() * units.length);
        for (let v = baseStarts[k]; v < baseStarts[k + 1]; v++) base[nBase++] = baseValues[v];
        for (let v = headStarts[k]; v < headStarts[k + 1]; v++) head[nHead++] = headValues[v];
      }
    const value = effect(base.subarray(0, nBase), head.subarray(0, nHead));
    if (Number.isFinite(value)) effects.push(value);
  }
  return { estimate, low: percentile(effects, alpha / 2), high: percentile(effects, 1 - alpha / 2) };
}

/** One side's values of every unit in order, and where each unit's start (with the end after the last). */
function packed(units: readonly PairedUnit[], side: 'base' | 'head'): [Float64Array, Int32Array] {
  const starts = new Int32Array(units.length + 1);
  for (let k = 0; k < units.length; k++) starts[k + 1] = starts[k] + units[k][side].length;
  const values = new Float64Array(starts[units.length]);
  for (let k = 0; k < units.length; k++) values.set(units[k][side], starts[k]);
  return [values, starts];
}

/** The most values one unit has, from {@link packed}'s starts. */
function longest(starts: Int32Array): number {
  let most = 0;
  for (let k = 1; k < starts.length; k++) most = Math.max(most, starts[k] - starts[k - 1]);
  return most;
}

/** Inputs of the repeats estimate, from the pooled case x repeat pairs of a comparison. */
export interface PowerInput {
  /** Share of pairs that disagree (base pass/head fail or the reverse). */
  discordantRate: number;
  /** Observed drop: (head-worse pairs - head-better pairs) / pairs. */
  drop: number;
  cases: number;
  alpha: number;
  /** Wanted chance of reaching significance when the drop is real (default 0.8). */
  power?: number;
}

/**
 * Repeats per case that would give McNemar's test the wanted power for the observed drop, from
 * Connor's (1987) sample-size formula N = (z_a sqrt(psi) + z_b sqrt(psi - d^2))^2 / d^2 pairs,
 * spread over the cases. Assumes repeats are independent draws; undefined when there is no drop.
 */
export function repeatsToSettle(input: PowerInput): number | undefined {
  const { discordantRate: psi, drop, cases, alpha } = input;
  // A tiny tolerance: a drop computed as 1 - 0.85 can exceed an equal discordant share by rounding.
  if (!(drop > 0) || cases === 0 || psi < drop - 1e-9) return undefined;
  const zAlpha = normalQuantile(1 - alpha);
  const zBeta = normalQuantile(input.power ?? 0.8);
  const pairs =
    (zAlpha * Math.sqrt(psi) + zBeta * Math.sqrt(Math.max(0, psi - drop * drop))) ** 2 / (drop * drop);
  return Math.max(1, Math.ceil(pairs / cases));
}

/**
 * Holm's step-down adjustment: adjusted p-values that keep the chance of any false alarm across the
 * family at or below alpha, whatever the dependence between the tests.
 */
export function holmAdjust(pValues: readonly number[]): number[] {
  const order = pValues.map((p, i) => ({ p, i })).sort((x, y) => x.p - y.p);
  const adjusted = new Array<number>(pValues.length);
  let running = 0;
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (pValues.length - rank) * p));
    adjusted[i] = running;
  });
  return adjusted;
}
