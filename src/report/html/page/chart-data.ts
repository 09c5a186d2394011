/** The figures the charts draw, from the listed rows. Pure: tested in Node. */
import { percentile } from '../../../gate/stats.js';
import type { Side } from '../../../types.js';
import type { Row } from './data.js';

/** One version's values of a metric, with the marks drawn on them. */
export interface Distribution {
  values: number[];
  p50: number;
  p95: number;
}

/** Each version's answers' cost or latency, as the verdict summarises them: answered calls only. */
export function distributions(
  rows: readonly Row[],
  metric: 'costUsd' | 'latencyMs',
): Partial<Record<Side, Distribution>> {
  const result: Partial<Record<Side, Distribution>> = {};
  for (const version of ['base', 'head'] as const) {
    // Plain loops: this runs over every answer listed, on every change of the filters.
    const values: number[] = [];
    for (const row of rows)
      for (const answer of row.c.answers[version] ?? []) {
        const value = answer[metric];
        if (answer.status === 'ok' && value !== undefined) values.push(value);
      }
    // Sorted once: each percentile below then sorts a sorted list, in one pass.
    values.sort((a, b) => a - b);
    if (values.length > 0)
      result[version] = { values, p50: percentile(values, 0.5), p95: percentile(values, 0.95) };
  }
  return result;
}

/** The span a chart's axis covers. */
export interface Range {
  min: number;
  max: number;
}

/** Counts of `values` in `bins` equal bins over `range`; a value outside counts in the nearest end bin. */
export function histogram(values: readonly number[], range: Range, bins: number): number[] {
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
  const all = series.flatMap((s) => s.values).sort((a, b) => a - b);
  if (all.length === 0) return { min: 0, max: 1 };
  const high = percentile(all, 0.99) * 1.05;
  const low = percentile(all, 0.01) * 0.95;
  const max = high > 0 ? high : 1;
  return { min: low > max / 4 ? low : 0, max };
}

/** Passed and decided answers of one check on one version. */
export interface PassCount {
  passed: number;
  decided: number;
}

/** Per check label (`labels`: the report's `checkLabels`), how many answers of each version it passed, of those it decided. */
export function checkPassCounts(
  rows: readonly Row[],
  labels: readonly string[],
): { check: string; counts: Partial<Record<Side, PassCount>> }[] {
  const byLabel = new Map<number, Partial<Record<Side, PassCount>>>();
  for (const row of rows) {
    for (const version of ['base', 'head'] as const) {
      for (const answer of row.c.answers[version] ?? []) {
        if (answer.status !== 'ok') continue;
        for (const [label, pass] of answer.checks) {
          if (pass === null) continue;
          let counts = byLabel.get(label);
          if (!counts) byLabel.set(label, (counts = {}));
          const count = (counts[version] ??= { passed: 0, decided: 0 });
          count.decided++;
          if (pass) count.passed++;
        }
      }
    }
  }
  return [...byLabel.entries()].map(([label, counts]) => ({ check: labels[label], counts }));
}
