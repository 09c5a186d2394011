import type { PlannedCall, PromptVerdict, Version, VersionEstimate } from '../types.js';
import { mean } from './stats.js';

/**
 * Pre-run estimates of one prompt's versions from its planned calls: tokens per call, price of one
 * call and of all of them. Known before anything runs, so a run without credentials still says
 * what the change costs.
 */
export function estimatePrompt(
  plan: PlannedCall[],
  belongs: (prompt: string) => boolean,
): PromptVerdict['estimate'] {
  const calls = plan.filter((c) => belongs(c.prompt));
  if (calls.length === 0) return undefined;
  const of = (version: Version): VersionEstimate | undefined => {
    const mine = calls.filter((c) => c.version === version).map((c) => c.estimate);
    if (mine.length === 0) return undefined;
    return {
      inputTokensPerCall: Math.round(mean(mine.map((e) => e.inputTokens))),
      outputTokensPerCall: Math.round(mean(mine.map((e) => e.outputTokens))),
      usdPerCase: mean(mine.map((e) => e.usd)),
      totalUsd: mine.reduce((sum, e) => sum + e.usd, 0),
    };
  };
  const judgeCalls = calls.reduce((sum, c) => sum + (c.estimate.judge?.calls ?? 0), 0);
  const judge =
    judgeCalls > 0
      ? { calls: judgeCalls, totalUsd: calls.reduce((sum, c) => sum + (c.estimate.judge?.usd ?? 0), 0) }
      : undefined;
  return { base: of('base'), head: of('head'), ...(judge ? { judge } : {}) };
}
