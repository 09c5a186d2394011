/**
 * GitHub Models: an OpenAI-compatible service a workflow calls with its own token. The provider is
 * the OpenAI one with GitHub's headers, its limits read from every answer (a spent window holds the
 * next requests; a spent day, or a token without `models: read`, stops the provider), and the
 * catalog that says which models exist and their rate-limit tier.
 */
import { didYouMean } from '../config/did-you-mean.js';
import { UserError } from '../errors.js';
import type { RequestPacer } from '../run/request-pacer.js';
import type { Semaphore } from '../run/semaphore.js';
import type { ProviderConfig } from '../types.js';
import { isGitHubModelsId } from './github-models-endpoints.js';
import { fetchFor } from './http.js';
import { createOpenAIProvider, retryAfterMs } from './openai-provider.js';
import { ProviderError, type Provider } from './provider.js';

/** The headers GitHub documents for its Models API (and its REST API). */
export const GITHUB_API_HEADERS = {
  Accept: 'application/vnd.github+json',
  'X-GitHub-Api-Version': '2022-11-28',
} as const;

/** The line a workflow needs before its token may call GitHub Models. */
export const MODELS_PERMISSION = 'models: read';

// A spent window without a reset header is held this long: a minute is the shortest window GitHub counts.
const SPENT_WINDOW_PAUSE_MS = 60_000;

// Longest part of a refusal's own message quoted in ours.
const QUOTED_MESSAGE_CHARS = 200;

/** A model as `GET /catalog/models` lists it (the fields the gate reads). */
export interface CatalogModel {
  /** `publisher/name`, e.g. `openai/gpt-4o-mini`: what a request names. */
  id: string;
  /** `low`, `high`, `embeddings` or `custom`. */
  rate_limit_tier?: string;
}

/**
 * What a request shares with every other request to its tier (see `src/run/github-models-quotas.ts`):
 * the per-minute pacer, the requests in flight, and a spent day once the service says so.
 */
export interface TierQuota {
  pacer: RequestPacer;
  /** Requests in flight at once; absent, only the runner's own limits hold them. */
  slots?: Semaphore;
  /** Set when a request meets the spent day: no later request to the tier is sent. */
  spent?: ProviderError;
}

/** How a GitHub Models provider reaches the service. */
export interface GitHubModelsProviderOptions {
  token: string;
  /** From `githubModelsEndpoints`: the trusted config's or the workflow's, never the change's. */
  inferenceURL: string;
  /** The quota a request of `model` spends, shared with the other entries on its tier. */
  quotaOf: (model: string) => TierQuota;
  /** Tests only: replaces the keep-alive undici fetch. */
  fetch?: typeof fetch;
}

/**
 * A provider for one GitHub Models entry. Each request waits for a slot and a turn of its tier's
 * quota before its clock starts, and gives the slot back when it ends (`ready`'s release).
 */
export function createGitHubModelsProvider(
  entry: ProviderConfig,
  opts: GitHubModelsProviderOptions,
): Provider {
  const fetchFn = opts.fetch ?? fetchFor(opts.inferenceURL);
  // One client per model sent: each reads the limits off its answers into its model's quota.
  const clients = new Map<string, Provider>();
  const clientFor = (model: string, quota: TierQuota): Provider => {
    let client = clients.get(model);
    if (!client)
      clients.set(
        model,
        (client = createOpenAIProvider(
          { ...entry, baseURL: opts.inferenceURL },
          {
            apiKey: opts.token,
            headers: { ...GITHUB_API_HEADERS },
            fetch: readingLimits(fetchFn, quota, model),
          },
        )),
      );
    return client;
  };
  return {
    id: entry.id,
    model: entry.model,
    complete(req, signal, call) {
      const quota = opts.quotaOf(req.model);
      // Another entry met the tier's spent day: this request would meet it too.
      if (quota.spent) return Promise.reject(quota.spent);
      return clientFor(req.model, quota).complete(req, signal, call);
    },
    async ready(req, signal) {
      const { slots, pacer } = opts.quotaOf(req.model);
      await slots?.acquire();
      await pacer.ready(signal);
      return () => slots?.release();
    },
  };
}

/**
 * The models the catalog lists. A token the service refuses stops the provider (as a missing key
 * would); any other failure is the run's: nothing can be checked, so nothing is called.
 */
export async function fetchCatalog(
  url: string,
  token: string,
  fetchFn: typeof fetch = fetchFor(url),
): Promise<CatalogModel[]> {
  const response = await fetchFn(url, {
    headers: { ...GITHUB_API_HEADERS, Authorization: `Bearer ${token}` },
  }).catch((error: unknown) => {
    throw new UserError(`GitHub Models catalog ${url} could not be reached: ${(error as Error).message}`);
  });
  if (response.status === 401 || response.status === 403)
    throw refused(response.status, await response.text());
  const models: unknown = response.ok ? await response.json().catch(() => undefined) : undefined;
  if (!Array.isArray(models) || !models.every((m) => typeof (m as CatalogModel | null)?.id === 'string'))
    throw new UserError(
      `GitHub Models catalog ${url} answered HTTP ${response.status} without a list of models; expected a JSON list with an id each`,
    );
  return models as CatalogModel[];
}

/** The catalog's entry for the provider's model; an unknown one is an error at the config's line, with a did-you-mean. */
export function findCatalogModel(catalog: CatalogModel[], entry: ProviderConfig): CatalogModel {
  const found = catalog.find((model) => model.id === entry.model);
  if (found) return found;
  const ids = catalog.map((model) => model.id);
  const suggestion = didYouMean(entry.model, ids);
  throw new UserError(
    `providers.${entry.id}.model: "${entry.model}" is not in the GitHub Models catalog; ${
      suggestion
        ? `did you mean "${suggestion}"?`
        : `expected one of its ${ids.length} models (gh models list), in publisher/name form`
    }`,
    entry.source,
  );
}

/**
 * The catalog id a prompt file's model means on a GitHub Models entry (`where` names the file): a
 * listed `publisher/name` id as it is, or a bare name (a Prompty Azure deployment, `gpt-4o-mini`)
 * that exactly one listed model carries. Anything else is an error with a "did you mean", before
 * any call: never the entry's own model in its place.
 */
export function resolveCatalogModel(catalog: CatalogModel[], model: string, where: string): string {
  const ids = catalog.map((listed) => listed.id);
  if (isGitHubModelsId(model)) {
    if (ids.includes(model)) return model;
    const suggestion = didYouMean(model, ids);
    throw new UserError(
      `${where} names model "${model}", which is not in the GitHub Models catalog; ${
        suggestion
          ? `did you mean "${suggestion}"?`
          : `expected one of its ${ids.length} models (gh models list)`
      }`,
    );
  }
  const named = ids.filter((id) => nameOf(id).toLowerCase() === model.toLowerCase());
  if (named.length === 1) return named[0];
  if (named.length > 1)
    throw new UserError(
      `${where} names model "${model}" without its publisher, and the GitHub Models catalog lists ${named.length} models of that name (${named.join(', ')}); expected the one meant, in publisher/name form`,
    );
  const near = didYouMean(model, ids.map(nameOf));
  const suggestion = near && ids.find((id) => nameOf(id) === near);
  throw new UserError(
    `${where} names model "${model}", and no model of the GitHub Models catalog has that name; ${
      suggestion ? `did you mean "${suggestion}"?` : 'expected a publisher/name id from it (gh models list)'
    }`,
  );
}

/** `openai/gpt-4o-mini` -> `gpt-4o-mini`. */
function nameOf(id: string): string {
  return id.slice(id.indexOf('/') + 1);
}

/**
 * Reads GitHub's limits off every response before the SDK does: a spent window (no requests or
 * tokens left, or a per-minute 429) holds the tier's next requests; a spent day (kept on the quota,
 * for every entry on the tier) or a refused token ends the call with an error that stops the provider.
 */
function readingLimits(fetchFn: typeof fetch, quota: TierQuota, model: string): typeof fetch {
  const { pacer } = quota;
  return async (input, init) => {
    const response = await fetchFn(input, init);
    const { headers, status } = response;
    if (status === 403) throw refused(status, await response.text());
    if (status === 429) {
      const type = headers.get('x-ratelimit-type') ?? '';
      if (/ByDay$/i.test(type) || /per 86400s/.test(await response.clone().text())) {
        await response.body?.cancel();
        throw (quota.spent = dailyLimit(model, type, retryAfterMs(headers)));
      }
      pacer.pause(retryAfterMs(headers) ?? SPENT_WINDOW_PAUSE_MS);
      return response;
    }
    for (const kind of ['requests', 'tokens'])
      if (headers.get(`x-ratelimit-remaining-${kind}`)?.trim() === '0')
        pacer.pause(seconds(headers.get(`x-ratelimit-reset-${kind}`)) ?? SPENT_WINDOW_PAUSE_MS);
    return response;
  };
}

/** A header's whole or fractional seconds, in milliseconds; undefined when absent or not a number. */
function seconds(value: string | null): number | undefined {
  const parsed = Number(value?.trim() || NaN);
  return Number.isFinite(parsed) && parsed >= 0 ? parsed * 1000 : undefined;
}

function dailyLimit(model: string, type: string, resetMs: number | undefined): ProviderError {
  const resets = resetMs === undefined ? '' : `; it resets in about ${Math.ceil(resetMs / 3_600_000)} h`;
  return new ProviderError(
    `GitHub Models daily limit: today's requests to ${model} are spent${type ? ` (${type})` : ''}${resets}`,
    { status: 429, retryable: false, stopsProvider: true },
  );
}

function refused(status: number, body: string): ProviderError {
  const said = body.trim().slice(0, QUOTED_MESSAGE_CHARS);
  return new ProviderError(
    `GitHub Models refused the token (HTTP ${status}): add \`${MODELS_PERMISSION}\` under \`permissions:\` in the workflow file, the permission its token needs; an organization may also have turned GitHub Models, or this model, off${said ? `. GitHub said: ${said}` : ''}`,
    { status, retryable: false, stopsProvider: true },
  );
}
