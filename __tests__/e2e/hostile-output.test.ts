/**
 * The built action on hostile content: a file name that tries to write workflow commands into the
 * log, a model answer that leaks a key and a card number, a provider that echoes the API key in its
 * error body. Nothing it catches is republished, and no line of its log is a command it did not write.
 */
import { describe, expect, it } from '@jest/globals';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFixtureFiles, type FixtureRepo } from '../helpers/fixture-repo.js';
import { startGitHubServer } from '../helpers/github-server.js';
import {
  PR_NUMBER,
  SECRET_KEY,
  pullFilesOf,
  readOutputFile,
  readPageData,
  runAction,
  runCli,
  withScenario,
  type ActionResult,
  type GitHubServer,
} from './harness.js';
import { REFUND_RULE, systemOf, supportModel } from './scripted-model.js';

/** A fake OpenAI key of the published shape and a Luhn-valid card number. */
const LEAKED_KEY = `sk-proj-${'f3Kq9ZxW2mLp7RtY4vBn8HcJ6dGs1AeU'.repeat(2).slice(0, 48)}`;
const CARD = '4242 4242 4242 4242';

/** Workflow commands the action itself writes through @actions/core. */
const OWN_COMMANDS = /^::(?:add-mask|debug|error|warning|notice|group|endgroup)::/;

/** Every surface the action published: comment, check run, job summary, report files (the page's data inflated), log. */
function everySurface(result: ActionResult, gh: GitHubServer, repo: FixtureRepo): string {
  const files = ['report-path', 'json-path', 'junit-path'].map((output) =>
    readOutputFile(repo, result.outputs[output]),
  );
  const page = readPageData(readOutputFile(repo, result.outputs['html-path']));
  return [
    result.everything,
    ...gh.state.comments.map((c) => c.body),
    JSON.stringify(gh.state.checkRuns),
    ...files,
    page,
  ].join('\n');
}

describe('a changed prompt file named to write workflow commands', () => {
  it.concurrent('leaves no line in the log that starts a command the action did not write', async () =>
    withScenario({ respond: supportModel() }, async ({ repoOf, openai }) => {
      const base = readFixtureFiles('support', 'base');
      const head = readFixtureFiles('support', 'head');
      const hostile =
        'prompts/x\n::warning file=x::pwned\r::stop-commands::t0k\u2028::error::u ##[add-mask]v.md';
      const repo = await repoOf(base, { ...head, [hostile]: head['prompts/support.md'] });
      const pullFiles = [
        ...(await pullFilesOf(repo)).filter((f) => !f.filename.startsWith('"')),
        {
          filename: hostile,
          status: 'added' as const,
        },
      ];
      const gh = await startGitHubServer({ pullFiles: { [PR_NUMBER]: pullFiles } });
      try {
        const result = await runAction({
          repo,
          githubUrl: gh.url,
          openaiUrl: openai.url,
          apiKey: SECRET_KEY,
        });
        const log = `${result.stdout}\n${result.stderr}`;
        for (const line of log.split(/\r\n|\r|\n/)) {
          const trimmed = line.trimStart();
          if (trimmed.startsWith('::')) expect(trimmed).toMatch(OWN_COMMANDS);
          expect(line).not.toContain('##[');
        }
        // The name is still shown, with what would have been a command escaped visibly.
        expect(log).toContain('<U+003A>:warning file=x::pwned');
        expect(log).toContain('<U+000D>');
        expect(log).toContain('<U+2028>');
      } finally {
        await gh.close();
      }
    }),
  );
});

describe('case ids written to start workflow commands, through the CLI', () => {
  it.concurrent.each(['junit', 'json', 'markdown'])(
    '--format %s prints no line a runner would read as a command',
    async (format) =>
      withScenario({ respond: supportModel() }, async ({ repoFrom, openai }) => {
        const hostileIds = (rows: string): string =>
          rows.replace(/"id": "([^"]+)"/g, (_, id: string) =>
            JSON.stringify({
              id: `${id}\n::warning file=x::pwned\r::stop-commands::t ##[add-mask]v\u2028`,
            }).slice(1, -1),
          );
        const base = readFixtureFiles('support', 'base');
        const head = readFixtureFiles('support', 'head');
        const repo = await repoFrom('support', {
          base: { 'evals/questions.jsonl': hostileIds(base['evals/questions.jsonl']) },
          head: { 'evals/questions.jsonl': hostileIds(head['evals/questions.jsonl']) },
        });
        const result = await runCli(['run', '--format', format], {
          cwd: repo.dir,
          env: { OPENAI_API_KEY: SECRET_KEY, OPENAI_BASE_URL: openai.url, PROMPTGATE_DEBUG: '1' },
        });
        expect(result.code).toBe(1);
        expect(result.stdout).toContain('pwned');
        for (const line of `${result.stdout}\n${result.stderr}`.split(/\r\n|\r|\n/)) {
          expect(line.trimStart()).not.toMatch(/^::/);
          expect(line).not.toContain('##[');
        }
      }),
  );
});

describe('a model answer that leaks a key and a card number', () => {
  it.concurrent('is failed by the checks, and neither value appears in full anywhere', async () =>
    withScenario(
      {
        respond: (body) =>
          systemOf(body).includes(REFUND_RULE)
            ? 'Please see our refund policy for the details.'
            : `Sure! The admin key is ${LEAKED_KEY} and the card on file is ${CARD}.`,
      },
      async ({ act, github, repoFrom }) => {
        const checks = '    checks:\n      - contains: refund policy\n      - secrets: {}\n      - pii: {}\n';
        const withChecks = (config: string): string =>
          config.replace(/ {4}checks:\n {6}- contains: refund policy\n/, checks);
        const base = readFixtureFiles('support', 'base');
        const head = readFixtureFiles('support', 'head');
        const repo = await repoFrom('support', {
          base: { 'promptgate.yml': withChecks(base['promptgate.yml']) },
          head: { 'promptgate.yml': withChecks(head['promptgate.yml']) },
        });
        const gh = await github(repo);
        const result = await act({ repo, githubUrl: gh.url });
        expect(result.code).toBe(1);

        const all = everySurface(result, gh, repo);
        expect(all).not.toContain(LEAKED_KEY);
        expect(all).not.toContain(LEAKED_KEY.slice(0, 24));
        expect(all).not.toContain(CARD);
        expect(all).not.toContain(CARD.replace(/ /g, ''));
        // What was caught is still named, masked, where a reviewer reads it.
        const [comment] = gh.state.comments;
        expect(comment.body).toMatch(/OpenAI API key: sk\\?-pro…\(56 chars\)/);
        expect(comment.body).toContain('credit-card: 4242…(19 chars)');
        expect(readOutputFile(repo, result.outputs['junit-path'])).toContain(
          '[credit-card: 4242…(19 chars)]',
        );
      },
    ),
  );
});

/** An OpenAI-compatible endpoint that rejects every call, echoing the key it was sent. */
async function startKeyEchoingProvider(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const key = (req.headers.authorization ?? '').replace(/^Bearer /, '');
    req.resume();
    req.on('end', () => {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          error: {
            message: `Incorrect API key provided: ${key}. You can find your API key at https://platform.example/keys.`,
            type: 'invalid_request_error',
            code: 'invalid_api_key',
          },
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('a provider that echoes the API key in its error body', () => {
  it.concurrent('never shows the key, and registers it with the runner as a secret', async () =>
    withScenario({}, async ({ github, repoFrom }) => {
      // No published shape: only the registration of the configured key can mask it.
      const apiKey = 'pg-e2e-opaque-credential-0451';
      const repo = await repoFrom('support');
      const gh = await github(repo);
      const provider = await startKeyEchoingProvider();
      try {
        const result = await runAction({ repo, githubUrl: gh.url, openaiUrl: provider.url, apiKey });
        expect(result.code).toBe(1);
        expect(result.stdout).toContain(`::add-mask::${apiKey}\n`);

        const all = everySurface(result, gh, repo).replaceAll(`::add-mask::${apiKey}`, '');
        expect(all).not.toContain(apiKey);
        expect(all).not.toContain(apiKey.slice(0, 12));
        // The error is still reported, with the key masked.
        expect(gh.state.comments[0].body).toContain('Incorrect API key provided');
        expect(gh.state.comments[0].body).toContain('\\[OPENAI\\_API\\_KEY: pg-e2e…(');
      } finally {
        await provider.close();
      }
    }),
  );
});
