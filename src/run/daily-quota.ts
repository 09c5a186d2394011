/**
 * Whether a plan fits the daily request limits it spends, decided before any call: a plan that
 * cannot fit would spend the day's quota and then end half run. One limit may be spent by many
 * uses (GitHub Models counts a tier's requests whichever entry sends them: several prompts and
 * entries, base and head, repeats, evaluated fallbacks and candidates, the judge), so the uses are
 * summed per limit. Pure: the caller says which requests would reach the service and what each
 * limit allows.
 */
import type { PlannedCall } from '../types.js';

/** A daily limit that several entries may share, and where its figure came from. */
export interface DailyLimit {
  /** `GitHub Models' "low" tier`, `GitHub Models' openai/o1` */
  name: string;
  requestsPerDay: number;
  /** `the free tier's "low" tier (GitHub's table of 2026-12-05)`, ... */
  basis: string;
  /** The provider entries whose `limits.requestsPerDay` would raise it (`providers.main`). */
  entries: string[];
}

/** Requests one planned call makes against one daily limit: the call itself, or its judge calls. */
export interface QuotaUse {
  call: PlannedCall;
  limit: DailyLimit;
  requests: number;
  /** What sends them, as the message counts them: `calls to openai/gpt-4o-mini on providers.main`. */
  what: string;
}

/**
 * Why the plan cannot run within a limit, with what would fit (fewer repeats, or fewer cases), or
 * undefined when every limit holds its uses. Only requests that would reach the service are uses
 * (not answers from the cache or a recording).
 */
export function dailyQuotaProblem(uses: QuotaUse[]): string | undefined {
  const byLimit = new Map<DailyLimit, QuotaUse[]>();
  for (const use of uses) {
    const mine = byLimit.get(use.limit);
    if (mine) mine.push(use);
    else byLimit.set(use.limit, [use]);
  }
  const problems = [...byLimit]
    .filter(([limit, mine]) => total(mine) > limit.requestsPerDay)
    .map(([limit, mine]) => describe(limit, mine));
  return problems.length > 0 ? problems.join('\n') : undefined;
}

function total(uses: QuotaUse[]): number {
  return uses.reduce((sum, use) => sum + use.requests, 0);
}

function describe(limit: DailyLimit, uses: QuotaUse[]): string {
  const parts = new Map<string, number>();
  for (const use of uses) parts.set(use.what, (parts.get(use.what) ?? 0) + use.requests);
  const sent = [...parts].map(([what, requests]) => `${requests} ${what}`).join(', ');
  const over =
    `The plan makes ${total(uses)} requests to ${limit.name}, over its daily limit of ${limit.requestsPerDay} ` +
    `(${limit.basis}; every use of the limit counts, and so do the day's earlier runs): ${sent}. No call was made.`;
  return `${over} ${whatFits(limit.requestsPerDay, uses)} Or raise limits.requestsPerDay on ${limit.entries.join(' and ')} if the account allows more.`;
}

/** The most repeats that fit; at one repeat, how many cases do. */
function whatFits(quota: number, uses: QuotaUse[]): string {
  // A fold, not a spread: a plan's calls are past the number of arguments a call can take.
  const maxRepeat = uses.reduce((most, use) => Math.max(most, use.call.repeat), 0);
  for (let repeats = maxRepeat - 1; repeats >= 1; repeats--) {
    const fitting = total(uses.filter((use) => use.call.repeat <= repeats));
    if (fitting <= quota)
      return `What fits: repeats: ${repeats} (${fitting} requests; the statistics then have fewer samples per case).`;
  }
  // One repeat is still too many: each case costs its versions' calls (base and head) and their judging.
  const perCase = new Map<string, number>();
  for (const use of uses)
    if (use.call.repeat === 1) {
      const key = `${use.call.prompt}\0${use.call.case.id}`;
      perCase.set(key, (perCase.get(key) ?? 0) + use.requests);
    }
  let fitting = 0;
  let used = 0;
  for (const count of perCase.values()) {
    if (used + count > quota) break;
    used += count;
    fitting++;
  }
  return `What fits: at repeats: 1, ${fitting} of the ${perCase.size} cases (${used} requests): gate a sample of the dataset in pull requests and the rest on a schedule.`;
}
