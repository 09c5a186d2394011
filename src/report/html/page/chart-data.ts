/** The figures the charts draw, from the listed rows. Pure: tested in Node. */
import { sortedPercentile } from '../../../gate/stats.js';
import type { Side } from '../../../types.js';
import type { ListedCases } from './data.js';

/** One version's values of a metric, sorted ascending, with the marks drawn on them. */
export interface Distribution {
  values: Float64Array;
  p50: number;
  p95: number;
}

/** Each version's answers' cost or latency, of the cases `shown`, as the verdict summarises them: answered calls only. */
export function distributions(
  cases: ListedCases,
  shown: readonly number[],
  metric: 'costUsd' | 'latencyMs',
): Partial<Record<Side, Distribution>> {
  const result: Partial<Record<Side, Distribution>> = {};
  const values: [number[], number[]] = [[], []];
  const metricOf = cases[metric];
  // Plain loops: this runs over every answer listed, on every change of the filters.
  for (const i of shown)
    for (let a = cases.answerStart[i]; a < cases.answerStart[i + 1]; a++) {
      const value = metricOf[a];
      if (value !== null) values[cases.answerVersion[a]].push(value);
    }
  (['base', 'head'] as const).forEach((version, v) => {
    // Sorted once, natively as numbers.
    const sorted = Float64Array.from(values[v]).sort();
    if (sorted.length > 0)
      result[version] = {
        values: sorted,
        p50: sortedPercentile(sorted, 0.5),
        p95: sortedPercentile(sorted, 0.95),
      };
  });
  return result;
}

/** The span a chart's axis covers. */
export interface Range {
  min: number;
  max: number;
}

/** Counts of `values` in `bins` equal bins over `range`; a value outside counts in the nearest end bin. */
export function histogram(values: Iterable<number>, range: Range, bins: number): number[] {
  const counts = new Array<number>(bins).fill(0);
  const width = range.max - range.min;
  for (const value of values) {
    const bin = width > 0 ? Math.floor(((value - range.min) / width) * bins) : 0;
    counts[Math.min(bins - 1, Math.max(0, bin))]++;
  }
  return counts;
}

/**
 * The span of a chart's axis: the 1st to the 99th percentile of both versions, so one runaway
 * answer does not squash every other bar into one bin (the end bins hold what lies beyond). It
 * starts at zero unless the values sit far from it (latencies of 400 to 600 ms).
 */
export function axisRange(series: readonly Distribution[]): Range {
  const all = new Float64Array(series.reduce((length, s) => length + s.values.length, 0));
  let at = 0;
  for (const s of series) {
    all.set(s.values, at);
    at += s.values.length;
  }
  all.sort();
  if (all.length === 0) return { min: 0, max: 1 };
  const high = sortedPercentile(all, 0.99) * 1.05;
  const low = sortedPercentile(all, 0.01) * 0.95;
  const max = high > 0 ? high : 1;
  return { min: low > max / 4 ? low : 0, max };
}

/** Passed and decided answers of one check on one version. */
export interface PassCount {
  passed: number;
  decided: number;
}

/** Per check label (`labels`: the report's `checkLabels`), how many answers of each version of the cases `shown` it passed, of those it decided. */
export function checkPassCounts(
  cases: ListedCases,
  shown: readonly number[],
  labels: readonly string[],
): { check: string; counts: Partial<Record<Side, PassCount>> }[] {
  // [label][version]: passed and decided, in one flat list.
  const tally = new Array<number>(labels.length * 4).fill(0);
  for (const i of shown)
    for (let a = cases.answerStart[i]; a < cases.answerStart[i + 1]; a++) {
      const version = cases.answerVersion[a];
      for (let k = cases.checkStart[a]; k < cases.checkStart[a + 1]; k++) {
        const check = cases.checks[k];
        const at = (check >> 1) * 4 + version * 2;
        tally[at] += check & 1;
        tally[at + 1]++;
      }
    }
  const result: { check: string; counts: Partial<Record<Side, PassCount>> }[] = [];
  labels.forEach((check, label) => {
    const counts: Partial<Record<Side, PassCount>> = {};
    (['base', 'head'] as const).forEach((version, v) => {
      const at = label * 4 + v * 2;
      if (tally[at + 1] > 0) counts[version] = { passed: tally[at], decided: tally[at + 1] };
    });
    if (counts.base || counts.head) result.push({ check, counts });
  });
  return result;
}
