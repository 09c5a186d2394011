/**
 * Hostile inputs through the built CLI (`dist/cli.js`): each ends within seconds, in bounded memory,
 * with a message naming the file and line, and without a provider call where none may be made.
 */
import { describe, expect, it } from '@jest/globals';
import { readFixtureFiles, type FileMap } from '../helpers/fixture-repo.js';
import type { Responder } from '../helpers/openai-server.js';
import { runCli, withScenario, type ProcessResult } from './harness.js';
import { supportModel } from './scripted-model.js';

const FIXTURE = readFixtureFiles('support', 'head');
const CONFIG = FIXTURE['promptgate.yml'];

/** 1-based line of the first line of `text` that contains `needle`. */
function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

interface Run extends ProcessResult {
  requests: number;
  seconds: number;
}

/**
 * Runs `promptgate run` on the support fixture with `overlay` in both base and head (so the policy
 * the PR is judged under is the hostile one too) and `headOnly` in head, under a heap limit:
 * running out of memory is a crash, never a pass.
 */
async function cliOn(
  overlay: FileMap,
  respond: Responder = supportModel(),
  headOnly: FileMap = {},
): Promise<Run> {
  return withScenario({ respond }, async ({ repoFrom, openai }) => {
    const repo = await repoFrom('support', { base: overlay, head: { ...overlay, ...headOnly } });
    const started = performance.now();
    const result = await runCli(['run'], {
      cwd: repo.dir,
      env: {
        OPENAI_API_KEY: 'sk-bounds-test',
        OPENAI_BASE_URL: openai.url,
        NODE_OPTIONS: '--max-old-space-size=256',
      },
    });
    return { ...result, requests: openai.count(), seconds: (performance.now() - started) / 1000 };
  });
}

/** A could-not-run failure: exit 2, one clear message at `where`, no stack trace. */
function expectCannotRun(result: Run, where: RegExp): void {
  expect(result.stderr).toMatch(where);
  expect(result.code).toBe(2);
  expect(result.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(result.requests).toBe(0);
}

/**
 * A prompt whose own inputs are hostile: that prompt ends as an error (exit 1) with the message at
 * `where`, nothing is sent for it, and no stack trace is shown.
 */
function expectPromptError(result: Run, where: RegExp): void {
  expect(result.stderr).toMatch(where);
  expect(result.code).toBe(1);
  expect(result.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(result.requests).toBe(0);
}

/** Ten levels of nine aliases each: a billion strings once expanded. */
function aliasBomb(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) {
    const [p, n] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)];
    lines.push(`${n}: &${n} [${Array(9).fill(`*${p}`).join(',')}]`);
  }
  return lines.join('\n');
}

describe('promptgate CLI: hostile inputs end at once, with the file and line', () => {
  it('a YAML alias bomb in the config', async () => {
    const config = CONFIG.replace(
      'cache: { enabled: false }',
      `cache: { enabled: false }\nx-bomb:\n  ${aliasBomb().replace(/\n/g, '\n  ')}\n  all: *j`,
    );
    const result = await cliOn({ 'promptgate.yml': config });
    expectCannotRun(
      result,
      new RegExp(
        `promptgate\\.yml:${lineOf(config, '*a,*a')}:\\d+: YAML aliases \\(\\*name\\) expand too far`,
      ),
    );
    expect(result.seconds).toBeLessThan(10);
  });

  it('a YAML alias bomb in a prompt file front matter', async () => {
    const prompt = `---\n${aliasBomb()}\n---\nCustomer question: {{question}}\n`;
    const result = await cliOn({}, supportModel(), { 'prompts/support.md': prompt });
    expectPromptError(
      result,
      new RegExp(`prompts/support\\.md:${lineOf(prompt, '*a,*a')}:\\d+: YAML aliases`),
    );
    expect(result.seconds).toBeLessThan(10);
  });

  it('repeats: 1000000000', async () => {
    const config = CONFIG.replace('    datasets:', '    repeats: 1000000000\n    datasets:');
    const result = await cliOn({ 'promptgate.yml': config });
    expectCannotRun(
      result,
      new RegExp(`promptgate\\.yml:${lineOf(config, 'repeats:')}:\\d+: .*repeats.*100`),
    );
    expect(result.seconds).toBeLessThan(10);
  });

  it('concurrency: 100000', async () => {
    const config = CONFIG.replace('concurrency: 8', 'concurrency: 100000');
    const result = await cliOn({ 'promptgate.yml': config });
    expectCannotRun(
      result,
      new RegExp(`promptgate\\.yml:${lineOf(config, 'concurrency:')}:\\d+: concurrency.*64`),
    );
  });

  it('a regex with a lookbehind: refused at config load, at its line', async () => {
    const config = CONFIG.replace('- contains: refund policy', '- regex: "(?<=refund )policy"');
    const result = await cliOn({ 'promptgate.yml': config });
    expectCannotRun(
      result,
      new RegExp(
        `promptgate\\.yml:${lineOf(config, '- regex:')}:\\d+: Invalid regex\\.value .*Expected a pattern RE2 accepts \\(no backreferences or lookaround\\)`,
      ),
    );
  });

  it('a catastrophic regex on a long answer: judged within seconds', async () => {
    const config = CONFIG.replace('- contains: refund policy', '- regex: "(a+)+$"');
    const answer = 'a'.repeat(100_000) + '!';
    // Usage within max_tokens: the answer is long in characters, not in what it claims to cost.
    const result = await cliOn({ 'promptgate.yml': config }, () => ({
      content: answer,
      usage: { completion_tokens: 200 },
    }));
    // Judged, not hung: every answer of both versions fails to match, which is no regression.
    expect(result.code).toBe(0);
    expect(result.requests).toBe(16);
    expect(result.seconds).toBeLessThan(20);
    expect(result.stdout).toContain('output does not match /(a+)+$/');
  });

  it('a provider claiming a trillion prompt tokens: a provider error, never a spend', async () => {
    const result = await cliOn({}, () => ({
      content: 'See our refund policy.',
      usage: { prompt_tokens: 1e12 },
    }));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('implausible usage from the provider: 1000000000000 prompt tokens');
    // What was spent is the calls' estimate (well under a cent), not a trillion tokens' price.
    expect(result.stdout).toMatch(/spent \$0\.00\d+/);
    expect(result.stdout).not.toMatch(/\$\d{2,}/);
  });

  it('a 200 MB dataset: stopped before any call, under a 256 MB heap', async () => {
    const row = `{"question": "${'q'.repeat(2_000)}"}\n`;
    const dataset = row.repeat(Math.ceil((200 * 1024 * 1024) / row.length));
    const result = await cliOn({ 'evals/questions.jsonl': dataset });
    expectPromptError(
      result,
      /evals\/questions\.jsonl:\d+: the prompt's datasets hold more than 32 MiB of rows/,
    );
  });

  it('a dataset line of 200 MB: stopped at the row limit, before any call', async () => {
    const dataset = `{"question": "${'q'.repeat(200 * 1024 * 1024)}"}\n`;
    const result = await cliOn({ 'evals/questions.jsonl': dataset });
    expectPromptError(result, /evals\/questions\.jsonl:1: dataset row is longer than 1,048,576 bytes/);
  });

  it('a duplicate case id: both rows named, before any call', async () => {
    const rows = FIXTURE['evals/questions.jsonl'].split('\n');
    rows.push(rows[0]);
    const dataset = rows.filter(Boolean).join('\n') + '\n';
    const result = await cliOn({ 'evals/questions.jsonl': dataset });
    expectPromptError(
      result,
      new RegExp(
        `evals/questions\\.jsonl:${rows.filter(Boolean).length}: duplicate case id "return-tent", first used at evals/questions\\.jsonl:1`,
      ),
    );
  });
});
