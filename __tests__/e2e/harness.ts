/**
 * Runs the BUILT action (`dist/index.js`) and CLI (`dist/cli.js`) as a runner would: a child
 * process with a workflow-shaped environment, talking only to loopback servers.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import {
  createFixtureRepo,
  createFixtureRepoFrom,
  type FileMap,
  type FixtureRepo,
} from '../helpers/fixture-repo.js';
import {
  startGitHubServer,
  type GitHubServerOptions,
  type ServerPullFile,
} from '../helpers/github-server.js';
import { startOpenAIServer, type OpenAIServer, type OpenAIServerOptions } from '../helpers/openai-server.js';
import type { JsonReport } from '../../src/report/json.js';
import { type PageData, caseChunkIds } from '../../src/report/html/page/data.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// PROMPTGATE_DIST: the tests of a private build (see scripts/bundle.mjs).
const DIST = process.env.PROMPTGATE_DIST ?? join(ROOT, 'dist');
const ACTION = join(DIST, 'index.js');
const CLI = join(DIST, 'cli.js');

/** Owner of the repository the fake workflow runs in. */
const OWNER = 'acme';
/** Name of the repository the fake workflow runs in. */
const REPO = 'support-bot';
/** Number of the pull request every event is about. */
export const PR_NUMBER = 7;

/** A key that must never show up in any output. */
export const SECRET_KEY = 'sk-e2e-DO-NOT-LEAK-4b1d7c0e9f';

/** Fails fast with a useful message when the bundle is missing. */
function assertBuilt(): void {
  if (!existsSync(ACTION) || !existsSync(CLI)) {
    throw new Error('dist/ is missing: run `npm run build` before the end-to-end tests');
  }
}

// Inherited variables would point the child at the real GitHub or OpenAI, or feed it stray inputs.
const DROPPED =
  /^(GITHUB_|OPENAI_|INPUT_|RUNNER_|ACTIONS_|PROMPTGATE_|NODE_OPTIONS$|https?_proxy$|all_proxy$|no_proxy$)/i;

/** The test process's environment without anything that could reach past the loopback servers. */
function cleanEnv(extra: Record<string, string | undefined> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && !DROPPED.test(name)) env[name] = value;
  }
  env.NO_PROXY = '127.0.0.1,localhost';
  for (const [name, value] of Object.entries(extra)) if (value !== undefined) env[name] = value;
  return env;
}

/** What a child process did. */
export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns `node <script> <args>` asynchronously: the servers answer from this process's event loop. */
function runNode(
  script: string,
  args: string[],
  env: Record<string, string>,
  cwd: string,
): Promise<ProcessResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [script, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** Runs the CLI in `cwd`. */
export function runCli(
  args: string[],
  opts: { cwd: string; env?: Record<string, string | undefined> },
): Promise<ProcessResult> {
  return runNode(CLI, args, cleanEnv(opts.env), opts.cwd);
}

/** The action's outputs as @actions/core writes them to `GITHUB_OUTPUT` (`name<<delimiter` blocks). */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!match) continue;
    const [, name, delimiter] = match;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
    outputs[name] = value.join('\n');
  }
  return outputs;
}

/** Files the pull request changed, as the PR files API lists them (renames detected like GitHub does). */
export async function pullFilesOf(repo: FixtureRepo): Promise<ServerPullFile[]> {
  const { stdout } = await promisify(execFile)(
    'git',
    ['diff', '--name-status', '-M', repo.baseSha, repo.headSha],
    { cwd: repo.dir, encoding: 'utf8' },
  );
  const statuses: Record<string, ServerPullFile['status']> = { A: 'added', D: 'removed', M: 'modified' };
  return stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [code, first, second] = line.split('\t');
      if (code.startsWith('R')) return { filename: second, status: 'renamed', previous_filename: first };
      return { filename: first, status: statuses[code[0]] ?? 'modified' };
    });
}

/** How to run the action once. */
export interface ActionRun {
  repo: FixtureRepo;
  githubUrl: string;
  /** Base URL of the OpenAI-compatible server; absent when the run must not call any model. */
  openaiUrl?: string;
  /** Omit for a run without secrets (a fork PR). */
  apiKey?: string;
  /** Action inputs by name, e.g. `{ 'max-usd': '0.01' }`. */
  inputs?: Record<string, string>;
  /** The PR comes from a fork: its head repository differs from the base repository. */
  fromFork?: boolean;
  /** More variables of the step's environment (a GitHub Models endpoint, the artifact service's address and token). */
  env?: Record<string, string>;
}

/** What the action did, as a workflow would see it. */
export interface ActionResult extends ProcessResult {
  outputs: Record<string, string>;
  summary: string;
  /** Every byte the run showed or wrote: stdout, stderr, summary and outputs. */
  everything: string;
}

/** A `pull_request` event payload for the fixture repo's real base and head SHAs. */
function pullRequestEvent(run: ActionRun): object {
  const baseRepo = { full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER } };
  const headRepo = run.fromFork
    ? { full_name: `outsider/${REPO}`, name: REPO, owner: { login: 'outsider' } }
    : baseRepo;
  return {
    action: 'synchronize',
    number: PR_NUMBER,
    pull_request: {
      number: PR_NUMBER,
      head: { sha: run.repo.headSha, ref: 'feature', repo: headRepo },
      base: { sha: run.repo.baseSha, ref: 'main', repo: baseRepo },
    },
    repository: baseRepo,
  };
}

/** Runs `node dist/index.js` on a `pull_request` event against the loopback servers. */
export async function runAction(run: ActionRun): Promise<ActionResult> {
  const tmp = mkdtempSync(join(tmpdir(), 'promptgate-e2e-run-'));
  try {
    const files = {
      event: join(tmp, 'event.json'),
      output: join(tmp, 'output.txt'),
      summary: join(tmp, 'summary.md'),
    };
    writeFileSync(files.event, JSON.stringify(pullRequestEvent(run)));
    writeFileSync(files.output, '');
    writeFileSync(files.summary, '');
    const inputs = Object.fromEntries(
      Object.entries({ config: 'promptgate.yml', 'github-token': 'ghs_e2e-token', ...run.inputs }).map(
        ([name, value]) => [`INPUT_${name.toUpperCase().replace(/ /g, '_')}`, value],
      ),
    );
    const env = cleanEnv({
      ...inputs,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: files.event,
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_API_URL: run.githubUrl,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_WORKSPACE: run.repo.dir,
      GITHUB_SHA: run.repo.headSha,
      GITHUB_REF: `refs/pull/${PR_NUMBER}/merge`,
      GITHUB_RUN_ID: '4242',
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      RUNNER_TEMP: tmp,
      OPENAI_API_KEY: run.apiKey,
      OPENAI_BASE_URL: run.openaiUrl,
      ...run.env,
    });
    const result = await runNode(ACTION, [], env, run.repo.dir);
    const outputText = readFileSync(files.output, 'utf8');
    const summary = readFileSync(files.summary, 'utf8');
    return {
      ...result,
      outputs: parseOutputs(outputText),
      summary,
      everything: [result.stdout, result.stderr, summary, outputText].join('\n'),
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** A running GitHub server as `startGitHubServer` returns it. */
export type GitHubServer = Awaited<ReturnType<typeof startGitHubServer>>;

/** One test's world: its own servers and repositories, removed when the test ends. */
export interface Scenario {
  openai: OpenAIServer;
  /** A GitHub server whose PR lists the repo's real changed files, then `opts.pullFiles` entries. */
  github: (repo: FixtureRepo, opts?: GitHubServerOptions) => Promise<GitHubServer>;
  repoFrom: (name: string, overlay?: { base?: FileMap; head?: FileMap }) => Promise<FixtureRepo>;
  repoOf: (base: FileMap, head: FileMap) => Promise<FixtureRepo>;
  /** Runs the action with the scenario's OpenAI server and, unless `apiKey` is null, the test key. */
  act: (run: Omit<ActionRun, 'openaiUrl' | 'apiKey'> & { apiKey?: string | null }) => Promise<ActionResult>;
}

/**
 * Runs `fn` with fresh servers: tests that own their servers can run concurrently, which keeps the
 * suite fast while each child process waits on its own loopback traffic.
 */
export async function withScenario<T>(
  openaiOptions: OpenAIServerOptions,
  fn: (scenario: Scenario) => Promise<T>,
): Promise<T> {
  assertBuilt();
  const cleanups: Array<() => unknown> = [];
  const openai = await startOpenAIServer({ latencyMs: 2, ...openaiOptions });
  cleanups.push(() => openai.close());
  const track = <R>(value: R, cleanup: () => unknown): R => {
    cleanups.push(cleanup);
    return value;
  };
  const scenario: Scenario = {
    openai,
    async github(repo, opts = {}) {
      const files = [...(await pullFilesOf(repo)), ...(opts.pullFiles?.[PR_NUMBER] ?? [])];
      const server = await startGitHubServer({ ...opts, pullFiles: { [PR_NUMBER]: files } });
      return track(server, () => server.close());
    },
    async repoFrom(name, overlay) {
      const repo = await createFixtureRepoFrom(name, overlay);
      return track(repo, repo.cleanup);
    },
    async repoOf(base, head) {
      const repo = await createFixtureRepo(base, head);
      return track(repo, repo.cleanup);
    },
    act: (run) =>
      runAction({
        ...run,
        openaiUrl: openai.url,
        apiKey: run.apiKey === null ? undefined : (run.apiKey ?? SECRET_KEY),
      }),
  };
  try {
    return await fn(scenario);
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup();
  }
}

/** An output path of the action (relative to the workspace or absolute), read as text. */
export function readOutputFile(repo: FixtureRepo, path: string): string {
  return readFileSync(isAbsolute(path) ? path : join(repo.dir, path), 'utf8');
}

/** A JSON report the action or the CLI wrote, parsed. */
export function parseJsonReport(text: string): JsonReport {
  return JSON.parse(text) as JsonReport;
}

/** What a report.html holds, inflated: the text its page shows, every part of it. */
export function readPageData(html: string): string {
  const block = /<script type="application\/json" id="report-data">([^<]*)<\/script>/.exec(html);
  if (!block) throw new Error('report.html has no data block');
  const data = JSON.parse(block[1]) as PageData;
  const chunks = Array.from({ length: data.chunks }, (_, i) =>
    Object.values(caseChunkIds(i)).map((id) => {
      const chunk = new RegExp(`<script type="text/plain" id="${id}">([^<]*)</script>`).exec(html);
      if (!chunk) throw new Error(`report.html has no element ${id}`);
      return chunk[1];
    }),
  ).flat();
  return [data.report, ...chunks]
    .map((part) => gunzipSync(Buffer.from(part, 'base64')).toString('utf8'))
    .join('\n');
}
