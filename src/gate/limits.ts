import { UserError } from '../errors.js';
import type { CheckSpec, Finding, MetricSummary, PromptStatus } from '../types.js';
import { formatMs, formatUsd, signedPercent } from '../format.js';
import type { CaseRecords } from './records.js';
import {
  type Interval,
  type PairedUnit,
  mean,
  pairedBootstrap,
  percentile,
  relativeChange,
} from './stats.js';

/** `cost:` options: absolute limits on head, and a limit on the relative change of the mean cost per call. */
export interface CostLimits {
  perCaseMaxUsd?: number;
  /** Head's cost of one pass over the dataset (sum of each case's mean cost per call). */
  perPromptMaxUsd?: number;
  maxIncrease?: number;
}

/** `latency:` options: absolute limits on head's call latencies, and a limit on the relative change of p95. */
export interface LatencyLimits {
  p50MaxMs?: number;
  p95MaxMs?: number;
  maxIncrease?: number;
}

/** Reads the `cost` and `latency` checks of a prompt group; bad values are the user's to fix. */
export function parseLimits(checks: CheckSpec[]): { cost?: CostLimits; latency?: LatencyLimits } {
  const cost = checks.find((c) => c.name === 'cost');
  const latency = checks.find((c) => c.name === 'latency');
  return {
    cost: cost && {
      perCaseMaxUsd: positiveNumber(cost, 'perCaseMaxUsd'),
      perPromptMaxUsd: positiveNumber(cost, 'perPromptMaxUsd'),
      maxIncrease: fractionOption(cost, 'maxIncrease'),
    },
    latency: latency && {
      p50MaxMs: positiveNumber(latency, 'p50MaxMs'),
      p95MaxMs: positiveNumber(latency, 'p95MaxMs'),
      maxIncrease: fractionOption(latency, 'maxIncrease'),
    },
  };
}

function positiveNumber(spec: CheckSpec, key: string): number | undefined {
  const value = spec.options[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !(value > 0)) {
    throw new UserError(
      `Invalid ${spec.name}.${key} ${JSON.stringify(value)}. Expected a positive number.`,
      spec.source,
    );
  }
  return value;
}

/**
 * A share written as `"10%"` or `0.1` (`maxIncrease`, `minPassRate`), read as 0.1; `max` bounds it (a pass rate cannot exceed 1).
 * Bad values are the user's to fix, with where they were written.
 */
export function fractionOption(spec: CheckSpec, key: string, max = Infinity): number | undefined {
  const value = spec.options[key];
  if (value === undefined) return undefined;
  const parsed =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\s*\d+(\.\d+)?\s*%\s*$/.test(value)
        ? parseFloat(value) / 100
        : Number.NaN;
  if (!(parsed >= 0 && parsed <= max)) {
    const range = max === Infinity ? '' : ` between 0% and ${max * 100}%`;
    throw new UserError(
      `Invalid ${spec.name}.${key} ${JSON.stringify(value)}. Expected a percentage such as "10%" or a fraction such as 0.1${range}.`,
      spec.source,
    );
  }
  return parsed;
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

/** A metric's values per case, on each side; cached answers keep the latency they were recorded with. */
export function metricUnits(cases: CaseRecords[], metric: Metric): (PairedUnit & { caseId: string })[] {
  const values = (records: CaseRecords['base']): number[] =>
    records.filter((r) => r.status === 'ok' && typeof r[metric] === 'number').map((r) => r[metric] as number);
  return cases.map((c) => ({ caseId: c.caseId, base: values(c.base), head: values(c.head) }));
}

/** Context for judging a relative limit. */
interface RelativeInput {
  check: string;
  what: string;
  units: PairedUnit[];
  statistic: (values: number[]) => number;
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
  return { check: input.check, status, sentence: increaseSentence(input, interval, status, paired) };
}

function increaseSentence(
  input: RelativeInput,
  interval: Interval,
  status: PromptStatus,
  paired: PairedUnit[],
): string {
  const figure = `${input.what} ${signedPercent(interval.estimate)} (95% CI ${signedPercent(interval.low)} to ${signedPercent(interval.high)})`;
  const limit = signedPercent(input.limit);
  if (status === 'regression') return `${figure}, over the ${limit} limit: regression`;
  if (status === 'pass') return `${figure}, within the ${limit} limit`;
  const repeats = Math.max(...paired.map((u) => Math.max(u.base.length, u.head.length)));
  const needed = repeatsForInterval(interval, input.limit, repeats);
  return `${figure}: over the ${limit} limit, but the interval reaches below it: inconclusive; about ${needed} repeats per case would settle it`;
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
  what: string,
  value: number,
  ceiling: number,
  format: (n: number) => string,
): Finding {
  const over = value > ceiling;
  return {
    check,
    status: over ? 'threshold' : 'pass',
    sentence: `${what} ${format(value)}, ${over ? 'over' : 'within'} the ${format(ceiling)} limit${over ? ': threshold' : ''}`,
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
    return [
      { check: 'cost', status: 'skipped', sentence: 'no cost was reported for head: cost limits not judged' },
    ];
  const findings: Finding[] = [];
  if (limits.perCaseMaxUsd !== undefined) findings.push(perCaseFinding(caseMeans, limits.perCaseMaxUsd));
  if (limits.perPromptMaxUsd !== undefined) {
    const total = caseMeans.reduce((s, c) => s + c.cost, 0);
    findings.push(
      judgeCeiling('cost', 'one pass over the dataset costs', total, limits.perPromptMaxUsd, formatUsd),
    );
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
  if (over.length === 0)
    return {
      check: 'cost',
      status: 'pass',
      sentence: `every case costs at most ${formatUsd(worst.cost)} per call, within the ${formatUsd(ceiling)} limit`,
    };
  return {
    check: 'cost',
    status: 'threshold',
    sentence: `${over.length} of ${caseMeans.length} cases cost more than the ${formatUsd(ceiling)} per-case limit (worst: ${worst.caseId} at ${formatUsd(worst.cost)} per call): threshold`,
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
    return [
      {
        check: 'latency',
        status: 'skipped',
        sentence: 'no latency was measured for head: latency limits not judged',
      },
    ];
  const cached = cases.flatMap((c) => c.head).filter((r) => r.status === 'ok' && r.cached).length;
  const note =
    cached > 0 ? ` (${cached} of ${head.length} answers replayed with their recorded latency)` : '';
  const findings: Finding[] = [];
  if (limits.p50MaxMs !== undefined)
    findings.push(
      judgeCeiling('latency', `p50 latency${note}`, percentile(head, 0.5), limits.p50MaxMs, formatMs),
    );
  if (limits.p95MaxMs !== undefined)
    findings.push(
      judgeCeiling('latency', `p95 latency${note}`, percentile(head, 0.95), limits.p95MaxMs, formatMs),
    );
  if (limits.maxIncrease !== undefined && hasBase) {
    const p95 = (values: number[]): number => percentile(values, 0.95);
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
