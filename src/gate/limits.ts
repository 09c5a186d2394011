import { checkOptions } from '../checks/names.js';
import type { CostLimits } from '../checks/cost.js';
import type { LatencyLimits } from '../checks/latency.js';
import type { CheckSpec, Finding, MetricSummary, PromptStatus, Side } from '../types.js';
import type { CaseRecords } from './records.js';
import {
  type Interval,
  type PairedUnit,
  mean,
  pairedBootstrap,
  percentile,
  relativeChange,
} from './stats.js';

/** Days in a month of traffic: it is declared per day, and billing dashboards count 30-day months. */
export const DAYS_PER_MONTH = 30;

/** The `cost` and `latency` limits of a prompt group, as their checks parsed them. */
export function parseLimits(checks: CheckSpec[]): { cost?: CostLimits; latency?: LatencyLimits } {
  const parsed = <Limits>(name: string): Limits | undefined => {
    const spec = checks.find((c) => c.name === name);
    return spec && checkOptions<Limits>(spec);
  };
  return { cost: parsed<CostLimits>('cost'), latency: parsed<LatencyLimits>('latency') };
}

/** n, mean, p50, p95 and total of some values, or undefined when there are none. */
export function summarize(values: number[]): MetricSummary | undefined {
  if (values.length === 0) return undefined;
  return {
    n: values.length,
    mean: mean(values),
    p50: percentile(values, 0.5),
    p95: percentile(values, 0.95),
    total: values.reduce((s, v) => s + v, 0),
  };
}

/** Which figure of a record a metric reads. */
type Metric = 'costUsd' | 'latencyMs';

/** The metric's value of each answered record; cached answers keep the latency they were recorded with. */
function measured(records: CaseRecords['base'], metric: Metric, into: number[] = []): number[] {
  for (const r of records) if (r.status === 'ok' && typeof r[metric] === 'number') into.push(r[metric]);
  return into;
}

/** A metric's value of each answer of one version, in case order (see {@link metricUnits}). */
export function metricValues(cases: CaseRecords[], metric: Metric, version: Side): number[] {
  const values: number[] = [];
  for (const c of cases) measured(c[version], metric, values);
  return values;
}

/** A metric's values per case, on each side. */
export function metricUnits(cases: CaseRecords[], metric: Metric): (PairedUnit & { caseId: string })[] {
  return cases.map((c) => ({
    caseId: c.caseId,
    base: measured(c.base, metric),
    head: measured(c.head, metric),
  }));
}

/** Context for judging a relative limit. */
interface RelativeInput {
  check: string;
  what: 'cost' | 'p95 latency';
  units: PairedUnit[];
  statistic: (values: ArrayLike<number>) => number;
  limit: number;
  seed: number;
}

/**
 * A relative limit, judged on a paired bootstrap interval of (head - base) / base. Over the limit with
 * confidence (the whole interval above it) is a regression; an estimate over the limit whose interval
 * reaches below it is inconclusive; an estimate at or under the limit passes, since nothing shows a breach.
 */
export function judgeIncrease(input: RelativeInput): Finding | undefined {
  const paired = input.units.filter((u) => u.base.length > 0 && u.head.length > 0);
  if (paired.length < 2) return undefined;
  const interval = pairedBootstrap(paired, relativeChange(input.statistic), { seed: input.seed });
  if (!Number.isFinite(interval.estimate)) return undefined;
  const status: PromptStatus =
    interval.low > input.limit ? 'regression' : interval.estimate > input.limit ? 'inconclusive' : 'pass';
  // A fold, not a spread: a merged run's cases are past the number of arguments a call can take.
  const repeats = paired.reduce((most, u) => Math.max(most, u.base.length, u.head.length), 0);
  return {
    check: input.check,
    status,
    facts: {
      kind: 'increase',
      metric: input.what,
      estimate: interval.estimate,
      low: interval.low,
      high: interval.high,
      limit: input.limit,
      repeatsToSettle:
        status === 'inconclusive' ? repeatsForInterval(interval, input.limit, repeats) : undefined,
    },
  };
}

/** Interval half-widths shrink as 1/sqrt(repeats): repeats that would lift the lower bound above the limit. */
function repeatsForInterval(interval: Interval, limit: number, repeats: number): number {
  const lowerHalf = interval.estimate - interval.low;
  const room = interval.estimate - limit;
  return Math.max(repeats + 1, Math.ceil(repeats * (lowerHalf / room) ** 2));
}

/** Head against an absolute ceiling: `threshold` when over. */
export function judgeCeiling(
  check: string,
  metric: 'dataset cost' | 'p50 latency' | 'p95 latency',
  value: number,
  ceiling: number,
  replayed?: { cached: number; total: number },
): Finding {
  return {
    check,
    status: value > ceiling ? 'threshold' : 'pass',
    facts: { kind: 'ceiling', metric, value, ceiling, replayed },
  };
}

/** Cost findings for one prompt: per case, per prompt, and the relative change of the mean. */
export function judgeCost(
  limits: CostLimits,
  cases: CaseRecords[],
  seed: number,
  hasBase: boolean,
): Finding[] {
  const units = metricUnits(cases, 'costUsd');
  const caseMeans = units
    .filter((u) => u.head.length > 0)
    .map((u) => ({ caseId: u.caseId, cost: mean(u.head) }));
  if (caseMeans.length === 0)
    return [{ check: 'cost', status: 'skipped', facts: { kind: 'unmeasured', metric: 'cost' } }];
  const findings: Finding[] = [];
  if (limits.perCaseMaxUsd !== undefined) findings.push(perCaseFinding(caseMeans, limits.perCaseMaxUsd));
  if (limits.perPromptMaxUsd !== undefined) {
    const total = caseMeans.reduce((s, c) => s + c.cost, 0);
    findings.push(judgeCeiling('cost', 'dataset cost', total, limits.perPromptMaxUsd));
  }
  if (limits.maxIncrease !== undefined && hasBase) {
    const finding = judgeIncrease({
      check: 'cost',
      what: 'cost',
      units,
      statistic: mean,
      limit: limits.maxIncrease,
      seed,
    });
    if (finding) findings.push(finding);
  }
  return findings;
}

function perCaseFinding(caseMeans: { caseId: string; cost: number }[], ceiling: number): Finding {
  const over = caseMeans.filter((c) => c.cost > ceiling);
  const worst = caseMeans.reduce((a, b) => (b.cost > a.cost ? b : a));
  return {
    check: 'cost',
    status: over.length === 0 ? 'pass' : 'threshold',
    facts: { kind: 'per-case-cost', over: over.length, cases: caseMeans.length, ceiling, worst },
  };
}

/** Latency findings for one prompt: p50 and p95 ceilings on head, and the relative change of p95. */
export function judgeLatency(
  limits: LatencyLimits,
  cases: CaseRecords[],
  seed: number,
  hasBase: boolean,
): Finding[] {
  const units = metricUnits(cases, 'latencyMs');
  const head = units.flatMap((u) => u.head);
  if (head.length === 0)
    return [{ check: 'latency', status: 'skipped', facts: { kind: 'unmeasured', metric: 'latency' } }];
  const cached = cases.flatMap((c) => c.head).filter((r) => r.status === 'ok' && r.cached).length;
  const replayed = cached > 0 ? { cached, total: head.length } : undefined;
  const findings: Finding[] = [];
  if (limits.p50MaxMs !== undefined)
    findings.push(judgeCeiling('latency', 'p50 latency', percentile(head, 0.5), limits.p50MaxMs, replayed));
  if (limits.p95MaxMs !== undefined)
    findings.push(judgeCeiling('latency', 'p95 latency', percentile(head, 0.95), limits.p95MaxMs, replayed));
  if (limits.maxIncrease !== undefined && hasBase) {
    const p95 = (values: ArrayLike<number>): number => percentile(values, 0.95);
    const finding = judgeIncrease({
      check: 'latency',
      what: 'p95 latency',
      units,
      statistic: p95,
      limit: limits.maxIncrease,
      seed,
    });
    if (finding) findings.push(finding);
  }
  return findings;
}
