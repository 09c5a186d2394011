import { afterEach, describe, expect, it } from '@jest/globals';
import { getOctokit } from '@actions/github';
import { Octokit } from '@octokit/rest';
import { createGitHubClient } from '../../src/github/client.js';
import { STICKY_MARKER, upsertStickyComment } from '../../src/github/sticky-comment.js';
import { ACTIONS_BOT, startGitHubServer, type ServerUser } from '../helpers/github-server.js';

const human: ServerUser = { login: 'octocat', id: 1, type: 'User' };
const target = { owner: 'acme', repo: 'prompts', issue_number: 7 };

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

/** 150 comments from a human, so ours sits on page 2 of 100. */
function chatter(count: number) {
  return Array.from({ length: count }, (_, i) => ({ issue_number: 7, body: `comment ${i}`, user: human }));
}

describe('upsertStickyComment', () => {
  it('creates the comment with the marker on the first run', async () => {
    const server = await startGitHubServer({ viewer: null });
    close = server.close;
    const octokit = getOctokit('ghs_token', { baseUrl: server.url });

    const result = await upsertStickyComment(octokit, { ...target, body: 'All prompts passed.' });

    expect(result.action).toBe('created');
    expect(server.state.comments).toHaveLength(1);
    expect(server.state.comments[0].body).toContain(STICKY_MARKER);
    expect(server.state.comments[0].user.login).toBe('github-actions[bot]');
  });

  it('updates its own comment past the first page of 100, and leaves a pasted marker alone', async () => {
    const server = await startGitHubServer({
      viewer: null,
      comments: [
        { issue_number: 7, body: `quoting ${STICKY_MARKER} from the bot`, user: human },
        ...chatter(150),
        { issue_number: 7, body: `${STICKY_MARKER}\nold report`, user: ACTIONS_BOT },
        { issue_number: 8, body: `${STICKY_MARKER}\nother PR`, user: ACTIONS_BOT },
      ],
    });
    close = server.close;
    const ours = server.state.comments[151];
    const octokit = getOctokit('ghs_token', { baseUrl: server.url });

    const result = await upsertStickyComment(octokit, { ...target, body: `${STICKY_MARKER}\nnew report` });

    expect(result).toEqual({ id: ours.id, action: 'updated' });
    expect(ours.body).toContain('new report');
    expect(server.state.comments[0].body).toBe(`quoting ${STICKY_MARKER} from the bot`);
    expect(server.state.comments).toHaveLength(153);
  });

  it('matches on the token user from GET /user when the token is a personal one', async () => {
    const server = await startGitHubServer({
      viewer: human,
      comments: [
        { issue_number: 7, body: `${STICKY_MARKER}\nfrom the Actions bot`, user: ACTIONS_BOT },
        { issue_number: 7, body: `${STICKY_MARKER}\nmine`, user: human },
      ],
    });
    close = server.close;
    const octokit = new Octokit({ auth: 'ghp_token', baseUrl: server.url });

    const result = await upsertStickyComment(octokit, { ...target, body: 'updated' });

    expect(result.action).toBe('updated');
    expect(server.state.comments[1].body).toBe(`${STICKY_MARKER}\nupdated`);
    expect(server.state.comments[0].body).toContain('from the Actions bot');
  });

  it("retries through the client's throttling when GitHub answers with a secondary rate limit", async () => {
    const server = await startGitHubServer({ viewer: null, rateLimits: 2 });
    close = server.close;
    const octokit = createGitHubClient('ghs_token', { apiUrl: server.url, retryAfterBaseValue: 1 });

    const result = await upsertStickyComment(octokit, { ...target, body: 'report' });

    expect(result.action).toBe('created');
    expect(server.state.comments).toHaveLength(1);
  });

  it('cuts a body longer than a comment may be instead of failing', async () => {
    const server = await startGitHubServer({ viewer: null });
    close = server.close;
    const octokit = getOctokit('ghs_token', { baseUrl: server.url });

    await upsertStickyComment(octokit, { ...target, body: 'x'.repeat(70_000) });

    expect(server.state.comments[0].body.length).toBeLessThanOrEqual(65_536);
    expect(server.state.comments[0].body).toContain('comment cut');
  });
});
