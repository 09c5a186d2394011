import { sleep } from './sleep.js';

/** The window a per-minute limit counts requests over. */
const MINUTE_MS = 60_000;

/**
 * Spaces requests to a per-minute limit, and holds them while the service says a window is spent
 * (a `retry-after`, no requests or tokens left): limits respected, not discovered by a 429.
 */
export class RequestPacer {
  /** Start times of the requests of the last minute, oldest first. */
  private readonly starts: number[] = [];
  private resumeAt = 0;

  constructor(
    private readonly perMinute: number | undefined,
    private readonly now: () => number = Date.now,
  ) {}

  /** Resolves when one more request may start, and counts it; an aborted signal ends the wait at once. */
  async ready(signal: AbortSignal): Promise<void> {
    for (;;) {
      const wait = this.waitMs();
      if (wait <= 0 || signal.aborted) break;
      await sleep(wait, signal);
    }
    this.starts.push(this.now());
  }

  /** Holds every request for `ms` from now (a longer hold already in force stays). */
  pause(ms: number): void {
    this.resumeAt = Math.max(this.resumeAt, this.now() + ms);
  }

  private waitMs(): number {
    const now = this.now();
    while (this.starts.length > 0 && this.starts[0] <= now - MINUTE_MS) this.starts.shift();
    const full = this.perMinute !== undefined && this.starts.length >= this.perMinute;
    return Math.max(this.resumeAt - now, full ? this.starts[0] + MINUTE_MS - now : 0);
  }
}
