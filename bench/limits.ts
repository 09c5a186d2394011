// The verdict's statistics on N cases of an edited prompt: the relative cost and latency limits
// (`cost: { maxIncrease }`, `latency: { maxIncrease }`, one answer a side: each a paired bootstrap of
// 2,000 resamples of every case) and the pass-rate comparison with 3 repeats a case (the exact
// sign-flip test and a bootstrap). Their time grows with the run; prints each, and what it gave.
// Usage: node scripts/run-ts.mjs bench/limits.ts [cases=10000,100000]
import { judgeCost, judgeLatency } from '../src/gate/limits.js';
import { comparePassRates } from '../src/gate/pass-rate.js';
import { mulberry32 } from '../src/random.js';
import type { CaseRecords } from '../src/gate/records.js';
import type { ScoredRecord, Side } from '../src/types.js';

const sizes = (process.argv[2] ?? '10000,100000').split(',').map(Number);

function answer(version: Side, i: number, latencyMs: number): ScoredRecord {
  return {
    key: `prompts/a.md#${version}#c${i}#1`,
    prompt: 'prompts/a.md',
    version,
    caseId: `c${i}`,
    repeat: 1,
    status: 'ok',
    attempts: 1,
    latencyMs,
    costUsd: latencyMs / 1e6,
    checks: [],
    pass: true,
  };
}

for (const n of sizes) {
  const cases: CaseRecords[] = Array.from({ length: n }, (_, i) => ({
    caseId: `c${i}`,
    case: { id: `c${i}`, vars: {} },
    base: [answer('base', i, 50 + (i % 37))],
    head: [answer('head', i, 52 + (i % 41))],
  }));
  let started = performance.now();
  const cost = judgeCost({ maxIncrease: 0.2 }, cases, 7, true);
  const costMs = performance.now() - started;
  started = performance.now();
  const latency = judgeLatency({ maxIncrease: 0.2 }, cases, 7, true);
  const latencyMs = performance.now() - started;
  const random = mulberry32(3);
  const repeats = () => Array.from({ length: 3 }, () => random() < 0.9);
  const outcomes = Array.from({ length: n }, () => ({ base: repeats(), head: repeats() }));
  started = performance.now();
  const comparison = comparePassRates(outcomes, 7);
  const comparisonMs = performance.now() - started;
  console.log(
    `N=${String(n).padStart(7)}  cost maxIncrease ${(costMs / 1000).toFixed(2)} s (${cost.map((f) => f.status).join(', ')})  ` +
      `latency maxIncrease ${(latencyMs / 1000).toFixed(2)} s (${latency.map((f) => f.status).join(', ')})  ` +
      `pass rate, 3 repeats ${(comparisonMs / 1000).toFixed(2)} s (p ${comparison.p.toPrecision(3)})`,
  );
}
