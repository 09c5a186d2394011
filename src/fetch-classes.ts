/*
 * The Fetch API's Headers and Response, in plain JavaScript, for the bundle's HTTP clients.
 *
 * Node's own Headers and Response live in its built-in undici, and the first use of either loads
 * all of it: 20 to 30 ms of compiling and evaluating on the action's start-up, before its first
 * provider call (bench/startup.ts). node-fetch.ts builds its answers with these classes instead,
 * and the bundle (scripts/bundle.mjs) gives the OpenAI SDK and Octokit the same ones in place of
 * the globals. They follow the Fetch standard for what those clients do with them; the tests
 * compare them with Node's own. Request and FormData stand for the globals without loading them.
 */
import { Readable } from 'node:stream';

/** An HTTP token: what the Fetch standard accepts as a header name. */
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** A header value may not hold NUL, CR or LF once its outer whitespace is gone. */
const INVALID_VALUE = /[\0\r\n]/;
const OUTER_WHITESPACE = /^[\t\n\r ]+|[\t\n\r ]+$/g;

/** What a Headers is made from: pairs, a record, or another Headers. */
type HeadersInit =
  Iterable<readonly string[]> | Record<string, string | readonly string[]> | globalThis.Headers;

/** Statuses whose response has no body by definition: a Response refuses one. */
export const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

function headerName(name: string): string {
  const text = String(name);
  if (!HEADER_NAME.test(text)) throw new TypeError(`Headers: invalid header name ${JSON.stringify(text)}`);
  return text.toLowerCase();
}

function headerValue(value: string): string {
  const text = String(value).replace(OUTER_WHITESPACE, '');
  if (INVALID_VALUE.test(text)) throw new TypeError(`Headers: invalid header value ${JSON.stringify(text)}`);
  return text;
}

/** The Fetch standard's Headers: case-insensitive names, values joined by ", " except Set-Cookie. */
export class Headers implements globalThis.Headers {
  /** Lowercased name to its values, in the order appended. */
  readonly #values = new Map<string, string[]>();

  constructor(init?: HeadersInit | null) {
    if (init === undefined || init === null) return;
    if (typeof init !== 'object') throw new TypeError('Headers: init must be an object');
    if (Symbol.iterator in init) {
      for (const pair of init as Iterable<Iterable<string>>) {
        const entry = [...pair];
        if (entry.length !== 2) throw new TypeError('Headers: each pair must hold a name and a value');
        this.append(entry[0]!, entry[1]!);
      }
    } else {
      for (const [name, value] of Object.entries(init)) this.append(name, String(value));
    }
  }

  append(name: string, value: string): void {
    const key = headerName(name);
    const text = headerValue(value);
    const values = this.#values.get(key);
    if (values) values.push(text);
    else this.#values.set(key, [text]);
  }

  set(name: string, value: string): void {
    this.#values.set(headerName(name), [headerValue(value)]);
  }

  delete(name: string): void {
    this.#values.delete(headerName(name));
  }

  get(name: string): string | null {
    return this.#values.get(headerName(name))?.join(', ') ?? null;
  }

  getSetCookie(): string[] {
    return [...(this.#values.get('set-cookie') ?? [])];
  }

  has(name: string): boolean {
    return this.#values.has(headerName(name));
  }

  forEach(
    callback: (value: string, name: string, parent: globalThis.Headers) => void,
    thisArg?: unknown,
  ): void {
    for (const [name, value] of this) callback.call(thisArg, value, name, this);
  }

  /** Sorted by name, each name once, except one entry per Set-Cookie value, as the standard iterates. */
  *entries(): IterableIterator<[string, string]> {
    const names = [...this.#values.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const name of names) {
      const values = this.#values.get(name);
      if (!values) continue;
      if (name === 'set-cookie') for (const value of values) yield [name, value];
      else yield [name, values.join(', ')];
    }
  }

  *keys(): IterableIterator<string> {
    for (const [name] of this.entries()) yield name;
  }

  *values(): IterableIterator<string> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }

  get [Symbol.toStringTag](): string {
    return 'Headers';
  }
}

/** What a Response is made from here: nothing, text, bytes or a stream of bytes. */
type ResponseBody = string | ArrayBuffer | ArrayBufferView | ReadableStream<Uint8Array> | null | undefined;

/**
 * The Fetch standard's Response. A body given whole is kept as bytes and read without a stream;
 * `body` makes one only when asked for. Reading a body twice fails, as it does in fetch.
 */
export class Response implements globalThis.Response {
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
  readonly type: globalThis.Response['type'] = 'default';
  readonly redirected = false;
  /** Set by the fetch that made the response. */
  url = '';
  #bytes: Uint8Array | undefined;
  #stream: ReadableStream<Uint8Array> | null = null;
  #used = false;

  constructor(body?: ResponseBody, init: ResponseInit = {}) {
    const status = init.status ?? 200;
    if (!Number.isInteger(status) || status < 200 || status > 599)
      throw new RangeError(`Response: status ${status} is outside 200 to 599`);
    this.status = status;
    this.statusText = init.statusText ?? '';
    this.headers = new Headers(init.headers);
    if (body === undefined || body === null) return;
    if (NULL_BODY_STATUSES.has(status)) throw new TypeError(`Response: status ${status} cannot have a body`);
    if (typeof body === 'string') {
      this.#bytes = Buffer.from(body, 'utf8');
      if (!this.headers.has('content-type')) this.headers.set('content-type', 'text/plain;charset=UTF-8');
    } else if (body instanceof ArrayBuffer) {
      this.#bytes = new Uint8Array(body.slice(0));
    } else if (ArrayBuffer.isView(body)) {
      this.#bytes = new Uint8Array(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength));
    } else if (typeof (body as ReadableStream).getReader === 'function') {
      this.#stream = body;
    } else {
      throw new TypeError('Response: the body must be text, bytes or a ReadableStream');
    }
  }

  get ok(): boolean {
    return this.status >= 200 && this.status <= 299;
  }

  /** The body as a stream, made on first use for a body given whole; null for none. */
  get body(): ReadableStream<Uint8Array> | null {
    if (!this.#stream && this.#bytes) {
      const bytes = this.#bytes;
      this.#bytes = undefined;
      this.#stream = new ReadableStream<Uint8Array>({
        start(controller) {
          if (bytes.byteLength > 0) controller.enqueue(bytes);
          controller.close();
        },
      });
    }
    return this.#stream;
  }

  get bodyUsed(): boolean {
    // A stream someone read from, or cancelled, can no longer be read whole.
    return this.#used || (this.#stream !== null && Readable.isDisturbed(this.#stream as never));
  }

  async bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return new Uint8Array(await this.#read());
  }

  /** UTF-8, without a leading byte-order mark, as the Fetch standard decodes. */
  async text(): Promise<string> {
    const bytes = await this.#read();
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text()) as unknown;
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    return (await this.bytes()).buffer;
  }

  async blob(): Promise<Blob> {
    return new Blob([await this.bytes()], { type: this.headers.get('content-type') ?? '' });
  }

  /** Parsing a form is left to Node's own Response, loaded only for it. */
  async formData(): Promise<globalThis.FormData> {
    const native = new globalThis.Response(await this.bytes(), { headers: [...this.headers] });
    return native.formData();
  }

  /** The whole body, once; not a copy (a clone shares the bytes, so callers must not write to them). */
  async #read(): Promise<Uint8Array> {
    if (this.bodyUsed) throw new TypeError('Response: body is unusable: it has already been read');
    this.#used = true;
    if (this.#stream) {
      const chunks: Uint8Array[] = [];
      for await (const chunk of this.#stream) chunks.push(chunk);
      return Buffer.concat(chunks);
    }
    return this.#bytes ?? new Uint8Array(0);
  }

  clone(): Response {
    if (this.bodyUsed) throw new TypeError('Response: cannot clone a body that has already been read');
    const init = { status: this.status, statusText: this.statusText, headers: this.headers };
    let copy: Response;
    if (this.#stream) {
      const [mine, theirs] = this.#stream.tee();
      this.#stream = mine;
      copy = new Response(theirs, init);
    } else {
      copy = new Response(null, init);
      copy.#bytes = this.#bytes;
    }
    copy.url = this.url;
    return copy;
  }

  get [Symbol.toStringTag](): string {
    return 'Response';
  }
}

/**
 * Stands for the global Request without loading it: made only through the global, and `instanceof`
 * recognises any Request by its tag, so a check on a URL string does not load undici.
 */
export const Request = lazyGlobal('Request');

/** The same for FormData: the OpenAI SDK tests every request body with `instanceof FormData`. */
export const FormData = lazyGlobal('FormData');

function lazyGlobal<Name extends 'Request' | 'FormData'>(name: Name): (typeof globalThis)[Name] {
  const stand = function (this: unknown, ...args: unknown[]): unknown {
    const Native = globalThis[name] as unknown as new (...a: unknown[]) => unknown;
    return new Native(...args);
  };
  Object.defineProperty(stand, 'name', { value: name });
  Object.defineProperty(stand, Symbol.hasInstance, {
    value: (value: unknown) => Object.prototype.toString.call(value) === `[object ${name}]`,
  });
  return stand as unknown as (typeof globalThis)[Name];
}
