import { didYouMean } from '../config/did-you-mean.js';
import { Shared } from '../interned.js';
import { canonicalJson } from '../providers/request-hash.js';
import type { Case, CheckSpec } from '../types.js';
import { CheckOptionError, parseOptions } from './options.js';
import { CHECK_NAMES, findCheck } from './registry.js';
import type { AnyCheckDefinition } from './types.js';

// The adversarial generator reads the safety set here; the registry is where it is derived.

/**
 * Validates a check before any provider call: its name (with a did-you-mean) and its options
 * (the check's schema, then its own `parse`). Keeps the parsed options on the spec, so scoring
 * and the gate never parse them again. Throws a UserError naming where the check was written.
 */
export function assertKnownCheck(spec: CheckSpec): void {
  spec.parsed ??= parseOptions(knownCheck(spec), spec);
}

/**
 * Equal checks of a prompt's cases become one spec, and equal lists of them one list, once each is
 * validated (the first one's location is kept: no error is raised from it afterwards). A suite
 * converted from another tool carries a check on every row: each row held its own spec, options,
 * parsed options and location, some 250 bytes a case, for the few distinct checks a suite has.
 */
export function shareEqualChecks(cases: Case[]): void {
  const specs = new Shared<CheckSpec>();
  const lists = new Shared<CheckSpec[]>();
  for (const c of cases) {
    if (!c.checks?.length) continue;
    const keys = c.checks.map((spec) => `${spec.name}\u0000${canonicalJson(spec.options)}`);
    const shared = c.checks.map((spec, i) => specs.share(spec, keys[i]));
    c.checks = lists.share(shared, keys.join('\u0001'));
  }
}

/** The definition of `spec`'s check; a UserError with a suggestion for an unknown name. */
export function knownCheck(spec: CheckSpec): AnyCheckDefinition {
  const definition = findCheck(spec.name);
  if (definition) return definition;
  const suggestion = didYouMean(spec.name, CHECK_NAMES);
  const hint = suggestion ? `did you mean "${suggestion}"? ` : '';
  throw new CheckOptionError(
    `unknown check "${spec.name}"; ${hint}Expected one of: ${CHECK_NAMES.join(', ')}.`,
    spec,
  );
}

/** The options a check's handler receives: parsed when the spec was validated, else now. */
export function checkOptions<Parsed>(spec: CheckSpec): Parsed {
  assertKnownCheck(spec);
  return spec.parsed as Parsed;
}

/** Each spec's name, made once: every answer's outcome holds it, and one string serves them all. */
const descriptions = new WeakMap<CheckSpec, string>();

/** A short name for a check in the report, e.g. `contains "refund policy"`. */
export function describeCheck(spec: CheckSpec): string {
  let described = descriptions.get(spec);
  if (described === undefined) descriptions.set(spec, (described = describe(spec)));
  return described;
}

function describe(spec: CheckSpec): string {
  const label = spec.options.label;
  if (typeof label === 'string' && label) return label;
  const value = spec.options.value;
  if (typeof value === 'string' || typeof value === 'number') return `${spec.name} "${value}"`;
  return spec.name;
}

/** Whether a check asks the judge about each answer: a judge check, or a guardrail with `judge: true`. */
export function callsJudge(spec: CheckSpec): boolean {
  return knownCheck(spec).needs?.judge === true || checkOptions<{ judge?: unknown }>(spec).judge === true;
}
