import type { ChatRequest, Completion } from '../types.js';
import type { StatedLimits } from './rate-limits.js';

/** What the runner tells a provider about the call it is making, beyond the request itself. */
export interface CallInfo {
  /** Names the call in errors and cassettes, e.g. `prompts/a.prompt.yml#head#case-1#1`. */
  label: string;
  /** 1-based repeat index: each repeat of the same request is its own sample. */
  repeat: number;
  /** Groups calls into one cassette file (the prompt path; judge calls use their own group). */
  group?: string;
}

/** An OpenAI-compatible chat endpoint, or something that stands in for one (a cassette). */
export interface Provider {
  /** The config entry's name (`main`, `judge`, ...). */
  id: string;
  /** The pinned model this provider answers with. */
  model: string;
  complete(req: ChatRequest, signal: AbortSignal, call?: CallInfo): Promise<Completion>;
  /**
   * Resolves when the provider may take this request without passing its rate limits. The runner
   * waits on it before the call's clock and timeout start; a provider with no limits has none. What
   * it resolves to, when a function, is called once the attempt ends (a slot it holds is given back).
   */
  ready?(req: ChatRequest, signal: AbortSignal, call?: CallInfo): Promise<Release | void>;
  /** The rate limits its answers stated so far, per model (`x-ratelimit-*` headers); none for a replay. */
  statedLimits?(): Array<{ model: string; limits: StatedLimits }>;
}

/** Gives back what `ready` took for one attempt. */
export type Release = () => void;

/** A failed provider call, with what the runner needs to decide whether and when to retry. */
export class ProviderError extends Error {
  constructor(
    message: string,
    readonly options: {
      /** HTTP status, when the provider answered. */
      status?: number;
      /** How long the provider asked us to wait (`retry-after-ms` / `retry-after`). */
      retryAfterMs?: number;
      /** 429, 5xx, network, timeout, a broken body or stream: worth another attempt. */
      retryable: boolean;
      /**
       * The provider answered, and so billed the call, but the answer cannot be used (too large,
       * usage that cannot be true): the spend cap counts the call's estimate.
       */
      billed?: boolean;
      /**
       * The provider cannot answer again this run (its daily quota is spent, the token may not use
       * it): this call and every later one to it end as not run, with this message, not as errors.
       */
      stopsProvider?: boolean;
    },
  ) {
    super(message);
    this.name = 'ProviderError';
  }

  /** HTTP status, when the provider answered. */
  get status(): number | undefined {
    return this.options.status;
  }

  /** How long the provider asked us to wait, in milliseconds. */
  get retryAfterMs(): number | undefined {
    return this.options.retryAfterMs;
  }

  /** Whether another attempt may succeed. */
  get retryable(): boolean {
    return this.options.retryable;
  }

  /** Whether the provider billed the call although its answer cannot be used. */
  get billed(): boolean {
    return this.options.billed ?? false;
  }

  /** Whether no later call to this provider can succeed this run. */
  get stopsProvider(): boolean {
    return this.options.stopsProvider ?? false;
  }
}

/**
 * A replayed call that has no recording. It says nothing about the provider's health, so the
 * runner neither retries it nor counts it towards the circuit breaker.
 */
export class CassetteMissError extends Error {
  /**
   * `missingCredentials` says why replay stands in for a live call (a fork PR has no secrets);
   * the call then ends as not run, with that reason, rather than as an error.
   */
  constructor(
    label: string,
    file: string,
    readonly missingCredentials?: string,
  ) {
    super(
      missingCredentials
        ? `${missingCredentials}, and no recording exists for ${label} in ${file}`
        : `no cassette recording for ${label} in ${file}; run \`promptgate record\` to record it`,
    );
    this.name = 'CassetteMissError';
  }
}
