import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDiskCache } from '../../src/providers/cache.js';
import { CassetteStore, withCassettes } from '../../src/providers/cassette.js';
import { createOpenAIProvider } from '../../src/providers/openai-provider.js';
import type { Provider } from '../../src/providers/provider.js';
import { Runner, runPlan, type RunOptions } from '../../src/run/runner.js';
import type { PlannedCall, ProviderConfig, Usage, Version } from '../../src/types.js';
import { startOpenAIServer, type OpenAIServer, type Responder } from '../helpers/openai-server.js';

const servers: OpenAIServer[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function serve(respond?: Responder, latencyMs?: number): Promise<OpenAIServer> {
  const server = await startOpenAIServer({ respond, latencyMs });
  servers.push(server);
  return server;
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'promptgate-runner-'));
  dirs.push(dir);
  return dir;
}

function providerConfig(
  id: string,
  server: OpenAIServer,
  extra: Partial<ProviderConfig> = {},
): ProviderConfig {
  return { id, model: 'gpt-4o-mini', baseURL: server.url, ...extra };
}

/** `cases` cases, each planned for base then head, one repeat, on provider `main`. */
function planOf(cases: number, estimateUsd = 0.0001): PlannedCall[] {
  const plan: PlannedCall[] = [];
  for (let i = 1; i <= cases; i++) {
    for (const version of ['base', 'head'] as Version[]) {
      plan.push({
        key: `prompts/a.prompt.yml#${version}#case-${i}#1`,
        prompt: 'prompts/a.prompt.yml',
        version,
        case: { id: `case-${i}`, vars: {} },
        repeat: 1,
        provider: 'main',
        request: {
          model: 'gpt-4o-mini',
          messages: [{ role: 'user', content: `${version} question ${i}` }],
          parameters: {},
        },
        estimate: { inputTokens: 10, outputTokens: 10, usd: estimateUsd },
      });
    }
  }
  return plan;
}

function options(configs: ProviderConfig[], extra: Partial<RunOptions> = {}): RunOptions {
  return {
    providers: Object.fromEntries(configs.map((cfg) => [cfg.id, createOpenAIProvider(cfg, { apiKey: 'k' })])),
    providerConfigs: Object.fromEntries(configs.map((cfg) => [cfg.id, cfg])),
    concurrency: 4,
    backoff: { baseMs: 1, maxMs: 5 },
    ...extra,
  };
}

describe('runPlan', () => {
  it('ends every planned call as one record, in plan order, with usage, cost and latency', async () => {
    const server = await serve(() => ({
      content: 'ok',
      usage: { prompt_tokens: 1000, cached_tokens: 200, completion_tokens: 500 },
    }));
    const plan = planOf(10);
    const seen: number[] = [];
    const records = await runPlan(
      plan,
      options([providerConfig('main', server)], { onRecord: (_r, i) => seen.push(i) }),
    );
    expect(records.map((r) => r.key)).toEqual(plan.map((call) => call.key));
    expect(seen.sort((a, b) => a - b)).toEqual(plan.map((_c, i) => i));
    for (const record of records) {
      expect(record).toMatchObject({ status: 'ok', output: 'ok', costUsd: 0.000435, attempts: 1 });
      expect(record.latencyMs).toBeGreaterThan(0);
    }
  });

  it('interleaves base and head in the order the plan gives', async () => {
    const server = await serve();
    await runPlan(planOf(3), options([providerConfig('main', server)], { concurrency: 1 }));
    expect(server.requests.map((body) => body.messages[0]?.content)).toEqual([
      'base question 1',
      'head question 1',
      'base question 2',
      'head question 2',
      'base question 3',
      'head question 3',
    ]);
  });

  it('retries a 429 after the wait the provider asked for, then succeeds', async () => {
    const server = await serve((_body, i) => (i === 0 ? { fault: 'rate-limit', retryAfterMs: 20 } : 'fine'));
    const [record] = await runPlan(planOf(1).slice(0, 1), options([providerConfig('main', server)]));
    expect(record).toMatchObject({ status: 'ok', output: 'fine', attempts: 2, provider: 'main' });
    // The trace keeps the retry and why it was needed.
    expect(record?.failures?.map((f) => f.provider)).toEqual(['main']);
    expect(record?.failures?.[0]?.error).toMatch(/429/);
    expect(server.count()).toBe(2);
  });

  it.each([
    ['500s', 'server-error', /HTTP 500/],
    ['bodies that are not JSON', 'not-json', /invalid response/],
    ['cut streams', 'cut', /stream cut/],
  ] as const)('gives up on persistent %s after the configured retries', async (_name, fault, message) => {
    const server = await serve(() => ({ content: 'some answer text', fault }));
    const cfg = providerConfig('main', server, { stream: fault === 'cut', maxRetries: 2 });
    const [record] = await runPlan(planOf(1).slice(0, 1), options([cfg]));
    expect(record?.status).toBe('error');
    expect(record?.error).toMatch(message);
    expect(record?.error).toMatch(/after 3 attempts/);
    expect(record?.attempts).toBe(3);
    expect(server.count()).toBe(3);
  });

  it('recovers when a stream is cut once', async () => {
    const server = await serve((_body, i) => ({
      content: 'whole answer',
      fault: i === 0 ? 'cut' : undefined,
    }));
    const [record] = await runPlan(
      planOf(1).slice(0, 1),
      options([providerConfig('main', server, { stream: true })]),
    );
    expect(record).toMatchObject({ status: 'ok', output: 'whole answer', attempts: 2 });
    expect(record?.ttftMs).toBeGreaterThan(0);
  });

  it('times out a call that hangs', async () => {
    const server = await serve(() => ({ fault: 'hang' }));
    const cfg = providerConfig('main', server, { timeoutMs: 50, maxRetries: 1 });
    const [record] = await runPlan(planOf(1).slice(0, 1), options([cfg]));
    expect(record).toMatchObject({ status: 'error', attempts: 2 });
    expect(record?.error).toBe('timed out after 50 ms (after 2 attempts)');
  });

  it('does not retry a request the provider rejects', async () => {
    const server = await serve();
    const cfg = { ...providerConfig('main', server), baseURL: `${server.url}/missing` };
    const [record] = await runPlan(planOf(1).slice(0, 1), options([cfg]));
    expect(record).toMatchObject({ status: 'error', attempts: 1 });
    expect(record?.error).toMatch(/HTTP 404/);
  });

  it('opens the circuit after N failed calls in a row and stops calling the provider', async () => {
    const server = await serve(() => ({ fault: 'server-error' }));
    const cfg = providerConfig('main', server, { maxRetries: 0 });
    const records = await runPlan(planOf(3), options([cfg], { concurrency: 1, breakerThreshold: 2 }));
    expect(server.count()).toBe(2);
    expect(records.map((r) => r.status)).toEqual(Array(6).fill('error'));
    for (const record of records.slice(2)) {
      expect(record.error).toMatch(/^circuit open: main failed 2 times in a row \(last: HTTP 500/);
      expect(record.attempts).toBe(0);
    }
  });

  it('falls back to the next provider when the primary keeps failing', async () => {
    const broken = await serve(() => ({ fault: 'server-error' }));
    const backup = await serve((body) => `answered by ${body.model}`);
    const main = providerConfig('main', broken, { maxRetries: 1, fallback: ['backup'] });
    const second = providerConfig('backup', backup, { model: 'gpt-4.1-mini' });
    const [record] = await runPlan(planOf(1).slice(0, 1), options([main, second]));
    expect(record).toMatchObject({ status: 'ok', output: 'answered by gpt-4.1-mini', attempts: 3 });
    // The trace names who answered, with which model, and every attempt that failed before.
    expect(record).toMatchObject({ provider: 'backup', model: 'gpt-4.1-mini' });
    expect(record?.failures?.map((f) => f.provider)).toEqual(['main', 'main']);
    expect(record?.failures?.[0]?.error).toMatch(/HTTP 500/);
  });

  it('never fails over a call pinned to its provider (a fallback under evaluation)', async () => {
    const broken = await serve(() => ({ fault: 'server-error' }));
    const backup = await serve((body) => `answered by ${body.model}`);
    const main = providerConfig('main', broken, { maxRetries: 1, fallback: ['backup'] });
    const second = providerConfig('backup', backup, { model: 'gpt-4.1-mini' });
    const [call] = planOf(1);
    const [record] = await runPlan([{ ...call, failover: false }], options([main, second]));
    expect(record).toMatchObject({ status: 'error', attempts: 2 });
    expect(backup.count()).toBe(0);
  });

  it('holds the spend cap exactly and lists what it skipped', async () => {
    const server = await serve();
    const plan = planOf(5, 0.001);
    const runner = new Runner(
      options([providerConfig('main', server)], { concurrency: 3, maxUsd: 0.0045, priceOf: () => 0.001 }),
    );
    const records = await runner.run(plan);
    const skipped = records.filter((r) => r.status === 'not-run');
    expect(records.filter((r) => r.status === 'ok')).toHaveLength(4);
    expect(skipped.map((r) => r.key)).toEqual(plan.slice(4).map((call) => call.key));
    for (const record of skipped)
      expect(record).toMatchObject({ error: 'spend cap $0.0045 reached', attempts: 0 });
    expect(server.count()).toBe(4);
    expect(runner.spentUsd).toBeCloseTo(0.004, 12);
  });

  it('holds the cap when calls in flight share one estimate object (equal estimates are one)', async () => {
    const server = await serve(undefined, 20);
    const shared = { inputTokens: 10, outputTokens: 10, usd: 0.001 };
    const plan = planOf(5).map((call) => ({ ...call, estimate: shared }));
    const runner = new Runner(
      options([providerConfig('main', server)], { concurrency: 10, maxUsd: 0.0045, priceOf: () => 0.001 }),
    );
    const records = await runner.run(plan);
    expect(records.filter((r) => r.status === 'ok')).toHaveLength(4);
    expect(server.count()).toBe(4);
  });

  it('keeps at most `concurrency` calls in flight, and honours a per-provider cap', async () => {
    const server = await serve(undefined, 20);
    await runPlan(planOf(10), options([providerConfig('main', server)], { concurrency: 5 }));
    expect(server.maxInFlight()).toBe(5);
    const capped = await serve(undefined, 20);
    await runPlan(
      planOf(10),
      options([providerConfig('main', capped, { concurrency: 2 })], { concurrency: 5 }),
    );
    expect(capped.maxInFlight()).toBe(2);
  });

  it('makes zero paid calls on a second run with the cache, keeping recorded latency', async () => {
    const server = await serve(undefined, 15);
    const cache = createDiskCache(tempDir());
    const plan = planOf(4);
    const first = new Runner(options([providerConfig('main', server)], { cache }));
    const paid = await first.run(plan);
    expect(server.count()).toBe(8);
    const second = new Runner(options([providerConfig('main', server)], { cache }));
    const replayed = await second.run(plan);
    expect(server.count()).toBe(8);
    expect(second.spentUsd).toBe(0);
    replayed.forEach((record, i) => {
      expect(record).toMatchObject({
        status: 'ok',
        cached: 'cache',
        output: paid[i]?.output,
        costUsd: paid[i]?.costUsd,
      });
      expect(record.latencyMs).toBe(paid[i]?.latencyMs);
      expect(record.latencyMs).toBeGreaterThanOrEqual(15);
    });
  });

  it('with the cache on, pays for one of two equal requests in flight; the other gets its answer', async () => {
    const server = await serve((_body, i) => `answer ${i}`, 30);
    const cache = createDiskCache(tempDir());
    // Base and head rendered alike: the same request, the same repeat, started together.
    const plan = planOf(3).map((call) => ({
      ...call,
      request: {
        ...call.request,
        messages: [{ role: 'user' as const, content: `question ${call.case.id}` }],
      },
    }));
    const runner = new Runner(options([providerConfig('main', server)], { cache, priceOf: () => 0.01 }));
    const records = await runner.run(plan);
    expect(server.count()).toBe(3);
    expect(runner.spentUsd).toBeCloseTo(0.03, 10);
    for (let i = 0; i < plan.length; i += 2) {
      const [base, head] = [records[i], records[i + 1]];
      expect(base).toMatchObject({ status: 'ok', attempts: 1 });
      expect(base?.cached).toBeUndefined();
      expect(head).toMatchObject({ status: 'ok', cached: 'cache', output: base?.output, attempts: 0 });
    }
    // Without the cache each is its own call.
    const uncached = new Runner(options([providerConfig('main', server)]));
    await uncached.run(plan);
    expect(server.count()).toBe(9);
  });

  it('an equal request in flight that fails leaves the other to make its own call', async () => {
    let calls = 0;
    const server = await serve(() => (++calls === 1 ? { fault: 'not-json' } : 'fine'), 30);
    const cache = createDiskCache(tempDir());
    const [base, head] = planOf(1).map((call) => ({
      ...call,
      request: { ...call.request, messages: [{ role: 'user' as const, content: 'same' }] },
    }));
    const records = await runPlan(
      [base, head],
      options([providerConfig('main', server)], { cache, maxRetries: 0 }),
    );
    expect(records[0]).toMatchObject({ status: 'error' });
    expect(records[1]).toMatchObject({ status: 'ok', output: 'fine' });
    expect(records[1]?.cached).toBeUndefined();
    expect(server.count()).toBe(2);
  });

  it('caches each repeat as its own sample', async () => {
    const server = await serve((_body, i) => `sample ${i}`);
    const cache = createDiskCache(tempDir());
    const plan = [1, 2, 3].map((repeat) => ({ ...planOf(1)[0], key: `p#base#c#${repeat}`, repeat }));
    await runPlan(plan, options([providerConfig('main', server)], { cache, concurrency: 1 }));
    const again = await runPlan(plan, options([providerConfig('main', server)], { cache }));
    expect(again.map((r) => r.output)).toEqual(['sample 0', 'sample 1', 'sample 2']);
  });

  it('records cassettes, then replays them offline and names a missing case', async () => {
    const server = await serve((body) => `recorded: ${body.messages[0]?.content}`, 10);
    const store = new CassetteStore(tempDir());
    const cfg = providerConfig('main', server);
    const live = createOpenAIProvider(cfg, {});
    const recorder = withCassettes('record', live, store, live) as Provider;
    const recorded = await runPlan(planOf(2), { ...options([cfg]), providers: { main: recorder } });
    expect(await store.save()).toEqual([join(store.dir, 'prompts', 'a.prompt.yml.json')]);

    const offline = new CassetteStore(store.dir);
    const replay = withCassettes('replay', undefined, offline, {
      id: 'main',
      model: 'gpt-4o-mini',
    }) as Provider;
    const replayed = await runPlan(planOf(3), { ...options([cfg]), providers: { main: replay } });
    expect(server.count()).toBe(4);
    replayed.slice(0, 4).forEach((record, i) => {
      expect(record).toMatchObject({ status: 'ok', cached: 'cassette', output: recorded[i]?.output });
      expect(record.latencyMs).toBe(recorded[i]?.latencyMs);
    });
    expect(replayed[4]).toMatchObject({ status: 'error', attempts: 1 });
    expect(replayed[4]?.error).toMatch(/no cassette recording for prompts\/a\.prompt\.yml#base#case-3#1/);
  });

  it('routes judge calls through the same budget and cache', async () => {
    const server = await serve(() => 'verdict: A');
    const cache = createDiskCache(tempDir());
    const runner = new Runner(
      options([providerConfig('judge', server)], { cache, maxUsd: 1, priceOf: () => 0.25 }),
    );
    const request = {
      model: 'gpt-4o-mini',
      messages: [{ role: 'user' as const, content: 'grade this' }],
      parameters: {},
    };
    const first = await runner.call(request, 'judge', {
      label: 'judge#grounding',
      repeat: 1,
      estimateUsd: 0.25,
    });
    const second = await runner.call(request, 'judge', {
      label: 'judge#grounding',
      repeat: 1,
      estimateUsd: 0.25,
    });
    expect(first).toMatchObject({ status: 'ok', output: 'verdict: A' });
    expect(second).toMatchObject({ status: 'ok', cached: 'cache' });
    expect(runner.spentUsd).toBe(0.25);
    const refused = await runner.call({ ...request, parameters: { seed: 1 } }, 'judge', {
      label: 'judge#other',
      repeat: 1,
      estimateUsd: 0.8,
    });
    expect(refused).toMatchObject({ status: 'not-run', error: 'spend cap $1 reached' });
  });

  it('marks calls to a provider without credentials as not run', async () => {
    const records = await runPlan(planOf(1), { providers: {}, concurrency: 2 });
    for (const record of records) {
      expect(record).toMatchObject({ status: 'not-run', attempts: 0 });
      expect(record.error).toMatch(/provider 'main' is not available/);
    }
  });

  it('when the run is cancelled, stops the call in flight and ends calls not yet started as not run', async () => {
    const controller = new AbortController();
    const server = await serve(() => 'first');
    // The next call starts as soon as the first one's answer is in, before that answer is handed on.
    const cancelAfterFirst = {
      concurrency: 1,
      signal: controller.signal,
      onRecord: () => controller.abort(),
    };
    const records = await runPlan(planOf(2), options([providerConfig('main', server)], cancelAfterFirst));
    expect(records.map((r) => r.status)).toEqual(['ok', 'error', 'not-run', 'not-run']);
    expect(records[1]?.error).toBe('run cancelled');
    expect(records[2]?.error).toBe('run cancelled');
  });
});

describe('runPlan: the spend cap counts what was billed, never what cannot be true', () => {
  it('an answer with impossible usage is an error, counted at its estimate, and the cap still holds', async () => {
    const server = await serve(() => ({ content: 'ok', usage: { prompt_tokens: 1e12 } }));
    const runner = new Runner(options([providerConfig('main', server)], { concurrency: 1, maxUsd: 0.0025 }));
    const records = await runner.run(planOf(2, 0.001));
    expect(records.map((r) => r.status)).toEqual(['error', 'error', 'not-run', 'not-run']);
    expect(records[0]?.error).toMatch(/^implausible usage from the provider: 1000000000000 prompt tokens/);
    // Not retried: one request per call that ran.
    expect(server.count()).toBe(2);
    expect(runner.spentUsd).toBeCloseTo(0.002, 12);
  });

  it.each<[string, Usage]>([
    ['a negative count', { input: -1000, cachedInput: 0, output: 5, reasoning: 0, estimated: false }],
    ['a trillion tokens', { input: 1e12, cachedInput: 0, output: 5, reasoning: 0, estimated: true }],
  ])('a cached or recorded answer with %s is an error, not a cost', async (_name, usage) => {
    const completion = { output: 'ok', usage, latencyMs: 5, cached: 'cassette' as const };
    const provider: Provider = {
      id: 'main',
      model: 'gpt-4o-mini',
      complete: () => Promise.resolve(completion),
    };
    const runner = new Runner({ providers: { main: provider }, concurrency: 1, priceOf: () => 1_000_000 });
    const [record] = await runner.run(planOf(1).slice(0, 1));
    expect(record).toMatchObject({ status: 'error' });
    expect(record?.error).toMatch(/^implausible usage in the cassette: /);
    expect(record?.costUsd).toBeUndefined();
  });
});
