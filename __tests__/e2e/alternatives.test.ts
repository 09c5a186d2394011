/**
 * Head on other providers through the built CLI: with `gate.fallbacks: evaluate` on every provider
 * of its provider's fallback chain, where one that cannot do the job is a finding; with
 * `gate.candidates` on each candidate, as advice with its saving.
 */
import { describe, expect, it } from '@jest/globals';
import { readFixtureFiles, type FileMap } from '../helpers/fixture-repo.js';
import type { ChatBody } from '../helpers/openai-server.js';
import { parseJsonReport, runCli, withScenario } from './harness.js';
import { REFUND_RULE, supportModel } from './scripted-model.js';

const FILES = readFixtureFiles('support', 'base');
const PRIMARY = 'gpt-4o-2024-08-06';
const SMALL = 'gpt-4o-mini-2024-07-18';
const SLOPPY = 'gpt-4.1-nano-2025-04-14';

/** A config whose primary fails over to a smaller model, then to an endpoint nothing listens on; and a tiny model. */
function config(gate: string): string {
  return `providers:
  main:
    model: ${PRIMARY}
    parameters: { temperature: 0, max_tokens: 200 }
    fallback: [small, gone]
  small:
    model: ${SMALL}
    parameters: { temperature: 0, max_tokens: 200 }
  gone:
    model: ${SMALL}
    baseURL: http://127.0.0.1:1/v1
    maxRetries: 0
  sloppy:
    model: ${SLOPPY}
    parameters: { temperature: 0, max_tokens: 200 }
prompts:
  - files: prompts/*.md
    datasets: [evals/questions.jsonl]
    checks:
      - contains: refund policy
gate:
${gate}
cache: { enabled: false }
cassettes: { dir: cassettes, mode: "off" }
concurrency: 4
`;
}

/** The primary follows the refund rule; by default the other models never mention the policy. */
const byModel = supportModel();
const primaryOnly = (body: ChatBody): string =>
  body.model === PRIMARY ? byModel(body) : 'We are happy to help with that.';

/** The base and head files of a PR that only rewords the support prompt (the refund rule stays). */
function rewordedPrompt(gate: string): { base: FileMap; head: FileMap } {
  const prompt = FILES['prompts/support.md'];
  const head = prompt.replace(REFUND_RULE, `${REFUND_RULE} Be friendly.`);
  expect(head).not.toBe(prompt);
  const base = { ...FILES, 'promptgate.yml': config(gate) };
  return { base, head: { ...base, 'prompts/support.md': head } };
}

/** Runs the CLI on the reworded prompt. */
async function runWith(gate: string, format: 'json' | 'markdown', respond = primaryOnly) {
  return withScenario({ respond }, async ({ repoOf, openai }) => {
    const { base, head } = rewordedPrompt(gate);
    const repo = await repoOf(base, head);
    const result = await runCli(['run', '--format', format], {
      cwd: repo.dir,
      env: { OPENAI_API_KEY: 'sk-cli-test', OPENAI_BASE_URL: openai.url },
    });
    return { result, models: openai.requests.map((r) => r.model) };
  });
}

describe('gate.fallbacks: evaluate', () => {
  it.concurrent(
    'a fallback that fails the golden set and one that cannot be reached are threshold findings',
    async () => {
      const { result, models } = await runWith(
        '  fallbacks: evaluate\n  fallbackMinPassRate: { ofPrimary: 0.9 }',
        'json',
      );
      expect(result.code).toBe(1);
      const prompt = parseJsonReport(result.stdout).prompts[0];
      expect(prompt.status).toBe('threshold');
      // The primary's own comparison is untouched: the reworded prompt passes as before.
      expect(prompt.passRate).toEqual({ base: 1, head: 1 });
      const [small, gone] = prompt.fallbacks ?? [];
      expect(small).toMatchObject({ provider: 'small', model: SMALL });
      expect(small.comparison).toMatchObject({ cases: 8, primaryRate: 1, rate: 0 });
      expect(small.failsWherePrimaryPasses).toHaveLength(8);
      expect(small.cost?.mean).toBeGreaterThan(0);
      expect(gone.counts).toMatchObject({ planned: 8, ok: 0, error: 8 });
      const sentences = Object.fromEntries(prompt.findings.map((f) => [f.check, f.sentence]));
      expect(sentences['fallback small']).toMatch(
        /^head on fallback small passes 0% of the cases the primary passes 100% of; 90% of the primary's, 90% must pass/,
      );
      expect(sentences['fallback gone']).toMatch(/failed on 8 of 8 calls.*cannot answer/);
      // Base and head on the primary, head on the small fallback; nothing reached the dead endpoint.
      expect(models.filter((m) => m === PRIMARY)).toHaveLength(16);
      expect(models.filter((m) => m === SMALL)).toHaveLength(8);
      // The pre-run estimate shows the fallback calls apart from base and head.
      expect(result.stderr).toMatch(
        /estimate before the run: .* \(base and head 16 call\(s\) \$[\d.]+, fallbacks 16 call\(s\) \$[\d.]+\)/,
      );
    },
  );

  it.concurrent('without a bar, a weaker fallback is reported beside the primary, not failed', async () => {
    const { result } = await runWith('  fallbacks: evaluate\n  errorTolerance: 1', 'markdown');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('#### Fallbacks');
    expect(result.stdout).toMatch(/\| `small` `gpt-4o-mini-2024-07-18` \| 100% → 0% \(−100 pts\) on 8 cases/);
    expect(result.stdout).toMatch(
      /\| `gone` `gpt-4o-mini-2024-07-18` \| not evaluated \(8\/8 calls failed\) \| — \|/,
    );
  });

  it.concurrent('off by default: fallbacks answer only when the primary fails', async () => {
    const { result, models } = await runWith('  seed: 1', 'json');
    expect(result.code).toBe(0);
    expect(parseJsonReport(result.stdout).prompts[0].fallbacks).toBeUndefined();
    expect(models.every((m) => m === PRIMARY)).toBe(true);
  });
});

describe('gate.candidates', () => {
  it.concurrent(
    'a cheaper candidate that passes is reported with its saving; one that fails is advice, not a failure',
    async () => {
      const gate = '  candidates: [small, sloppy]\ntraffic: { callsPerDay: 10000 }';
      const { result, models } = await runWith(gate, 'markdown', (body) =>
        body.model === SLOPPY ? 'We are happy to help with that.' : byModel(body),
      );
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('#### Candidate models (advice, never fails the gate)');
      expect(result.stdout).toMatch(
        /- 💡 `prompts\/support\.md`: `small` \(`gpt-4o-mini-2024-07-18`\) passes 100% of what the primary passes \(\+0 pts, 95% CI -32 to \+32 on 8 cases\) at 6% of the cost: saves \$[\d,.]+ per month at 10,000 calls\/day/,
      );
      expect(result.stdout).toMatch(
        /- 💡 `prompts\/support\.md`: `sloppy` \(`gpt-4\.1-nano-2025-04-14`\) passes 0% of what the primary passes \(−100 pts, 95% CI -100 to -\d+ on 8 cases\), failing 8 case\(s\) the primary passes at \d+% of the cost: saves/,
      );
      expect(models.filter((m) => m === SMALL)).toHaveLength(8);
      expect(models.filter((m) => m === SLOPPY)).toHaveLength(8);
      expect(result.stderr).toMatch(
        /estimate before the run: .* \(base and head 16 call\(s\) \$[\d.]+, candidates 16 call\(s\) \$[\d.]+\)/,
      );
    },
  );
});

describe('gate.candidateMinPassRate', () => {
  it.concurrent(
    'holds candidates to a pass rate: one below it fails the gate, one above it passes',
    async () => {
      const gate = '  candidates: [small, sloppy]\n  candidateMinPassRate: { ofPrimary: 0.9 }';
      const { result } = await runWith(gate, 'json', (body) =>
        body.model === SLOPPY ? 'We are happy to help with that.' : byModel(body),
      );
      expect(result.code).toBe(1);
      const prompt = parseJsonReport(result.stdout).prompts[0];
      expect(prompt.status).toBe('threshold');
      const byCheck = Object.fromEntries(prompt.findings.map((f) => [f.check, f]));
      expect(byCheck['candidate small']).toMatchObject({ status: 'pass' });
      expect(byCheck['candidate sloppy']).toMatchObject({ status: 'threshold' });
      expect(byCheck['candidate sloppy'].sentence).toMatch(
        /^head on candidate sloppy passes 0% of the cases the primary passes 100% of; 90% of the primary's, 90% must pass \(gate\.candidateMinPassRate\): below the bar: threshold/,
      );
    },
  );
});

describe('through the action', () => {
  it.concurrent(
    'a fallback that fails the golden set fails the check run; the comment shows fallbacks and candidates',
    async () =>
      withScenario({ respond: primaryOnly }, async ({ act, github, repoOf }) => {
        const gate =
          '  fallbacks: evaluate\n  fallbackMinPassRate: 0.9\n  errorTolerance: 1\n  candidates: [sloppy]';
        const { base, head } = rewordedPrompt(gate);
        const repo = await repoOf(base, head);
        const gh = await github(repo);
        const result = await act({ repo, githubUrl: gh.url });
        expect(result.code).toBe(1);
        expect(result.outputs.verdict).toBe('threshold');
        expect(gh.state.checkRuns[0]?.conclusion).toBe('failure');
        const body = gh.state.comments[0]?.body ?? '';
        expect(body).toMatch(
          /fallback small: head on fallback small passes 0% of the cases the primary passes 100% of; at least 90% must pass/,
        );
        expect(body).toContain('#### Fallbacks');
        expect(body).toMatch(
          /- 💡 `prompts\/support\.md`: `sloppy` \(`gpt-4\.1-nano-2025-04-14`\) passes 0% of what the primary passes/,
        );
      }),
  );
});
