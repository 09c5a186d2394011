/**
 * When two cases of a prompt are the same case: the same variables as the template renders them and
 * the same expected answer. A prompt reached both through its file's own `testData` and through a
 * dataset that copies it (the starter dataset `promptgate init` writes) then runs each case once,
 * not twice against a small daily quota.
 */
import { formatValue, templateValues } from '../prompts/render.js';
import type { Case, CheckSpec } from '../types.js';

/** A case's identity: its rendered variables (`context` and `expected` included) and its expected answer. */
export function caseIdentity(c: Case): string {
  // As the template shows them: the number 3 and the string "3" render alike, so they are alike here.
  const values = Object.entries(templateValues(c))
    .map(([name, value]) => [name, formatValue(value)])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([values, c.expected ?? null]);
}

/**
 * The cases with each identity once, in first-seen order, and how many were folded into an earlier
 * one (`defaultRepeats`: the prompt's, for a case that sets none). The case kept is the first (the prompt file's own, which its evaluators belong to); it takes
 * the later copies' checks too, is required when any copy is, and runs the most repeats any asks.
 */
export function foldDuplicateCases(cases: Case[], defaultRepeats: number): { cases: Case[]; folded: number } {
  const kept = new Map<string, Case>();
  for (const c of cases) {
    const identity = caseIdentity(c);
    const first = kept.get(identity);
    kept.set(identity, first ? merged(first, c, defaultRepeats) : c);
  }
  return { cases: [...kept.values()], folded: cases.length - kept.size };
}

function merged(first: Case, copy: Case, defaultRepeats: number): Case {
  const repeats = Math.max(first.repeats ?? defaultRepeats, copy.repeats ?? defaultRepeats);
  const checks = unionChecks(first.checks ?? [], copy.checks ?? []);
  return {
    ...first,
    ...(checks.length > 0 ? { checks } : {}),
    ...(first.required || copy.required ? { required: true } : {}),
    ...(repeats === defaultRepeats ? {} : { repeats }),
    ...(first.expectRefusal === undefined && copy.expectRefusal !== undefined
      ? { expectRefusal: copy.expectRefusal }
      : {}),
  };
}

/** Both lists' checks, a check written the same way in both kept once. */
function unionChecks(a: CheckSpec[], b: CheckSpec[]): CheckSpec[] {
  const seen = new Set(a.map(checkKey));
  return [...a, ...b.filter((spec) => !seen.has(checkKey(spec)))];
}

function checkKey(spec: CheckSpec): string {
  return JSON.stringify([spec.name, spec.options]);
}
