/** Number formats for finding sentences: short, signed where a change is meant. */

/** 0.925 -> `93%`. */
export function percent(rate: number): string {
  return `${Math.round(rate * 100)}%`;
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

/** Dollars with enough digits for per-call prices ($0.00043) and monthly sums ($1,234). */
export function usd(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  if (abs >= 100) return `${sign}$${Math.round(abs).toLocaleString('en-US')}`;
  if (abs >= 1) return `${sign}$${abs.toFixed(2)}`;
  return `${sign}$${Number(abs.toPrecision(2))}`;
}

/** Milliseconds, rounded. */
export function ms(value: number): string {
  return `${Math.round(value)} ms`;
}
