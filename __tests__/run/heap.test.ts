import { getHeapStatistics } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { collectGarbage, collectIfGrown, growingPercentFor, sizeHeapFor } from '../../src/heap.js';

/** A reference to an object nothing else holds, made in an earlier task (a WeakRef keeps its target for the task that made it). */
async function unreachable(): Promise<WeakRef<object>> {
  const ref = new WeakRef({ payload: new Array(1000).fill(0) });
  await new Promise((resolve) => setImmediate(resolve));
  return ref;
}

describe('growingPercentFor', () => {
  it('lets a small run grow by half', () => {
    expect(growingPercentFor(0)).toBe(50);
    expect(growingPercentFor(2_000)).toBe(50);
    expect(growingPercentFor(20_000)).toBe(50);
  });

  it('holds a large run to a smaller factor, never under a fifth', () => {
    expect(growingPercentFor(60_000)).toBeLessThan(50);
    expect(growingPercentFor(200_000)).toBe(20);
    expect(growingPercentFor(10_000_000)).toBe(20);
  });

  it('never grows the factor as the plan grows', () => {
    let last = Infinity;
    for (let calls = 0; calls <= 300_000; calls += 5_000) {
      const percent = growingPercentFor(calls);
      expect(percent).toBeLessThanOrEqual(last);
      last = percent;
    }
  });
});

describe('collectGarbage and collectIfGrown', () => {
  afterEach(() => sizeHeapFor(0));

  it('collects what nothing holds once a run is large', async () => {
    sizeHeapFor(200_000);
    const ref = await unreachable();
    collectGarbage();
    expect(ref.deref()).toBeUndefined();
  });

  it('collects when the heap has grown since the last collection', async () => {
    sizeHeapFor(200_000);
    collectGarbage();
    const ref = await unreachable();
    // Twice the growth that calls for a collection (16 MB, or a tenth of what the last one left), held.
    const slack = Math.max(16 * 2 ** 20, getHeapStatistics().used_heap_size / 10);
    const lists = Math.ceil((2 * slack) / (100_000 * 8));
    const held = Array.from({ length: lists }, () => Array.from({ length: 100_000 }, () => 1.5));
    collectIfGrown();
    expect(ref.deref()).toBeUndefined();
    expect(held).toHaveLength(lists);
  });

  it('leaves the flag that exposes collection unset: no later context is given gc', () => {
    sizeHeapFor(200_000);
    collectGarbage();
    expect(runInNewContext('typeof gc')).toBe('undefined');
  });
});
