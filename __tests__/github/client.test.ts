import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGitHubClient, rateLimitDelaySeconds } from '../../src/github/client.js';

let server: Server;
const seen: IncomingHttpHeaders[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.headers);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ login: 'octocat' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // @actions/github reads the API's address when first imported, which createGitHubClient does.
  process.env.GITHUB_API_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  delete process.env.GITHUB_API_URL;
  server.closeAllConnections();
  server.close();
});

describe('createGitHubClient', () => {
  // undici's fetch, which @actions/github uses, sends `sec-fetch-mode`; node:http does not.
  it('fetches over node:http when no proxy is set', async () => {
    const client = await createGitHubClient('ghs_token', {});
    const { data } = await client.request('GET /user');
    expect(data).toEqual({ login: 'octocat' });
    expect(seen.at(-1)).toMatchObject({ authorization: 'token ghs_token' });
    expect(seen.at(-1)!['sec-fetch-mode']).toBeUndefined();
  });

  it("keeps @actions/github's proxied fetch when a proxy is set", async () => {
    // Loopback addresses bypass the proxy, so the request still reaches the server, through undici.
    const client = await createGitHubClient('ghs_token', { HTTPS_PROXY: 'http://127.0.0.1:9' });
    await client.request('GET /user');
    expect(seen.at(-1)!['sec-fetch-mode']).toBe('cors');
  });
});

describe('rateLimitDelaySeconds', () => {
  it.each([
    [
      'a secondary rate limit with retry-after',
      { status: 403, response: { headers: { 'retry-after': '3' } } },
      3,
    ],
    [
      'an exhausted quota without retry-after',
      { status: 403, response: { headers: { 'x-ratelimit-remaining': '0' } } },
      5,
    ],
    ['a long retry-after, capped', { status: 429, response: { headers: { 'retry-after': '600' } } }, 60],
    ['a plain 403', { status: 403, message: 'Resource not accessible by integration' }, undefined],
    ['a 500', { status: 500 }, undefined],
  ])('%s', (_name, error, seconds) => {
    expect(rateLimitDelaySeconds(error)).toBe(seconds);
  });
});
