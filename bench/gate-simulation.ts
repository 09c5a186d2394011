/**
 * Gate simulation: how often does the verdict cry wolf, and how often does it catch a real drop?
 * A synthetic provider passes each case with a set probability (40 cases, p in [0.5, 0.99]). Half
 * the simulated PRs change nothing; the other half lower every case's pass probability by 10 points.
 * Each PR is decided by `decide` on synthetic records (no HTTP), beside the naive rule "any case that
 * passed on base fails on head".
 *
 * Usage: node scripts/run-ts.mjs bench/gate-simulation.ts [--prs 200] [--cases 40] [--drop 0.1] [--seed 1]
 */
import type { GateConfig, PlannedCall, PromptGroupConfig, ScoredRecord, Side } from '../src/types.js';
import { isSide } from '../src/gate/records.js';
import { decide } from '../src/gate/verdict.js';
import { mulberry32 } from '../src/random.js';
import { GATE_DEFAULTS } from '../src/config/load-config.js';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length - 1; i += 2)
  args.set(process.argv[i].replace(/^--/, ''), process.argv[i + 1]);
const PRS = Number(args.get('prs') ?? 200);
const CASES = Number(args.get('cases') ?? 40);
const DROP = Number(args.get('drop') ?? 0.1);
const SEED = Number(args.get('seed') ?? 1);
const REPEATS = [1, 3, 5];

const gate: GateConfig = { ...GATE_DEFAULTS, errorTolerance: 0.05, seed: 7 };
const config: PromptGroupConfig = {
  files: ['p.txt'],
  datasets: [],
  adversarial: [],
  repeats: 1,
  checks: [],
  provider: 'main',
  dependsOn: [],
};
const PROMPT = 'prompts/sim.txt';

function simulate(
  random: () => number,
  probabilities: number[],
  drop: number,
  repeats: number,
): { records: ScoredRecord[]; plan: PlannedCall[] } {
  const records: ScoredRecord[] = [];
  const plan: PlannedCall[] = [];
  probabilities.forEach((p, index) => {
    const caseId = `case-${index}`;
    for (const version of ['base', 'head'] as Side[]) {
      const chance = version === 'head' ? Math.max(0, p - drop) : p;
      for (let repeat = 0; repeat < repeats; repeat++) {
        const key = `${PROMPT}#${version}#${caseId}#${repeat}`;
        const pass = random() < chance;
        plan.push({
          key,
          prompt: PROMPT,
          version,
          case: { id: caseId, vars: {} },
          repeat,
          provider: 'main',
          request: { model: 'sim', messages: [], parameters: {} },
          estimate: { inputTokens: 0, outputTokens: 0, usd: 0 },
        });
        records.push({
          key,
          prompt: PROMPT,
          version,
          caseId,
          repeat,
          status: 'ok',
          output: pass ? 'ok' : 'bad',
          attempts: 1,
          pass,
          checks: [
            { check: 'sim', name: 'contains', pass, score: pass ? 1 : 0, reason: pass ? 'found' : 'missing' },
          ],
        });
      }
    }
  });
  return { records, plan };
}

/** The naive rule: alarm when any case that passed every base repeat fails a head repeat. */
function naiveAlarm(records: ScoredRecord[]): boolean {
  const byCase = new Map<string, { base: boolean[]; head: boolean[] }>();
  for (const r of records) {
    if (!isSide(r.version)) continue;
    const entry = byCase.get(r.caseId) ?? { base: [], head: [] };
    entry[r.version].push(r.pass);
    byCase.set(r.caseId, entry);
  }
  return [...byCase.values()].some((c) => c.base.every(Boolean) && c.head.some((pass) => !pass));
}

interface Tally {
  regression: number;
  inconclusive: number;
  naive: number;
}

function run(repeats: number, drop: number, random: () => number): Tally {
  const tally: Tally = { regression: 0, inconclusive: 0, naive: 0 };
  for (let pr = 0; pr < PRS; pr++) {
    const probabilities = Array.from({ length: CASES }, () => 0.5 + 0.49 * random());
    const { records, plan } = simulate(random, probabilities, drop, repeats);
    const result = decide({
      records,
      plan,
      gate,
      skipped: [],
      prompts: [{ prompt: PROMPT, change: 'modified', config }],
      meta: { base: 'base', head: 'head', seed: gate.seed, totalCostUsd: 0, estimatedCostUsd: 0 },
    });
    if (result.status === 'regression') tally.regression++;
    if (result.status === 'inconclusive') tally.inconclusive++;
    if (naiveAlarm(records)) tally.naive++;
  }
  return tally;
}

const rate = (count: number): string => `${((100 * count) / PRS).toFixed(1)}%`.padStart(8);
const started = Date.now();
const random = mulberry32(SEED);
console.log(
  `gate simulation: ${PRS} PRs per cell, ${CASES} cases, p in [0.5, 0.99], drop ${DROP * 100} pts, alpha ${gate.significance}, minEffect ${gate.minEffect}`,
);
console.log(
  '| repeats | false alarm (gate) | detection (gate) | inconclusive on drop | false alarm (naive) | detection (naive) |',
);
console.log(
  '|--------:|-------------------:|-----------------:|---------------------:|--------------------:|------------------:|',
);
for (const repeats of REPEATS) {
  const none = run(repeats, 0, random);
  const real = run(repeats, DROP, random);
  console.log(
    `| ${String(repeats).padStart(7)} | ${rate(none.regression).padStart(18)} | ${rate(real.regression).padStart(16)} | ${rate(real.inconclusive).padStart(20)} | ${rate(none.naive).padStart(19)} | ${rate(real.naive).padStart(17)} |`,
  );
}
console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
