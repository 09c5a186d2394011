/**
 * Before any call: each GitHub Models entry the run may call gets its token, its endpoint, its
 * model checked against the catalog and its limits from the model's tier; then the plan is held
 * against each model's daily limit. A typo in a model name, or a plan the day cannot hold, never
 * spends a request.
 */
import type { EngineLog } from '../engine.js';
import { UserError } from '../errors.js';
import { githubModelsEndpoints } from '../providers/github-models-endpoints.js';
import { modelLimits, type ResolvedLimits } from '../providers/github-models-tables.js';
import { fetchCatalog, findCatalogModel, type CatalogModel } from '../providers/github-models.js';
import { ProviderError } from '../providers/provider.js';
import type { Config, PlannedCall, ProviderConfig } from '../types.js';
import { dailyQuotaProblem, type QuotaUse } from './daily-quota.js';
import type { GitHubModelsQuotas } from './github-models-quotas.js';
import { modelOf } from './plan.js';

/** What a run needs to call one GitHub Models entry. */
export interface GitHubModelsConnection {
  token: string;
  inferenceURL: string;
  /** Where the catalog was read: with the token, whose quota the entry's calls spend. */
  catalogURL: string;
  /** The models the service lists, with their rate-limit tiers. */
  catalog: CatalogModel[];
  /** The limits of the entry's own model. */
  limits: ResolvedLimits;
}

/** The GitHub Models entries the run can call, and why the others get no call. */
export interface GitHubModelsSetup {
  connections: Record<string, GitHubModelsConnection>;
  missing: Record<string, string>;
}

/** Where the token and the endpoint come from. */
export interface ConnectOptions {
  env: Record<string, string | undefined>;
  /** The action's `github-token` input, or `GITHUB_TOKEN` for the CLI. */
  githubToken?: string;
  fetch?: typeof fetch;
  log: EngineLog;
}

/** Whether a provider entry is served by GitHub Models. */
export function isGitHubModels(entry: ProviderConfig): boolean {
  return entry.type === 'github-models';
}

/**
 * Connects every trusted GitHub Models entry that has a token: one catalog request per endpoint.
 * A token the catalog refuses leaves its entries without calls, as a missing key would.
 */
export async function connectGitHubModels(
  config: Config,
  untrusted: Record<string, string>,
  opts: ConnectOptions,
): Promise<GitHubModelsSetup> {
  const setup: GitHubModelsSetup = { connections: {}, missing: {} };
  const catalogs = new Map<string, Promise<CatalogModel[]>>();
  for (const entry of Object.values(config.providers)) {
    if (!isGitHubModels(entry) || untrusted[entry.id]) continue;
    const token = entry.apiKeyEnv ? opts.env[entry.apiKeyEnv] : opts.githubToken;
    if (!token) {
      setup.missing[entry.id] = entry.apiKeyEnv
        ? `${entry.apiKeyEnv} is not set for provider "${entry.id}" (GitHub Models)`
        : `no GitHub token for provider "${entry.id}" (GitHub Models): the action's github-token input is empty, or GITHUB_TOKEN is not set for the CLI`;
      continue;
    }
    const endpoints = githubModelsEndpoints(entry, opts.env);
    let catalog = catalogs.get(endpoints.catalog);
    if (!catalog)
      catalogs.set(endpoints.catalog, (catalog = fetchCatalog(endpoints.catalog, token, opts.fetch)));
    let model: CatalogModel;
    try {
      model = findCatalogModel(await catalog, entry);
    } catch (error) {
      if (!(error instanceof ProviderError && error.stopsProvider)) throw error;
      setup.missing[entry.id] = error.message;
      continue;
    }
    const limits = modelLimits(entry, model.rate_limit_tier ?? '');
    opts.log.info(`providers.${entry.id}: GitHub Models ${entry.model}, ${describeLimits(limits)}`);
    setup.connections[entry.id] = {
      token,
      inferenceURL: endpoints.inference,
      catalogURL: endpoints.catalog,
      catalog: await catalog,
      limits,
    };
  }
  return setup;
}

/** `15 requests a minute, 150 a day, 5 at once (the free tier's "low" tier ...)`. */
export function describeLimits(limits: ResolvedLimits): string {
  const figures = [
    limits.requestsPerMinute === undefined ? '' : `${limits.requestsPerMinute} requests a minute`,
    limits.requestsPerDay === undefined ? '' : `${limits.requestsPerDay} a day`,
    limits.concurrent === undefined ? '' : `${limits.concurrent} at once`,
  ].filter(Boolean);
  return `${figures.join(', ') || 'no limits known'} (${limits.basis})`;
}

/** The judge's entry, when the daily limits may count its calls (each planned call's `estimate.judge`). */
export interface JudgeUse {
  provider: string;
  model: string;
}

/**
 * Stops the run before any call when the requests the plan sends to a shared quota pass its daily
 * limit: every entry on the tier counts, and so do the judge's calls on each answer. The whole
 * plan counts, a shard's run included (every shard spends the same account's day); `served` says
 * which calls a cache entry or a recording answers instead (their judging is taken to be recorded
 * with them).
 */
export async function assertPlanFitsDailyLimits(
  plan: PlannedCall[],
  quotas: GitHubModelsQuotas,
  judge: JudgeUse | undefined,
  served: (call: PlannedCall) => Promise<boolean>,
): Promise<void> {
  const judgeLimit = judge && quotas.of(judge.provider, judge.model)?.daily;
  const uses: QuotaUse[] = [];
  for (const call of plan) {
    const limit = quotas.of(call.provider, modelOf(call))?.daily;
    const judged = judge && judgeLimit ? (call.estimate.judge?.calls ?? 0) : 0;
    if ((!limit && judged === 0) || (await served(call))) continue;
    if (limit)
      uses.push({
        call,
        limit,
        requests: 1,
        what: `calls to ${modelOf(call)} on providers.${call.provider}`,
      });
    if (judge && judgeLimit && judged > 0)
      uses.push({
        call,
        limit: judgeLimit,
        requests: judged,
        what: `judge calls to ${judge.model} on providers.${judge.provider}`,
      });
  }
  const problem = dailyQuotaProblem(uses);
  if (problem) throw new UserError(problem);
}
