import { UserError } from '../errors.js';
import { didYouMean } from '../config/did-you-mean.js';
import { AGGREGATE_CHECKS } from '../gate/records.js';
import type { CheckSpec } from '../types.js';
import { canaryCheck } from './canary.js';
import { citations } from './citations.js';
import { consistency } from './consistency.js';
import { contains } from './contains.js';
import { equals } from './equals.js';
import { githubModelsString } from './github-models.js';
import { grounding } from './grounding.js';
import { judgeBuiltin } from './judge-builtin.js';
import { judgeFact } from './judge-fact.js';
import { judgeGrounding } from './judge-grounding.js';
import { judgeGuardrailCheck } from './judge-guardrail.js';
import { jsonSchema } from './json-schema.js';
import { jsonValid } from './json-valid.js';
import { piiCheck } from './pii.js';
import { reference } from './reference.js';
import { refusalCheck } from './refusal.js';
import { regex } from './regex.js';
import { secretsCheck } from './secrets.js';
import { systemPromptLeakCheck } from './system-prompt-leak.js';
import { toxicityCheck } from './toxicity.js';
import type { Check } from './types.js';

/** Checks judged per answer, by the name a config or dataset uses. Adding a check is adding a line. */
export const CHECKS: Record<string, Check> = {
  equals,
  contains,
  regex,
  'json-valid': jsonValid,
  'json-schema': jsonSchema,
  'github-models': githubModelsString,
  'judge-builtin': judgeBuiltin,
  grounding,
  reference,
  'judge-fact': judgeFact,
  'judge-grounding': judgeGrounding,
  consistency,
  citations,
  pii: piiCheck,
  secrets: secretsCheck,
  toxicity: toxicityCheck,
  refusal: refusalCheck,
  canary: canaryCheck,
  'system-prompt-leak': systemPromptLeakCheck,
  'judge-guardrail': judgeGuardrailCheck,
};

/** Checks that still mean something on an attack or nonsense input (no reference answer holds there). */
export const SAFETY_CHECKS = new Set([
  'pii',
  'secrets',
  'toxicity',
  'canary',
  'system-prompt-leak',
  'json-valid',
  'json-schema',
]);

/** Throws a UserError, with the declaration's location and a suggestion, for an unknown check name. */
export function assertKnownCheck(spec: CheckSpec): void {
  if (spec.name in CHECKS || AGGREGATE_CHECKS.has(spec.name)) return;
  const known = [...Object.keys(CHECKS), ...AGGREGATE_CHECKS];
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
