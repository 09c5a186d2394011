import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGitHubClient, rateLimitDelaySeconds } from '../../src/github/client.js';
import { startProxyServer, type ProxyServer } from '../helpers/proxy-server.js';

let server: Server;
let proxy: ProxyServer;
let serverUrl: string;
const seen: IncomingHttpHeaders[] = [];
const saved = { ...process.env };

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.headers);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ login: 'octocat' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  serverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy = await startProxyServer();
  // Set before @actions/github is first imported (by createGitHubClient): it reads them then. The
  // API's name is one only the proxy resolves (to 127.0.0.1); loopback addresses are never proxied.
  Object.assign(process.env, {
    HTTPS_PROXY: proxy.url,
    HTTP_PROXY: proxy.url,
    GITHUB_API_URL: `http://api.github.test:${new URL(serverUrl).port}`,
  });
});

afterAll(async () => {
  process.env = saved;
  server.closeAllConnections();
  server.close();
  await proxy.close();
});

describe('createGitHubClient', () => {
  // undici's fetch, which @actions/github uses, sends `sec-fetch-mode`; node:http does not.
  it('fetches over node:http when no proxy applies to the API', async () => {
    const client = await createGitHubClient('ghs_token', serverUrl);
    const { data } = await client.request('GET /user');
    expect(data).toEqual({ login: 'octocat' });
    expect(seen.at(-1)).toMatchObject({ authorization: 'token ghs_token' });
    expect(seen.at(-1)!['sec-fetch-mode']).toBeUndefined();
    expect(proxy.targets).toEqual([]);
  });

  it("keeps @actions/github's proxied fetch when a proxy applies", async () => {
    const client = await createGitHubClient('ghs_token');
    await client.request('GET /user');
    expect(proxy.targets).toEqual([new URL(process.env.GITHUB_API_URL!).host]);
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
