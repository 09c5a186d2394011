import { UserError } from '../errors.js';
import type { CheckSpec, SourceLocation } from '../types.js';

/**
 * Normalises one check item as written in a config or dataset row: `{ contains: refund }`,
 * `{ grounding: { min: 0.8 } }`, `{ pii: null }`, or the promptfoo-style `{ type: contains, value: refund }`.
 * A scalar or list value arrives as `{ value }`.
 */
export function parseCheckItem(item: unknown, where: string, source?: SourceLocation): CheckSpec {
  if (!isPlainObject(item)) {
    throw new UserError(
      `${where}: expected a check such as { contains: "text" }, got ${describe(item)}`,
      source,
    );
  }
  if (typeof item.type === 'string') {
    const { type, ...options } = item;
    return { name: type, options, source };
  }
  const keys = Object.keys(item);
  if (keys.length !== 1) {
    throw new UserError(
      `${where}: expected exactly one check name per item (e.g. { contains: "text" }), got ${keys.length} keys: ${keys.join(', ') || '(none)'}`,
      source,
    );
  }
  const name = keys[0];
  return { name, options: checkOptions(item[name]), source };
}

function checkOptions(value: unknown): Record<string, unknown> {
  if (value === null || value === undefined) return {};
  return isPlainObject(value) ? { ...value } : { value };
}

/** True for `{...}` objects (not arrays, not null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short rendering of a value for error messages. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (isPlainObject(value)) return 'an object';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
