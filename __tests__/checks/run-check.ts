/** Runs one check on one answer as scoring does: options validated and parsed first, needs checked. */
import { parseOptions } from '../../src/checks/options.js';
import { scoreAnswer } from '../../src/checks/score.js';
import type { AnyCheckDefinition, CheckContext } from '../../src/checks/types.js';
import type { CheckResult } from '../../src/types.js';

/** The result of `definition` on `ctx` with `options` as a config would write them. */
export function runCheck(
  definition: AnyCheckDefinition,
  ctx: CheckContext,
  options: Record<string, unknown> = {},
): Promise<CheckResult> {
  return scoreAnswer(definition, ctx, parseOptions(definition, { name: definition.name, options }));
}
