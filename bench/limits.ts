// The verdict's relative cost and latency limits (`cost: { maxIncrease }`, `latency: { maxIncrease }`)
// on N cases of an edited prompt, one answer a side: each is a paired bootstrap of 2,000 resamples of
// every case, so its time grows with the run. Prints the time of each, and the status it gave.
// Usage: node scripts/run-ts.mjs bench/limits.ts [cases=10000,100000]
import { judgeCost, judgeLatency } from '../src/gate/limits.js';
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
  console.log(
    `N=${String(n).padStart(7)}  cost maxIncrease ${(costMs / 1000).toFixed(2)} s (${cost.map((f) => f.status).join(', ')})  ` +
      `latency maxIncrease ${(latencyMs / 1000).toFixed(2)} s (${latency.map((f) => f.status).join(', ')})`,
  );
}
