/** Bounds how many tasks run at once; waiters are served first come, first served. */
export class Semaphore {
  private readonly waiters: Array<() => void> = [];
  private available: number;

  constructor(limit: number) {
    this.available = Math.max(1, Math.floor(limit));
  }

  /** Takes a slot if one is free right now; true means it is held and must be released. */
  tryAcquire(): boolean {
    if (this.available === 0) return false;
    this.available--;
    return true;
  }

  /** Resolves once a slot is held; pair every acquire with one `release`. */
  acquire(): Promise<void> {
    if (this.available > 0) {
      this.available--;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Hands the slot to the longest waiter, or frees it. */
  release(): void {
    const next = this.waiters.shift();
    if (next) next();
    else this.available++;
  }
}
