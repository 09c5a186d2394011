/**
 * GitHub Models end to end, through the built action and CLI: a pull request gated with the
 * workflow's token and no API key; a plan the day cannot hold stopped before its first call; a daily
 * limit met mid-run; a token without `models: read`; and `promptgate init` on three repositories of
 * different shapes, whose fresh configs then pass. Only loopback servers are called.
 */
import { describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { readFolderFiles, type FileMap } from '../helpers/fixture-repo.js';
import {
  startGitHubModelsServer,
  type GitHubModelsServer,
  type GitHubModelsServerOptions,
} from '../helpers/github-models-server.js';
import type { ChatBody } from '../helpers/openai-server.js';
import { parseJsonReport, runCli, withScenario, type Scenario } from './harness.js';

/** The token the harness gives the action as its `github-token` input. */
const WORKFLOW_TOKEN = 'ghs_e2e-token';
const INIT_FIXTURES = fileURLToPath(new URL('../../fixtures/init', import.meta.url));

/** A model that keeps Acme's refund policy in every answer. */
const answer = (body: ChatBody): string => `Per our refund policy: ${body.messages.at(-1)?.content ?? ''}`;

const PROMPT = (tone: string) => `name: Support reply
messages:
  - role: system
    content: You answer customers of Acme${tone}.
  - role: user
    content: '{{question}}'
testData:
  - question: How long do I have to return a parcel?
  - question: Can I get a refund on a gift card?
  - question: Where is my order?
evaluators:
  - name: mentions the refund policy
    string:
      contains: refund policy
`;

const CONFIG = (limits = '') => `providers:
  main:
    type: github-models
    model: openai/gpt-4o-mini
${limits}prompts:
  - files: prompts/*.prompt.yml
    checks:
      - secrets: {}
`;

/** Runs `fn` with a GitHub Models server for the workflow token, its URL in the step's environment. */
async function withModels<T>(
  opts: Partial<GitHubModelsServerOptions>,
  fn: (scenario: Scenario, models: GitHubModelsServer, env: Record<string, string>) => Promise<T>,
  openaiOptions: Parameters<typeof withScenario>[0] = {},
): Promise<T> {
  const models = await startGitHubModelsServer({ token: WORKFLOW_TOKEN, respond: answer, ...opts });
  try {
    return await withScenario(openaiOptions, (scenario) =>
      fn(scenario, models, { PROMPTGATE_GITHUB_MODELS_URL: `${models.url}/inference` }),
    );
  } finally {
    await models.close();
  }
}

/** A pull request that changes the support prompt's wording, under `config` at base and head. */
function pullRequest(scenario: Scenario, config: string) {
  return scenario.repoOf(
    { 'promptgate.yml': config, 'prompts/support.prompt.yml': PROMPT('') },
    { 'promptgate.yml': config, 'prompts/support.prompt.yml': PROMPT(', kindly') },
  );
}

const completions = (models: GitHubModelsServer) =>
  models.requests.filter((r) => r.path.endsWith('/chat/completions'));

describe('a pull request gated with GitHub Models', () => {
  it.concurrent('runs with the workflow token only: no API key, no secret; the free tier said plainly', () =>
    withModels({}, async (scenario, models, env) => {
      const repo = await pullRequest(scenario, CONFIG());
      const gh = await scenario.github(repo);
      const result = await scenario.act({ repo, githubUrl: gh.url, apiKey: null, env });
      expect(result.code).toBe(0);
      expect(result.outputs.verdict).toBe('pass');
      expect(completions(models)).toHaveLength(6);
      expect(completions(models).every((r) => r.headers.authorization === `Bearer ${WORKFLOW_TOKEN}`)).toBe(
        true,
      );
      expect(scenario.openai.count()).toBe(0);
      expect(result.stdout).toContain(
        'providers.main: GitHub Models openai/gpt-4o-mini, 15 requests a minute, 150 a day, 5 at once',
      );
      const comment = gh.state.comments[0]?.body ?? '';
      expect(comment).toContain('GitHub Models free tier (no charge)');
      expect(comment).toMatch(/tokens \d[\d,]* in, \d[\d,]* out/);
      // Masked from the first line on: the only place it appears is the mask command itself.
      expect(result.everything.replaceAll(`::add-mask::${WORKFLOW_TOKEN}\n`, '')).not.toContain(
        WORKFLOW_TOKEN,
      );
    }),
  );

  it.concurrent('a plan over the daily limit stops before any call and says what fits', () =>
    withModels({}, async (scenario, models, env) => {
      const repo = await pullRequest(scenario, CONFIG('    limits: { requestsPerDay: 4 }\n'));
      const gh = await scenario.github(repo);
      const result = await scenario.act({ repo, githubUrl: gh.url, apiKey: null, env });
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(
        'The plan makes 6 requests to GitHub Models\' "low" tier, over its daily limit of 4 (the free tier\'s "low" tier (GitHub\'s table of 2026-12-05), providers.main over it; every use of the limit counts, and so do the day\'s earlier runs): 6 calls to openai/gpt-4o-mini on providers.main. No call was made. What fits: at repeats: 1, 2 of the 3 cases (4 requests)',
      );
      expect(completions(models)).toHaveLength(0);
    }),
  );

  it.concurrent('a daily limit met mid-run: the rest not run, no error storm, the verdict inconclusive', () =>
    withModels({ perDay: 3 }, async (scenario, models, env) => {
      const repo = await pullRequest(scenario, CONFIG());
      const gh = await scenario.github(repo);
      const result = await scenario.act({ repo, githubUrl: gh.url, apiKey: null, env });
      expect(result.code).toBe(0);
      expect(result.outputs.verdict).toBe('inconclusive');
      expect(gh.state.checkRuns[0]?.conclusion).toBe('neutral');
      expect(models.answered()).toBe(3);
      // Calls already in flight meet the limit too; none is sent after the first refusal is read.
      expect(completions(models).filter((r) => r.status === 429).length).toBeLessThanOrEqual(5);
      expect(completions(models)).toHaveLength(
        models.answered() + completions(models).filter((r) => r.status === 429).length,
      );
      expect(gh.state.comments[0]?.body).toMatch(
        /3 call\(s\) not run: GitHub Models daily limit: today's requests to openai\/gpt-4o-mini are spent \(UserByModelByDay\)/,
      );
      expect(result.stdout).not.toContain('::error::');
    }),
  );

  it.concurrent(
    'a token without models: read: one message naming the line to add, nothing counted as passed',
    () =>
      withModels({ forbidden: true }, async (scenario, models, env) => {
        const repo = await pullRequest(scenario, CONFIG());
        const gh = await scenario.github(repo);
        const result = await scenario.act({ repo, githubUrl: gh.url, apiKey: null, env });
        expect(result.outputs.verdict).toBe('skipped');
        expect(gh.state.checkRuns[0]?.conclusion).toBe('neutral');
        // The tier's 5 at once meet the refusal; no call is sent after it.
        expect(completions(models).length).toBeLessThanOrEqual(5);
        // The headline says it first (Markdown escapes its backticks).
        expect(gh.state.comments[0]?.body).toMatch(
          /Nothing ran: 6 call\(s\) not run: GitHub Models refused the token \(HTTP 403\): add \\?`models: read\\?` under \\?`permissions:\\?` in the workflow file/,
        );
      }),
  );
});

/** A second prompt, on its own provider entry: `openai/gpt-4o-mini` too, so the same tier. */
const FAQ_PROMPT = (tone: string) => `name: FAQ
messages:
  - role: system
    content: You answer questions on Acme's refund policy${tone}.
  - role: user
    content: '{{question}}'
testData:
  - question: Do you refund shipping?
  - question: Can I return a sale item?
`;

/** Two prompts on two entries of the "low" tier, and a judge on it too. */
const SHARED_CONFIG = (extra: string) => `providers:
  main:
    type: github-models
    model: openai/gpt-4o-mini
${extra}  faq:
    type: github-models
    model: openai/gpt-4o-mini
  judge:
    type: github-models
    model: openai/gpt-4o-mini
judge: judge
concurrency: 16
prompts:
  - files: prompts/support.prompt.yml
  - files: prompts/faq.prompt.yml
    provider: faq
    checks:
      - judge-custom:
          prompt: 'Answer yes or no: is this reply polite? {{completion}}'
          choices: [{ choice: 'yes', score: 1 }, { choice: 'no', score: 0 }]
`;

describe('GitHub Models quotas shared by every entry on a tier', () => {
  function sharedPullRequest(scenario: Scenario, config: string) {
    return scenario.repoOf(
      {
        'promptgate.yml': config,
        'prompts/support.prompt.yml': PROMPT(''),
        'prompts/faq.prompt.yml': FAQ_PROMPT(''),
      },
      {
        'promptgate.yml': config,
        'prompts/support.prompt.yml': PROMPT(', kindly'),
        'prompts/faq.prompt.yml': FAQ_PROMPT(', kindly'),
      },
    );
  }

  it.concurrent(
    "a plan whose entries each fit but together pass the tier's day stops before any call, counting the judge",
    () =>
      withModels({}, async (scenario, models, env) => {
        // 6 support calls, 4 faq calls and 4 judge calls: 14 on the tier, each entry alone under 10.
        const repo = await sharedPullRequest(scenario, SHARED_CONFIG('    limits: { requestsPerDay: 10 }\n'));
        const gh = await scenario.github(repo);
        const result = await scenario.act({ repo, githubUrl: gh.url, apiKey: null, env });
        expect(result.code).toBe(1);
        expect(result.stdout).toContain(
          'The plan makes 14 requests to GitHub Models\' "low" tier, over its daily limit of 10 (',
        );
        expect(result.stdout).toContain(
          '): 6 calls to openai/gpt-4o-mini on providers.main, 4 calls to openai/gpt-4o-mini on providers.faq, 4 judge calls to openai/gpt-4o-mini on providers.judge. No call was made. What fits: at repeats: 1, 4 of the 5 cases (10 requests)',
        );
        expect(result.stdout).toContain(
          'Or raise limits.requestsPerDay on providers.main and providers.faq and providers.judge',
        );
        expect(completions(models)).toHaveLength(0);
      }),
  );

  it.concurrent(
    'paces and bounds them together: the strictest entry holds the whole tier to 2 in flight',
    () =>
      withModels({ latencyMs: 60 }, async (scenario, models, env) => {
        // Without the response cache or cassettes: two judge calls on equal answers are the same
        // request, and whether the second is answered by the first's cache entry or recording depends
        // on which ended first (13 or 14).
        const config = `${SHARED_CONFIG('    concurrency: 2\n')}cache: { enabled: false }\ncassettes: { mode: "off" }\n`;
        const repo = await sharedPullRequest(scenario, config);
        const gh = await scenario.github(repo);
        const result = await scenario.act({ repo, githubUrl: gh.url, apiKey: null, env });
        expect(result.outputs.verdict).toBe('pass');
        expect(result.stdout).toContain(
          'GitHub Models\' "low" tier is one quota for openai/gpt-4o-mini on providers.main, openai/gpt-4o-mini on providers.faq, openai/gpt-4o-mini on providers.judge: 15 requests a minute, 150 a day, 2 at once',
        );
        // 10 calls of two entries, and 4 judge calls: never more than 2 at once on the tier.
        expect(models.answered()).toBe(14);
        expect(models.maxInFlight()).toBe(2);
      }),
  );
});

describe('toxicity via moderation with a GitHub Models judge', () => {
  it.concurrent(
    "sends nothing to OpenAI's moderation endpoint, the token least of all: the check is an error",
    () =>
      withModels(
        {},
        async (scenario, models, env) => {
          const config = `providers:
  main: { type: github-models, model: openai/gpt-4o-mini, apiKeyEnv: MODELS_TOKEN }
  judge: { type: github-models, model: openai/gpt-4o-mini, apiKeyEnv: MODELS_TOKEN }
judge: judge
prompts:
  - files: prompts/*.prompt.yml
    checks:
      - toxicity: { via: moderation }
`;
          const repo = await pullRequest(scenario, config);
          const gh = await scenario.github(repo);
          const result = await scenario.act({
            repo,
            githubUrl: gh.url,
            apiKey: null,
            env: { ...env, MODELS_TOKEN: WORKFLOW_TOKEN, OPENAI_BASE_URL: scenario.openai.url },
          });
          expect(models.answered()).toBe(6);
          expect(scenario.openai.moderations).toHaveLength(0);
          expect(scenario.openai.count()).toBe(0);
          expect(result.outputs.verdict).not.toBe('pass');
          expect(gh.state.comments[0]?.body).toContain('(no moderation endpoint: `via: moderation`');
        },
        { moderate: () => ({}) },
      ),
  );
});

describe('a Prompty model named without its publisher, on a GitHub Models entry', () => {
  const prompty = (model: string, tone: string) => `---
name: Summarize ticket
model:
  api: chat
  configuration:
    type: azure_openai
    azure_deployment: ${model}
sample:
  ticket: My parcel arrived broken and I want my money back.
---
system:
You summarise support tickets in one sentence for the refund policy team${tone}.

user:
{{ticket}}
`;
  const config = `providers:
  main:
    type: github-models
    model: openai/gpt-4o-mini
prompts:
  - files: prompts/*.prompty
`;

  it.concurrent.each([
    ['gpt-4o', 'openai/gpt-4o', undefined],
    [
      'gpt-4o-mnii',
      undefined,
      'names model "gpt-4o-mnii", and no model of the GitHub Models catalog has that name; did you mean "openai/gpt-4o-mini"?',
    ],
  ])('%s: runs as the catalog id it names, or is an error before any call', (model, resolved, error) =>
    withModels({}, async (scenario, models, env) => {
      const repo = await scenario.repoOf(
        { 'promptgate.yml': config, 'prompts/summarize.prompty': prompty(model, '') },
        { 'promptgate.yml': config, 'prompts/summarize.prompty': prompty(model, ', kindly') },
      );
      const gh = await scenario.github(repo);
      const result = await scenario.act({ repo, githubUrl: gh.url, apiKey: null, env });
      if (resolved) {
        expect(result.outputs.verdict).toBe('pass');
        expect(completions(models).map((r) => r.body?.model)).toEqual([resolved, resolved]);
      } else {
        expect(result.outputs.verdict).toBe('error');
        expect(completions(models)).toHaveLength(0);
        expect(gh.state.comments[0]?.body).toContain(error);
      }
    }),
  );
});

const git = promisify(execFile);

describe('promptgate init', () => {
  it.concurrent.each([
    ['github-models', ['prompts/support.prompt.yml'], [], 2, 2],
    ['prompty', ['src/agents/summarize.prompty'], [], 1, 0],
    [
      'templates',
      ['prompts/classify.prompt.yaml', 'templates/reply.md'],
      ['.github/workflows/promptgate.yml'],
      2,
      0,
    ],
  ])(
    'on a repository of %s: finds %j, never overwrites (%j kept), and its fresh config passes',
    (shape, prompts, kept, calls, folded) =>
      withModels({}, async (scenario, models, env) => {
        const files: FileMap = readFolderFiles(join(INIT_FIXTURES, shape));
        const repo = await scenario.repoOf(files, files);
        const init = await runCli(['init'], { cwd: repo.dir });
        expect(init.code).toBe(0);
        for (const prompt of prompts) expect(init.stderr).toContain(`\n  ${prompt}`);
        expect(init.stderr.match(/^ {2}\S+$/gm)).toHaveLength(prompts.length);
        for (const path of kept) {
          expect(init.stderr).toContain(`skipped ${path}: it exists, and init never overwrites a file`);
          expect(readFileSync(join(repo.dir, path), 'utf8')).toBe(files[path]);
        }
        const workflow = readFileSync(join(repo.dir, '.github/workflows/promptgate.yml'), 'utf8');
        if (kept.length === 0) expect(workflow).toMatch(/permissions:\n(?: {2}.*\n)* {2}models: read/);
        expect(existsSync(join(repo.dir, 'promptgate.yml'))).toBe(true);

        await git('git', ['add', '-A'], { cwd: repo.dir });
        await git('git', ['commit', '-q', '-m', 'promptgate init'], { cwd: repo.dir });
        const again = await runCli(['init'], { cwd: repo.dir });
        expect(again.stderr).toContain('skipped promptgate.yml: it exists');

        const run = await runCli(['run', '--format', 'json'], {
          cwd: repo.dir,
          env: { ...env, GITHUB_TOKEN: WORKFLOW_TOKEN },
        });
        expect(run.stderr).not.toMatch(/^promptgate: /m);
        expect(run.code).toBe(0);
        const report = parseJsonReport(run.stdout);
        expect(report.status).toBe('pass');
        expect(report.prompts.map((p) => p.prompt).sort()).toEqual(prompts);
        expect(report.prompts.every((p) => p.counts.ok === p.counts.planned && p.counts.planned > 0)).toBe(
          true,
        );
        // Each prompt's starter dataset begins as a copy of its testData: the copies fold, none runs
        // twice. The change adds the config, not the prompts: base and head send the same requests,
        // and with the response cache on each is paid for once (the other waits for its answer).
        expect(models.answered()).toBe(calls);
        expect(report.prompts.reduce((n, p) => n + (p.foldedCases ?? 0), 0)).toBe(folded);
        const datasets = init.stderr.match(/^wrote evals\/\S+\.yaml$/gm) ?? [];
        expect(datasets).toHaveLength(prompts.length);
      }),
  );
});
