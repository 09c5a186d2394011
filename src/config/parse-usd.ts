import { UserError } from '../errors.js';

/** Parses a dollar amount such as `5`, `0.50` or `$2`; `name` says which input or flag was wrong. */
export function parseUsd(name: string, value: string): number {
  const usd = Number(value.trim().replace(/^\$/, ''));
  if (value.trim() === '' || !Number.isFinite(usd) || usd < 0) {
    throw new UserError(`Invalid ${name} '${value}'. Expected a dollar amount >= 0, such as 5 or 0.50.`);
  }
  return usd;
}
