import { checkOptions, describeCheck } from '../checks/names.js';
import type { CheckSpec } from '../types.js';

/**
 * A check's name with the threshold it was scored against: `grounding (min 0.51)`, `judge-fact
 * (passes A, C)`. Each hallucination method measures something different (support in the context,
 * agreement with the reference, ...), so each is reported on its own line with its threshold.
 */
export function checkLabel(spec: CheckSpec): string {
  const name = describeCheck(spec);
  const options = checkOptions<{ min?: unknown; pass?: unknown }>(spec);
  if (typeof options.min === 'number') return `${name} (min ${options.min})`;
  if (spec.name === 'judge-fact' && Array.isArray(options.pass))
    return `${name} (passes ${options.pass.map(String).join(', ')})`;
  return name;
}

/** The report's name of each of the prompt's checks by its display name (`grounding` → `grounding (min 0.51)`); others unchanged. */
export function checkLabels(specs: CheckSpec[]): (check: string) => string {
  const labels = new Map<string, string>();
  for (const spec of specs) {
    const name = describeCheck(spec);
    if (!labels.has(name)) labels.set(name, checkLabel(spec));
  }
  return (check) => labels.get(check) ?? check;
}
