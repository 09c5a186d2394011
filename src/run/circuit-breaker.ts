/** Stops calling a provider after it failed a number of calls in a row. */
export class CircuitBreaker {
  private readonly failures = new Map<string, { count: number; last: string }>();

  constructor(private readonly threshold: number) {}

  /** A call succeeded: the provider is healthy again. */
  success(provider: string): void {
    this.failures.delete(provider);
  }

  /** A call failed after its retries. */
  failure(provider: string, message: string): void {
    const count = (this.failures.get(provider)?.count ?? 0) + 1;
    // Once open, keep the failure that opened it: every refused call then names the same cause.
    if (count > this.threshold) return;
    this.failures.set(provider, { count, last: message });
  }

  /** Why calls to this provider are refused, or undefined while the circuit is closed. */
  openReason(provider: string): string | undefined {
    const state = this.failures.get(provider);
    if (!state || state.count < this.threshold) return undefined;
    return `circuit open: ${provider} failed ${state.count} times in a row (last: ${state.last})`;
  }
}
