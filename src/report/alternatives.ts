import type { AlternativeOutcome, PromptVerdict } from '../types.js';
import {
  formatCount,
  formatMs,
  formatPair,
  formatPercent,
  formatPoints,
  formatUsd,
  points,
} from './format.js';
import { inlineCode } from './sanitize.js';

/** Case ids named in a cell; the JSON report lists them all. */
const CASES_SHOWN = 5;

/** The table's header row, for the section that renders it. */
export const FALLBACK_HEADER = [
  'Prompt',
  'Fallback',
  'Pass rate, primary → fallback',
  'Fails where primary passes',
  'Cost / case',
  'p95 latency',
] as const;

/**
 * Rows of the Fallbacks table: head on each fallback beside head on the primary, over the cases both
 * decided, with the paired interval on the difference; a fallback with no decided case says why.
 */
export function fallbackRows(verdicts: PromptVerdict[]): string[][] {
  return verdicts.flatMap((verdict) =>
    (verdict.fallbacks ?? []).map((fallback) => [
      inlineCode(verdict.prompt),
      `${inlineCode(fallback.provider, 60)} ${inlineCode(fallback.model, 80)}`,
      passRateCell(fallback),
      fallback.comparison ? casesCell(fallback.failsWherePrimaryPasses) : '—',
      formatPair(verdict.cost.head?.mean, fallback.cost?.mean, formatUsd),
      formatPair(verdict.latency.head?.p95, fallback.latency?.p95, formatMs),
    ]),
  );
}

function passRateCell({ comparison, counts }: AlternativeOutcome): string {
  if (!comparison) return `not evaluated (${notEvaluated(counts)})`;
  const { primaryRate, rate, cases, interval } = comparison;
  const pair = formatPair(primaryRate, rate, formatPercent, formatPoints);
  const ci = Number.isFinite(interval.low)
    ? `, 95% CI ${points(interval.low)} to ${points(interval.high)} pts`
    : '';
  return `${pair} on ${cases} cases${ci}`;
}

function casesCell(caseIds: string[]): string {
  if (caseIds.length === 0) return 'none';
  const named = caseIds.slice(0, CASES_SHOWN).map((id) => inlineCode(id, 60));
  const more = caseIds.length > CASES_SHOWN ? ` and ${caseIds.length - CASES_SHOWN} more` : '';
  return `${caseIds.length}: ${named.join(', ')}${more}`;
}

/**
 * One sentence per prompt and candidate, as advice: `small` (`gpt-4o-mini`) passes 97% of what the
 * primary passes (−3 pts, 95% CI -8 to +2 on 40 cases) at 6% of the cost: saves $123.00 per month at
 * 10,000 calls/day.
 */
export function candidateItems(verdicts: PromptVerdict[]): string[] {
  return verdicts.flatMap((verdict) =>
    (verdict.candidates ?? []).map(
      (candidate) =>
        `- 💡 ${inlineCode(verdict.prompt)}: ${inlineCode(candidate.provider, 60)} (${inlineCode(candidate.model, 80)}) ${candidateSentence(verdict, candidate)}`,
    ),
  );
}

function candidateSentence(
  verdict: PromptVerdict,
  { comparison, counts, cost, failsWherePrimaryPasses, monthly }: AlternativeOutcome,
): string {
  if (!comparison) return `was not evaluated: ${notEvaluated(counts)}`;
  const { primaryRate, rate, cases, interval } = comparison;
  const ci = Number.isFinite(interval.low)
    ? `, 95% CI ${points(interval.low)} to ${points(interval.high)}`
    : '';
  const difference = `${formatPoints(primaryRate, rate)}${ci} on ${cases} cases`;
  const quality =
    primaryRate === 0
      ? `passes ${formatPercent(rate)} where the primary passes none (${difference})`
      : `passes ${formatPercent(rate / primaryRate)} of what the primary passes (${difference})`;
  const fails = failsWherePrimaryPasses.length
    ? `, failing ${failsWherePrimaryPasses.length} case(s) the primary passes`
    : '';
  const primaryCost = verdict.cost.head?.mean;
  const share =
    cost && primaryCost ? ` at ${formatPercent(cost.mean / primaryCost)} of the cost` : ', cost not measured';
  return `${quality}${fails}${share}${monthly ? `: ${monthlySentence(monthly)}` : ''}`;
}

/** `saves $1,234.00 per month at 10,000 calls/day`, or what a dearer candidate would add. */
function monthlySentence({ savingUsd, callsPerDay }: NonNullable<AlternativeOutcome['monthly']>): string {
  const verb = savingUsd >= 0 ? 'saves' : 'adds';
  return `${verb} ${formatUsd(Math.abs(savingUsd))} per month at ${formatCount(callsPerDay)} calls/day`;
}

/** Why a fallback or candidate has no decided case. */
function notEvaluated({ planned, error, notRun }: AlternativeOutcome['counts']): string {
  return error ? `${error}/${planned} calls failed` : `${notRun}/${planned} not run`;
}
