import { afterEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { getOctokit } from '@actions/github';
import { COMMENT_MAX_CHARS } from '../../src/github/limits.js';
import { upsertStickyComment } from '../../src/github/sticky-comment.js';
import { renderReport } from '../../src/report/markdown.js';
import type { CaseOutcome, GateResult } from '../../src/types.js';
import { startGitHubServer } from '../helpers/github-server.js';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

const HOSTILE_OUTPUT =
  '<details open><summary>ok</summary>![x](https://evil.example/p.png) @octocat see #1 ``` | \u202Eevil</details>';

/** The fixture result with 1,500 failing cases whose answers try to break out of the comment. */
function hostileResult(): GateResult {
  const result = JSON.parse(
    readFileSync(new URL('../../fixtures/report/result.json', import.meta.url), 'utf8'),
  ) as GateResult;
  const template = result.prompts[0].cases[0];
  result.prompts[0].cases = Array.from({ length: 1500 }, (_, i): CaseOutcome => ({
    ...template,
    caseId: `case-${i}`,
    output: HOSTILE_OUTPUT.repeat(5),
  }));
  return result;
}

describe('posting the report as the sticky comment', () => {
  it('fits a huge report in one comment, says where the rest is, and keeps hostile output inert', async () => {
    const server = await startGitHubServer({ viewer: null });
    close = server.close;
    const body = renderReport(hostileResult(), {
      maxChars: COMMENT_MAX_CHARS,
      detailsUrl: 'https://github.com/acme/prompts/actions/runs/1',
      artifactName: 'promptgate-report',
    });

    await upsertStickyComment(getOctokit('ghs_token', { baseUrl: server.url }), {
      owner: 'acme',
      repo: 'prompts',
      issue_number: 3,
      body,
    });

    const posted = server.state.comments[0].body;
    expect(posted.length).toBeLessThan(COMMENT_MAX_CHARS);
    expect(posted).toContain(
      'The full report is in the [job summary](https://github.com/acme/prompts/actions/runs/1)',
    );
    expect(posted).not.toMatch(/<details|<summary|!\[|@octocat|#1\b|https:\/\/evil|\u202E/);
    expect(posted).not.toContain('comment cut');
  });
});
