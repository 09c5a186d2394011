import { createHash } from 'node:crypto';
import type { ChatRequest } from '../types.js';

/** sha256 (hex) of the request as canonical JSON: the same request always has the same hash. */
export function requestHash(req: ChatRequest): string {
  return createHash('sha256').update(canonicalJson(req)).digest('hex');
}

/** JSON with object keys sorted at every depth and `undefined` members dropped. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const member = (value as Record<string, unknown>)[key];
    if (member !== undefined) sorted[key] = sortKeys(member);
  }
  return sorted;
}
