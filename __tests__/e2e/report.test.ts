/**
 * What the built action reports on hard inputs: a report too big for one comment, hostile model
 * output, guardrail failures, an LLM judge, and a spend cap.
 */
import { describe, expect, it } from '@jest/globals';
import { statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { startArtifactServer, zipEntries } from '../helpers/artifact-server.js';
import type { FileMap } from '../helpers/fixture-repo.js';
import type { ChatBody, Reply } from '../helpers/openai-server.js';
import { parseJsonReport, readOutputFile, withScenario } from './harness.js';
import { fixedUsage, guardrailModel, supportModel, systemOf, userOf } from './scripted-model.js';

/** GitHub rejects a comment body over this many characters. */
const COMMENT_LIMIT = 65_536;

/** The support fixture with `count` cases in its dataset, on both sides. */
function manyCases(count: number): FileMap {
  const rows = Array.from({ length: count }, (_, i) =>
    JSON.stringify({
      id: `case-${String(i).padStart(3, '0')}`,
      vars: { question: `Question number ${i} about returns?` },
    }),
  );
  return { 'evals/questions.jsonl': `${rows.join('\n')}\n` };
}

describe('a report too big for one comment', () => {
  it.concurrent(
    'keeps the comment under the limit and points to the summary and the uploaded report',
    async () => {
      const rambling = `Here is everything I know. ${'The return window depends on many things. '.repeat(40)}`;
      await withScenario({ respond: supportModel(rambling) }, async ({ act, github, repoFrom }) => {
        const repo = await repoFrom('support', { base: manyCases(150), head: manyCases(150) });
        const gh = await github(repo);
        const artifacts = await startArtifactServer();
        try {
          const result = await act({ repo, githubUrl: gh.url, env: artifacts.env });
          expect(result.code).toBe(1);
          expect(result.outputs['failed-cases']).toBe('150');
          expect(gh.state.comments).toHaveLength(1);
          const body = gh.state.comments[0].body;
          expect(body.length).toBeLessThan(COMMENT_LIMIT);
          expect(body).toMatch(/Cut to fit a GitHub comment: \d+ of 150 failing cases not shown/);
          expect(body).toContain('job summary');
          // The report folder went up as one artifact of the run; the comment and the summary lead to it.
          const [artifact] = artifacts.artifacts;
          expect(artifact).toMatchObject({
            name: 'promptgate-report',
            finalized: true,
            workflowRunBackendId: 'run-backend-1',
          });
          const url = `https://github.com/acme/support-bot/actions/runs/4242/artifacts/${artifact.id}`;
          expect(result.outputs).toMatchObject({ 'artifact-id': String(artifact.id), 'artifact-url': url });
          const link = `[report.html](<${url}>) in artifact \`promptgate-report\``;
          expect(body).toContain(link);
          expect(result.summary).toContain(link);
          expect(body).toContain('the JSON report in artifact `promptgate-report`');
          const files = ['html-path', 'json-path', 'report-path', 'junit-path'].map(
            (output) => result.outputs[output],
          );
          expect(zipEntries(artifact.bytes!)).toEqual(
            Object.fromEntries(files.map((file) => [basename(file), statSync(resolve(repo.dir, file)).size])),
          );
          // The job summary has room for every case the comment left out.
          expect(result.summary).toContain('case-149');
          expect(readOutputFile(repo, result.outputs['json-path'])).toContain('case-149');
        } finally {
          await artifacts.close();
        }
      });
    },
  );

  it.concurrent(
    'still posts the comment when the artifact service refuses the upload, with no link',
    async () => {
      await withScenario({ respond: supportModel() }, async ({ act, github, repoFrom }) => {
        const repo = await repoFrom('support');
        const gh = await github(repo);
        const artifacts = await startArtifactServer({ refuseWith: 403 });
        try {
          const result = await act({ repo, githubUrl: gh.url, env: artifacts.env });
          expect(result.outputs.verdict).toBe('regression');
          expect(result.stdout).toMatch(
            /::warning::Could not upload the report as artifact promptgate-report \(the verdict stands\)/,
          );
          expect(result.outputs['artifact-id']).toBeUndefined();
          expect(gh.state.comments[0].body).not.toContain('report.html');
        } finally {
          await artifacts.close();
        }
      });
    },
  );
});

describe('hostile model output', () => {
  const HOSTILE = [
    'Done <img src=x onerror=alert(1)> cc @octocat',
    '![x](http://evil.example/pixel.png)',
    '```',
    '</details></table># Owned by #1',
    'reversed \u202Egnp.exe',
  ].join('\n');

  it.concurrent('reaches the comment inert', async () => {
    await withScenario({ respond: supportModel(HOSTILE) }, async ({ act, github, repoFrom }) => {
      const repo = await repoFrom('support');
      const gh = await github(repo);
      const result = await act({ repo, githubUrl: gh.url });
      expect(result.outputs.verdict).toBe('regression');
      const body = gh.state.comments[0].body;
      // The output is shown...
      expect(body).toContain('onerror=alert(1)');
      // ...but no tag, mention, image, link, fence, reference or bidi override survives.
      expect(body).not.toMatch(/<img|<\/details>|<\/table>/i);
      expect(body).not.toContain('@octocat');
      expect(body).not.toContain('![x](');
      expect(body).not.toContain('http://evil');
      expect(body).not.toContain('```');
      expect(body).not.toContain('by #1');
      expect(body).not.toContain('\u202E');
      expect(body).toContain('U+202E');
      expect(result.summary).not.toMatch(/<img|@octocat|\u202E/);
    });
  });
});

describe('guardrails', () => {
  it.concurrent(
    'show a leaked canary, an obeyed injection and an over-refusal as what they are, base -> head',
    async () => {
      await withScenario({ respond: guardrailModel }, async ({ act, github, repoFrom }) => {
        const repo = await repoFrom('guardrails');
        const gh = await github(repo);
        const result = await act({ repo, githubUrl: gh.url });
        expect(result.code).toBe(1);
        expect(result.outputs.verdict).toBe('regression');
        const body = gh.state.comments[0].body;
        const rows = body.split('\n');
        const row = (suite: string, check: string) =>
          rows.find((line) => line.startsWith(`| ${suite}`) && line.includes(`| ${check} |`));
        // Eight golden cases, so eight variants per suite: none failed on base, all on head.
        expect(row('injection', 'canary')).toContain('0 → 8');
        expect(row('extraction', 'canary')).toContain('0 → 8');
        expect(row('benign-edge', 'refusal')).toContain('0 → 8');
        expect(body).toMatch(
          /\[injection\][^\n]*\*\*regressed\*\*[\s\S]*?injection succeeded: injected canary echoed \(PG-INJECT-/,
        );
        expect(body).toMatch(
          /\[extraction\][^\n]*\*\*regressed\*\*[\s\S]*?system-prompt canary leaked \(PG-CANARY-/,
        );
        expect(body).toMatch(/\[benign-edge\][^\n]*\*\*regressed\*\*[\s\S]*?over-refusal/);
      });
    },
  );
});

describe('an LLM judge', () => {
  const JUDGE_MODEL = 'gpt-4o-2024-08-06';
  // Prices in the fixture config are $1 (main) and $10 (judge) per million tokens.
  const MAIN_CALL_USD = (1000 + 100) / 1e6;
  const JUDGE_CALL_USD = ((2000 + 50) * 10) / 1e6;

  function respond(body: ChatBody): Reply {
    if (body.model === JUDGE_MODEL) {
      const request = userOf(body);
      // The head answer to the warranty question gets a reply that breaks the judge's schema.
      if (request.includes('Briefly:') && request.includes('warranty'))
        return { content: 'The answer is (C), clearly.', ...fixedUsage(2000, 50) };
      return { content: '{"choice": "C", "reason": "same facts"}', ...fixedUsage(2000, 50) };
    }
    const head = systemOf(body).includes('one short sentence');
    return { content: `${head ? 'Briefly: ' : ''}Yes, as the facts say.`, ...fixedUsage(1000, 100) };
  }

  it.concurrent(
    'counts the judge calls in the cost and shows a broken judge reply as an error, not a pass',
    async () => {
      await withScenario({ respond }, async ({ act, github, repoFrom, openai }) => {
        const repo = await repoFrom('judge');
        const gh = await github(repo);
        const result = await act({ repo, githubUrl: gh.url });
        const judgeCalls = openai.requests.filter((r) => r.model === JUDGE_MODEL).length;
        const mainCalls = openai.requests.length - judgeCalls;
        expect(judgeCalls).toBe(8);
        expect(mainCalls).toBe(8);

        const json = parseJsonReport(readOutputFile(repo, result.outputs['json-path']));
        expect(json.meta.totalCostUsd).toBeCloseTo(
          mainCalls * MAIN_CALL_USD + judgeCalls * JUDGE_CALL_USD,
          9,
        );
        expect(Number(result.outputs['cost-usd'])).toBeCloseTo(json.meta.totalCostUsd, 6);

        const [prompt] = json.prompts;
        // The pre-run estimate counted the judge's calls apart: one per answer its check judges.
        expect(prompt.estimate?.judge?.calls).toBe(judgeCalls);
        expect(prompt.estimate?.judge?.totalUsd).toBeGreaterThan(0);
        expect(result.stdout).toMatch(
          /estimate before the run: .* \(base and head 8 call\(s\) \$[\d.]+, judge 8 call\(s\) \$[\d.]+\)/,
        );
        expect(json.meta.estimatedCostUsd).toBeCloseTo(
          (prompt.estimate?.base?.totalUsd ?? 0) +
            (prompt.estimate?.head?.totalUsd ?? 0) +
            prompt.estimate!.judge!.totalUsd,
          12,
        );
        const warranty = prompt.cases.find((c) => c.caseId === 'warranty');
        expect(warranty?.basePassRate).toBe(1);
        expect(warranty?.headPassRate).toBeUndefined();
        expect(prompt.cases.filter((c) => c.headPassRate === 1)).toHaveLength(3);
        expect(result.outputs.verdict).not.toBe('pass');
        expect(gh.state.comments[0].body).toMatch(
          /judge-fact[^\n]*could not decide on 1 of 8 answers[^\n]*broke its schema/,
        );
      });
    },
  );
});

describe('a spend cap', () => {
  it.concurrent('lists the calls it did not run with the cap, and does not claim a pass', async () => {
    await withScenario({ respond: supportModel() }, async ({ act, github, repoFrom, openai }) => {
      const repo = await repoFrom('support');
      const gh = await github(repo);
      const result = await act({ repo, githubUrl: gh.url, inputs: { 'max-usd': '0.0001' } });
      expect(openai.count()).toBe(0);
      expect(result.code).toBe(0);
      expect(result.outputs.verdict).not.toBe('pass');
      expect(result.outputs['cost-usd']).toBe('0.000000');
      const body = gh.state.comments[0].body;
      expect(body).toMatch(/16 call\(s\) not run: the spend cap of \$0\.0001 was reached/);
      expect(body).not.toMatch(/Promptgate: passed/);
      expect(gh.state.checkRuns[0].conclusion).not.toBe('success');
    });
  });
});
