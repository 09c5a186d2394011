import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startGitHubServer } from '../helpers/github-server.js';
import { startProxyServer } from '../helpers/proxy-server.js';

type ClientModule = typeof import('../../src/github/client.js');

let cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

describe('createGitHubClient', () => {
  it('retries a secondary rate limit once it has waited, and says so', async () => {
    const { createGitHubClient } = await import('../../src/github/client.js');
    const server = await startGitHubServer({ viewer: null, rateLimits: 1 });
    cleanup.push(server.close);
    const warnings: string[] = [];
    const client = createGitHubClient('ghs_token', {
      apiUrl: server.url,
      onRateLimit: (message) => warnings.push(message),
      retryAfterBaseValue: 1,
    });

    const { data } = await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner: 'acme',
      repo: 'prompts',
      issue_number: 7,
      body: 'report',
    });

    expect(data.body).toBe('report');
    expect(server.state.requests).toHaveLength(2);
    expect(warnings).toEqual([expect.stringMatching(/secondary rate limit on POST .*\/comments: retrying/)]);
  });

  it('gives up after a few rate limits in a row', async () => {
    const { createGitHubClient } = await import('../../src/github/client.js');
    const server = await startGitHubServer({ viewer: null, rateLimits: 10 });
    cleanup.push(server.close);
    const warnings: string[] = [];
    const client = createGitHubClient('ghs_token', {
      apiUrl: server.url,
      onRateLimit: (message) => warnings.push(message),
      retryAfterBaseValue: 1,
    });

    await expect(
      client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
        owner: 'acme',
        repo: 'prompts',
        pull_number: 1,
      }),
    ).rejects.toMatchObject({ status: 403 });
    expect(server.state.requests).toHaveLength(4);
    expect(warnings.at(-1)).toMatch(/giving up/);
  });

  it("goes through the runner's proxy when one applies to GITHUB_API_URL", async () => {
    const seen: IncomingHttpHeaders[] = [];
    const server = createServer((req, res) => {
      seen.push(req.headers);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ login: 'octocat' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanup.push(() => void server.close());
    const proxy = await startProxyServer();
    cleanup.push(proxy.close);
    const saved = { ...process.env };
    cleanup.push(() => void (process.env = saved));
    // A name only the proxy resolves (to 127.0.0.1): loopback addresses are never proxied.
    const apiUrl = `http://api.github.test:${(server.address() as AddressInfo).port}`;
    Object.assign(process.env, { HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url, GITHUB_API_URL: apiUrl });

    // @actions/github chooses its proxy when it loads: load it afresh, with these variables set.
    let client: ClientModule | undefined;
    await jest.isolateModulesAsync(async () => {
      client = await import('../../src/github/client.js');
    });
    const { data } = await client!.createGitHubClient('ghs_token').request('GET /user');

    expect(data).toEqual({ login: 'octocat' });
    expect(seen.at(-1)).toMatchObject({ authorization: 'token ghs_token' });
    expect(proxy.targets).toEqual([new URL(apiUrl).host]);
  });
});
