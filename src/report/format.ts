/** Number formatting for finding sentences and the report: short, unambiguous, locale-independent. */

/** `0.92` as `92%`. */
export function formatPercent(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}

/**
 * `12345.5` as `12,345.5`: digits grouped by thousands, as en-US writes them. Without Intl, whose
 * first use costs report.html tens of milliseconds of loading locale data.
 */
export function formatCount(value: number): string {
  const [whole, fraction] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** USD with two significant digits below a cent (`$0.00041`), cents above (`$12.40`). */
export function formatUsd(usd: number): string {
  const sign = usd < 0 ? '-' : '';
  const value = Math.abs(usd);
  if (value === 0) return '$0';
  if (value >= 1) {
    const [whole, cents] = value.toFixed(2).split('.');
    return `${sign}$${formatCount(Number(whole))}.${cents}`;
  }
  return `${sign}$${value.toFixed(Math.max(2, 1 - Math.floor(Math.log10(value))))}`;
}

/** Milliseconds as `812 ms` or `1.24 s`. */
export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

/** Relative change as `+39%` / `−12%`; undefined when the base is zero or missing. */
export function formatChange(base: number | undefined, head: number | undefined): string | undefined {
  if (base === undefined || head === undefined || base === 0) return undefined;
  const change = Math.round(((head - base) / base) * 100);
  return change >= 0 ? `+${change}%` : `−${-change}%`;
}

/** `base → head (+39%)`, with `—` for a side that does not exist (added or removed prompt). */
export function formatPair(
  base: number | undefined,
  head: number | undefined,
  format: (value: number) => string,
  change: (base: number | undefined, head: number | undefined) => string | undefined = formatChange,
): string {
  if (base === undefined && head === undefined) return '—';
  const pair = `${base === undefined ? '—' : format(base)} → ${head === undefined ? '—' : format(head)}`;
  const delta = change(base, head);
  return delta === undefined ? pair : `${pair} (${delta})`;
}

/** Difference of two rates in percentage points, `−31 pts`, consistent with the rounded percentages shown. */
export function formatPoints(base: number | undefined, head: number | undefined): string | undefined {
  if (base === undefined || head === undefined) return undefined;
  const points = Math.round(head * 100) - Math.round(base * 100);
  const unit = Math.abs(points) === 1 ? 'pt' : 'pts';
  return points >= 0 ? `+${points} ${unit}` : `−${-points} ${unit}`;
}

/** 0.18 -> `+18%`, -0.05 -> `-5%`: a relative change. */
export function signedPercent(change: number): string {
  const value = Math.round(change * 100);
  return `${value > 0 ? '+' : ''}${value}%`;
}

/** -0.15 -> `-15`: a change of a pass rate in percentage points, signed. */
export function points(difference: number): string {
  const value = Math.round(difference * 100);
  return `${value > 0 ? '+' : ''}${value}`;
}

/** p-values as reviewers read them: three decimals, or `< 0.001`. */
export function pValue(p: number): string {
  return p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`;
}
