// The whole CLI (`dist/cli.js run`) on pull requests of N cases, against a loopback OpenAI-compatible
// server in a child process with a fixed latency L, at concurrency C: wall time beside the ideal
// calls / C x L, and the CLI's peak RSS (GNU time's maximum resident set size). Each run writes the
// report folder (--out), as the action does.
// Shapes: a PR that adds a prompt (N calls); a PR that edits a prompt whose dataset rows each carry
// their own check (2N calls, a distinct check label per row); the same edit with the checks declared
// once in the config (2N calls).
// With SHARDS=n, each run is split as a matrix would split it: n `run --shard i/n` processes one after
// another (each measured: its wall time against its own calls / C x L, its peak RSS), then a merge.
// ANSWER_CHARS=n: each answer is n characters of text of its own (real answers run to hundreds or
// thousands), instead of the same short one.
// Usage: npm run build && [SHARDS=4] [SHAPES=add,per-row,config] [MODES=baseline,drift] [ANSWER_CHARS=1000] node scripts/run-ts.mjs bench/scale.ts [cases=1000,10000] [latencyMs=50]
import { execFileSync, fork, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startOpenAIServer } from '../__tests__/helpers/openai-server.js';

const serving = process.argv[2] === '--serve';
const sizes = serving ? [] : (process.argv[2] ?? '1000,10000').split(',').map(Number);
const latencyMs = Number(process.argv[3] ?? 50);
const CONCURRENCY = 50;
// BENCH_CLI: another build's cli.js, to compare two builds in the same conditions. Keep it inside the
// repository: outside, no package.json says "type": "module", Node parses each module twice to detect
// its kind, and the same build peaks about 9 MB higher.
const CLI = resolve(process.env.BENCH_CLI ?? 'dist/cli.js');

type Shape = 'add' | 'edit, per-row checks' | 'edit, config checks';

/** A repository whose last commit is the PR of `shape` over `cases` dataset rows. */
function makeRepo(shape: Shape, cases: number, baseURL: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'promptgate-scale-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir });
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  const perRow = shape === 'edit, per-row checks';
  const rows = Array.from({ length: cases }, (_, i) =>
    JSON.stringify({
      id: `c${i}`,
      vars: { q: `question ${i}` },
      ...(perRow ? { checks: [{ contains: `answer ${i % 97}` }] } : {}),
    }),
  );
  const checks = perRow ? '' : '    checks:\n      - contains: answer\n';
  write(
    'promptgate.yml',
    `providers:\n  main: { model: gpt-4o-mini-2024-07-18, baseURL: "${baseURL}", apiKeyEnv: BENCH_KEY }\n` +
      `concurrency: ${CONCURRENCY}\ncache: { enabled: false }\ncassettes: { mode: "off" }\n` +
      `prompts:\n  - files: prompts/*.md\n    datasets: [cases.jsonl]\n${checks}`,
  );
  write('cases.jsonl', `${rows.join('\n')}\n`);
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'bench@promptgate.invalid');
  git('config', 'user.name', 'bench');
  if (shape !== 'add') write('prompts/a.md', 'Answer: {{q}}\n');
  git('add', '-A');
  git('commit', '-qm', 'base');
  write('prompts/a.md', 'Answer briefly: {{q}}\n');
  git('add', '-A');
  git('commit', '-qm', 'head');
  return dir;
}

/** Runs the CLI on the repository; returns wall ms and peak RSS in MB. */
async function runCli(
  repo: string,
  command: string[] = ['run'],
): Promise<{ wallMs: number; rssMb: number; cpuS: number; exit: number }> {
  const started = performance.now();
  // PROMPTGATE_CLI_FLAGS: flags for the measured process, e.g. `--cpu-prof` to see where the time goes.
  const flags = (process.env.PROMPTGATE_CLI_FLAGS ?? '').split(' ').filter(Boolean);
  const args = ['-f', 'RSS_KB %M CPU_S %U %S', process.execPath, ...flags, CLI, ...command, '--repo', repo];
  const child = spawn('/usr/bin/time', args, {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, BENCH_KEY: 'bench' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [exit] = (await once(child, 'close')) as [number];
  const wallMs = performance.now() - started;
  const rss = /RSS_KB (\d+)/.exec(stderr);
  if (!rss) throw new Error(`no RSS figure; CLI said:\n${stderr.slice(-2000)}`);
  // CPU seconds (user + system): on a loaded machine a steadier figure than wall time.
  const cpu = /CPU_S ([\d.]+) ([\d.]+)/.exec(stderr);
  const cpuS = cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN;
  return { wallMs, rssMb: Number(rss[1]) / 1024, cpuS, exit };
}

const SHARDS = Number(process.env.SHARDS ?? 1);

/** Calls, wall time beside the ideal calls / C x L, and peak RSS, on one line. */
function figures(calls: number, wallMs: number, rssMb: number, cpuS: number, exit: number): string {
  const idealMs = (calls / CONCURRENCY) * latencyMs;
  return (
    `calls ${String(calls).padStart(6)}  wall ${(wallMs / 1000).toFixed(1).padStart(6)} s  ` +
    `ideal ${(idealMs / 1000).toFixed(1).padStart(6)} s  ratio ${(wallMs / idealMs).toFixed(2)}x  ` +
    `peak RSS ${rssMb.toFixed(0)} MB  CPU ${cpuS.toFixed(1)} s  exit ${exit}`
  );
}

/** The run as SHARDS shard processes, one after another, then the merge of their files. */
async function runSharded(repo: string, shape: Shape, cases: number, calls: number): Promise<void> {
  const out = join(repo, '.shards');
  for (let i = 1; i <= SHARDS; i++) {
    const { wallMs, rssMb, cpuS, exit } = await runCli(repo, [
      'run',
      '--shard',
      `${i}/${SHARDS}`,
      '--out',
      out,
    ]);
    // Each shard makes about calls / SHARDS calls: cases are split by a hash, not counted out.
    const label = `${shape}, shard ${i}/${SHARDS}`;
    console.log(
      `${label.padEnd(30)} N=${String(cases).padStart(6)}  ${figures(Math.round(calls / SHARDS), wallMs, rssMb, cpuS, exit)}`,
    );
  }
  const merge = await runCli(repo, ['merge', out, '--out', join(repo, '.report')]);
  console.log(
    `${`${shape}, merge`.padEnd(30)} N=${String(cases).padStart(6)}  wall ${(merge.wallMs / 1000).toFixed(1)} s  peak RSS ${merge.rssMb.toFixed(0)} MB  exit ${merge.exit}`,
  );
}

// MODES=baseline,drift: on the config edit, also `promptgate baseline` (head's N answers written to a
// file) and the scheduled drift check that reads it (`run --all --baseline <file>`, N calls).
const MODES = (process.env.MODES ?? '').split(',').filter(Boolean);

/** The baseline and drift modes on `repo`, as MODES names them. */
async function runModes(repo: string, cases: number): Promise<void> {
  const file = join(repo, '.baseline.json');
  const modes: Array<[string, string[]]> = [
    ['baseline', ['baseline', '--out', file]],
    ['drift', ['run', '--all', '--baseline', file, '--out', join(repo, '.drift')]],
  ];
  for (const [mode, command] of modes) {
    if (!MODES.some((name) => mode.startsWith(name))) continue;
    const { wallMs, rssMb, cpuS, exit } = await runCli(repo, command);
    console.log(
      `${mode.padEnd(22)} N=${String(cases).padStart(6)}  ${figures(cases, wallMs, rssMb, cpuS, exit)}`,
    );
  }
}

async function serve(): Promise<void> {
  const chars = Number(process.env.ANSWER_CHARS ?? 0);
  const filler = ' The reply goes on about the question in plain words, as a model would.';
  const respond = (_body: unknown, index: number): string =>
    chars > 0
      ? `the answer 1 (reply ${index}).${filler.repeat(Math.ceil(chars / filler.length))}`.slice(0, chars)
      : 'the answer 1';
  const server = await startOpenAIServer({ latencyMs, keepRequests: false, respond });
  process.send?.(server.url);
  process.on('disconnect', () => void server.close().then(() => process.exit(0)));
}

/**
 * The time of a fixed loop of arithmetic, in ms: the machine's own speed when the bench ran. A shared
 * machine's speed moves by tens of percent within an hour, and every ratio with it.
 */
function loopMs(): number {
  const started = performance.now();
  let sum = 0;
  for (let i = 0; i < 300_000_000; i++) sum += i % 7;
  const ms = performance.now() - started;
  return sum < 0 ? NaN : ms;
}

async function main(): Promise<void> {
  const child = fork(process.argv[1], ['--serve', String(latencyMs)]);
  const [url] = (await once(child, 'message')) as [string];
  console.log(
    `scale bench: dist/cli.js run, C=${CONCURRENCY}, L=${latencyMs} ms, Node ${process.version}${process.env.ANSWER_CHARS ? `, answers of ${process.env.ANSWER_CHARS} characters` : ''}; machine check: a fixed loop ${loopMs().toFixed(0)} ms`,
  );
  const all: Shape[] = ['add', 'edit, per-row checks', 'edit, config checks'];
  // SHAPES=add,per-row,config runs only the shapes whose names hold one of these words.
  const only = process.env.SHAPES?.split(',');
  const shapes = only ? all.filter((shape) => only.some((name) => shape.includes(name))) : all;
  for (const cases of sizes) {
    for (const shape of shapes) {
      const repo = makeRepo(shape, cases, url);
      try {
        const calls = shape === 'add' ? cases : 2 * cases;
        if (SHARDS > 1) {
          await runSharded(repo, shape, cases, calls);
          continue;
        }
        // With the report folder the action writes on every run (results.json, report.html, ...).
        const { wallMs, rssMb, cpuS, exit } = await runCli(repo, ['run', '--out', join(repo, '.report')]);
        console.log(
          `${shape.padEnd(22)} N=${String(cases).padStart(6)}  ${figures(calls, wallMs, rssMb, cpuS, exit)}`,
        );
        if (MODES.length > 0 && shape === 'edit, config checks') await runModes(repo, cases);
      } finally {
        rmSync(repo, { recursive: true, force: true });
      }
    }
  }
  console.log(`machine check at the end: the same loop ${loopMs().toFixed(0)} ms`);
  child.disconnect();
}

await (serving ? serve() : main());
