/** Exponential backoff settings, in milliseconds. */
export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
}

/** Defaults sized for hosted APIs: 0.5 s, 1 s, 2 s, ... up to 20 s. */
export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 500, maxMs: 20_000 };

// A provider asking for a longer pause than this is effectively down; waiting would stall the job.
const MAX_RETRY_AFTER_MS = 60_000;

/**
 * How long to wait before retry number `retry` (0-based). The provider's `retry-after` wins;
 * otherwise exponential with "equal jitter" (half fixed, half random), so parallel calls that failed
 * together do not retry together.
 */
export function retryDelayMs(
  retry: number,
  backoff: BackoffOptions,
  retryAfterMs: number | undefined,
  random: () => number = Math.random,
): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, MAX_RETRY_AFTER_MS);
  const ceiling = Math.min(backoff.maxMs, backoff.baseMs * 2 ** retry);
  return ceiling / 2 + random() * (ceiling / 2);
}
