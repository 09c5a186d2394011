/**
 * GitHub's published figures for GitHub Models, copied by hand with the day they were read: they
 * change without notice, so each table says how old it is, the report names it, and a provider
 * entry can override any figure (`limits`, `concurrency`, `price`).
 */
import { UserError } from '../errors.js';
import type { PriceOverride, ProviderConfig } from '../types.js';

/** A model's free-tier limits: what GitHub lets one user send it. */
export interface ModelLimits {
  requestsPerMinute: number;
  requestsPerDay: number;
  /** Requests in flight at once. */
  concurrent: number;
}

/**
 * The free tier's limits (the "Copilot Free" column; Copilot Pro's is the same for these tiers, and
 * for models Copilot Free cannot use, Pro's), from "Prototyping with AI models", Rate limits:
 * docs.github.com/en/github-models/use-github-models/prototyping-with-ai-models, read 2026-12-05.
 */
export const FREE_TIER_TABLE_DATE = '2026-12-05';

const TIER_LIMITS: Record<string, ModelLimits> = {
  low: { requestsPerMinute: 15, requestsPerDay: 150, concurrent: 5 },
  high: { requestsPerMinute: 10, requestsPerDay: 50, concurrent: 2 },
  embeddings: { requestsPerMinute: 15, requestsPerDay: 150, concurrent: 5 },
};

/** Models the catalog puts in its `custom` tier, whose limits the same page lists one by one. */
const MODEL_LIMITS: Record<string, ModelLimits> = {
  ...rows(['openai/o1', 'openai/o3', 'openai/gpt-5'], {
    requestsPerMinute: 1,
    requestsPerDay: 8,
    concurrent: 1,
  }),
  ...rows(
    [
      'openai/o1-mini',
      'openai/o3-mini',
      'openai/o4-mini',
      'openai/gpt-5-mini',
      'openai/gpt-5-nano',
      'openai/gpt-5-chat',
    ],
    { requestsPerMinute: 2, requestsPerDay: 12, concurrent: 1 },
  ),
  ...rows(['deepseek/deepseek-r1', 'deepseek/deepseek-r1-0528', 'microsoft/mai-ds-r1'], {
    requestsPerMinute: 1,
    requestsPerDay: 8,
    concurrent: 1,
  }),
  'xai/grok-3': { requestsPerMinute: 1, requestsPerDay: 15, concurrent: 1 },
  'xai/grok-3-mini': { requestsPerMinute: 2, requestsPerDay: 30, concurrent: 1 },
};

/** One row of the table shared by several models. */
function rows(models: string[], limits: ModelLimits): Record<string, ModelLimits> {
  return Object.fromEntries(models.map((model) => [model, limits]));
}

/** The strictest row of the table: what a model of a tier the table does not list is held to. */
const STRICTEST: ModelLimits = { requestsPerMinute: 1, requestsPerDay: 8, concurrent: 1 };

/** A model's limits and where they came from, for the log and the quota message. */
export interface ResolvedLimits extends Partial<ModelLimits> {
  /** `free tier "low" (table of 2026-12-05)`, `providers.main.limits`, ... */
  basis: string;
}

/**
 * The limits one entry's model is held to: the free tier's for the catalog's tier (or the model's
 * own row), with the entry's `limits` and `concurrency` over them. With `billing: paid` GitHub
 * publishes no table, so only the entry's own figures apply.
 */
export function modelLimits(entry: ProviderConfig, tier: string): ResolvedLimits {
  const own = { ...entry.limits, ...(entry.concurrency ? { concurrent: entry.concurrency } : {}) };
  const overridden = Object.keys(own).length > 0 ? `, providers.${entry.id} over it` : '';
  if (entry.billing === 'paid')
    return { ...own, basis: `providers.${entry.id} (paid usage: no published limits)` };
  const row = MODEL_LIMITS[entry.model.toLowerCase()] ?? TIER_LIMITS[tier];
  const basis = row
    ? `the free tier's ${MODEL_LIMITS[entry.model.toLowerCase()] ? entry.model : `"${tier}" tier`} (GitHub's table of ${FREE_TIER_TABLE_DATE})${overridden}`
    : `the free tier's strictest row, as the table of ${FREE_TIER_TABLE_DATE} lists no "${tier}" tier${overridden}`;
  return { ...(row ?? STRICTEST), ...own, basis };
}

/**
 * Which row of the table a model's limits come from, as GitHub counts them: `"low" tier` for a
 * model counted with its tier, or the model itself where the table gives it a row of its own.
 */
export function limitsRow(model: string, tier: string): string {
  return MODEL_LIMITS[model.toLowerCase()] ? model.toLowerCase() : `"${tier}" tier`;
}

/**
 * GitHub Models' paid usage: token units (tokens times the model's multiplier) at one price, from
 * "Costs and multipliers for using GitHub Models directly":
 * docs.github.com/en/billing/reference/models-multipliers-and-costs, read 2026-12-05.
 */
export const PRICE_TABLE_DATE = '2026-12-05';

/** USD per token unit. */
const USD_PER_TOKEN_UNIT = 0.00001;

/** Input, cached input and output multipliers by catalog id (cached: where the table lists one). */
const MULTIPLIERS: Record<string, [input: number, cachedInput: number | undefined, output: number]> = {
  'openai/gpt-4o': [0.25, 0.125, 1.0],
  'openai/gpt-4o-mini': [0.015, 0.0075, 0.06],
  'openai/gpt-4.1-mini': [0.04, 0.01, 0.16],
  'openai/gpt-4.1': [0.2, 0.05, 0.8],
  'microsoft/phi-4': [0.0125, undefined, 0.05],
  'microsoft/phi-4-mini-instruct': [0.0075, undefined, 0.03],
  'microsoft/phi-4-multimodal-instruct': [0.008, undefined, 0.032],
  'deepseek/deepseek-r1': [0.135, undefined, 0.54],
  'deepseek/deepseek-r1-0528': [0.135, undefined, 0.54],
  'deepseek/deepseek-v3-0324': [0.114, undefined, 0.456],
  'microsoft/mai-ds-r1': [0.135, undefined, 0.54],
  'xai/grok-3-mini': [0.025, undefined, 0.127],
  'xai/grok-3': [0.3, undefined, 1.5],
  'meta/llama-4-maverick-17b-128e-instruct-fp8': [0.025, undefined, 0.1],
  'meta/llama-3.3-70b-instruct': [0.071, undefined, 0.071],
};

const FREE: PriceOverride = { input: 0, output: 0 };

/**
 * What a GitHub Models entry's calls cost, in the config's `price` form (USD per million tokens):
 * its own `price` when set; nothing on the free tier; token units at GitHub's multipliers when paid.
 */
export function githubModelsPrice(entry: ProviderConfig): PriceOverride {
  if (entry.price) return entry.price;
  if (entry.billing !== 'paid') return FREE;
  const multipliers = MULTIPLIERS[entry.model.toLowerCase()];
  if (!multipliers)
    throw new UserError(
      `No GitHub Models price for model '${entry.model}' in GitHub's multiplier table of ${PRICE_TABLE_DATE}. Add \`price: { input, output }\` (USD per million tokens) to providers.${entry.id}, so its cost is counted instead of shown as $0.`,
      entry.source,
    );
  const perMillion = (multiplier: number): number => multiplier * USD_PER_TOKEN_UNIT * 1_000_000;
  const [input, cachedInput, output] = multipliers;
  return {
    input: perMillion(input),
    output: perMillion(output),
    ...(cachedInput === undefined ? {} : { cachedInput: perMillion(cachedInput) }),
  };
}

/** How a GitHub Models entry is priced, for the report's price line. */
export function githubModelsPriceBasis(entry: ProviderConfig): string {
  if (entry.price) return `providers.${entry.id}.price`;
  if (entry.billing !== 'paid') return 'GitHub Models free tier (no charge)';
  return `GitHub Models token units at $${USD_PER_TOKEN_UNIT} (multipliers of ${PRICE_TABLE_DATE})`;
}
