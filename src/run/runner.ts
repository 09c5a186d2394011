import { setImmediate as nextTurn } from 'node:timers/promises';
import { cacheKey, type ResponseCache } from '../providers/cache.js';
import { priceUsage } from '../providers/pricing.js';
import { CassetteMissError, ProviderError, type CallInfo, type Provider } from '../providers/provider.js';
import { implausibleUsage } from '../providers/usage.js';
import type {
  AttemptFailure,
  CallRecord,
  ChatRequest,
  Completion,
  PlannedCall,
  ProviderConfig,
  Usage,
} from '../types.js';
import { Shared } from '../interned.js';
import { DEFAULT_BACKOFF, retryDelayMs, type BackoffOptions } from './backoff.js';
import { CircuitBreaker } from './circuit-breaker.js';
import { Semaphore } from './semaphore.js';
import { modelOf } from './plan.js';
import { RunRecord } from './run-record.js';
import { sleep } from './sleep.js';

/** How the runner calls providers. */
export interface RunOptions {
  providers: Record<string, Provider>;
  /** The config's provider entries: fallback chains, and per-provider timeout, retries, concurrency, price. */
  providerConfigs?: Record<string, ProviderConfig>;
  /** Calls in flight at once, across all providers. */
  concurrency: number;
  /** Per attempt, unless the provider entry sets its own. */
  timeoutMs?: number;
  /** Retries after the first attempt, unless the provider entry sets its own. */
  maxRetries?: number;
  backoff?: BackoffOptions;
  /** Failed calls in a row after which a provider is not called again this run. */
  breakerThreshold?: number;
  /** Spend cap for the run, in USD, checked against each call's `estimate` before it starts. */
  maxUsd?: number;
  /** Prices a call; defaults to the price table with the provider entry's override. */
  priceOf?: (model: string, usage: Usage, providerId: string) => number;
  cache?: ResponseCache;
  /**
   * Called as each planned call ends, in completion order (for progress output and scoring), a turn
   * after its slot went to the next call.
   */
  onRecord?: (record: CallRecord, index: number) => void;
  /** Cancels the run: calls not yet started end as not run. */
  signal?: AbortSignal;
  /** Jitter source; tests pin it. */
  random?: () => number;
}

/** How one call ended: a CallRecord without the plan's bookkeeping (its answer's text in memory). */
export type CallResult = { output?: string } & Pick<
  CallRecord,
  | 'status'
  | 'toolCalls'
  | 'usage'
  | 'costUsd'
  | 'latencyMs'
  | 'ttftMs'
  | 'cached'
  | 'attempts'
  | 'error'
  | 'provider'
  | 'model'
  | 'failures'
>;

/** Extra facts about a call made outside the plan (a judge call). */
export interface CallOptions extends CallInfo {
  /** Reserved against the spend cap before the call starts. */
  estimateUsd?: number;
}

const DEFAULTS = { timeoutMs: 60_000, maxRetries: 3, breakerThreshold: 5 };

/** The signal of a run nobody can cancel. */
const NEVER_ABORTED = new AbortController().signal;

type Attempted =
  { completion: Completion; error?: undefined } | { completion?: undefined; error: string; notRun?: boolean };

/**
 * Runs provider calls with bounded concurrency, retries, a per-attempt timeout, a circuit breaker,
 * a spend cap, a response cache and fallback providers. One runner serves the whole run, judge
 * calls included, so everything shares the same budget, cache and breaker.
 */
export class Runner {
  private readonly slots: Semaphore;
  private readonly providerSlots = new Map<string, Semaphore>();
  private readonly breaker: CircuitBreaker;
  private spent = 0;
  /** The estimates of calls in flight, held against the spend cap until each call ends. */
  private readonly reservations = new Set<{ usd: number }>();
  private capReached = false;
  /** Providers that can answer no more this run, with why (a spent daily quota, a refused token). */
  private readonly stopped = new Map<string, string>();
  /**
   * With the cache on, the answer each request in flight will give, by its cache key: an equal
   * request (base and head rendered alike, two checks asking the judge the same question) waits for
   * it instead of paying for a second call, as it would find it in the cache once the first ended.
   */
  private readonly inFlight = new Map<string, Promise<Completion | undefined>>();

  constructor(private readonly opts: RunOptions) {
    this.slots = new Semaphore(opts.concurrency);
    this.breaker = new CircuitBreaker(opts.breakerThreshold ?? DEFAULTS.breakerThreshold);
    for (const [id, cfg] of Object.entries(opts.providerConfigs ?? {})) {
      if (cfg.concurrency) this.providerSlots.set(id, new Semaphore(cfg.concurrency));
    }
  }

  /** Why each provider that stopped answering this run did, by id: its calls ended as not run. */
  get stoppedProviders(): Record<string, string> {
    return Object.fromEntries(this.stopped);
  }

  /** USD paid so far (cached and replayed answers cost nothing). */
  get spentUsd(): number {
    return this.spent;
  }

  /**
   * Runs the plan. Calls start in plan order (the planner interleaves base and head, so both meet
   * the same provider conditions); every planned call ends as exactly one record, in plan order.
   */
  async run(plan: PlannedCall[]): Promise<CallRecord[]> {
    const records: CallRecord[] = new Array<CallRecord>(plan.length);
    // Counted, not listed: a list of every call's promise held 200,000 settled promises (some 9 MB)
    // until the last call of a 100,000-case edit ended.
    let running = 0;
    let failure: { error: unknown } | undefined;
    let idle: (() => void) | undefined;
    for (let index = 0; index < plan.length; index++) {
      const call = plan[index];
      const finish = (result: CallResult): void => {
        const record = toRecord(call, result);
        records[index] = record;
        this.opts.onRecord?.(record, index);
      };
      // The next call starts as soon as a slot is free: deferring it until the responses waiting
      // on their sockets were handled (a setImmediate turn) sent calls in bursts, and a 10,000-case
      // edit (C = 50, L = 50 ms) took 26.0-26.1 s against 26.8-27.8 s.
      if (!this.slots.tryAcquire()) await this.slots.acquire();
      const refusal = this.refusal(call.estimate);
      if (refusal) {
        this.slots.release();
        finish(refusal);
        continue;
      }
      const info: CallInfo = { label: call.key, repeat: call.repeat, group: call.prompt };
      running++;
      // The slot goes to the next call as this one ends; its record is made and handed on (scored,
      // reported) a turn later, once the calls that slot and the others freed were sent. Handled
      // first, each answer's record delayed every next request behind it: a 10,000-case add
      // (C = 50, L = 50 ms) took 1.28-1.32x the ideal against 1.24-1.29x, on the same machine in turn.
      void this.reserveAndComplete(call.request, call.provider, info, call.estimate, call.failover ?? true)
        .finally(() => this.slots.release())
        .then(async (result) => {
          await nextTurn();
          finish(result);
        })
        .catch((error: unknown) => {
          failure ??= { error };
        })
        .finally(() => {
          if (--running === 0) idle?.();
        });
    }
    if (running > 0) await new Promise<void>((resolve) => (idle = resolve));
    if (failure) throw failure.error;
    return records;
  }

  /** One call outside the plan (a judge call), through the same cache, budget, retries and breaker. */
  async call(req: ChatRequest, providerId: string, options: CallOptions): Promise<CallResult> {
    await this.slots.acquire();
    try {
      const estimate = { usd: options.estimateUsd ?? 0 };
      return this.refusal(estimate) ?? (await this.reserveAndComplete(req, providerId, options, estimate));
    } finally {
      this.slots.release();
    }
  }

  /** Why a call must not start: the run was cancelled, or it would pass the spend cap. */
  private refusal(estimate: { usd: number }): CallResult | undefined {
    if (this.opts.signal?.aborted) return { status: 'not-run', attempts: 0, error: 'run cancelled' };
    const cap = this.opts.maxUsd;
    if (cap === undefined) return undefined;
    // Once a call is refused, later ones are too: skipping only expensive cases would skew results.
    if (this.capReached || this.wouldPassCap(estimate.usd)) {
      this.capReached = true;
      return { status: 'not-run', attempts: 0, error: `spend cap $${cap} reached` };
    }
    return undefined;
  }

  /** Whether a call of this estimate would take the run past the cap, counting the calls in flight. */
  private wouldPassCap(estimateUsd: number): boolean {
    const cap = this.opts.maxUsd;
    if (cap === undefined) return false;
    // Calls in flight hold their estimate, so concurrent calls cannot overshoot the cap together.
    let reserved = 0;
    for (const reservation of this.reservations) reserved += reservation.usd;
    return this.spent + reserved + estimateUsd > cap;
  }

  /** Holds the call's estimate against the spend cap while it runs. */
  private async reserveAndComplete(
    req: ChatRequest,
    providerId: string,
    info: CallInfo,
    estimate: { usd: number },
    failover = true,
  ): Promise<CallResult> {
    // Its own reservation: equal calls may share one estimate object.
    const reservation = { usd: estimate.usd };
    this.reservations.add(reservation);
    try {
      return await this.complete(req, providerId, info, estimate.usd, failover);
    } finally {
      this.reservations.delete(reservation);
    }
  }

  /**
   * Tries the provider, then (with `failover`) its fallbacks in order; each answer is looked up in
   * the cache first.
   */
  private async complete(
    req: ChatRequest,
    providerId: string,
    info: CallInfo,
    estimateUsd: number,
    failover: boolean,
  ): Promise<CallResult> {
    // Per provider, why it gave no answer (the error's text); per attempt, the trace of the call.
    const failures: string[] = [];
    const trail: AttemptFailure[] = [];
    let attempts = 0;
    let notRun = false;
    let tried = providerId;
    const fallbacks = failover ? (this.opts.providerConfigs?.[providerId]?.fallback ?? []) : [];
    for (const id of [providerId, ...fallbacks]) {
      const provider = this.opts.providers[id];
      if (!provider) {
        const error = `provider '${id}' is not available (not configured, or no credentials)`;
        failures.push(error);
        trail.push({ provider: id, error });
        continue;
      }
      tried = id;
      // A fallback answers with its own pinned model.
      const sent = id === providerId ? req : { ...req, model: provider.model };
      const result = await this.answer(provider, sent, info, estimateUsd, trail);
      attempts += result.attempts ?? 0;
      if ('notRun' in result && result.notRun) notRun = true;
      if (result.completion) {
        const answered = await this.succeeded(result.completion, sent, id, info, attempts);
        return { ...answered, provider: id, model: result.completion.model ?? sent.model, ...failed(trail) };
      }
      failures.push(id === providerId ? result.error : `fallback ${id}: ${result.error}`);
    }
    // No call could be made: the provider has no credentials (absent, or replay standing in for it).
    const status = notRun || (attempts === 0 && !this.opts.providers[providerId]) ? 'not-run' : 'error';
    return { status, attempts, error: failures.join('; '), provider: tried, ...failed(trail) };
  }

  /**
   * The provider's answer to `sent`: from the cache, from an equal request in flight (as the cache
   * would give it once that one ended), else from its own call.
   */
  private async answer(
    provider: Provider,
    sent: ChatRequest,
    info: CallInfo,
    estimateUsd: number,
    trail: AttemptFailure[],
  ): Promise<Attempted & { attempts?: number }> {
    const cache = this.opts.cache;
    if (!cache) return this.attemptWithRetries(provider, sent, info, estimateUsd, trail);
    const key = `${provider.id}\n${cacheKey(sent, info.repeat)}`;
    const pending = this.inFlight.get(key);
    if (pending) {
      const completion = await pending;
      // The first call failed: this one makes its own.
      if (completion) return { completion: { ...completion, cached: completion.cached ?? 'cache' } };
    }
    let settle: (completion: Completion | undefined) => void = () => undefined;
    const mine = new Promise<Completion | undefined>((resolve) => (settle = resolve));
    this.inFlight.set(key, mine);
    let completion: Completion | undefined;
    try {
      completion = await cache.get(sent, info.repeat);
      if (completion) return { completion };
      const result = await this.attemptWithRetries(provider, sent, info, estimateUsd, trail);
      completion = result.completion;
      return result;
    } finally {
      settle(completion);
      if (this.inFlight.get(key) === mine) this.inFlight.delete(key);
    }
  }

  private async succeeded(
    completion: Completion,
    sent: ChatRequest,
    providerId: string,
    info: CallInfo,
    attempts: number,
  ): Promise<CallResult> {
    // Providers check live usage themselves; a cached or recorded answer's usage is checked here.
    const implausible = completion.cached && completion.usage && implausibleUsage(completion.usage, sent);
    if (implausible)
      return {
        status: 'error',
        attempts,
        error: `implausible usage in the ${completion.cached}: ${implausible}`,
      };
    let costUsd: number;
    try {
      costUsd = completion.usage ? this.price(sent.model, completion.usage, providerId) : 0;
    } catch (error) {
      return { status: 'error', attempts, error: (error as Error).message };
    }
    // Cached and replayed answers keep their cost in the report but were not paid for this run.
    if (!completion.cached) {
      this.spent += costUsd;
      await this.opts.cache?.set(sent, info.repeat, completion);
    }
    return {
      status: 'ok',
      output: completion.output,
      ...(completion.toolCalls?.length ? { toolCalls: completion.toolCalls } : {}),
      usage: completion.usage,
      costUsd,
      latencyMs: completion.latencyMs,
      ttftMs: completion.ttftMs,
      cached: completion.cached,
      attempts,
    };
  }

  private price(model: string, usage: Usage, providerId: string): number {
    if (this.opts.priceOf) return this.opts.priceOf(model, usage, providerId);
    return priceUsage(model, usage, this.opts.providerConfigs?.[providerId]?.price, { providerId });
  }

  /**
   * `estimateUsd` is what an attempt the provider billed but could not use is counted as; each
   * failed attempt, and a circuit found open, is added to `trail`.
   */
  private async attemptWithRetries(
    provider: Provider,
    req: ChatRequest,
    info: CallInfo,
    estimateUsd: number,
    trail: AttemptFailure[],
  ): Promise<Attempted & { attempts: number }> {
    const cfg = this.opts.providerConfigs?.[provider.id];
    const maxRetries = cfg?.maxRetries ?? this.opts.maxRetries ?? DEFAULTS.maxRetries;
    let attempts = 0;
    for (;;) {
      const stopped = this.stopped.get(provider.id);
      if (stopped) return { error: stopped, attempts, notRun: true };
      const open = this.breaker.openReason(provider.id);
      if (open) {
        trail.push({ provider: provider.id, error: open });
        return { error: open, attempts };
      }
      if (this.opts.signal?.aborted) return { error: 'run cancelled', attempts };
      attempts++;
      const outcome = await this.attempt(
        provider,
        req,
        info,
        cfg?.timeoutMs ?? this.opts.timeoutMs ?? DEFAULTS.timeoutMs,
      );
      if (outcome.completion) {
        this.breaker.success(provider.id);
        return { ...outcome, attempts };
      }
      const { error } = outcome;
      trail.push({ provider: provider.id, error: error.message });
      // A missing recording says nothing about the provider's health.
      // Without credentials a missing recording means the call could not be made at all: not run.
      if (error instanceof CassetteMissError) {
        return { error: error.message, attempts, notRun: error.missingCredentials !== undefined };
      }
      // One refusal stands for every later call: they are not sent, and none counts as an error.
      if (error instanceof ProviderError && error.stopsProvider) {
        this.stopped.set(provider.id, error.message);
        return { error: error.message, attempts, notRun: true };
      }
      // Its true cost is unknown (its usage cannot be believed, or it was never read): the estimate stands in.
      if (error instanceof ProviderError && error.billed) this.spent += estimateUsd;
      const retryable = error instanceof ProviderError && error.retryable;
      if (!retryable || attempts > maxRetries) {
        this.breaker.failure(provider.id, error.message);
        const tries = attempts > 1 ? ` (after ${attempts} attempts)` : '';
        return { error: `${error.message}${tries}`, attempts };
      }
      const backoff = this.opts.backoff ?? DEFAULT_BACKOFF;
      await sleep(
        retryDelayMs(attempts - 1, backoff, error.retryAfterMs, this.opts.random),
        this.opts.signal,
      );
    }
  }

  /** One attempt. The provider's clock starts when it sends, after every queue, so latency is the provider's. */
  private async attempt(
    provider: Provider,
    req: ChatRequest,
    info: CallInfo,
    timeoutMs: number,
  ): Promise<{ completion: Completion; error?: undefined } | { completion?: undefined; error: Error }> {
    const slot = this.providerSlots.get(provider.id);
    await slot?.acquire();
    // Waiting for the provider's rate limit is queueing, not the call: it precedes the clock and timeout.
    const release = await provider.ready?.(req, this.opts.signal ?? NEVER_ABORTED, info);
    // The provider may have stopped while this call waited for its turn: it is then not sent.
    const stopped = this.stopped.get(provider.id);
    if (this.opts.signal?.aborted || stopped) {
      release?.();
      slot?.release();
      return {
        error: stopped
          ? new ProviderError(stopped, { retryable: false, stopsProvider: true })
          : new ProviderError('run cancelled', { retryable: false }),
      };
    }
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new ProviderError(`timed out after ${timeoutMs} ms`, { retryable: true })),
      timeoutMs,
    );
    const cancel = (): void => controller.abort(new ProviderError('run cancelled', { retryable: false }));
    this.opts.signal?.addEventListener('abort', cancel, { once: true });
    try {
      return { completion: await provider.complete(req, controller.signal, info) };
    } catch (error) {
      return { error: error instanceof Error ? error : new Error(String(error)) };
    } finally {
      clearTimeout(timer);
      this.opts.signal?.removeEventListener('abort', cancel);
      release?.();
      slot?.release();
    }
  }
}

/** Runs a plan with a fresh runner. */
export function runPlan(plan: PlannedCall[], opts: RunOptions): Promise<CallRecord[]> {
  return new Runner(opts).run(plan);
}

function toRecord(call: PlannedCall, result: CallResult): CallRecord {
  // Most answers name the model they were asked for: the request's string is kept, not a copy per answer.
  const model = modelOf(call);
  return new RunRecord(call, call.repeat, {
    ...result,
    model: result.model === model ? model : result.model,
    usage: result.usage && sharedUsage(result.usage),
  });
}

/** Equal token counts, one object: many answers of a large run use the same number of tokens (never changed once made). */
const usages = new Shared<Usage>();

function sharedUsage({ input, cachedInput, output, reasoning, estimated }: Usage): Usage {
  const usage = { input, cachedInput, output, reasoning, estimated };
  return usages.share(usage, `${input}/${cachedInput}/${output}/${reasoning}/${estimated}`);
}

/** The trail of a call's failed attempts, when it has one (a call that answered first time has none). */
function failed(trail: AttemptFailure[]): Pick<CallResult, 'failures'> {
  return trail.length > 0 ? { failures: trail } : {};
}
