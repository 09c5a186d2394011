/**
 * The built action (`node dist/index.js`) on pull_request events, against loopback GitHub and
 * OpenAI-compatible servers: exit code, outputs, the sticky comment, the check run, the summary.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { readFixtureFiles, type FileMap } from '../helpers/fixture-repo.js';
import { ACTIONS_BOT, startGitHubServer, type ServerUser } from '../helpers/github-server.js';
import {
  PR_NUMBER,
  SECRET_KEY,
  parseJsonReport,
  pullFilesOf,
  readOutputFile,
  withScenario,
} from './harness.js';
import { REFUND_RULE, supportModel } from './scripted-model.js';

const MARKER = '<!-- promptgate:sticky -->';
const support = { respond: supportModel() };

describe('a pull request that regresses a prompt', () => {
  it.concurrent(
    'fails the step, posts one sticky comment it later updates, and a failing check run with annotations',
    async () =>
      withScenario(support, async ({ act, github, repoFrom }) => {
        const repo = await repoFrom('support');
        const gh = await github(repo);

        const first = await act({ repo, githubUrl: gh.url });
        expect(first.code).toBe(1);
        expect(first.outputs.verdict).toBe('regression');
        expect(first.outputs.failed).toBe('true');
        expect(first.outputs.regressions).toBe('1');
        expect(first.stdout).toContain('::error::');

        expect(gh.state.comments).toHaveLength(1);
        const [comment] = gh.state.comments;
        expect(comment.body).toContain(MARKER);
        expect(comment.body).toContain('prompts/support.md');
        expect(comment.body).toMatch(/regression/i);
        expect(first.outputs['comment-id']).toBe(String(comment.id));

        expect(gh.state.checkRuns).toHaveLength(1);
        const [check] = gh.state.checkRuns;
        expect(check.head_sha).toBe(repo.headSha);
        expect(check.status).toBe('completed');
        expect(check.conclusion).toBe('failure');
        expect(check.annotations.length).toBeGreaterThan(0);
        expect(JSON.stringify(check.annotations)).toContain('prompts/support.md');

        for (const output of ['report-path', 'json-path', 'junit-path']) {
          expect(
            existsSync(
              isAbsolute(first.outputs[output])
                ? first.outputs[output]
                : join(repo.dir, first.outputs[output]),
            ),
          ).toBe(true);
        }
        const json = parseJsonReport(readOutputFile(repo, first.outputs['json-path']));
        expect(json.status).toBe('regression');
        const junit = readOutputFile(repo, first.outputs['junit-path']);
        expect(junit).toContain('<testsuite');
        expect(junit).toContain('<failure');
        expect(first.summary).toContain('prompts/support.md');

        const second = await act({ repo, githubUrl: gh.url });
        expect(second.code).toBe(1);
        expect(gh.state.comments).toHaveLength(1);
        expect(second.outputs['comment-id']).toBe(String(comment.id));
        expect(
          gh.state.requests.some((r) => r.method === 'PATCH' && r.url.includes(`/comments/${comment.id}`)),
        ).toBe(true);
      }),
  );
});

describe('a pull request that keeps the prompt healthy', () => {
  it.concurrent('passes with a successful check run', async () =>
    withScenario(support, async ({ act, github, repoOf }) => {
      const base = readFixtureFiles('support', 'base');
      const head = {
        ...base,
        'prompts/support.md': base['prompts/support.md'].replace(
          'support assistant',
          'friendly support assistant',
        ),
      };
      const repo = await repoOf(base, head);
      const gh = await github(repo);
      const result = await act({ repo, githubUrl: gh.url });
      expect(result.code).toBe(0);
      expect(result.outputs.verdict).toBe('pass');
      expect(result.outputs.failed).toBe('false');
      expect(gh.state.checkRuns[0]?.conclusion).toBe('success');
      expect(gh.state.comments[0]?.body).toContain('prompts/support.md');
    }),
  );
});

describe('a pull request that touches no prompt', () => {
  it.concurrent('succeeds at once with a one-line report and calls no model', async () =>
    withScenario(support, async ({ act, github, repoOf, openai }) => {
      const base = readFixtureFiles('support', 'base');
      const repo = await repoOf(base, { ...base, 'README.md': '# Acme support bot\n\nNow with a logo.\n' });
      const gh = await github(repo);
      const result = await act({ repo, githubUrl: gh.url });
      expect(result.code).toBe(0);
      expect(result.outputs.verdict).toBe('pass');
      expect(result.outputs.prompts).toBe('0');
      expect(openai.count()).toBe(0);
      expect(gh.state.checkRuns[0]?.conclusion).toBe('success');
      const body = gh.state.comments[0]?.body ?? '';
      expect(body).toMatch(/No prompt changed/);
      // One line of verdict: no table, no case list.
      expect(body).not.toContain('| Prompt');
      expect(body).not.toContain('Failing cases');
    }),
  );
});

describe('sticky comment on a busy pull request', () => {
  it.concurrent(
    'finds its own comment past the first page by marker and author, and leaves a pasted marker alone',
    async () =>
      withScenario(support, async ({ act, github, repoFrom }) => {
        const repo = await repoFrom('support');
        const human: ServerUser = { login: 'octocat', id: 1, type: 'User' };
        const comments = Array.from({ length: 150 }, (_, i) => ({
          issue_number: PR_NUMBER,
          body: i === 3 ? `Quoting the bot: ${MARKER} old report` : `review comment ${i}`,
          user: human,
        }));
        comments.splice(120, 0, {
          issue_number: PR_NUMBER,
          body: `${MARKER}\nold report`,
          user: ACTIONS_BOT,
        });
        const gh = await github(repo, { comments });
        const ours = gh.state.comments[120];

        const result = await act({ repo, githubUrl: gh.url });
        expect(result.code).toBe(1);
        expect(gh.state.comments).toHaveLength(151);
        expect(result.outputs['comment-id']).toBe(String(ours.id));
        expect(ours.body).not.toContain('old report');
        expect(ours.body).toContain('prompts/support.md');
        expect(gh.state.comments[3].body).toBe(`Quoting the bot: ${MARKER} old report`);
      }),
  );
});

describe('a pull request with more files than the API lists', () => {
  it.concurrent('falls back to git diff and says so', async () =>
    withScenario(support, async ({ act, github, repoFrom }) => {
      const repo = await repoFrom('support');
      const filler = Array.from({ length: 3001 }, (_, i) => ({
        filename: `docs/generated/page-${i}.md`,
        status: 'added' as const,
      }));
      const gh = await github(repo, { pullFiles: { [PR_NUMBER]: filler } });
      // Put the real change past the 3,000-file cap, where the API never shows it.
      gh.state.pullFiles.set(PR_NUMBER, [...filler, ...(await pullFilesOf(repo))]);
      const result = await act({ repo, githubUrl: gh.url });
      expect(result.outputs.prompts).toBe('1');
      expect(result.outputs.verdict).toBe('regression');
      expect(result.summary).toContain('git diff');
      expect(result.summary).toMatch(/3,000/);
      expect(gh.state.comments[0].body).toContain('git diff');
    }),
  );
});

describe('renamed and deleted prompts', () => {
  it.concurrent('reports the rename with the base read from the old path, and the removal', async () =>
    withScenario(support, async ({ act, github, repoOf, openai }) => {
      const base: FileMap = {
        ...readFixtureFiles('support', 'base'),
        'prompts/returns.md':
          '---\nsystem: You handle returns for Acme Outdoor.\n---\nReturn question: {{question}}\n',
      };
      const { 'prompts/support.md': moved, 'prompts/returns.md': _removed, ...rest } = base;
      const head = {
        ...rest,
        'prompts/help-desk.md': moved.replace('Acme Outdoor, a shop', 'Acme Outdoor (help desk), a shop'),
      };
      const repo = await repoOf(base, head);
      const gh = await github(repo);
      const result = await act({ repo, githubUrl: gh.url });

      const files = gh.state.pullFiles.get(PR_NUMBER) ?? [];
      expect(files).toContainEqual(
        expect.objectContaining({
          filename: 'prompts/help-desk.md',
          status: 'renamed',
          previous_filename: 'prompts/support.md',
        }),
      );
      const systems = openai.requests.map((r) => r.messages[0].content);
      // The base version exists only at the old path: these requests prove it was read from there.
      expect(systems.filter((s) => s.includes(REFUND_RULE) && !s.includes('help desk')).length).toBe(8);
      expect(systems.filter((s) => s.includes('help desk')).length).toBe(8);
      expect(systems.some((s) => s.includes('You handle returns'))).toBe(false);

      const body = gh.state.comments[0].body;
      expect(body).toMatch(/`prompts\/help-desk\.md` \(was `prompts\/support\.md`\) \| renamed/);
      expect(body).toMatch(/`prompts\/returns\.md` \| removed \| 🗑️ removed/);
      // Evaluated prompts only: the removed one had nothing to run.
      expect(result.outputs.prompts).toBe('1');
    }),
  );
});

describe('a pull request from a fork, without secrets', () => {
  it.concurrent(
    'does not fail, concludes neutral, says what it skipped and why, and never mentions a 401',
    async () =>
      withScenario(support, async ({ act, github, repoFrom, openai }) => {
        const repo = await repoFrom('support');
        const gh = await github(repo);
        const result = await act({ repo, githubUrl: gh.url, apiKey: null, fromFork: true });
        expect(result.code).toBe(0);
        expect(result.outputs.failed).toBe('false');
        expect(result.outputs.verdict).toBe('skipped');
        expect(openai.count()).toBe(0);
        expect(gh.state.checkRuns[0]?.conclusion).toBe('neutral');
        expect(result.summary).toContain('OPENAI\\_API\\_KEY is not set');
        expect(result.summary).toMatch(/not run/i);
        const everything = [result.everything, ...gh.state.comments.map((c) => c.body)].join('\n');
        expect(everything).not.toMatch(/\b401\b/);
        expect(everything).not.toMatch(/incorrect api key|unauthori[sz]ed/i);
        const verdictLine = gh.state.comments[0].body.split('\n').find((line) => line.startsWith('### '));
        expect(verdictLine).toMatch(/skipped/);
        expect(verdictLine).not.toMatch(/\.\.$/);
      }),
  );

  it.concurrent('with a key, never prints the key anywhere', async () =>
    withScenario(support, async ({ act, github, repoFrom }) => {
      const repo = await repoFrom('support');
      const gh = await github(repo);
      const result = await act({ repo, githubUrl: gh.url, inputs: { 'report-dir': 'out' } });
      expect(result.outputs.verdict).toBe('regression');
      const reports = ['report-path', 'json-path', 'junit-path'].map((o) =>
        readOutputFile(repo, result.outputs[o]),
      );
      const published = [
        ...gh.state.comments.map((c) => c.body),
        ...gh.state.checkRuns.map((r) => JSON.stringify(r)),
        ...gh.state.requests.map((r) => JSON.stringify(r.body ?? '')),
      ];
      // The one line that carries it is the runner's own instruction to mask it.
      expect(result.stdout).toContain(`::add-mask::${SECRET_KEY}\n`);
      const log = result.everything.replaceAll(`::add-mask::${SECRET_KEY}\n`, '');
      for (const text of [log, ...reports, ...published]) expect(text).not.toContain(SECRET_KEY);
    }),
  );
});

describe('a token that may not write checks', () => {
  it.concurrent('warns, still lands the comment, and the verdict stands', async () =>
    withScenario(support, async ({ act, github, repoFrom }) => {
      const repo = await repoFrom('support');
      const gh = await github(repo, { checksForbidden: true });
      const result = await act({ repo, githubUrl: gh.url });
      expect(result.code).toBe(1);
      expect(result.outputs.verdict).toBe('regression');
      expect(result.stdout).toMatch(/::warning::.*check run.*checks: write/);
      expect(gh.state.checkRuns).toHaveLength(0);
      expect(gh.state.comments).toHaveLength(1);
      expect(gh.state.comments[0].body).toContain('prompts/support.md');
    }),
  );
});

describe('a GitHub API that cannot be reached', () => {
  it.concurrent('fails the step with the listing error, not a crash, and calls no model', async () =>
    withScenario(support, async ({ act, repoFrom, openai }) => {
      const repo = await repoFrom('support');
      // The listing fails at once (nothing listens), while the engine is still loading.
      const gone = await startGitHubServer();
      await gone.close();
      const result = await act({ repo, githubUrl: gone.url });
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/::error::Promptgate could not run: .*ECONNREFUSED/);
      expect(result.stderr).toBe('');
      expect(openai.count()).toBe(0);
    }),
  );
});
