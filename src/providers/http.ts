import { HttpClient } from '@actions/http-client';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { Agent, type Dispatcher } from 'undici';
import { MAX_RESPONSE_BYTES } from '../limits.js';
import { ProviderError } from './provider.js';

/**
 * Where requests to `url` go: the runner's proxy when one applies, chosen as `@actions/github`
 * chooses it for GitHub (HTTPS_PROXY / HTTP_PROXY, NO_PROXY, loopback never proxied), else straight
 * to the host. Both keep their connections open between calls.
 */
export function dispatcherFor(url: string): Dispatcher {
  return new HttpClient('promptgate', [], { keepAlive: true }).getAgentDispatcher(url) ?? new Agent();
}

/** Statuses whose response has no body (the Fetch standard's null body statuses). */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * The `fetch` the provider SDKs (OpenAI, moderation, GitHub Models' catalog) call, on undici's
 * request API through {@link dispatcherFor}'s dispatcher. undici's `fetch` implements the whole Fetch
 * standard around each call (request and response objects, web streams, a fetch controller): at 50
 * calls in flight its CPU time per call made the event loop the limit. Through the OpenAI SDK this one
 * spends a third to a half less CPU per call (`bench/transport.ts`: Node 20 0.49-0.59 ms against
 * 0.78-0.92, Node 24 0.23-0.31 against 0.36-0.67, the loopback server's share included); since a
 * plain body is read with listeners of its own (`readCapped`), Node 20 0.31-0.33 ms against
 * 0.53-0.62. Differences that matter here:
 * - a response is read whole (a server-sent event stream is passed on as it arrives), and any body
 *   past `maxBytes` after decompression ends the call with a provider error, so no answer can fill
 *   memory (the whole response's `content-length` is checked first);
 * - redirects are not followed: a 3xx reaches the SDK as an error, so a key is never sent on to
 *   another address;
 * - gzip, deflate and br bodies are decoded, as fetch decodes them; no `accept-encoding` is sent.
 */
export function fetchFor(url: string, maxBytes = MAX_RESPONSE_BYTES): typeof fetch {
  const dispatcher = dispatcherFor(url);
  const fetchOnce = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    if (input instanceof Request) throw new TypeError('fetchFor: expected a URL and options, not a Request');
    const target = new URL(input);
    const response = await dispatcher.request({
      origin: target.origin,
      path: `${target.pathname}${target.search}`,
      method: (init.method ?? 'GET').toUpperCase() as Dispatcher.HttpMethod,
      headers: headerRecord(init.headers),
      body: requestBody(init.body),
      signal: (init as CallInit)[CALL_SIGNAL] ?? init.signal ?? undefined,
    });
    const status = response.statusCode;
    const field = (name: string): string | null => {
      const value = response.headers[name];
      return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
    };
    const headers = responseHeaders(response.headers);
    const tooLarge = (): ProviderError =>
      new ProviderError(`response too large: more than ${maxBytes} bytes`, {
        retryable: false,
        billed: status >= 200 && status < 300,
      });
    if (Number(field('content-length')) > maxBytes) {
      discard(response.body);
      throw tooLarge();
    }
    if (NULL_BODY_STATUSES.has(status)) {
      discard(response.body);
      return new Response(null, { status, headers });
    }
    const body = decoded(response.body, field('content-encoding'));
    if (field('content-type')?.toLowerCase().startsWith('text/event-stream'))
      return new Response(Readable.toWeb(capped(body, maxBytes, tooLarge)) as ReadableStream<Uint8Array>, {
        status,
        headers,
      });
    return new Response(await readCapped(body, maxBytes, tooLarge), { status, headers });
  };
  return Object.assign(fetchOnce, { [CALL_SIGNAL]: true });
}

/**
 * A call's own abort signal, given to {@link fetchFor} in the request's options beside the signal of
 * the SDK: it stops the request and the reading of its body. Given to the OpenAI SDK as its `signal`,
 * the SDK joins it to a controller of its own with `AbortSignal.any` on every call, which costs
 * Node 20 some 13 µs of the event loop per call (Node 24 about 6), and more in collections of the
 * weak references it keeps. A `fetch` that reads it is marked with it (see {@link readsCallSignal}).
 */
export const CALL_SIGNAL = Symbol('promptgate.callSignal');

/** Request options' member that carries a call's signal. */
interface CallInit {
  [CALL_SIGNAL]?: AbortSignal;
}

/** Whether `fetchFn` stops a request on its {@link CALL_SIGNAL} (one made by {@link fetchFor}). */
export function readsCallSignal(fetchFn: typeof fetch): boolean {
  return (fetchFn as { [CALL_SIGNAL]?: boolean })[CALL_SIGNAL] === true;
}

/** The request options that carry `signal` as the call's signal. */
export function withCallSignal(signal: AbortSignal): CallInit {
  return { [CALL_SIGNAL]: signal };
}

/** The request's headers as undici's request API takes them (the SDKs pass a `Headers`). */
function headerRecord(init: RequestInit['headers']): Record<string, string> {
  const record: Record<string, string> = {};
  (init instanceof Headers ? init : new Headers(init)).forEach((value, name) => (record[name] = value));
  return record;
}

/** The SDKs send JSON text or bytes; anything else (a form, a stream) is not used here. */
function requestBody(body: RequestInit['body']): string | Uint8Array | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string' || body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  throw new TypeError(`fetchFor: unsupported request body (${Object.prototype.toString.call(body)})`);
}

/** The response's header fields as `Response` takes them (names as undici gives them, in lower case). */
function responseHeaders(raw: Record<string, string | string[] | undefined>): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const name in raw) {
    const value = raw[name];
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const one of value) pairs.push([name, one]);
    else pairs.push([name, value]);
  }
  return pairs;
}

/** The body decoded as fetch decodes it; an encoding it does not know is passed on as received. */
function decoded(body: Readable, encoding: string | null): Readable {
  const decoder = {
    gzip: createGunzip,
    'x-gzip': createGunzip,
    deflate: createInflate,
    br: createBrotliDecompress,
  }[encoding?.trim().toLowerCase() ?? ''];
  if (!decoder) return body;
  const decoding = decoder();
  body.on('error', (error) => decoding.destroy(error));
  return body.pipe(decoding);
}

/** Passes the body on until more than `maxBytes` arrived, then fails it with `tooLarge()`. */
function capped(body: Readable, maxBytes: number, tooLarge: () => Error): Readable {
  let received = 0;
  const cap = new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      received += chunk.byteLength;
      if (received <= maxBytes) return done(null, chunk);
      // The cap's error first: the source's own (an abort) must not stand in for it.
      done(tooLarge());
      discard(body);
    },
  });
  body.on('error', (error) => cap.destroy(error));
  return body.pipe(cap);
}

/**
 * The whole body, read as it arrives, or `tooLarge()` once more than `maxBytes` arrived. Read with
 * its own listeners, not an async iterator or a `Transform`: at 50 calls in flight those stream
 * objects and promises were a large share of the transport's CPU time per call.
 */
function readCapped(body: Readable, maxBytes: number, tooLarge: () => Error): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    body.on('data', (chunk: Buffer) => {
      received += chunk.byteLength;
      if (received <= maxBytes) return void chunks.push(chunk);
      // The cap's error first: the source's own (an abort) must not stand in for it.
      reject(tooLarge());
      discard(body);
    });
    body.on('end', () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, received)));
    body.on('error', reject);
  });
}

/** Drops a body not to be read: its connection is closed, and the abort error that follows ignored. */
function discard(body: Readable): void {
  body.on('error', () => undefined);
  body.destroy();
}
