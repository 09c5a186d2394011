import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { nodeFetch } from '../src/node-fetch.js';

interface Seen {
  method: string;
  url: string;
  authorization?: string;
  contentType?: string;
  body: string;
}

/** Two loopback origins: `a` redirects as its path says, `b` is "another origin". */
let a: Server;
let b: Server;
let aUrl: string;
let bUrl: string;
const seen: Seen[] = [];

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function start(handle: (req: IncomingMessage, text: string) => [number, Record<string, string>]): Server {
  return createServer((req, res) => {
    void body(req).then((text) => {
      seen.push({
        method: req.method!,
        url: req.url!,
        authorization: req.headers.authorization,
        contentType: req.headers['content-type'],
        body: text,
      });
      const [status, headers] = handle(req, text);
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify({ at: req.url }));
    });
  });
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  a = start((req) => {
    const redirect = /^\/(\d{3})\/(.*)$/.exec(req.url!);
    if (redirect) {
      const target = decodeURIComponent(redirect[2]!);
      return [
        Number(redirect[1]),
        { location: target.startsWith('b:') ? `${bUrl}/${target.slice(2)}` : `/${target}` },
      ];
    }
    if (req.url === '/loop') return [302, { location: '/loop' }];
    return [200, {}];
  });
  b = start(() => [200, {}]);
  aUrl = await listen(a);
  bUrl = await listen(b);
});

afterAll(() => {
  a.closeAllConnections();
  b.closeAllConnections();
  a.close();
  b.close();
});

function last(): Seen {
  return seen.at(-1)!;
}

describe('nodeFetch redirects, as fetch follows them', () => {
  it('follows a 301 for a GET and says where the answer came from', async () => {
    const response = await nodeFetch(`${aUrl}/301/done`);
    expect(response.status).toBe(200);
    expect(response.url).toBe(`${aUrl}/done`);
    expect(await response.json()).toEqual({ at: '/done' });
  });

  it.each([
    [303, 'POST', 'GET', ''],
    [302, 'POST', 'GET', ''],
    [307, 'POST', 'POST', '{"a":1}'],
    [308, 'PATCH', 'PATCH', '{"a":1}'],
  ])('turns a %s after a %s into a %s with body %j', async (status, method, nextMethod, nextBody) => {
    await nodeFetch(`${aUrl}/${status}/next`, {
      method,
      body: '{"a":1}',
      headers: { 'content-type': 'application/json' },
    });
    expect(last()).toMatchObject({ method: nextMethod, url: '/next', body: nextBody });
    expect(last().contentType).toBe(nextBody ? 'application/json' : undefined);
  });

  it('keeps the token on the same origin and drops it on another', async () => {
    const headers = { authorization: 'token ghs_secret' };
    await nodeFetch(`${aUrl}/307/same`, { headers });
    expect(last()).toMatchObject({ url: '/same', authorization: 'token ghs_secret' });
    await nodeFetch(`${aUrl}/307/${encodeURIComponent('b:other')}`, { headers });
    expect(last()).toMatchObject({ url: '/other', authorization: undefined });
  });

  it("returns the redirect itself with redirect: 'manual', and refuses it with 'error'", async () => {
    const manual = await nodeFetch(`${aUrl}/302/x`, { redirect: 'manual' });
    expect([manual.status, manual.headers.get('location')]).toEqual([302, '/x']);
    await expect(nodeFetch(`${aUrl}/302/x`, { redirect: 'error' })).rejects.toThrow(/redirect/);
  });

  it('gives up after 20 redirects', async () => {
    await expect(nodeFetch(`${aUrl}/loop`)).rejects.toThrow(/more than 20 redirects/);
  });
});
