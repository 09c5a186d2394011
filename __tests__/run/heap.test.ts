import { growingPercentFor } from '../../src/heap.js';

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
