/**
 * A run split over a matrix: shard runs (`run --shard i/n`, the action's `shard` input) write their
 * records, and a merge decides on their union exactly as one unsharded run would.
 */
import { describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileMap } from '../helpers/fixture-repo.js';
import type { ChatBody, Reply } from '../helpers/openai-server.js';
import { parseJsonReport, runCli, withScenario, type ProcessResult } from './harness.js';
import { systemOf, userOf } from './scripted-model.js';

const SHARDS = 4;

const config = (seed: number) =>
  [
    'providers:',
    '  main: { model: gpt-4o-mini-2024-07-18, price: { input: 1, output: 1 }, maxRetries: 0 }',
    'prompts:',
    '  - files: prompts/*.md',
    '    datasets: [evals/cases.jsonl]',
    '    repeats: 3',
    '    checks:',
    '      - contains: ok',
    'cache: { enabled: false }',
    'cassettes: { mode: "off" }',
    // One call at a time: answers that depend on arrival order are the same in every run.
    'concurrency: 1',
    `gate: { seed: ${seed} }`,
    '',
  ].join('\n');

/** Rows: most pass everywhere; "drop" rows fail under head, "flaky" rows flip per repeat, "down" rows error on head. */
const rows = Array.from({ length: 24 }, (_, i) => {
  const kind = [1, 2, 6].includes(i % 8)
    ? 'drop'
    : i % 8 === 3
      ? 'flaky'
      : i === 5 || i === 21
        ? 'down'
        : 'plain';
  return JSON.stringify({
    id: `case-${i}`,
    vars: { q: `${kind} question ${i}` },
    checks: [{ regex: '\\w' }],
  });
}).join('\n');

const files = (head: boolean, seed = 7): FileMap => ({
  'promptgate.yml': config(seed),
  'evals/cases.jsonl': `${rows}\n`,
  'prompts/a.md': `---\nsystem: ${head ? 'Be brief. HEAD' : 'Be brief.'}\n---\n{{q}}\n`,
  'prompts/b.md': `---\nsystem: ${head ? 'Be kind. HEAD' : 'Be kind.'}\n---\n{{q}}\n`,
});

/** Long enough that a scored answer waits on disk until the reports (AnswerSpill), with characters of 2 to 4 bytes. */
const LONG = ' Grüße, naïve café, 数据 🚀.'.repeat(20);

/**
 * A scripted model, fresh per run: head drops "ok" on "drop" rows, "flaky" rows alternate by how
 * often the same request was seen, "down" rows answer 500 (no retries are configured), "plain"
 * rows answer at length.
 */
function model(): (body: ChatBody) => string | Reply {
  const seen = new Map<string, number>();
  return (body) => {
    const user = userOf(body);
    const key = `${systemOf(body)}\n${user}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    // Head only, so failures never come five in a row and trip the circuit breaker.
    if (user.startsWith('down') && systemOf(body).includes('HEAD')) return { fault: 'server-error' };
    if (user.startsWith('drop') && systemOf(body).includes('HEAD')) return 'sorry, no answer';
    if (user.startsWith('flaky') && n % 2 === 0) return 'maybe';
    return user.startsWith('plain') ? `ok: ${user}${LONG}` : `ok: ${user}`;
  };
}

/** results.json without what differs between any two runs: timings. */
function withoutTimings(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) =>
    key === 'latency' || key === 'latencyMs' || key === 'ttftMs' ? undefined : value,
  );
}

function expectCannotRun(result: ProcessResult, message: RegExp): void {
  expect({ code: result.code, stderr: result.stderr }).toMatchObject({ code: 2 });
  expect(result.stderr).toMatch(message);
}

describe('shards and merge', () => {
  it('the merged verdict of 4 shard runs equals the unsharded verdict, apart from timings', async () => {
    let respond = model();
    await withScenario({ respond: (body) => respond(body) }, async ({ repoOf, openai }) => {
      const repo = await repoOf(files(false), files(true));
      const env = { OPENAI_API_KEY: 'sk-shard-test', OPENAI_BASE_URL: openai.url };
      const whole = await runCli(['run', '--format', 'json', '--out', 'whole'], { cwd: repo.dir, env });
      expect({ code: whole.code, stderr: whole.stderr }).toMatchObject({ code: 1 });
      const unsharded = readFileSync(join(repo.dir, 'whole', 'results.json'), 'utf8');
      const report = parseJsonReport(unsharded);
      // The run has what a merge must carry over: a regression, flaky cases and failed calls.
      expect(report.status).toBe('regression');
      expect(report.prompts.flatMap((p) => p.cases).some((c) => c.flaky)).toBe(true);
      expect(report.prompts.every((p) => p.counts.error > 0)).toBe(true);
      // Long answers are shown in full, whether they waited on disk or in memory.
      const plain = report.prompts[0].cases.find((c) => c.caseId === 'case-0');
      expect(plain?.trace?.head?.answers.map((a) => a.output)).toEqual(
        Array(3).fill(`ok: plain question 0${LONG}`),
      );
      const calls = openai.count();

      for (let i = 1; i <= SHARDS; i++) {
        respond = model();
        const shard = await runCli(['run', '--shard', `${i}/${SHARDS}`, '--out', 'shards'], {
          cwd: repo.dir,
          env,
        });
        expect(shard.stderr).toContain(`shard ${i}/${SHARDS}`);
        expect({ code: shard.code, stderr: shard.stderr }).toMatchObject({ code: 0 });
      }
      // Together the shards made the unsharded run's calls, no more.
      expect(openai.count() - calls).toBe(calls);
      expect(readdirSync(join(repo.dir, 'shards')).sort()).toEqual(
        Array.from({ length: SHARDS }, (_, i) => `promptgate-shard-${i + 1}-of-${SHARDS}.jsonl`),
      );

      const before = openai.count();
      // No key: the merge calls nothing.
      const merged = await runCli(['merge', 'shards', '--out', 'merged'], { cwd: repo.dir });
      expect(merged.stderr).toContain(`${SHARDS} shard(s) merged`);
      expect({ code: merged.code, stderr: merged.stderr }).toMatchObject({ code: 1 });
      expect(openai.count()).toBe(before);
      expect(withoutTimings(readFileSync(join(repo.dir, 'merged', 'results.json'), 'utf8'))).toEqual(
        withoutTimings(unsharded),
      );
    });
  });

  it('a missing, doubled, cut or foreign shard is refused, naming the file', async () => {
    await withScenario({ respond: model() }, async ({ repoOf, openai }) => {
      const repo = await repoOf(files(false), files(true));
      const env = { OPENAI_API_KEY: 'sk-shard-test', OPENAI_BASE_URL: openai.url };
      for (const i of [1, 2]) {
        const shard = await runCli(['run', '--shard', `${i}/2`, '--out', 'shards'], { cwd: repo.dir, env });
        expect({ code: shard.code, stderr: shard.stderr }).toMatchObject({ code: 0 });
      }
      // Another seed is another run: its adversarial cases and its plan differ.
      const other = await repoOf(files(false), files(true, 8));
      expect((await runCli(['run', '--shard', '2/2', '--out', 'shards'], { cwd: other.dir, env })).code).toBe(
        0,
      );
      const dir = (name: string) => {
        const path = join(repo.dir, name);
        mkdirSync(path, { recursive: true });
        return path;
      };
      const shardFile = (i: number) => join(repo.dir, 'shards', `promptgate-shard-${i}-of-2.jsonl`);

      copyFileSync(shardFile(1), join(dir('missing'), 'promptgate-shard-1-of-2.jsonl'));
      expectCannotRun(await runCli(['merge', 'missing'], { cwd: repo.dir }), /shard\(s\) 2\/2 missing/);

      copyFileSync(shardFile(1), join(dir('twice/a'), 'promptgate-shard-1-of-2.jsonl'));
      copyFileSync(shardFile(1), join(dir('twice/b'), 'promptgate-shard-1-of-2.jsonl'));
      expectCannotRun(
        await runCli(['merge', 'twice'], { cwd: repo.dir }),
        /was run by two shards|given twice/,
      );

      const lines = readFileSync(shardFile(2), 'utf8').trimEnd().split('\n');
      copyFileSync(shardFile(1), join(dir('cut'), 'promptgate-shard-1-of-2.jsonl'));
      writeFileSync(join(dir('cut'), 'promptgate-shard-2-of-2.jsonl'), `${lines.slice(0, -1).join('\n')}\n`);
      expectCannotRun(
        await runCli(['merge', 'cut'], { cwd: repo.dir }),
        /promptgate-shard-2-of-2\.jsonl: holds \d+ record\(s\) but its header says/,
      );

      // A record whose answer is not text (an edited file): refused, naming the line.
      const bent = lines.map((line, i) =>
        i === 1 ? JSON.stringify({ ...(JSON.parse(line) as object), output: { text: 'x' } }) : line,
      );
      copyFileSync(shardFile(1), join(dir('bent'), 'promptgate-shard-1-of-2.jsonl'));
      writeFileSync(join(dir('bent'), 'promptgate-shard-2-of-2.jsonl'), `${bent.join('\n')}\n`);
      expectCannotRun(
        await runCli(['merge', 'bent'], { cwd: repo.dir }),
        /promptgate-shard-2-of-2\.jsonl:2: not a scored record \(expected key, status and checks, and the answer as text\)/,
      );

      copyFileSync(shardFile(1), join(dir('foreign'), 'promptgate-shard-1-of-2.jsonl'));
      copyFileSync(
        join(other.dir, 'shards', 'promptgate-shard-2-of-2.jsonl'),
        join(dir('foreign'), 'promptgate-shard-2-of-2.jsonl'),
      );
      expectCannotRun(
        await runCli(['merge', 'foreign'], { cwd: repo.dir }),
        /promptgate-shard-2-of-2\.jsonl comes from another run: its base, head differ/,
      );
    });
  });

  it('the action: four shard steps publish nothing, the merge step posts one comment and one check run', async () => {
    let respond = model();
    await withScenario({ respond: (body) => respond(body) }, async ({ act, github, repoOf, openai }) => {
      const repo = await repoOf(files(false), files(true));
      const gh = await github(repo);
      const plan = await act({ repo, githubUrl: gh.url, apiKey: null, inputs: { 'plan-minutes': '0.5' } });
      expect({ code: plan.code, stderr: plan.stderr }).toMatchObject({ code: 0 });
      // 288 calls of about 6 s each (1 s + 300 output tokens at 60 per second), one at a time: 24 min.
      expect(JSON.parse(plan.outputs.matrix)).toEqual({
        shard: Array.from({ length: 48 }, (_, i) => `${i + 1}/48`),
      });
      expect(openai.count()).toBe(0);
      for (let i = 1; i <= SHARDS; i++) {
        respond = model();
        const shard = await act({ repo, githubUrl: gh.url, inputs: { shard: `${i}/${SHARDS}` } });
        expect({ code: shard.code, stderr: shard.stderr }).toMatchObject({ code: 0 });
        // As actions/download-artifact lays out one artifact per shard: a folder each.
        const artifact = join(repo.dir, 'artifacts', `promptgate-shard-${i}`);
        mkdirSync(artifact, { recursive: true });
        copyFileSync(shard.outputs['shard-path'], join(artifact, `promptgate-shard-${i}-of-${SHARDS}.jsonl`));
      }
      expect(gh.state.comments).toHaveLength(0);
      expect(gh.state.checkRuns).toHaveLength(0);
      const calls = openai.count();

      const merge = await act({ repo, githubUrl: gh.url, apiKey: null, inputs: { merge: 'artifacts' } });
      expect(merge.code).toBe(1);
      expect(merge.outputs.verdict).toBe('regression');
      expect(openai.count()).toBe(calls);
      expect(gh.state.comments).toHaveLength(1);
      expect(gh.state.checkRuns).toHaveLength(1);
      expect(gh.state.checkRuns[0].conclusion).toBe('failure');
      expect(gh.state.comments[0].body).toContain('prompts/a.md');
    });
  });

  it('plan --shards prints a matrix sized from the estimate, without a call', async () => {
    await withScenario({ respond: model() }, async ({ repoOf, openai }) => {
      const repo = await repoOf(files(false), files(true));
      const plan = await runCli(['plan', '--shards', '--latency-ms', '60000', '--target-minutes', '20'], {
        cwd: repo.dir,
      });
      expect({ code: plan.code, stderr: plan.stderr }).toMatchObject({ code: 0 });
      // 2 prompts x 24 cases x 3 repeats x 2 versions, at a minute each, one at a time: 288 minutes.
      expect(plan.stderr).toContain('288 planned call(s)');
      expect(JSON.parse(plan.stdout)).toEqual({
        shard: Array.from({ length: 15 }, (_, i) => `${i + 1}/15`),
      });
      expect(openai.count()).toBe(0);
    });
  });
});
