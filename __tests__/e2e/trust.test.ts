/**
 * A hostile pull request against the built action and CLI: it cannot send requests or keys where it
 * likes, cannot loosen its own gate, and cannot make the gate read a file outside the repository.
 */
import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { readFixtureFiles, type FixtureRepo } from '../helpers/fixture-repo.js';
import { SECRET_KEY, parseJsonReport, readOutputFile, runCli, withScenario } from './harness.js';
import { supportModel } from './scripted-model.js';

const CONFIG = readFixtureFiles('support', 'head')['promptgate.yml'];
const support = { respond: supportModel() };

/** A server that records every request it gets, and answers what would pass any gate. */
async function startAttacker() {
  const seen: Array<{ url?: string; authorization?: string; body: string }> = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      seen.push({ url: req.url, authorization: req.headers.authorization, body });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          id: 'x',
          object: 'chat.completion',
          model: 'gpt-4o-mini-2024-07-18',
          choices: [{ index: 0, message: { role: 'assistant', content: 'See our refund policy.' } }],
          usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The support config with the provider's settings replaced by `provider` lines and `extra` appended. */
function hostileConfig(provider: string[], extra: string[] = []): string {
  const withProvider = CONFIG.replace(
    '    model: gpt-4o-mini-2024-07-18\n',
    ['    model: gpt-4o-mini-2024-07-18', ...provider.map((line) => `    ${line}`), ''].join('\n'),
  );
  return [withProvider.replace(/ {4}checks:\n {6}- contains: refund policy\n/, ''), ...extra, ''].join('\n');
}

/** 1-based line of the first line of `text` that contains `needle`. */
function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

const run = promisify(execFile);

/** Commits a symbolic link on top of the head: the new head has it, as a PR that adds one would. */
async function commitSymlink(repo: FixtureRepo, path: string, target: string): Promise<FixtureRepo> {
  mkdirSync(dirname(join(repo.dir, path)), { recursive: true });
  symlinkSync(target, join(repo.dir, path));
  await run('git', ['add', path], { cwd: repo.dir });
  await run('git', ['commit', '-q', '-m', 'link'], { cwd: repo.dir });
  const { stdout } = await run('git', ['rev-parse', 'HEAD'], { cwd: repo.dir });
  return { ...repo, headSha: stdout.trim() };
}

describe('a pull request that changes where requests go and what passes', () => {
  it.concurrent(
    'is gated under the base policy: the attacker gets nothing, the regression still fails, the change is reported',
    async () =>
      withScenario(support, async ({ act, github, repoFrom, openai }) => {
        const attacker = await startAttacker();
        try {
          const config = hostileConfig(
            [`baseURL: ${attacker.url}`],
            ['gate: { failOn: [] }', 'budget: { maxUsd: 1000 }'],
          );
          const repo = await repoFrom('support', { head: { 'promptgate.yml': config } });
          const gh = await github(repo);
          const result = await act({ repo, githubUrl: gh.url });

          expect(attacker.seen).toEqual([]);
          expect(openai.count()).toBe(16);
          expect(result.code).toBe(1);
          expect(result.outputs.verdict).toBe('regression');
          const json = parseJsonReport(readOutputFile(repo, result.outputs['json-path']));
          expect(json.policyChanges).toEqual(
            expect.arrayContaining([
              // The URL itself may be masked on the way out; the setting and both sides are named.
              expect.stringMatching(
                /^Policy change in this PR: providers\.main\.baseURL: \(unset\) in the base, ".+" in this change; the base's applies\.$/,
              ),
              `Policy change in this PR: gate.failOn: ["regression","threshold","error"] in the base, [] in this change; the base's applies.`,
              expect.stringMatching(
                /^Policy change in this PR: checks of prompts\[0\] \(promptgate\.yml:\d+\): contains/,
              ),
            ]),
          );
          // The Actions log warns too, so the change is visible on the run page.
          expect(result.stdout).toMatch(/^::warning::Policy change in this PR: providers\.main\.baseURL/m);
        } finally {
          await attacker.close();
        }
      }),
  );

  it.concurrent(
    'CLI: a key variable of its own choosing is not read; the base key goes to the base endpoint',
    async () =>
      withScenario(support, async ({ repoFrom, openai }) => {
        const attacker = await startAttacker();
        try {
          const config = hostileConfig([`baseURL: ${attacker.url}`, 'apiKeyEnv: DEPLOY_KEY']);
          const repo = await repoFrom('support', { head: { 'promptgate.yml': config } });
          const result = await runCli(['run', '--format', 'json'], {
            cwd: repo.dir,
            env: { OPENAI_API_KEY: SECRET_KEY, OPENAI_BASE_URL: openai.url, DEPLOY_KEY: 'deploy-secret-77' },
          });
          expect(attacker.seen).toEqual([]);
          expect(openai.count()).toBe(16);
          expect(result.code).toBe(1);
          expect(`${result.stdout}${result.stderr}`).not.toContain('deploy-secret-77');
          expect(parseJsonReport(result.stdout).policyChanges).toContain(
            `Policy change in this PR: providers.main.apiKeyEnv: (unset) in the base, "DEPLOY_KEY" in this change; the base's applies.`,
          );
        } finally {
          await attacker.close();
        }
      }),
  );

  it.concurrent("apiKeyEnv naming GitHub's token is a config error at its line; nothing is sent", async () =>
    withScenario(support, async ({ act, github, repoFrom, openai }) => {
      const attacker = await startAttacker();
      try {
        const config = hostileConfig([`baseURL: ${attacker.url}`, 'apiKeyEnv: GITHUB_TOKEN']);
        const repo = await repoFrom('support', { head: { 'promptgate.yml': config } });
        const gh = await github(repo);
        const result = await act({ repo, githubUrl: gh.url });
        expect(attacker.seen).toEqual([]);
        expect(openai.count()).toBe(0);
        expect(result.code).not.toBe(0);
        expect(result.stdout).toContain(
          `promptgate.yml:${lineOf(config, 'apiKeyEnv')}:16: providers.main.apiKeyEnv: GITHUB_TOKEN is one of GitHub's or the runner's own variables`,
        );
        // `::add-mask::` hands a secret to the runner to mask; it is the only place one may appear.
        expect(result.everything.replace(/^::add-mask::.*$/gm, '')).not.toContain('ghs_e2e-token');
      } finally {
        await attacker.close();
      }
    }),
  );
});

describe('a pull request that points a dataset outside the repository', () => {
  const OUTSIDE = 'OUTSIDE-SECRET-5c1f';

  it.concurrent.each([
    ['a parent folder', '../outside-5c1f.jsonl', 'leaves the repository'],
    ['an absolute path', '/etc/passwd', 'is an absolute path'],
    ['git credentials', '.git/config', 'points into .git/'],
  ])('%s: a config error at its line, nothing read or sent', async (_name, dataset, problem) =>
    withScenario(support, async ({ act, github, repoFrom, openai }) => {
      const config = CONFIG.replace('datasets: [evals/questions.jsonl]', `datasets: [${dataset}]`);
      const repo = await repoFrom('support', { head: { 'promptgate.yml': config } });
      const outside = join(repo.dir, '..', 'outside-5c1f.jsonl');
      writeFileSync(outside, `{"question": "${OUTSIDE}"}\n`);
      // What actions/checkout leaves behind: a credential in .git/config.
      await run('git', ['config', 'http.extraheader', `AUTHORIZATION: basic ${OUTSIDE}`], { cwd: repo.dir });
      try {
        const gh = await github(repo);
        const result = await act({ repo, githubUrl: gh.url });
        expect(result.code).not.toBe(0);
        expect(result.stdout).toContain(
          `promptgate.yml:${lineOf(config, 'datasets:')}:16: prompts[0].datasets[0]: ${JSON.stringify(dataset)} ${problem}`,
        );
        expect(openai.count()).toBe(0);
        expect(result.everything).not.toContain(OUTSIDE);
        expect(result.everything).not.toMatch(/root:x?:0/);
        expect(JSON.stringify(gh.state)).not.toContain(OUTSIDE);
      } finally {
        rmSync(outside, { force: true });
      }
    }),
  );

  it.concurrent('a committed symbolic link: an error naming it, the outside file never read', async () =>
    withScenario(support, async ({ act, github, repoFrom, openai }) => {
      const config = CONFIG.replace('datasets: [evals/questions.jsonl]', 'datasets: [evals/*.jsonl]');
      const first = await repoFrom('support', { head: { 'promptgate.yml': config } });
      const outside = join(first.dir, '..', 'outside-link-5c1f.jsonl');
      writeFileSync(outside, `{"question": "${OUTSIDE}"}\n`);
      try {
        const repo = await commitSymlink(first, 'evals/linked.jsonl', outside);
        const gh = await github(repo);
        const result = await act({ repo, githubUrl: gh.url });
        expect(result.code).not.toBe(0);
        expect(result.stdout).toContain(
          `promptgate.yml:${lineOf(config, '- files:')}:5: dataset evals/linked.jsonl is a symbolic link`,
        );
        expect(openai.count()).toBe(0);
        expect(result.everything).not.toContain(OUTSIDE);
      } finally {
        rmSync(outside, { force: true });
      }
    }),
  );
});

describe('the pull request that adopts Promptgate', () => {
  it.concurrent("runs on the head's config and says the base had none", async () =>
    withScenario(support, async ({ act, github, repoOf, openai }) => {
      const head = readFixtureFiles('support', 'head');
      const repo = await repoOf({ 'README.md': '# Acme\n' }, head);
      const gh = await github(repo);
      const result = await act({ repo, githubUrl: gh.url });
      expect(openai.count()).toBeGreaterThan(0);
      const json = parseJsonReport(readOutputFile(repo, result.outputs['json-path']));
      expect(json.prompts.map((p) => p.change)).toEqual(['added']);
      expect(json.policyChanges).toEqual([
        'No promptgate.yml at the base commit: this change adopts Promptgate, so its own config chose the endpoints, API key variables and gate policy. Review them by hand.',
      ]);
    }),
  );
});

describe('a prompt glob that matches nothing', () => {
  it.concurrent('is a warning in the report, not a silent pass', async () =>
    withScenario(support, async ({ act, github, repoFrom }) => {
      const config = `${CONFIG}\n`.replace(
        'prompts:\n',
        'prompts:\n  - files: prompts/**/*.prompty\n    datasets: [evals/questions.jsonl]\n',
      );
      const repo = await repoFrom('support', {
        base: { 'promptgate.yml': config },
        head: { 'promptgate.yml': config },
      });
      const gh = await github(repo);
      const result = await act({ repo, githubUrl: gh.url });
      const where = `(promptgate.yml:${lineOf(config, '*.prompty')}) matches no file in the head commit`;
      expect(result.stdout).toContain(`::warning::prompts[0].files "prompts/**/*.prompty" ${where}`);
      // Markdown escapes the glob's stars; the sentence and its place stay readable.
      expect(result.summary).toContain(where);
      expect(gh.state.comments[0].body).toContain(where);
    }),
  );
});
