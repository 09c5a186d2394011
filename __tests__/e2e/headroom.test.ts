/**
 * Load headroom through the built CLI and action: the rate limits each provider's answers state
 * (`x-ratelimit-*` headers), held against head's measured tokens per call at 1x, 3x and 5x the
 * configured traffic, for the primary and its fallback.
 */
import { describe, expect, it } from '@jest/globals';
import { readFixtureFiles, type FileMap } from '../helpers/fixture-repo.js';
import type { ChatBody, Reply } from '../helpers/openai-server.js';
import { parseJsonReport, runCli, withScenario } from './harness.js';
import { REFUND_RULE, supportModel } from './scripted-model.js';

const FILES = readFixtureFiles('support', 'base');
const PRIMARY = 'gpt-4o-2024-08-06';
const SPARE = 'gpt-4o-mini-2024-07-18';

/** The primary states its limits on every answer; the fallback states none. */
const STATED = { 'x-ratelimit-limit-requests': '500', 'x-ratelimit-limit-tokens': '5000' };

function config(spareLimits = ''): string {
  return `providers:
  main:
    model: ${PRIMARY}
    parameters: { temperature: 0, max_tokens: 200 }
    fallback: [spare]
  spare:
    model: ${SPARE}
    parameters: { temperature: 0, max_tokens: 200 }
${spareLimits}prompts:
  - files: prompts/*.md
    datasets: [evals/questions.jsonl]
    checks:
      - contains: refund policy
traffic: { callsPerDay: 14400 }
cache: { enabled: false }
cassettes: { dir: cassettes, mode: "off" }
concurrency: 4
`;
}

const answer = supportModel();
const respond = (body: ChatBody): Reply => ({
  content: answer(body),
  ...(body.model === PRIMARY ? { headers: STATED } : {}),
});

/**
 * A PR that grows the system prompt by about 300 tokens (the server counts 4 characters a token):
 * base's ~65 tokens a call at 3x (30 requests a minute) is ~2,000 TPM, within the stated 5,000;
 * head's ~370 is ~11,000, past it.
 */
function grownPrompt(spareLimits?: string): { base: FileMap; head: FileMap } {
  const prompt = FILES['prompts/support.md'];
  const policy =
    ' Our returns desk answers within two business days, and every refund is issued to the original payment method.'.repeat(
      11,
    );
  const head = prompt.replace(REFUND_RULE, `${REFUND_RULE}${policy}`);
  expect(head.length - prompt.length).toBeGreaterThan(1200);
  const base = { ...FILES, 'promptgate.yml': config(spareLimits) };
  return { base, head: { ...base, 'prompts/support.md': head } };
}

describe('load headroom through the CLI', () => {
  it.concurrent(
    "head whose token growth passes the primary's stated TPM limit at 3x is a finding; a fallback without limits is 'limits unknown'",
    async () =>
      withScenario({ respond }, async ({ repoOf, openai }) => {
        const { base, head } = grownPrompt();
        const repo = await repoOf(base, head);
        const env = { OPENAI_API_KEY: 'sk-cli-test', OPENAI_BASE_URL: openai.url };
        const json = await runCli(['run', '--format', 'json'], { cwd: repo.dir, env });
        expect(json.code).toBe(1);
        const prompt = parseJsonReport(json.stdout).prompts[0];
        expect(prompt.status).toBe('threshold');
        // Quality is untouched: the only finding is the load.
        expect(prompt.passRate).toEqual({ base: 1, head: 1 });
        const headroom = prompt.findings.find((f) => f.check === 'headroom main');
        expect(headroom?.status).toBe('threshold');
        expect(headroom?.sentence).toMatch(
          /^head uses [5-6]\.\dx the tokens per call of base \(\d\d → 3\d\d\): at 3x traffic \(43,200 calls\/day\) it needs [\d,]+ TPM, past the TPM limit of 5,000 of main \(gpt-4o-2024-08-06\), stated by its answers: threshold$/,
        );
        const [primary, spare] = prompt.headroom?.providers ?? [];
        expect(primary.limits).toEqual({
          requestsPerMinute: { value: 500, source: 'stated' },
          tokensPerMinute: { value: 5000, source: 'stated' },
        });
        expect(primary.loads.map((l) => l.past)).toEqual([[], ['tokensPerMinute'], ['tokensPerMinute']]);
        expect(spare).toMatchObject({
          provider: 'spare',
          role: 'fallback',
          limits: {},
          tokensFrom: 'primary',
        });
        expect(spare.loads[1].unknown).toEqual(['requestsPerMinute', 'tokensPerMinute']);

        const markdown = await runCli(['run', '--format', 'markdown'], { cwd: repo.dir, env });
        expect(markdown.stdout).toContain('#### Load headroom');
        expect(markdown.stdout).toMatch(
          /\| `prompts\/support\.md` \| `main` `gpt-4o-2024-08-06` \| \d\d → 3\d\d \([5-6]\.\dx\) \| 10 RPM, [\d,]+ TPM \| 30 RPM, [\d,]+ TPM ❌ \| 50 RPM, [\d,]+ TPM ❌ \| RPM 500 \(stated by its answers\), TPM 5,000 \(stated by its answers\) \|/,
        );
        expect(markdown.stdout).toMatch(
          /\| `prompts\/support\.md` \| fallback `spare` `gpt-4o-mini-2024-07-18` \| 3\d\d \(head's on the primary\) \| 10 RPM ❔, [\d,]+ TPM ❔ \|.*\| limits unknown: none stated or configured \|/,
        );
      }),
  );

  it.concurrent('a configured limit stands in where the provider states none', async () =>
    withScenario({ respond }, async ({ repoOf, openai }) => {
      const { base, head } = grownPrompt('    limits: { requestsPerMinute: 20, tokensPerMinute: 100000 }\n');
      const repo = await repoOf(base, head);
      const env = { OPENAI_API_KEY: 'sk-cli-test', OPENAI_BASE_URL: openai.url };
      const result = await runCli(['run', '--format', 'json'], { cwd: repo.dir, env });
      const spare = parseJsonReport(result.stdout).prompts[0].headroom?.providers[1];
      expect(spare?.limits).toEqual({
        requestsPerMinute: { value: 20, source: 'configured' },
        tokensPerMinute: { value: 100000, source: 'configured' },
      });
      // 30 requests a minute at 3x pass the spare's 20; its tokens stay within.
      expect(spare?.loads.map((l) => l.past)).toEqual([[], ['requestsPerMinute'], ['requestsPerMinute']]);
    }),
  );
});

describe('load headroom through the action', () => {
  it.concurrent('the check run fails on the headroom finding and the comment shows the table', async () =>
    withScenario({ respond }, async ({ act, github, repoOf }) => {
      const { base, head } = grownPrompt();
      const repo = await repoOf(base, head);
      const gh = await github(repo);
      const result = await act({ repo, githubUrl: gh.url });
      expect(result.code).toBe(1);
      expect(result.outputs.verdict).toBe('threshold');
      expect(gh.state.checkRuns[0]?.conclusion).toBe('failure');
      const body = gh.state.comments[0]?.body ?? '';
      expect(body).toMatch(/headroom main: head uses [5-6]\.\dx the tokens per call of base/);
      expect(body).toContain('#### Load headroom');
      expect(body).toContain('limits unknown: none stated or configured');
    }),
  );
});
