/**
 * The built CLI (`node dist/cli.js`): exit codes and messages a user sees at a terminal, and
 * record-then-replay without a provider.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFixtureFiles, type FileMap } from '../helpers/fixture-repo.js';
import { parseJsonReport, runCli, withScenario, type ProcessResult } from './harness.js';
import { supportModel } from './scripted-model.js';

const CONFIG = readFixtureFiles('support', 'head')['promptgate.yml'];
const PROMPT = readFixtureFiles('support', 'head')['prompts/support.md'];

/** 1-based line of the first line of `text` that contains `needle`. */
function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

/** A could-not-run failure: exit 2, one clear message, no stack trace. */
function expectCannotRun(result: ProcessResult): void {
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/^promptgate: /m);
  expect(result.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(result.stderr).not.toContain('unexpected error');
}

/** Runs the CLI on the support fixture whose head has `overlay` applied. */
async function cliOn(overlay: FileMap, args: string[] = []): Promise<ProcessResult> {
  return withScenario({ respond: supportModel() }, async ({ repoFrom, openai }) => {
    const repo = await repoFrom('support', { head: overlay });
    return runCli(['run', ...args], {
      cwd: repo.dir,
      env: { OPENAI_API_KEY: 'sk-cli-test', OPENAI_BASE_URL: openai.url },
    });
  });
}

describe('promptgate CLI: errors a user can act on', () => {
  it.concurrent('--repo that is not a folder: exit 2 naming it, not "git not found" or a crash', async () => {
    for (const repo of [join(tmpdir(), 'promptgate-no-such-folder'), join(process.cwd(), 'package.json')]) {
      const result = await runCli(['run', '--repo', repo], { cwd: tmpdir() });
      expectCannotRun(result);
      expect(result.stderr).toContain(`the repository folder ${repo} does not exist or is not a folder`);
    }
  });

  it.concurrent('an unknown config key: exit 2 with file:line:col and a did-you-mean', async () => {
    const config =
      'providers:\n  main: { model: gpt-4o-mini-2024-07-18 }\npromts:\n  - files: prompts/*.md\n';
    const result = await cliOn({ 'promptgate.yml': config });
    expectCannotRun(result);
    expect(result.stderr).toContain('promptgate.yml:3:1');
    expect(result.stderr).toContain('did you mean "prompts"');
  });

  it.concurrent('a value of the wrong type: exit 2 with file:line:col and what was expected', async () => {
    const config = CONFIG.replace('concurrency: 8', 'concurrency: many');
    const result = await cliOn({ 'promptgate.yml': config });
    expectCannotRun(result);
    expect(result.stderr).toMatch(new RegExp(`promptgate\\.yml:${lineOf(config, 'concurrency')}:\\d+`));
    expect(result.stderr).toMatch(/concurrency[^\n]*expected[^\n]*integer[^\n]*many/);
  });

  it.concurrent('a malformed dataset line: that prompt ends as an error with file:line, exit 1', async () => {
    const rows = readFixtureFiles('support', 'head')['evals/questions.jsonl'].split('\n');
    rows[2] = '{"id": "broken", "vars": {"question": "unterminated}';
    const result = await cliOn({ 'evals/questions.jsonl': rows.join('\n') });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/evals\/questions\.jsonl:3\b/);
    expect(result.stdout).toMatch(/could not be read, nothing was run for it: evals\/questions\.jsonl:3\b/);
  });

  it.concurrent(
    'a missing template variable: that prompt ends as an error naming the case and the variable; the other prompt still runs',
    async () => {
      const prompt = PROMPT.replace('{{question}}', '{{question}} (customer: {{customer_name}})');
      const result = await cliOn({ 'prompts/support.md': prompt, 'prompts/extra.md': PROMPT }, [
        '--format',
        'json',
      ]);
      expect(result.code).toBe(1);
      const report = parseJsonReport(result.stdout);
      const broken = report.prompts.find((p) => p.prompt === 'prompts/support.md');
      const other = report.prompts.find((p) => p.prompt === 'prompts/extra.md');
      expect(broken?.status).toBe('error');
      expect(broken?.findings[0]?.sentence).toContain('"return-tent"');
      expect(broken?.findings[0]?.sentence).toContain('"customer_name"');
      expect(other?.counts.ok).toBeGreaterThan(0);
    },
  );

  it.concurrent("a broken base version: reported as the base's, head still judged", async () => {
    const result = await withScenario({ respond: supportModel() }, async ({ repoFrom, openai }) => {
      const repo = await repoFrom('support', {
        // The base asks for a variable no case supplies: it cannot be rendered.
        base: { 'prompts/support.md': PROMPT.replace('{{question}}', '{{question}} {{ticket_id}}') },
      });
      return runCli(['run', '--format', 'json'], {
        cwd: repo.dir,
        env: { OPENAI_API_KEY: 'sk-cli-test', OPENAI_BASE_URL: openai.url },
      });
    });
    expect(result.code).not.toBe(2);
    const prompt = parseJsonReport(result.stdout).prompts.find((p) => p.prompt === 'prompts/support.md');
    expect(prompt?.findings.find((f) => f.check === 'base')?.sentence).toMatch(
      /^the base version could not be read \(.*prompts\/support\.md.*"ticket_id"/,
    );
    expect(prompt?.counts.ok).toBeGreaterThan(0);
  });

  it.concurrent('baseline records head only: one call per case and repeat', async () => {
    await withScenario({ respond: supportModel() }, async ({ repoFrom, openai }) => {
      const repo = await repoFrom('support');
      const result = await runCli(['baseline', '--out', 'approved.json'], {
        cwd: repo.dir,
        env: { OPENAI_API_KEY: 'sk-cli-test', OPENAI_BASE_URL: openai.url },
      });
      expect(result.code).toBe(0);
      const baseline = JSON.parse(readFileSync(join(repo.dir, 'approved.json'), 'utf8')) as {
        prompts: Record<string, { cases: Record<string, { runs: unknown[] }> }>;
      };
      const runs = Object.values(baseline.prompts).flatMap((p) =>
        Object.values(p.cases).flatMap((c) => c.runs),
      );
      expect(runs.length).toBeGreaterThan(0);
      expect(openai.count()).toBe(runs.length);
    });
  });

  it.concurrent('an unknown check name: exit 2 with a suggestion', async () => {
    const config = CONFIG.replace('- contains: refund policy', '- containz: refund policy');
    const result = await cliOn({ 'promptgate.yml': config });
    expectCannotRun(result);
    expect(result.stderr).toContain('did you mean "contains"');
    expect(result.stderr).toMatch(new RegExp(`promptgate\\.yml:${lineOf(config, 'containz')}`));
  });

  it.concurrent('an unknown flag: exit 2', async () => {
    const result = await cliOn({}, ['--bogus']);
    expectCannotRun(result);
    expect(result.stderr).toContain('--bogus');
  });
});

describe('promptgate CLI: output and replay', () => {
  it.concurrent('--version and -v print the version in package.json, from any folder', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const result = await runCli([flag], { cwd: tmpdir() });
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(`promptgate ${version}\n`);
    }
  });

  it.concurrent('--format json prints the results as JSON', async () => {
    const result = await cliOn({}, ['--format', 'json']);
    expect(result.code).toBe(1);
    const json = parseJsonReport(result.stdout);
    expect(json.status).toBe('regression');
    expect(json.prompts[0].prompt).toBe('prompts/support.md');
  });

  // Where Node can replace the process (22.15+, not Windows), dist/cli.js re-executes itself with the
  // young generation bounded and marks the new process; elsewhere the engine runs in a worker. This
  // runs the marked path on any runtime: the same verdict, the same exit code, from the same process.
  it.concurrent(
    'the engine started in the process itself, as after re-executing: the same verdict',
    async () => {
      const result = await cliOn({}, ['--format', 'json']);
      const inProcess = await withScenario({ respond: supportModel() }, async ({ repoFrom, openai }) => {
        const repo = await repoFrom('support');
        return runCli(['run', '--format', 'json'], {
          cwd: repo.dir,
          env: {
            OPENAI_API_KEY: 'sk-cli-test',
            OPENAI_BASE_URL: openai.url,
            PROMPTGATE_ENGINE_PROCESS: '1',
          },
        });
      });
      expect(inProcess.code).toBe(1);
      expect(parseJsonReport(inProcess.stdout).status).toBe(parseJsonReport(result.stdout).status);
      expect(parseJsonReport(inProcess.stdout).prompts.map((p) => p.status)).toEqual(
        parseJsonReport(result.stdout).prompts.map((p) => p.status),
      );
    },
  );

  it.concurrent('a provider that streams: the same verdict, from answers read as they arrive', async () => {
    await withScenario({ respond: supportModel() }, async ({ repoFrom, openai }) => {
      const config = CONFIG.replace(
        'model: gpt-4o-mini-2024-07-18',
        'model: gpt-4o-mini-2024-07-18\n    stream: true',
      );
      const repo = await repoFrom('support', { head: { 'promptgate.yml': config } });
      const result = await runCli(['run', '--format', 'json'], {
        cwd: repo.dir,
        env: { OPENAI_API_KEY: 'sk-cli-stream', OPENAI_BASE_URL: openai.url },
      });
      expect(result.code).toBe(1);
      expect(parseJsonReport(result.stdout).status).toBe('regression');
      expect(openai.requests.length).toBeGreaterThan(0);
      expect(openai.requests.every((body) => body.stream === true)).toBe(true);
    });
  });

  it.concurrent('record, then run from the recorded cassettes with zero requests', async () => {
    await withScenario({ respond: supportModel() }, async ({ repoFrom, openai }) => {
      // Replay is the repository's policy already: a change cannot switch it on for itself.
      const config = CONFIG.replace('mode: "off"', 'mode: replay');
      const repo = await repoFrom('support', {
        base: { 'promptgate.yml': config },
        head: { 'promptgate.yml': config },
      });
      const env = { OPENAI_BASE_URL: openai.url };

      const recorded = await runCli(['record', '--format', 'json'], {
        cwd: repo.dir,
        env: { ...env, OPENAI_API_KEY: 'sk-cli-record' },
      });
      expect(recorded.code).toBe(1);
      const calls = openai.count();
      expect(calls).toBe(16);

      const replayed = await runCli(['run', '--format', 'json'], { cwd: repo.dir, env });
      expect(openai.count()).toBe(calls);
      expect(replayed.code).toBe(1);
      const [before, after] = [parseJsonReport(recorded.stdout), parseJsonReport(replayed.stdout)];
      expect(after.status).toBe('regression');
      expect(after.prompts[0].passRate).toEqual(before.prompts[0].passRate);
    });
  });
});
