/**
 * Cases laid out during the run (src/gate/case-stream.ts, src/report/early-cases.ts) make the same
 * report files, byte for byte, as the reports laying out every case from the verdict afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runGate, type EngineLog, type GateOptions, type GateRun } from '../../src/engine.js';
import { writeBaseline } from '../../src/gate/baseline.js';
import { EarlyCases } from '../../src/report/early-cases.js';
import { writeReports } from '../../src/report/write-reports.js';
import { createFixtureRepo, type FileMap, type FixtureRepo } from '../helpers/fixture-repo.js';
import { type ChatBody, type OpenAIServer, startOpenAIServer } from '../helpers/openai-server.js';

const quiet: EngineLog = {
  info: () => undefined,
  warning: () => undefined,
  debug: () => undefined,
  group: (_name, fn) => fn(),
};

// Every call goes to the loopback server: its address is in the config, never the SDK's default.
const config = (): string =>
  [
    'providers:',
    `  main: { model: gpt-4o-mini-2024-07-18, baseURL: "${openai.url}", apiKeyEnv: EARLY_KEY, price: { input: 1, output: 1 }, maxRetries: 0 }`,
    'prompts:',
    '  - files: prompts/[ab]*.md',
    '    datasets: [evals/cases.jsonl]',
    '    repeats: 2',
    '    checks:',
    '      - contains: ok',
    '  - files: prompts/c*.md',
    '    datasets: [evals/cases.jsonl]',
    '    repeats: 2',
    '    checks:',
    '      - consistency: {}',
    'cache: { enabled: false }',
    'cassettes: { mode: "off" }',
    // One call at a time: answers that depend on arrival order are the same in every run.
    'concurrency: 1',
    '',
  ].join('\n');

/** Rows that pass, fail on head, flip per repeat, fail the call on head, or answer at length. */
function rows(count: number): string {
  const kinds = ['plain', 'drop', 'flaky', 'down', 'long'];
  return `${Array.from({ length: count }, (_, i) =>
    JSON.stringify({ id: `case-${i}`, vars: { q: `${kinds[i % kinds.length]} question ${i}` } }),
  ).join('\n')}\n`;
}

const LONG = ' Grüße, naïve café, 数据 🚀 sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd ##[error]x'.repeat(
  40,
);

function respond(): (body: ChatBody) => string | { fault: 'server-error' } {
  const seen = new Map<string, number>();
  return (body) => {
    const system = body.messages.find((m) => m.role === 'system')?.content ?? '';
    const user = /\w+ question \d+/.exec(body.messages.at(-1)?.content ?? '')?.[0] ?? '';
    const key = `${system}\n${user}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    const head = system.includes('HEAD');
    if (user.startsWith('down') && head) return { fault: 'server-error' };
    if (user.startsWith('drop') && head) return 'sorry';
    if (user.startsWith('flaky') && n % 2 === 0) return 'maybe';
    return user.startsWith('long') ? `ok: ${user}${LONG}` : `ok: ${user}`;
  };
}

/** A prompt file: enough lines alike that git sees a renamed one as renamed. */
const prompt = (system: string): string =>
  `---\nsystem: ${system}\n---\n${Array.from({ length: 8 }, (_, i) => `Rule ${i}: answer as the customer asked.\n`).join('')}{{q}}\n`;

let openai: OpenAIServer;
const cleanups: Array<() => void> = [];

/** The scripted model, made afresh for each run it must answer as it answered another. */
let model = respond();

beforeAll(async () => {
  openai = await startOpenAIServer({ latencyMs: 1, keepRequests: false, respond: (body) => model(body) });
});

afterAll(async () => {
  for (const cleanup of cleanups) cleanup();
  await openai.close();
});

async function repoOf(base: FileMap, head: FileMap): Promise<FixtureRepo> {
  const repo = await createFixtureRepo(base, head);
  cleanups.push(repo.cleanup);
  return repo;
}

function options(repo: FixtureRepo, more: Partial<GateOptions>): GateOptions {
  return {
    repoDir: repo.dir,
    configPath: 'promptgate.yml',
    base: repo.baseSha,
    head: repo.headSha,
    env: { EARLY_KEY: 'sk-early-test' },
    log: quiet,
    ...more,
  };
}

/** results.json without what differs between any two runs: timings. */
function withoutTimings(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) =>
    key === 'latency' || key === 'latencyMs' || key === 'ttftMs' ? undefined : value,
  );
}

function files(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

/** Writes the reports with the cases laid out during the run and without; returns both folders' files. */
async function bothWays(
  run: GateRun,
  reportDir: string,
): Promise<{ early: Record<string, string>; late: Record<string, string> }> {
  const late = mkdtempSync(join(tmpdir(), 'promptgate-late-'));
  cleanups.push(() => rmSync(late, { recursive: true, force: true }));
  await writeReports(run.result, late);
  await writeReports(run.result, reportDir, run.early);
  return { early: files(reportDir), late: files(late) };
}

describe('cases laid out during the run', () => {
  it('make the same reports as cases laid out after it: a pull request with renames, repeats, errors and a check that waits', async () => {
    const base = {
      'promptgate.yml': config(),
      'evals/cases.jsonl': rows(23),
      'prompts/a.md': prompt('Be brief.'),
      'prompts/old-b.md': prompt('Be kind.'),
      'prompts/c.md': prompt('Be calm.'),
    };
    const head = {
      'promptgate.yml': config(),
      'evals/cases.jsonl': rows(23),
      'prompts/a.md': prompt('Be brief. HEAD'),
      // Renamed, and changed: base's answers are old-b.md's.
      'prompts/b.md': prompt('Be kind. HEAD'),
      'prompts/c.md': prompt('Be calm. HEAD'),
    };
    const repo = await repoOf(base, head);
    const reportDir = join(repo.dir, 'report');
    model = respond();
    const run = (await runGate(options(repo, { reportDir }))) as GateRun;
    const prompts = run.result.prompts.map((p) => [p.prompt, p.previousFile, p.cases.length]);
    expect(prompts).toEqual([
      ['prompts/a.md', undefined, 23],
      ['prompts/b.md', 'prompts/old-b.md', 23],
      ['prompts/c.md', undefined, 23],
    ]);
    // Laid out: the first two prompts' cases; c.md's answers wait for the whole run (consistency), and
    // any of its cases is laid out only once they are scored, after the last call.
    expect([0, 1].map((p) => run.early?.count(p))).toEqual([23, 23]);
    const { early, late } = await bothWays(run, reportDir);
    expect(Object.keys(early).sort()).toEqual(['junit.xml', 'report.html', 'report.md', 'results.json']);
    expect(early).toEqual(late);
    const json = early['results.json'];
    expect(json).not.toContain('sk-proj-AbCd');
    expect(json).toContain('Gr\u00fc\u00dfe');
    const report = JSON.parse(json) as { prompts: { cases: { flaky: boolean; undecided?: unknown }[] }[] };
    expect(report.prompts[0].cases.some((c) => c.flaky)).toBe(true);
    expect(report.prompts[0].cases.some((c) => c.undecided)).toBe(true);
    // The verdict took the outcomes made during the run: the same as a run that laid nothing out.
    model = respond();
    const plain = (await runGate(options(repo, {}))) as GateRun;
    expect(plain.early).toBeUndefined();
    const plainDir = join(repo.dir, 'plain');
    await writeReports(plain.result, plainDir);
    expect(withoutTimings(readFileSync(join(plainDir, 'results.json'), 'utf8'))).toEqual(
      withoutTimings(json),
    );
  });

  it('make the same reports in a drift check whose baseline has a case the datasets no longer list', async () => {
    const files0 = {
      'promptgate.yml': config().replace('prompts/c*.md', 'prompts/none-*.md'),
      'evals/cases.jsonl': rows(12),
      'prompts/a.md': prompt('Be brief.'),
      'prompts/b.md': prompt('Be kind.'),
    };
    // The head commit drops case-4 from the datasets and changes a's prompt.
    const files1 = {
      ...files0,
      'evals/cases.jsonl': rows(12)
        .split('\n')
        .filter((line) => !line.includes('"case-4"'))
        .join('\n'),
      'prompts/a.md': prompt('Be brief. HEAD'),
    };
    const repo = await repoOf(files0, files1);
    const recorded = (await runGate(
      options(repo, { base: repo.baseSha, head: repo.baseSha, headOnly: true, all: true }),
    )) as GateRun;
    expect(recorded.early).toBeUndefined();
    const baselineFile = join(repo.dir, 'baseline.json');
    writeBaseline(recorded.recorded!.records, recorded.recorded!.plan, baselineFile);
    const reportDir = join(repo.dir, 'drift');
    const run = (await runGate(
      options(repo, { base: repo.headSha, head: repo.headSha, all: true, baselineFile, reportDir }),
    )) as GateRun;
    expect(run.result.prompts.map((p) => p.cases.map((c) => c.caseId).at(-1))).toEqual(['case-4', 'case-4']);
    // a.md's planned cases are laid out; its baseline's extra case, and b.md after it, are not.
    expect([0, 1].map((p) => run.early?.count(p))).toEqual([11, 0]);
    const { early, late } = await bothWays(run, reportDir);
    expect(early).toEqual(late);
  });

  it('are never laid out for a shard', async () => {
    const base = {
      'promptgate.yml': config(),
      'evals/cases.jsonl': rows(5),
      'prompts/a.md': prompt('Be brief.'),
    };
    const repo = await repoOf(base, { ...base, 'prompts/a.md': prompt('Be brief. HEAD') });
    const shardDir = join(repo.dir, 'shard-report');
    const shard = await runGate(options(repo, { reportDir: shardDir, shard: { index: 1, count: 2 } }));
    expect('shard' in shard).toBe(true);
    expect(existsSync(shardDir)).toBe(false);
  });

  it('wait in files of their own, never one already there, and leave nothing when discarded', () => {
    const dir = mkdtempSync(join(tmpdir(), 'promptgate-early-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const early = EarlyCases.open(join(dir, 'report'));
    expect(early).toBeDefined();
    // A second run into the same folder lays nothing out: the first one's file is not opened.
    expect(EarlyCases.open(join(dir, 'report'))).toBeUndefined();
    early?.discard();
    expect(readdirSync(join(dir, 'report'))).toEqual([]);
  });
});
