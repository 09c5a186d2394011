import { afterEach, describe, expect, it } from '@jest/globals';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { fetchFor } from '../../src/providers/http.js';

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

let server: Server | undefined;

async function serve(handler: Handler): Promise<string> {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => handler(req, res, body));
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

describe('fetchFor: the providers’ transport', () => {
  it('sends the method, path, query, headers and body, and returns status, headers and body', async () => {
    const url = await serve((req, res, body) => {
      res.setHeader('x-ratelimit-remaining-requests', '41');
      res.setHeader('set-cookie', ['a=1', 'b=2']);
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ method: req.method, url: req.url, auth: req.headers.authorization, body }));
    });
    const fetchFn = fetchFor(url);
    const response = await fetchFn(`${url}/v1/chat/completions?api-version=1`, {
      method: 'post',
      headers: new Headers({ authorization: 'Bearer k' }),
      body: '{"a":1}',
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-ratelimit-remaining-requests')).toBe('41');
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(await response.json()).toEqual({
      method: 'POST',
      url: '/v1/chat/completions?api-version=1',
      auth: 'Bearer k',
      body: '{"a":1}',
    });
  });

  it('decodes a gzip body, and caps the decoded bytes (a small body that inflates past the cap fails)', async () => {
    const text = 'y'.repeat(50_000);
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'text/plain' });
      res.end(gzipSync(text));
    });
    expect(await (await fetchFor(url)(url)).text()).toBe(text);
    const error = await fetchFor(
      url,
      10_000,
    )(url).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toBe('response too large: more than 10000 bytes');
  });

  it('refuses a body whose content-length is past the cap before reading it', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'content-length': '20000' });
      res.end('z'.repeat(20_000));
    });
    await expect(fetchFor(url, 10_000)(url)).rejects.toMatchObject({
      message: 'response too large: more than 10000 bytes',
      options: { retryable: false, billed: true },
    });
  });

  it('reads a body sent in chunks with no length whole, and fails one that runs past the cap', async () => {
    const parts = ['first part, ', 'x'.repeat(6_000), ', last part'];
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const send = (i: number): void => {
        if (i === parts.length) return void res.end();
        res.write(parts[i]);
        setTimeout(() => send(i + 1), 5);
      };
      send(0);
    });
    const response = await fetchFor(url)(url);
    expect(response.headers.get('transfer-encoding')).toBe('chunked');
    expect(await response.text()).toBe(parts.join(''));
    await expect(fetchFor(url, 5_000)(url)).rejects.toMatchObject({
      message: 'response too large: more than 5000 bytes',
      options: { retryable: false, billed: true },
    });
  });

  it('does not follow a redirect: the 3xx is the answer, and nothing is sent to the other address', async () => {
    let redirected = 0;
    const url = await serve((req, res) => {
      if (req.url === '/elsewhere') {
        redirected++;
        res.end('followed');
        return;
      }
      res.writeHead(307, { location: '/elsewhere' });
      res.end();
    });
    const response = await fetchFor(url)(`${url}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: 'Bearer secret' },
      body: '{}',
    });
    expect(response.status).toBe(307);
    expect(redirected).toBe(0);
  });

  it('passes a server-sent event stream on as it arrives', async () => {
    let write: ((text: string) => void) | undefined;
    const url = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('data: one\n\n');
      write = (text) => res.end(text);
    });
    const response = await fetchFor(url)(url);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    // The first event is readable before the server ends the response.
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('data: one\n\n');
    write?.('data: two\n\n');
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('data: two\n\n');
    expect((await reader.read()).done).toBe(true);
  });

  it('stops when the caller aborts', async () => {
    const url = await serve(() => undefined);
    const controller = new AbortController();
    const pending = fetchFor(url)(url, { signal: controller.signal });
    controller.abort(new Error('timed out'));
    await expect(pending).rejects.toThrow();
  });
});
