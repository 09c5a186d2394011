import { afterEach, describe, expect, it } from '@jest/globals';
import {
  GITHUB_MODELS_INFERENCE_URL,
  githubModelsEndpoints,
} from '../../src/providers/github-models-endpoints.js';
import {
  createGitHubModelsProvider,
  fetchCatalog,
  findCatalogModel,
  resolveCatalogModel,
  type TierQuota,
} from '../../src/providers/github-models.js';
import { ProviderError } from '../../src/providers/provider.js';
import { RequestPacer } from '../../src/run/request-pacer.js';
import { runPlan } from '../../src/run/runner.js';
import { Semaphore } from '../../src/run/semaphore.js';
import type { ChatRequest, PlannedCall, ProviderConfig } from '../../src/types.js';
import {
  startGitHubModelsServer,
  type GitHubModelsServer,
  type GitHubModelsServerOptions,
} from '../helpers/github-models-server.js';

const TOKEN = 'ghs_models-test-token';
const entry: ProviderConfig = { id: 'main', type: 'github-models', model: 'openai/gpt-4o-mini' };
const request: ChatRequest = {
  model: 'openai/gpt-4o-mini',
  messages: [{ role: 'user', content: 'What is the refund policy?' }],
  parameters: {},
};

const servers: GitHubModelsServer[] = [];
afterEach(async () => Promise.all(servers.splice(0).map((server) => server.close())));

async function serve(opts: Partial<GitHubModelsServerOptions> = {}): Promise<GitHubModelsServer> {
  const server = await startGitHubModelsServer({ token: TOKEN, ...opts });
  servers.push(server);
  return server;
}

/** A quota of its own for the provider: the tests of shared quotas give one to several. */
const quotaOf = (concurrent?: number): TierQuota => ({
  pacer: new RequestPacer(undefined),
  ...(concurrent ? { slots: new Semaphore(concurrent) } : {}),
});

function providerOn(server: GitHubModelsServer, cfg: Partial<ProviderConfig> = {}, quota = quotaOf()) {
  const full = { ...entry, ...cfg };
  const { inference } = githubModelsEndpoints(full, {
    PROMPTGATE_GITHUB_MODELS_URL: `${server.url}/inference`,
  });
  return createGitHubModelsProvider(full, { token: TOKEN, inferenceURL: inference, quotaOf: () => quota });
}

async function failure(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

/** `count` calls of one repeat each, on provider `main`. */
function planOf(count: number): PlannedCall[] {
  return Array.from({ length: count }, (_, i) => ({
    key: `prompts/a.prompt.yml#head#case-${i + 1}#1`,
    prompt: 'prompts/a.prompt.yml',
    version: 'head' as const,
    case: { id: `case-${i + 1}`, vars: {} },
    repeat: 1,
    provider: 'main',
    request: { ...request, messages: [{ role: 'user' as const, content: `question ${i + 1}` }] },
    estimate: { inputTokens: 10, outputTokens: 10, usd: 0 },
  }));
}

describe('githubModelsEndpoints', () => {
  it.each([
    [{}, {}, GITHUB_MODELS_INFERENCE_URL, 'https://models.github.ai/catalog/models'],
    [
      { org: 'acme' },
      {},
      'https://models.github.ai/orgs/acme/inference',
      'https://models.github.ai/catalog/models',
    ],
    [
      {},
      { PROMPTGATE_GITHUB_MODELS_URL: 'http://127.0.0.1:8080/gh/inference/' },
      'http://127.0.0.1:8080/gh/inference',
      'http://127.0.0.1:8080/gh/catalog/models',
    ],
    [
      { baseURL: 'https://gateway.example/inference', org: 'acme' },
      { PROMPTGATE_GITHUB_MODELS_URL: 'http://127.0.0.1:1/inference' },
      'https://gateway.example/orgs/acme/inference',
      'https://gateway.example/catalog/models',
    ],
  ])('entry %j with environment %j: inference %s, catalog %s', (cfg, env, inference, catalog) => {
    expect(githubModelsEndpoints(cfg, env)).toEqual({ inference, catalog });
  });

  it('refuses an environment URL that is not an inference URL, saying what was expected', () => {
    expect(() =>
      githubModelsEndpoints({}, { PROMPTGATE_GITHUB_MODELS_URL: 'http://127.0.0.1:1/v1' }),
    ).toThrow(
      /PROMPTGATE_GITHUB_MODELS_URL="http:\/\/127\.0\.0\.1:1\/v1".*expected an http\(s\) URL ending in \/inference/,
    );
  });
});

describe('the GitHub Models catalog', () => {
  it('is read with the token and GitHub headers, and knows each model tier', async () => {
    const server = await serve();
    const catalog = await fetchCatalog(`${server.url}/catalog/models`, TOKEN);
    expect(findCatalogModel(catalog, entry).rate_limit_tier).toBe('low');
    expect(server.requests[0]).toMatchObject({ method: 'GET', path: '/catalog/models', status: 200 });
  });

  it('names an unknown model at its config line, with a did-you-mean', async () => {
    const server = await serve();
    const catalog = await fetchCatalog(`${server.url}/catalog/models`, TOKEN);
    const typo = {
      ...entry,
      model: 'openai/gpt4o-mini',
      source: { file: 'promptgate.yml', line: 3, column: 12 },
    };
    expect(() => findCatalogModel(catalog, typo)).toThrow(
      'promptgate.yml:3:12: providers.main.model: "openai/gpt4o-mini" is not in the GitHub Models catalog; did you mean "openai/gpt-4o-mini"?',
    );
  });

  it('refused to the token (401): an error that stops the provider and names the line a workflow needs', async () => {
    const server = await serve();
    const error = await failure(fetchCatalog(`${server.url}/catalog/models`, 'ghs_someone-else'));
    expect(error.stopsProvider).toBe(true);
    expect(error.message).toContain('add `models: read` under `permissions:`');
  });
});

describe("resolveCatalogModel: a prompt file's model on a GitHub Models entry", () => {
  const catalog = [
    { id: 'openai/gpt-4o-mini', rate_limit_tier: 'low' },
    { id: 'openai/gpt-4o', rate_limit_tier: 'high' },
    { id: 'mistral-ai/codestral-2501', rate_limit_tier: 'low' },
    { id: 'azureml/codestral-2501', rate_limit_tier: 'low' },
  ];
  it.each([
    ['openai/gpt-4o', 'openai/gpt-4o'],
    ['gpt-4o-mini', 'openai/gpt-4o-mini'],
    ['GPT-4o', 'openai/gpt-4o'],
  ])('%s runs as %s', (model, id) => {
    expect(resolveCatalogModel(catalog, model, 'prompt a.prompty')).toBe(id);
  });

  it.each([
    [
      'gpt-4o-mnii',
      'prompt a.prompty names model "gpt-4o-mnii", and no model of the GitHub Models catalog has that name; did you mean "openai/gpt-4o-mini"?',
    ],
    [
      'codestral-2501',
      'prompt a.prompty names model "codestral-2501" without its publisher, and the GitHub Models catalog lists 2 models of that name (mistral-ai/codestral-2501, azureml/codestral-2501); expected the one meant, in publisher/name form',
    ],
    [
      'openai/gpt-4o-mnii',
      'prompt a.prompty names model "openai/gpt-4o-mnii", which is not in the GitHub Models catalog; did you mean "openai/gpt-4o-mini"?',
    ],
  ])('%s is an error before any call', (model, message) => {
    expect(() => resolveCatalogModel(catalog, model, 'prompt a.prompty')).toThrow(message);
  });
});

describe('createGitHubModelsProvider, through the openai client', () => {
  it.each([false, true])(
    'calls the inference URL (org attribution: %s) with the token and GitHub headers, and reads the usage',
    async (org) => {
      const server = await serve({
        respond: () => ({
          content: 'Refunds within 30 days.',
          usage: { prompt_tokens: 40, completion_tokens: 6 },
        }),
      });
      const provider = providerOn(server, org ? { org: 'acme' } : {});
      const completion = await provider.complete(request, new AbortController().signal);
      expect(completion.output).toBe('Refunds within 30 days.');
      expect(completion.usage).toMatchObject({ input: 40, output: 6, estimated: false });
      const [seen] = server.requests;
      expect(seen.path).toBe(org ? '/orgs/acme/inference/chat/completions' : '/inference/chat/completions');
      expect(seen.headers).toMatchObject({
        authorization: `Bearer ${TOKEN}`,
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
      });
    },
  );

  it('a 403 (no models: read) is one error that stops the provider and names the workflow line', async () => {
    const server = await serve({ forbidden: true });
    const error = await failure(providerOn(server).complete(request, new AbortController().signal));
    expect(error).toMatchObject({ status: 403, retryable: false, stopsProvider: true });
    expect(error.message).toMatch(
      /^GitHub Models refused the token \(HTTP 403\): add `models: read` under `permissions:` in the workflow file, .*GitHub said: .*The `models` permission is required/,
    );
  });

  it('a per-minute 429 is retryable after its retry-after, and holds the next request that long', async () => {
    const server = await serve({ perMinute: 1, minuteMs: 1000 });
    const provider = providerOn(server);
    const signal = new AbortController().signal;
    await provider.complete(request, signal);
    const error = await failure(provider.complete(request, signal));
    expect(error).toMatchObject({ status: 429, retryable: true, retryAfterMs: 1000, stopsProvider: false });
    const started = Date.now();
    const release = await provider.ready!(request, signal);
    release?.();
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('a daily 429 stops the provider as "GitHub Models daily limit"', async () => {
    const server = await serve({ perDay: 1 });
    const provider = providerOn(server);
    await provider.complete(request, new AbortController().signal);
    const error = await failure(provider.complete(request, new AbortController().signal));
    expect(error).toMatchObject({ status: 429, retryable: false, stopsProvider: true });
    expect(error.message).toMatch(
      /^GitHub Models daily limit: today's requests to openai\/gpt-4o-mini are spent \(UserByModelByDay\); it resets in about 14 h$/,
    );
  });
});

describe('the runner on GitHub Models', () => {
  it('a daily limit mid-run: the remaining calls end as not run with one request past the limit, no error storm', async () => {
    const server = await serve({ perDay: 3 });
    const records = await runPlan(planOf(8), {
      providers: { main: providerOn(server) },
      providerConfigs: { main: entry },
      concurrency: 1,
      backoff: { baseMs: 1, maxMs: 5 },
    });
    expect(records.map((r) => r.status)).toEqual(['ok', 'ok', 'ok', ...Array<string>(5).fill('not-run')]);
    expect(records.slice(3).every((r) => r.error?.startsWith('GitHub Models daily limit'))).toBe(true);
    expect(server.requests).toHaveLength(4);
  });

  it('paces to the per-minute window the service reports: every call answered, no 429 met', async () => {
    const server = await serve({ perMinute: 2, minuteMs: 1000 });
    const records = await runPlan(planOf(5), {
      providers: { main: providerOn(server) },
      providerConfigs: { main: entry },
      concurrency: 1,
      backoff: { baseMs: 1, maxMs: 5 },
    });
    expect(records.every((r) => r.status === 'ok' && r.attempts === 1)).toBe(true);
    expect(server.requests.filter((r) => r.status === 429)).toEqual([]);
  });

  it('holds to the concurrency of the tier it is given', async () => {
    const server = await serve({ latencyMs: 30 });
    const records = await runPlan(planOf(6), {
      providers: { main: providerOn(server, {}, quotaOf(2)) },
      providerConfigs: { main: entry },
      concurrency: 8,
    });
    expect(records.every((r) => r.status === 'ok')).toBe(true);
    expect(server.maxInFlight()).toBe(2);
  });

  it('two entries on one tier share its slots, and a day one of them spends stops the other unsent', async () => {
    const server = await serve({ latencyMs: 30 });
    const tier = quotaOf(2);
    const other = { ...entry, id: 'judge' };
    const plan = [
      ...planOf(4),
      ...planOf(4).map((call) => ({ ...call, key: `${call.key}-j`, provider: 'judge' })),
    ];
    const records = await runPlan(plan, {
      providers: { main: providerOn(server, {}, tier), judge: providerOn(server, other, tier) },
      providerConfigs: { main: entry, judge: other },
      concurrency: 8,
    });
    expect(records.every((r) => r.status === 'ok')).toBe(true);
    expect(server.maxInFlight()).toBe(2);

    const spent = await serve({ perDay: 2 });
    const shared = quotaOf();
    const after = await runPlan(
      [...planOf(3), ...planOf(3).map((call) => ({ ...call, key: `${call.key}-j`, provider: 'judge' }))],
      {
        providers: { main: providerOn(spent, {}, shared), judge: providerOn(spent, other, shared) },
        providerConfigs: { main: entry, judge: other },
        concurrency: 1,
      },
    );
    expect(after.map((r) => r.status)).toEqual(['ok', 'ok', 'not-run', 'not-run', 'not-run', 'not-run']);
    // One request met the spent day; the other entry's calls were never sent.
    expect(spent.requests.filter((r) => r.status === 429)).toHaveLength(1);
    expect(after[5].error).toMatch(
      /^GitHub Models daily limit: today's requests to openai\/gpt-4o-mini are spent/,
    );
  });
});
