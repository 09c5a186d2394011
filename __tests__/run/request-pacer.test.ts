import { describe, expect, it } from '@jest/globals';
import { RequestPacer } from '../../src/run/request-pacer.js';

/** Whether `promise` settles within `ms`. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  await new Promise((resolve) => setTimeout(resolve, ms));
  return settled;
}

describe('RequestPacer', () => {
  it('starts as many requests as a minute allows at once, and holds the next one', async () => {
    const pacer = new RequestPacer(2);
    const signal = new AbortController().signal;
    expect(await settlesWithin(pacer.ready(signal), 20)).toBe(true);
    expect(await settlesWithin(pacer.ready(signal), 20)).toBe(true);
    const controller = new AbortController();
    const third = pacer.ready(controller.signal);
    expect(await settlesWithin(third, 100)).toBe(false);
    controller.abort();
    await expect(third).resolves.toBeUndefined();
  });

  it('holds every start while paused, for as long as the pause', async () => {
    const pacer = new RequestPacer(undefined);
    pacer.pause(80);
    const started = Date.now();
    await pacer.ready(new AbortController().signal);
    expect(Date.now() - started).toBeGreaterThanOrEqual(75);
    expect(await settlesWithin(pacer.ready(new AbortController().signal), 20)).toBe(true);
  });
});
