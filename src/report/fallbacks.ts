import type { FallbackOutcome, PromptVerdict } from '../types.js';
import { formatMs, formatPair, formatPercent, formatPoints, formatUsd, points } from './format.js';
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

function passRateCell({ comparison, counts }: FallbackOutcome): string {
  if (!comparison) {
    const { planned, error, notRun } = counts;
    return `not evaluated (${error ? `${error}/${planned} calls failed` : `${notRun}/${planned} not run`})`;
  }
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
