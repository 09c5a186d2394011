import { describe, it, expect } from '@jest/globals';
import {
  binomialLowerTail,
  binomialUpperTail,
  mcnemarExact,
  meanDifference,
  normalQuantile,
  p95Difference,
  pairedBootstrap,
  pairedDifferenceInterval,
  percentile,
  relativeChange,
  repeatsToSettle,
  signFlipTest,
  wilsonInterval,
  mean,
  holmAdjust,
} from '../../src/gate/stats.js';
import { mulberry32 } from '../../src/random.js';

describe('binomial tails', () => {
  it.each([
    // [k, n, p, P(X >= k)]: 56/1024, and a textbook p = 0.3 example.
    [8, 10, 0.5, 0.0546875],
    [3, 5, 0.3, 0.16308],
    [0, 5, 0.3, 1],
    [7, 8, 0.5, 9 / 256],
  ])('P(X >= %i | n=%i, p=%f) = %f', (k, n, p, expected) => {
    expect(binomialUpperTail(k, n, p)).toBeCloseTo(expected, 10);
  });

  it('lower and upper tails meet at the pmf', () => {
    expect(binomialLowerTail(4, 10) + binomialUpperTail(5, 10)).toBeCloseTo(1, 12);
  });
});

describe('mcnemarExact', () => {
  it.each([
    // R: binom.test(2, 12)$p.value = 0.03857; binom.test(3, 15)$p.value = 0.03516.
    [10, 2, 0.03857421875],
    [12, 3, 0.03515625],
    [0, 0, 1],
  ])('two-sided p for %i vs %i discordant pairs is %f', (worse, better, p) => {
    expect(mcnemarExact(worse, better).pTwoSided).toBeCloseTo(p, 10);
  });

  it('gives the one-sided p that head is worse: 7 against 1 is p = 9/256', () => {
    expect(mcnemarExact(7, 1).pHeadWorse).toBeCloseTo(0.03515625, 10);
    expect(mcnemarExact(1, 7).pHeadWorse).toBeCloseTo(1 - 1 / 256, 10);
  });
});

describe('signFlipTest', () => {
  it('equals McNemar one-sided when every difference is -1, 0 or +1', () => {
    const differences = [...Array<number>(7).fill(1), -1, ...Array<number>(32).fill(0)];
    expect(signFlipTest(differences, 1)).toBeCloseTo(mcnemarExact(7, 1).pHeadWorse, 12);
  });

  it('uses rate differences: small drops on many cases add up', () => {
    const small = signFlipTest(Array<number>(12).fill(1 / 3), 3);
    expect(small).toBeCloseTo(1 / 4096, 12);
  });

  it('is 1 when nothing differs and 0.5-ish when the drops balance out', () => {
    expect(signFlipTest([0, 0, 0], 3)).toBe(1);
    expect(signFlipTest([2 / 3, -2 / 3], 3)).toBeCloseTo(0.75, 12);
  });

  it('gives exactly the whole-range distribution, tails that underflow included', () => {
    /** The definition: every sum's probability over the whole range, a weight at a time. */
    const whole = (differences: number[], scale: number): number => {
      const weights = differences.map((d) => Math.round(Math.abs(d) * scale)).filter((w) => w > 0);
      const observed = Math.round(differences.reduce((sum, d) => sum + d * scale, 0));
      const total = weights.reduce((sum, w) => sum + w, 0);
      if (total === 0) return 1;
      let dist = new Float64Array(2 * total + 1);
      dist[total] = 1;
      for (const w of weights) {
        const next = new Float64Array(dist.length);
        for (let i = 0; i < dist.length; i++) {
          next[i - w] += dist[i] / 2;
          next[i + w] += dist[i] / 2;
        }
        dist = next;
      }
      let p = 0;
      for (let i = Math.max(observed + total, 0); i < dist.length; i++) p += dist[i];
      return Math.min(1, p);
    };
    const random = mulberry32(12);
    for (const [cases, grid] of [
      [40, 1],
      [300, 3],
      [2500, 3],
      [800, 12],
    ]) {
      const drops = Array.from(
        { length: cases },
        () => (Math.floor(random() * (2 * grid + 1)) - grid) / grid,
      );
      const skewed = drops.map((d) => (random() < 0.2 ? Math.abs(d) : d));
      for (const differences of [drops, skewed])
        expect(signFlipTest(differences, grid)).toBe(whole(differences, grid));
    }
  });
});

describe('normalQuantile', () => {
  it.each([
    [0.975, 1.959963985],
    [0.95, 1.644853627],
    [0.8, 0.841621234],
    [0.5, 0],
    [0.001, -3.090232306],
  ])('quantile(%f) = %f', (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 7);
  });
});

describe('wilsonInterval', () => {
  it.each([
    // Newcombe (1998), "Two-sided confidence intervals for the single proportion", table I.
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%i of %i -> [%f, %f]', (successes, n, low, high) => {
    const interval = wilsonInterval(successes, n);
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
  });
});

describe('pairedDifferenceInterval (Newcombe method 10)', () => {
  it('brackets the observed difference head - base and stays inside [-1, 1]', () => {
    const interval = pairedDifferenceInterval({ bothPass: 30, headWorse: 7, headBetter: 1, bothFail: 2 });
    expect(interval.estimate).toBeCloseTo(-6 / 40, 12);
    expect(interval.low).toBeLessThan(interval.estimate);
    expect(interval.high).toBeGreaterThan(interval.estimate);
    expect(interval.high).toBeLessThan(0);
    const extreme = pairedDifferenceInterval({ bothPass: 0, headWorse: 5, headBetter: 0, bothFail: 0 });
    expect(extreme.low).toBeGreaterThanOrEqual(-1);
    expect(extreme.high).toBeLessThan(0);
  });

  it('narrows as the table grows', () => {
    const small = pairedDifferenceInterval({ bothPass: 15, headWorse: 3, headBetter: 1, bothFail: 1 });
    const large = pairedDifferenceInterval({ bothPass: 150, headWorse: 30, headBetter: 10, bothFail: 10 });
    expect(large.high - large.low).toBeLessThan(small.high - small.low);
  });

  it('covers the true paired difference about 95% of the time', () => {
    const random = mulberry32(7);
    let covered = 0;
    const trials = 2000;
    // True cell probabilities: both pass 0.6, head worse 0.2, head better 0.1, both fail 0.1.
    for (let t = 0; t < trials; t++) {
      const table = { bothPass: 0, headWorse: 0, headBetter: 0, bothFail: 0 };
      for (let i = 0; i < 40; i++) {
        const u = random();
        if (u < 0.6) table.bothPass++;
        else if (u < 0.8) table.headWorse++;
        else if (u < 0.9) table.headBetter++;
        else table.bothFail++;
      }
      const interval = pairedDifferenceInterval(table);
      if (interval.low <= -0.1 && -0.1 <= interval.high) covered++;
    }
    expect(covered / trials).toBeGreaterThan(0.92);
    expect(covered / trials).toBeLessThan(0.99);
  });
});

describe('percentile', () => {
  it.each([
    [[1, 2, 3, 4, 5], 0.5, 3],
    [Array.from({ length: 20 }, (_, i) => i + 1), 0.95, 19.05],
    [[10], 0.95, 10],
    [[4, 1, 3, 2], 0.5, 2.5],
  ])('percentile(%j, %f) = %f', (values, q, expected) => {
    expect(percentile(values, q)).toBeCloseTo(expected, 10);
  });
});

describe('percentile by selection', () => {
  /** The definition: the values sorted, and the two around the position interpolated. */
  const bySorting = (values: number[], q: number): number => {
    const sorted = [...values].sort((x, y) => x - y);
    const position = (sorted.length - 1) * q;
    const lower = Math.floor(position);
    const upper = Math.ceil(position);
    return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
  };

  it('gives exactly what sorting gives, on ties, sorted and reversed runs, and leaves its input as it was', () => {
    const random = mulberry32(9);
    const lists = [
      Array.from({ length: 1000 }, () => Math.floor(random() * 20)),
      Array.from({ length: 999 }, () => random() * 1e6 - 5e5),
      Array.from({ length: 500 }, (_, i) => i),
      Array.from({ length: 500 }, (_, i) => 500 - i),
      Array.from({ length: 300 }, () => 7),
      [3, 1],
    ];
    for (const values of lists) {
      const before = [...values];
      for (const q of [0, 0.025, 0.5, 0.95, 0.975, 1])
        expect(percentile(values, q)).toBe(bySorting(values, q));
      expect(values).toEqual(before);
    }
    expect(percentile([], 0.5)).toBeNaN();
  });
});

describe('mulberry32', () => {
  it('repeats its stream for the same seed and differs for another', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(c()).not.toBe(first[0]);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('pairedBootstrap', () => {
  it('is reproducible for a fixed seed', () => {
    const units = Array.from({ length: 20 }, (_, i) => ({ base: [i], head: [i + (i % 3)] }));
    const first = pairedBootstrap(units, meanDifference, { seed: 1 });
    expect(pairedBootstrap(units, meanDifference, { seed: 1 })).toEqual(first);
    expect(first.estimate).toBeCloseTo(mean(units.map((_, i) => i % 3)), 12);
  });

  it('95% intervals on a mean difference cover the true difference about 95% of the time', () => {
    const random = mulberry32(2024);
    const gaussian = (): number => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const trials = 200;
    let covered = 0;
    for (let t = 0; t < trials; t++) {
      const units = Array.from({ length: 40 }, () => {
        const base = 10 + 2 * gaussian();
        return { base: [base], head: [base + 1 + gaussian()] };
      });
      const interval = pairedBootstrap(units, meanDifference, { seed: t, iterations: 500 });
      if (interval.low <= 1 && 1 <= interval.high) covered++;
    }
    expect(covered / trials).toBeGreaterThanOrEqual(0.9);
    expect(covered / trials).toBeLessThanOrEqual(0.99);
  });

  it('resamples as the plain definition does: the same interval, with and without repeats', () => {
    /** Each resample's values gathered in lists, as the definition reads. */
    const plain = (
      units: { base: number[]; head: number[] }[],
      effect: typeof meanDifference,
      seed: number,
    ) => {
      const random = mulberry32(seed);
      const effects: number[] = [];
      for (let i = 0; i < 2000; i++) {
        const base: number[] = [];
        const head: number[] = [];
        for (let j = 0; j < units.length; j++) {
          const unit = units[Math.floor(random() * units.length)];
          base.push(...unit.base);
          head.push(...unit.head);
        }
        const value = effect(base, head);
        if (Number.isFinite(value)) effects.push(value);
      }
      const alpha = 1 - 0.95;
      return { low: percentile(effects, alpha / 2), high: percentile(effects, 1 - alpha / 2) };
    };
    const random = mulberry32(5);
    const single = Array.from({ length: 60 }, () => ({ base: [random() * 10], head: [random() * 12] }));
    const repeats = Array.from({ length: 60 }, (_, i) => ({
      base: Array.from({ length: 1 + (i % 3) }, () => random() * 10),
      head: Array.from({ length: 1 + ((i + 1) % 4) }, () => random() * 12),
    }));
    for (const units of [single, repeats])
      for (const effect of [meanDifference, p95Difference, relativeChange(mean)])
        expect(pairedBootstrap(units, effect, { seed: 4 })).toMatchObject(plain(units, effect, 4));
  });

  it('measures relative change of the mean and difference of p95', () => {
    const units = Array.from({ length: 30 }, (_, i) => ({ base: [100 + i], head: [110 + 1.1 * i] }));
    const relative = pairedBootstrap(units, relativeChange(mean), { seed: 3 });
    expect(relative.estimate).toBeCloseTo(0.1, 10);
    expect(relative.low).toBeCloseTo(0.1, 10);
    const p95 = pairedBootstrap(units, p95Difference, { seed: 3 });
    expect(p95.estimate).toBeCloseTo(
      percentile(
        units.map((u) => u.head[0]),
        0.95,
      ) -
        percentile(
          units.map((u) => u.base[0]),
          0.95,
        ),
      10,
    );
  });
});

describe('repeatsToSettle', () => {
  it('asks for more repeats when the drop is small against the noise', () => {
    const few = repeatsToSettle({ discordantRate: 0.2, drop: 0.1, cases: 40, alpha: 0.05 });
    const many = repeatsToSettle({ discordantRate: 0.4, drop: 0.05, cases: 40, alpha: 0.05 });
    expect(few).toBeGreaterThanOrEqual(1);
    expect(many).toBeGreaterThan(few ?? 0);
  });

  it('matches Connor (1987): psi 0.2, drop 0.1, alpha 0.05 one-sided, power 0.8 -> 122 pairs', () => {
    // (1.645 * sqrt(0.2) + 0.8416 * sqrt(0.19))^2 / 0.01 = 121.5 pairs: 122 cases x 1 repeat.
    expect(repeatsToSettle({ discordantRate: 0.2, drop: 0.1, cases: 1, alpha: 0.05 })).toBe(122);
  });

  it('has nothing to settle when head is not worse', () => {
    expect(repeatsToSettle({ discordantRate: 0.2, drop: 0, cases: 40, alpha: 0.05 })).toBeUndefined();
  });
});

describe('holmAdjust', () => {
  it.each([
    [
      [0.01, 0.04, 0.03],
      [0.03, 0.06, 0.06],
    ],
    [[0.2], [0.2]],
    [
      [0.5, 0.6],
      [1, 1],
    ],
  ])('adjusts %j to %j', (pValues, adjusted) => {
    holmAdjust(pValues).forEach((p, i) => expect(p).toBeCloseTo(adjusted[i], 12));
  });
});
