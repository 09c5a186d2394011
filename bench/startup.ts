// Start-up of the bundled action: time from `node dist/index.js` starting to its first provider
// call reaching the OpenAI-compatible server on 127.0.0.1, and the bundle's size. Two runs of the
// action: a workflow_dispatch without a token (changes from git), and a pull_request with one,
// whose changed files come from a GitHub-shaped server on 127.0.0.1 answering in 100 ms, as the
// real API's round trip takes.
// Run: npm run build && node scripts/run-ts.mjs bench/startup.ts [runs] [dist folders...]
// Several folders (e.g. `dist` and an older build) are run in turn, so load on the machine hits all alike;
// a build copied outside the repository needs a package.json of `{"type": "module"}` beside it.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { startGitHubServer } from '../__tests__/helpers/github-server.js';
import { startOpenAIServer } from '../__tests__/helpers/openai-server.js';

const runs = Number(process.argv[2] ?? 5);
const distDirs = process.argv.length > 3 ? process.argv.slice(3) : ['dist'];

const PR_NUMBER = 7;
const GITHUB_LATENCY_MS = 100;

function makeRepo(baseURL: string): { dir: string; baseSha: string; headSha: string } {
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
    // The defaults: the response cache and cassettes on (both emptied before each run, as on a fresh runner).
    `providers:\n  main: { model: gpt-4o-mini-2024-07-18, baseURL: "${baseURL}" }\nprompts:\n  - files: prompts/*.md\n    datasets: [cases.jsonl]\n`,
  );
  write('cases.jsonl', '{"id": "a", "vars": {"q": "hello"}}\n');
  write('prompts/a.md', 'Answer: {{q}}\n');
  git('add', '-A');
  git('commit', '-qm', 'base');
  const baseSha = git('rev-parse', 'HEAD').trim();
  write('prompts/a.md', 'Answer briefly: {{q}}\n');
  git('commit', '-qam', 'head');
  return { dir, baseSha, headSha: git('rev-parse', 'HEAD').trim() };
}

function bundleBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

let firstCallAt = 0;
const server = await startOpenAIServer({
  respond: () => {
    if (!firstCallAt) firstCallAt = performance.now();
    return 'ok';
  },
});
const github = await startGitHubServer({
  latencyMs: GITHUB_LATENCY_MS,
  pullFiles: { [PR_NUMBER]: [{ filename: 'prompts/a.md', status: 'modified' }] },
});
const repo = makeRepo(server.url);
const eventFile = join(repo.dir, '..', `${repo.dir.split('/').at(-1)}-event.json`);
const sides = { full_name: 'bench/repo', name: 'repo', owner: { login: 'bench' } };
writeFileSync(
  eventFile,
  JSON.stringify({
    number: PR_NUMBER,
    pull_request: {
      number: PR_NUMBER,
      base: { sha: repo.baseSha, repo: sides },
      head: { sha: repo.headSha, repo: sides },
    },
    repository: sides,
  }),
);
const scenarios: Record<string, Record<string, string>> = {
  'workflow_dispatch, no token': {
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    'INPUT_GITHUB-TOKEN': '',
    INPUT_BASE: 'HEAD~1',
    INPUT_HEAD: 'HEAD',
  },
  [`pull_request, GitHub API at ${GITHUB_LATENCY_MS} ms`]: {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_API_URL: github.url,
    'INPUT_GITHUB-TOKEN': 'ghs_bench',
  },
};
const times = new Map<string, number[]>();
// The floor under any Node program here: starting and ending `node -e ''`, in the same turns.
const bareNode: number[] = [];
try {
  for (let i = 0; i < runs; i++) {
    for (const dir of distDirs) {
      for (const [name, env] of Object.entries(scenarios)) {
        const key = `${dir}: ${name}`;
        times.set(key, [...(times.get(key) ?? []), await timeFirstCall(resolve(dir, 'index.js'), env)]);
      }
    }
    bareNode.push(await timeBareNode());
  }
} finally {
  rmSync(repo.dir, { recursive: true, force: true });
  rmSync(eventFile, { force: true });
  await server.close();
  await github.close();
}
const summary = (values: number[]): string => {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return `median ${median.toFixed(0)} ms, min ${sorted[0]!.toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`;
};
for (const dir of distDirs) console.log(`${dir} size: ${(bundleBytes(resolve(dir)) / 1e6).toFixed(2)} MB`);
for (const [key, keyTimes] of times) {
  console.log(
    `${key}: start to first provider call, node ${process.version}, ${runs} runs: ${summary(keyTimes)} (target 300 ms)`,
  );
}
console.log(`for scale, node -e '' from start to exit: ${summary(bareNode)}`);

async function timeBareNode(): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise((done) => child.on('close', done));
  return performance.now() - started;
}

async function timeFirstCall(entry: string, scenario: Record<string, string>): Promise<number> {
  // A cached or recorded answer would make no call: every run starts as a first run.
  for (const dir of ['.promptgate-cache', '.promptgate'])
    rmSync(join(repo.dir, dir), { recursive: true, force: true });
  firstCallAt = 0;
  const started = performance.now();
  const child = spawn(process.execPath, [entry], {
    stdio: 'ignore',
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      OPENAI_API_KEY: 'bench',
      GITHUB_WORKSPACE: repo.dir,
      GITHUB_REPOSITORY: 'bench/repo',
      INPUT_COMMENT: 'false',
      'INPUT_CHECK-RUN': 'false',
      ...scenario,
    },
  });
  await new Promise((done) => child.on('close', done));
  if (!firstCallAt) throw new Error(`${entry} made no provider call`);
  return firstCallAt - started;
}
