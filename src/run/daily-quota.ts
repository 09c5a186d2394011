/**
 * Whether a plan fits a model's daily request limit, decided before any call: a plan that cannot
 * fit would spend the day's quota and then end half run. Pure: the caller says which calls would
 * reach the service (not answered from the cache or a recording) and what each model allows.
 */
import type { PlannedCall } from '../types.js';

/** A model's daily limit and where the figure came from. */
export interface DailyLimit {
  model: string;
  requestsPerDay: number;
  /** `the free tier's "low" tier (GitHub's table of 2026-12-05)`, ... */
  basis: string;
  /** The provider entry to raise it in (`providers.main.limits.requestsPerDay`). */
  entry: string;
}

/**
 * Why the plan cannot run within a model's daily limit, with what would fit (fewer repeats, or
 * fewer cases), or undefined when every model's calls fit. `live` are the planned calls that would
 * reach the service, `limitOf` the limit of a call's model (undefined: none known).
 */
export function dailyQuotaProblem(
  live: PlannedCall[],
  limitOf: (call: PlannedCall) => DailyLimit | undefined,
): string | undefined {
  const byModel = new Map<string, { limit: DailyLimit; calls: PlannedCall[] }>();
  for (const call of live) {
    const limit = limitOf(call);
    if (!limit) continue;
    const entry = byModel.get(limit.model) ?? { limit, calls: [] };
    entry.calls.push(call);
    byModel.set(limit.model, entry);
  }
  const problems = [...byModel.values()]
    .filter(({ limit, calls }) => calls.length > limit.requestsPerDay)
    .map(({ limit, calls }) => describe(limit, calls));
  return problems.length > 0 ? problems.join('\n') : undefined;
}

function describe(limit: DailyLimit, calls: PlannedCall[]): string {
  const over =
    `The plan makes ${calls.length} calls to ${limit.model}, over its daily limit of ${limit.requestsPerDay} ` +
    `(${limit.basis}; the day's earlier runs count too): no call was made.`;
  return `${over} ${whatFits(limit.requestsPerDay, calls)} Or raise ${limit.entry}.limits.requestsPerDay if the account allows more.`;
}

/** The most repeats that fit; at one repeat, how many cases do. */
function whatFits(quota: number, calls: PlannedCall[]): string {
  const maxRepeat = Math.max(...calls.map((call) => call.repeat));
  for (let repeats = maxRepeat - 1; repeats >= 1; repeats--) {
    const fitting = calls.filter((call) => call.repeat <= repeats).length;
    if (fitting <= quota)
      return `What fits: repeats: ${repeats} (${fitting} calls; the statistics then have fewer samples per case).`;
  }
  // One repeat is still too many: each case costs its versions' calls (base and head).
  const perCase = new Map<string, number>();
  for (const call of calls)
    if (call.repeat === 1) {
      const key = `${call.prompt}\0${call.case.id}`;
      perCase.set(key, (perCase.get(key) ?? 0) + 1);
    }
  let fitting = 0;
  let used = 0;
  for (const count of perCase.values()) {
    if (used + count > quota) break;
    used += count;
    fitting++;
  }
  return `What fits: at repeats: 1, ${fitting} of the ${perCase.size} cases (${used} calls): gate a sample of the dataset in pull requests and the rest on a schedule.`;
}
