import { afterEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { getOctokit } from '@actions/github';
import { buildAnnotations, type CheckAnnotation } from '../../src/github/annotations.js';
import { publishCheckRun } from '../../src/github/check-run.js';
import type { GateResult } from '../../src/types.js';
import { startGitHubServer } from '../helpers/github-server.js';

const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/report/result.json', import.meta.url), 'utf8'),
) as GateResult;

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

function annotations(count: number): CheckAnnotation[] {
  return Array.from({ length: count }, (_, i) => ({
    path: 'evals/support.jsonl',
    start_line: i + 1,
    end_line: i + 1,
    annotation_level: 'failure',
    title: `case ${i}`,
    message: 'failed',
  }));
}

const run = {
  owner: 'acme',
  repo: 'prompts',
  head_sha: 'a'.repeat(40),
  name: 'Promptgate',
  conclusion: 'failure' as const,
  title: 'Regression in refund.prompt.yml',
  summary: 'summary',
};

describe('publishCheckRun', () => {
  it('creates the run on the head SHA and sends annotations 50 per request', async () => {
    const server = await startGitHubServer();
    close = server.close;

    const result = await publishCheckRun(getOctokit('t', { baseUrl: server.url }), {
      ...run,
      annotations: annotations(120),
    });

    expect(result.id).toBe(server.state.checkRuns[0].id);
    expect(server.state.checkRuns[0]).toMatchObject({
      head_sha: 'a'.repeat(40),
      conclusion: 'failure',
      status: 'completed',
    });
    expect(server.state.checkRuns[0].annotations).toHaveLength(120);
    expect(server.state.requests.map((r) => r.method)).toEqual(['POST', 'PATCH', 'PATCH']);
  });

  it('caps summary and text at the Checks API limit', async () => {
    const server = await startGitHubServer();
    close = server.close;

    const result = await publishCheckRun(getOctokit('t', { baseUrl: server.url }), {
      ...run,
      summary: 's'.repeat(70_000),
      text: 't'.repeat(70_000),
      annotations: [],
    });

    expect(result.warning).toBeUndefined();
    expect(server.state.checkRuns[0].output.summary!.length).toBeLessThanOrEqual(65_535);
    expect(server.state.checkRuns[0].output.text!.length).toBeLessThanOrEqual(65_535);
  });

  it('returns a warning naming the missing permission when the token may not write checks', async () => {
    const server = await startGitHubServer({ checksForbidden: true });
    close = server.close;

    const result = await publishCheckRun(getOctokit('t', { baseUrl: server.url }), {
      ...run,
      annotations: annotations(3),
    });

    expect(result.id).toBeUndefined();
    expect(result.warning).toMatch(/HTTP 403.*checks: write/s);
  });
});

describe('buildAnnotations', () => {
  it('marks the changed prompt lines and the dataset line of each failing case', () => {
    const result = buildAnnotations(fixture);

    expect(result.map((a) => [a.path, a.start_line, a.end_line, a.annotation_level])).toEqual([
      ['prompts/support/refund.prompt.yml', 12, 14, 'failure'],
      ['prompts/support/refund.prompt.yml', 20, 20, 'failure'],
      ['evals/support.jsonl', 3, 3, 'failure'],
      ['evals/support.jsonl', 3, 3, 'failure'],
      ['evals/support.jsonl', 7, 7, 'warning'],
    ]);
    expect(result[0].message).toContain(
      '(pass rate 92% → 58%, -34 pts, 95% CI -52 to -15), p = 0.002: regression',
    );
    expect(result[2].message).toContain('"30 days": not found');
  });

  it('masks what the gate caught and cuts titles on whole characters', () => {
    const key = `sk-proj-${'Q1w2E3r4T5y6U7i8O9p0'.repeat(3).slice(0, 48)}`;
    const result = structuredClone(fixture);
    const failing = result.prompts[0].cases.find((c) => c.source?.line === 3)!;
    failing.caseId = `${'😀'.repeat(200)}\u202E`;
    failing.reasons = [`secrets: leaked ${key}`, 'pii: card 4111 1111 1111 1111'];

    const annotations = buildAnnotations(result);
    const text = JSON.stringify(annotations);
    expect(text).not.toContain(key.slice(0, 20));
    expect(text).not.toContain('4111 1111 1111 1111');
    for (const { title } of annotations) {
      expect(Array.from(title).length).toBeLessThanOrEqual(255);
      expect(title).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
  });
});

describe('publishCheckRun failures', () => {
  it('turns a network failure into a warning so the verdict is never lost', async () => {
    const server = await startGitHubServer();
    await server.close();
    const octokit = getOctokit('t', { baseUrl: server.url, request: { retries: 0 } });

    const result = await publishCheckRun(octokit, { ...run, annotations: [] });

    expect(result.id).toBeUndefined();
    expect(result.warning).toMatch(/^Could not publish the 'Promptgate' check run: /);
  });
});
