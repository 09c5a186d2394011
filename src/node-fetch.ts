import http from 'node:http';
import https from 'node:https';
import { Headers, NULL_BODY_STATUSES, Request, Response } from './fetch-classes.js';

// Node's built-in fetch costs about 0.5 ms of CPU per call (web streams both ways, a request clone,
// signals held through weak references that outlive young-generation collections). At hundreds
// of calls a second that CPU delays every response the runner measures, and the garbage it leaves
// doubles peak memory. node:http with keep-alive sockets does the same exchange for a fraction.
const agents = {
  'http:': new http.Agent({ keepAlive: true }),
  'https:': new https.Agent({ keepAlive: true }),
};

/** When a request went out and when the last byte of its answer came back (`performance.now()`). */
export interface ExchangeTiming {
  sentAt: number;
  receivedAt: number;
}

const timings = new WeakMap<globalThis.Response, ExchangeTiming>();

/**
 * The provider's side of a whole-read response: from handing the request to the socket to the last
 * byte of the answer, before any work on either side of it. Undefined for other responses.
 */
export function exchangeTiming(response: globalThis.Response): ExchangeTiming | undefined {
  return timings.get(response);
}

/** Redirects followed before giving up, as fetch does. */
const MAX_REDIRECTS = 20;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * A `fetch` on node:http(s) for the OpenAI SDK and Octokit. Event streams are handed over as they
 * arrive; any other body is read whole first, so the caller reads it from memory. Redirects are
 * followed as fetch follows them (`redirect: 'manual'` returns them, `'error'` rejects), and a
 * redirect to another origin drops the `authorization` header.
 */
export async function nodeFetch(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
  let url = new URL(input instanceof Request ? input.url : input);
  const origin = url.origin;
  let current = init;
  for (let redirects = 0; ; redirects++) {
    const response = await exchange(url, current);
    const location = response.headers.get('location');
    if (!REDIRECT_STATUSES.has(response.status) || location === null || init.redirect === 'manual') {
      // The URL it finally came from, as fetch's responses carry it.
      Object.defineProperty(response, 'url', { value: url.href });
      return response;
    }
    if (init.redirect === 'error') throw new TypeError(`redirect to ${location} refused (redirect: 'error')`);
    if (redirects === MAX_REDIRECTS)
      throw new TypeError(`more than ${MAX_REDIRECTS} redirects from ${input}`);
    url = new URL(location, url);
    current = redirected(current, response.status, url.origin !== origin);
  }
}

/** The next request of a redirect: 303, and a POST's 301 or 302, turn into a GET without a body. */
function redirected(init: RequestInit, status: number, crossOrigin: boolean): RequestInit {
  const method = (init.method ?? 'GET').toUpperCase();
  const toGet =
    (status === 303 && method !== 'HEAD') || ((status === 301 || status === 302) && method === 'POST');
  const headers = new Headers(init.headers);
  if (crossOrigin) headers.delete('authorization');
  if (toGet) for (const name of ['content-type', 'content-length']) headers.delete(name);
  return { ...init, headers, ...(toGet ? { method: 'GET', body: undefined } : {}) };
}

function exchange(url: URL, init: RequestInit): Promise<Response> {
  const agent = agents[url.protocol as keyof typeof agents];
  if (!agent) return Promise.reject(new TypeError(`unsupported protocol ${url.protocol} in ${url.href}`));
  const request = url.protocol === 'https:' ? https.request : http.request;
  return new Promise<Response>((resolve, reject) => {
    const req = request(
      url,
      {
        method: init.method ?? 'GET',
        headers: plainHeaders(init.headers),
        agent,
        signal: init.signal ?? undefined,
      },
      (res) => {
        if (isEventStream(res)) resolve(streamedResponse(res));
        else readWhole(res, sentAt, resolve, reject);
      },
    );
    req.on('error', reject);
    const body = requestBody(init.body);
    const sentAt = performance.now();
    req.end(body);
  });
}

function plainHeaders(headers: RequestInit['headers']): Record<string, string> {
  const plain: Record<string, string> = {};
  new Headers(headers).forEach((value, name) => (plain[name] = value));
  return plain;
}

function requestBody(body: RequestInit['body']): string | Uint8Array | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string' || body instanceof Uint8Array) return body;
  throw new TypeError('nodeFetch sends string or byte bodies only');
}

function isEventStream(res: http.IncomingMessage): boolean {
  return (res.headers['content-type'] ?? '').startsWith('text/event-stream');
}

function readWhole(
  res: http.IncomingMessage,
  sentAt: number,
  resolve: (response: Response) => void,
  reject: (error: Error) => void,
): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  // Same error as fetch for a connection dropped mid-body, so callers read it as a cut answer.
  res.on('error', (error) => reject(isCut(error) ? terminated(error) : error));
  res.on('end', () => {
    const receivedAt = performance.now();
    // Other responses may be waiting on their sockets in this same turn of the event loop: note
    // when this one arrived, and build it after them, so their arrival times are not delayed.
    setImmediate(() => {
      const response = toResponse(res, Buffer.concat(chunks));
      timings.set(response, { sentAt, receivedAt });
      resolve(response);
    });
  });
}

function streamedResponse(res: http.IncomingMessage): Response {
  // Pushed without backpressure: a chat answer is small, and the SDK reads it as it arrives.
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      res.on('data', (chunk: Buffer) => controller.enqueue(new Uint8Array(chunk)));
      res.on('end', () => controller.close());
      res.on('error', (error) => controller.error(isCut(error) ? terminated(error) : error));
    },
    cancel: () => void res.destroy(),
  });
  return toResponse(res, body);
}

function toResponse(res: http.IncomingMessage, body: Buffer | ReadableStream<Uint8Array>): Response {
  const headers = new Headers();
  for (let i = 0; i < res.rawHeaders.length; i += 2)
    headers.append(res.rawHeaders[i]!, res.rawHeaders[i + 1]!);
  const status = res.statusCode ?? 0;
  return new Response(NULL_BODY_STATUSES.has(status) ? null : body, {
    status,
    statusText: res.statusMessage,
    headers,
  });
}

function isCut(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ECONNRESET' || (error as Error).message === 'aborted';
}

function terminated(cause: Error): TypeError {
  return new TypeError('terminated', { cause });
}
