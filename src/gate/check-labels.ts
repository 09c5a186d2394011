import { DEFAULT_CONSISTENCY_MIN } from '../checks/consistency.js';
import { DEFAULT_GROUNDING_MIN } from '../checks/grounding.js';
import { DEFAULT_JUDGE_GROUNDING_MIN } from '../checks/judge-grounding.js';
import { DEFAULT_REFERENCE_MIN } from '../checks/reference.js';
import { describeCheck } from '../checks/names.js';
import type { CheckSpec, Finding } from '../types.js';

/**
 * Hallucination methods scored against a `min`, with the default each check applies. Each method
 * measures something different (support in the context, agreement with the reference, ...), so each
 * is reported on its own line with its threshold, never folded into one "hallucination" figure.
 */
const SCORE_MINIMUMS: Record<string, number> = {
  grounding: DEFAULT_GROUNDING_MIN,
  citations: DEFAULT_GROUNDING_MIN,
  reference: DEFAULT_REFERENCE_MIN,
  'judge-grounding': DEFAULT_JUDGE_GROUNDING_MIN,
  consistency: DEFAULT_CONSISTENCY_MIN,
};

/** A check's name with the threshold it was scored against: `grounding (min 0.51)`, `judge-fact (passes A, C)`. */
export function checkLabel(spec: CheckSpec): string {
  const name = describeCheck(spec);
  if (spec.name in SCORE_MINIMUMS) {
    const min = typeof spec.options.min === 'number' ? spec.options.min : SCORE_MINIMUMS[spec.name];
    return `${name} (min ${min})`;
  }
  if (spec.name === 'judge-fact' && Array.isArray(spec.options.pass))
    return `${name} (passes ${spec.options.pass.map(String).join(', ')})`;
  return name;
}

/** Findings whose check is scored against a threshold, renamed to show it; `specs` in order of precedence. */
export function labelFindings(findings: Finding[], specs: CheckSpec[]): Finding[] {
  const labels = new Map<string, string>();
  for (const spec of specs) {
    const name = describeCheck(spec);
    if (!labels.has(name)) labels.set(name, checkLabel(spec));
  }
  return findings.map((f) => {
    const label = labels.get(f.check);
    return label && label !== f.check ? { ...f, check: label } : f;
  });
}
