/**
 * GitHub Models counts one user's requests per rate-limit tier, whichever entry sends them: several
 * prompts and provider entries on the tier, base and head, repeats, evaluated fallbacks and
 * candidates and the judge all spend the same minute, the same day and the same requests in
 * flight. A shared quota is one tier (or a model the table gives a row of its own) for one token on
 * one service: its figures are the strictest any of its entries is held to, and one pacer, one set
 * of concurrency slots and one daily limit serve all of them.
 */
import { limitsRow, modelLimits, type ResolvedLimits } from '../providers/github-models-tables.js';
import type { TierQuota } from '../providers/github-models.js';
import type { Config } from '../types.js';
import type { GitHubModelsSetup } from './connect-github-models.js';
import type { DailyLimit } from './daily-quota.js';
import { RequestPacer } from './request-pacer.js';
import { Semaphore } from './semaphore.js';

/** One tier's limits for one token, and what every request to it shares. */
export interface SharedQuota extends TierQuota {
  /** `GitHub Models' "low" tier`, `GitHub Models' openai/o1`. */
  name: string;
  limits: ResolvedLimits;
  /** What sends to it, each once: `openai/gpt-4o-mini on providers.main`. */
  members: string[];
  /** Absent when no daily figure is known (paid usage without `limits.requestsPerDay`). */
  daily?: DailyLimit;
}

/** A model an entry may send: the plan's requests, the judge's, each entry's own (failover sends it). */
export interface ModelUse {
  provider: string;
  model: string;
}

interface Member {
  entry: string;
  model: string;
  row: string;
  limits: ResolvedLimits;
}

/** The shared quotas of a run's GitHub Models entries. */
export class GitHubModelsQuotas {
  private readonly byUse = new Map<string, SharedQuota>();
  private readonly byKey = new Map<string, SharedQuota>();

  /** `uses`: every model the run may send on an entry besides the entry's own. */
  constructor(
    private readonly config: Config,
    private readonly setup: GitHubModelsSetup,
    uses: ModelUse[],
  ) {
    const own = Object.keys(setup.connections).map((id) => ({
      provider: id,
      model: config.providers[id].model,
    }));
    const members = new Map<string, Map<string, Member>>();
    const keys = new Map<string, string>();
    for (const use of [...own, ...uses]) {
      const found = this.member(use);
      if (!found || keys.has(useKey(use))) continue;
      keys.set(useKey(use), found.key);
      const group = members.get(found.key) ?? new Map<string, Member>();
      group.set(useKey(use), found.member);
      members.set(found.key, group);
    }
    for (const [key, group] of members) this.byKey.set(key, sharedQuota([...group.values()]));
    for (const [use, key] of keys) this.byUse.set(use, this.byKey.get(key)!);
  }

  /** The quota a request of `model` on entry `provider` spends; undefined for an entry not connected to GitHub Models. */
  of(provider: string, model: string): SharedQuota | undefined {
    const known = this.byUse.get(useKey({ provider, model }));
    if (known) return known;
    // A model no one foresaw: the tier's quota when there is one, else its own.
    const found = this.member({ provider, model });
    if (!found) return undefined;
    let quota = this.byKey.get(found.key);
    if (!quota) this.byKey.set(found.key, (quota = sharedQuota([found.member])));
    this.byUse.set(useKey({ provider, model }), quota);
    return quota;
  }

  /** Every quota, each once. */
  all(): SharedQuota[] {
    return [...this.byKey.values()];
  }

  private member(use: ModelUse): { key: string; member: Member } | undefined {
    const connection = this.setup.connections[use.provider];
    if (!connection) return undefined;
    const entry = this.config.providers[use.provider];
    const tier = connection.catalog.find((listed) => listed.id === use.model)?.rate_limit_tier ?? '';
    const row = limitsRow(use.model, tier);
    // The same token on the same service is the same user's quota; paid usage is counted apart.
    const key = [connection.catalogURL, connection.token, entry.billing ?? 'free', row].join('\0');
    const limits = modelLimits({ ...entry, model: use.model }, tier);
    return { key, member: { entry: entry.id, model: use.model, row, limits } };
  }
}

function useKey(use: ModelUse): string {
  return `${use.provider}\0${use.model}`;
}

/** The strictest of each figure its members are held to; a figure none knows stays unknown. */
function sharedQuota(members: Member[]): SharedQuota {
  const strictest = (figure: 'requestsPerMinute' | 'requestsPerDay' | 'concurrent'): number | undefined => {
    const known = members.flatMap((m) => (m.limits[figure] === undefined ? [] : [m.limits[figure]]));
    return known.length > 0 ? Math.min(...known) : undefined;
  };
  const limits: ResolvedLimits = {
    requestsPerMinute: strictest('requestsPerMinute'),
    requestsPerDay: strictest('requestsPerDay'),
    concurrent: strictest('concurrent'),
    basis: [...new Set(members.map((m) => m.limits.basis))].join('; '),
  };
  const name = `GitHub Models' ${members[0].row}`;
  const entries = [...new Set(members.map((m) => `providers.${m.entry}`))];
  return {
    name,
    limits,
    members: [...new Set(members.map((m) => `${m.model} on providers.${m.entry}`))],
    pacer: new RequestPacer(limits.requestsPerMinute),
    ...(limits.concurrent === undefined ? {} : { slots: new Semaphore(limits.concurrent) }),
    ...(limits.requestsPerDay === undefined
      ? {}
      : { daily: { name, requestsPerDay: limits.requestsPerDay, basis: limits.basis, entries } }),
  };
}
