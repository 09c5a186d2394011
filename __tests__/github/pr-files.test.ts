import { afterEach, describe, expect, it } from '@jest/globals';
import { getOctokit } from '@actions/github';
import { createGitHubClient } from '../../src/github/client.js';
import { listPullRequestFiles } from '../../src/github/pr-files.js';
import { startGitHubServer, type ServerPullFile } from '../helpers/github-server.js';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

const pr = { owner: 'acme', repo: 'prompts', pull_number: 12 };

describe('listPullRequestFiles', () => {
  it('maps renames, removals, copies and modifications', async () => {
    const files: ServerPullFile[] = [
      {
        filename: 'prompts/new-name.prompt.yml',
        status: 'renamed',
        previous_filename: 'prompts/old-name.prompt.yml',
      },
      { filename: 'prompts/gone.prompt.yml', status: 'removed' },
      { filename: 'prompts/copy.prompt.yml', status: 'copied', previous_filename: 'prompts/a.prompt.yml' },
      { filename: 'evals/support.jsonl', status: 'modified' },
      { filename: 'scripts/run.sh', status: 'changed' },
      { filename: 'prompts/added.md', status: 'added' },
    ];
    const server = await startGitHubServer({ pullFiles: { 12: files } });
    close = server.close;

    const result = await listPullRequestFiles(getOctokit('t', { baseUrl: server.url }), pr);

    expect(result).toEqual({
      truncated: false,
      files: [
        {
          path: 'prompts/new-name.prompt.yml',
          status: 'renamed',
          previousPath: 'prompts/old-name.prompt.yml',
        },
        { path: 'prompts/gone.prompt.yml', status: 'removed' },
        { path: 'prompts/copy.prompt.yml', status: 'added' },
        { path: 'evals/support.jsonl', status: 'modified' },
        { path: 'scripts/run.sh', status: 'modified' },
        { path: 'prompts/added.md', status: 'added' },
      ],
    });
  });

  it('reads every page of 100', async () => {
    const files = Array.from({ length: 250 }, (_, i) => ({
      filename: `f${i}.txt`,
      status: 'modified' as const,
    }));
    const server = await startGitHubServer({ pullFiles: { 12: files } });
    close = server.close;

    const result = await listPullRequestFiles(getOctokit('t', { baseUrl: server.url }), pr);

    expect(result.files).toHaveLength(250);
    expect(result.truncated).toBe(false);
    expect(server.state.requests.map((r) => r.url)).toHaveLength(3);
  });

  it('says the list is truncated past the API cap of 3,000 files', async () => {
    const files = Array.from({ length: 3500 }, (_, i) => ({
      filename: `f${i}.txt`,
      status: 'added' as const,
    }));
    const server = await startGitHubServer({ pullFiles: { 12: files }, rateLimits: 1 });
    close = server.close;
    const octokit = createGitHubClient('t', { apiUrl: server.url, retryAfterBaseValue: 1 });

    const result = await listPullRequestFiles(octokit, pr);

    expect(result.files).toHaveLength(3000);
    expect(result.truncated).toBe(true);
  });
});
