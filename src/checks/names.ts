import { didYouMean } from '../config/did-you-mean.js';
import { UserError } from '../errors.js';
import { AGGREGATE_CHECKS } from '../gate/records.js';
import type { CheckSpec } from '../types.js';

// The names only, without the checks' code: validating a config must not load every check's
// dependencies (JSON Schema, word lists) before the first provider call (bench/startup.ts).
/** Checks judged per answer, by the name a config or dataset uses; `registry.ts` maps each to its code. */
export const CHECK_NAMES = [
  'equals',
  'contains',
  'regex',
  'json-valid',
  'json-schema',
  'github-models',
  'judge-builtin',
  'grounding',
  'reference',
  'judge-fact',
  'judge-grounding',
  'consistency',
  'citations',
  'pii',
  'secrets',
  'toxicity',
  'refusal',
  'canary',
  'system-prompt-leak',
  'judge-guardrail',
] as const;

export type CheckName = (typeof CHECK_NAMES)[number];

const KNOWN: ReadonlySet<string> = new Set(CHECK_NAMES);

/** Checks that still mean something on an attack or nonsense input (no reference answer holds there). */
export const SAFETY_CHECKS: ReadonlySet<string> = new Set<CheckName>([
  'pii',
  'secrets',
  'toxicity',
  'canary',
  'system-prompt-leak',
  'json-valid',
  'json-schema',
]);

/** Whether `name` is a per-answer check. */
export function isCheckName(name: string): name is CheckName {
  return KNOWN.has(name);
}

/** Throws a UserError, with the declaration's location and a suggestion, for an unknown check name. */
export function assertKnownCheck(spec: CheckSpec): void {
  if (isCheckName(spec.name) || AGGREGATE_CHECKS.has(spec.name)) return;
  const known = [...CHECK_NAMES, ...AGGREGATE_CHECKS];
  const suggestion = didYouMean(spec.name, known);
  const hint = suggestion ? `did you mean "${suggestion}"? ` : '';
  throw new UserError(
    `unknown check "${spec.name}"; ${hint}Expected one of: ${known.join(', ')}.`,
    spec.source,
  );
}

/** A short name for a check in the report, e.g. `contains "refund policy"`. */
export function describeCheck(spec: CheckSpec): string {
  const label = spec.options.label;
  if (typeof label === 'string' && label) return label;
  const value = spec.options.value;
  if (typeof value === 'string' || typeof value === 'number') return `${spec.name} "${value}"`;
  return spec.name;
}
