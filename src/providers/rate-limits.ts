/**
 * The rate limits a provider states on its answers: OpenAI, Azure OpenAI and GitHub Models send
 * `x-ratelimit-limit-requests` / `-tokens` (the window's allowance) and `x-ratelimit-remaining-*`
 * (what is left of it). OpenAI documents both as per-minute figures (RPM, TPM); the gate reads them so.
 */
import type { LimitFigure, LimitName, ModelRateLimits, ProviderConfig, RateLimitEntry } from '../types.js';

/** What the answers of one model stated: the allowance, else the most that was ever left of it. */
export interface StatedLimits {
  requestsPerMinute?: LimitFigure;
  tokensPerMinute?: LimitFigure;
}

const HEADERS = { requestsPerMinute: 'requests', tokensPerMinute: 'tokens' } as const;

/** A header that is a whole number of requests or tokens; anything else is not read. */
function count(value: string | null): number | undefined {
  const text = value?.trim();
  return text && /^\d{1,12}$/.test(text) ? Number(text) : undefined;
}

/**
 * Gathers the limits each model's answers state, per provider entry. The allowance a header states
 * is kept as the latest one; without it, the largest `remaining` seen is a floor on the limit.
 */
export class RateLimitObserver {
  private readonly byModel = new Map<string, StatedLimits>();

  /** Reads one answer's headers (a success or a 429: both carry them). */
  observe(model: string, headers: Headers | undefined): void {
    if (!headers) return;
    const known = this.byModel.get(model) ?? {};
    for (const [figure, kind] of Object.entries(HEADERS) as Array<[keyof StatedLimits, string]>) {
      const limit = count(headers.get(`x-ratelimit-limit-${kind}`));
      const remaining = count(headers.get(`x-ratelimit-remaining-${kind}`));
      const before = known[figure];
      if (limit !== undefined) known[figure] = { value: limit, source: 'stated' };
      else if (remaining !== undefined && before?.source !== 'stated' && remaining > (before?.value ?? -1))
        known[figure] = { value: remaining, source: 'remaining' };
    }
    if (Object.keys(known).length > 0) this.byModel.set(model, known);
  }

  /** What each model's answers stated so far. */
  stated(): Array<{ model: string; limits: StatedLimits }> {
    return [...this.byModel].map(([model, limits]) => ({ model, limits: { ...limits } }));
  }
}

/** Which figure wins where two say something of the same limit: what the provider states first. */
const SOURCE_RANK: Record<LimitFigure['source'], number> = {
  stated: 0,
  configured: 1,
  tier: 2,
  remaining: 3,
};

/** One figure of each limit per provider entry and model: a stated one over a configured one, and so on. */
export function mergeRateLimits(...lists: RateLimitEntry[][]): RateLimitEntry[] {
  const merged = new Map<string, RateLimitEntry>();
  for (const { provider, model, limits } of lists.flat()) {
    const key = JSON.stringify([provider, model]);
    const entry = merged.get(key) ?? { provider, model, limits: {} };
    for (const [limit, figure] of Object.entries(limits) as Array<[LimitName, LimitFigure | undefined]>) {
      const known = entry.limits[limit];
      if (figure && (!known || SOURCE_RANK[figure.source] < SOURCE_RANK[known.source]))
        entry.limits[limit] = { ...figure };
    }
    merged.set(key, entry);
  }
  return [...merged.values()];
}

/** Figures of a limits object, each marked with where it came from. */
function figures(
  limits: Partial<Record<LimitName, number>> | undefined,
  source: LimitFigure['source'],
): ModelRateLimits {
  const marked: ModelRateLimits = {};
  for (const limit of ['requestsPerMinute', 'tokensPerMinute', 'requestsPerDay'] as const) {
    const value = limits?.[limit];
    if (value !== undefined) marked[limit] = { value, source };
  }
  return marked;
}

/**
 * What the run knows of each entry's limits: what its answers stated (per model), then the entry's
 * `limits` and, for GitHub Models, its tier's published figures (both for the entry's own model).
 */
export function knownRateLimits(
  providers: Record<string, ProviderConfig>,
  stated: Array<{ provider: string; model: string; limits: StatedLimits }>,
  tiers: Record<string, Partial<Record<LimitName, number>>> = {},
): RateLimitEntry[] {
  const written = Object.values(providers).flatMap((entry) => [
    { provider: entry.id, model: entry.model, limits: figures(entry.limits, 'configured') },
    { provider: entry.id, model: entry.model, limits: figures(tiers[entry.id], 'tier') },
  ]);
  return mergeRateLimits(stated, written).filter((entry) => Object.keys(entry.limits).length > 0);
}

/** Whether a value read from a file (a shard's header) is a rate limit entry as the run writes one. */
export function isRateLimitEntry(value: unknown): value is RateLimitEntry {
  const entry = value as Partial<RateLimitEntry> | null;
  if (typeof entry?.provider !== 'string' || typeof entry.model !== 'string') return false;
  const limits = entry.limits as Record<string, Partial<LimitFigure> | undefined> | undefined;
  if (typeof limits !== 'object' || limits === null) return false;
  return Object.entries(limits).every(
    ([limit, figure]) =>
      ['requestsPerMinute', 'tokensPerMinute', 'requestsPerDay'].includes(limit) &&
      typeof figure?.value === 'number' &&
      Number.isFinite(figure.value) &&
      figure.value >= 0 &&
      figure.source !== undefined &&
      figure.source in SOURCE_RANK,
  );
}
