// Start-up of the bundled action: time from `node dist/index.js` starting to its first provider call
// reaching an OpenAI-compatible server on 127.0.0.1, for a workflow_dispatch run whose changes come
// from git and a config with the defaults (response cache and cassettes emptied before each run, as
// on a fresh runner). Prints the median of N runs.
// Run: npm run build && node scripts/run-ts.mjs bench/startup.ts [runs=11]
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startOpenAIServer } from '../__tests__/helpers/openai-server.js';

const runs = Number(process.argv[2] ?? 11);
const ENTRY = resolve('dist/index.js');

function makeRepo(baseURL: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'promptgate-startup-'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'bench@promptgate.invalid');
  git('config', 'user.name', 'bench');
  write(
    'promptgate.yml',
    `providers:\n  main: { model: gpt-4o-mini-2024-07-18, baseURL: "${baseURL}" }\nprompts:\n  - files: prompts/*.md\n    datasets: [cases.jsonl]\n`,
  );
  write('cases.jsonl', '{"id": "a", "vars": {"q": "hello"}}\n');
  write('prompts/a.md', 'Answer: {{q}}\n');
  git('add', '-A');
  git('commit', '-qm', 'base');
  write('prompts/a.md', 'Answer briefly: {{q}}\n');
  git('commit', '-qam', 'head');
  return dir;
}

let firstCallAt = 0;
const server = await startOpenAIServer({
  respond: () => {
    if (!firstCallAt) firstCallAt = performance.now();
    return 'ok';
  },
});
const repo = makeRepo(server.url);

async function timeFirstCall(): Promise<number> {
  // A cached or recorded answer would make no call: every run starts as a first run.
  for (const dir of ['.promptgate-cache', '.promptgate'])
    rmSync(join(repo, dir), { recursive: true, force: true });
  firstCallAt = 0;
  const started = performance.now();
  // PROMPTGATE_ACTION_FLAGS: flags for the measured process, e.g. `--cpu-prof` to see where the time goes.
  const flags = (process.env.PROMPTGATE_ACTION_FLAGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...flags, ENTRY], {
    stdio: 'ignore',
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      OPENAI_API_KEY: 'bench',
      GITHUB_WORKSPACE: repo,
      GITHUB_REPOSITORY: 'bench/repo',
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      INPUT_BASE: 'HEAD~1',
      INPUT_HEAD: 'HEAD',
      INPUT_COMMENT: 'false',
      'INPUT_CHECK-RUN': 'false',
    },
  });
  await new Promise((done) => child.on('close', done));
  if (!firstCallAt) throw new Error(`${ENTRY} made no provider call`);
  return firstCallAt - started;
}

const times: number[] = [];
try {
  for (let i = 0; i < runs; i++) times.push(await timeFirstCall());
} finally {
  rmSync(repo, { recursive: true, force: true });
  await server.close();
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(
  `dist/index.js, start to first provider call, Node ${process.version}, ${runs} runs: ` +
    `median ${median.toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times.at(-1)!.toFixed(0)}; target 1,000 ms)`,
);
