import { describe, expect, it } from '@jest/globals';
import { FormData, Headers, Request, Response } from '../src/fetch-classes.js';

// Node's own classes are the reference: every case runs on both and must agree.
const NativeHeaders = globalThis.Headers;
const NativeResponse = globalThis.Response;

type AnyHeaders = globalThis.Headers;
type Step = (headers: AnyHeaders) => void;

/** What a caller can see of a Headers: its iteration, and `get` of a few names. */
function view(headers: AnyHeaders): unknown {
  return {
    entries: [...headers],
    keys: [...headers.keys()],
    values: [...headers.values()],
    cookies: headers.getSetCookie(),
    get: ['content-type', 'X-Multi', 'set-cookie', 'absent'].map((name) => headers.get(name)),
    has: ['CONTENT-TYPE', 'absent'].map((name) => headers.has(name)),
  };
}

/** The outcome of a step on a Headers: what it then holds, or the kind of error it threw. */
function outcome(make: () => AnyHeaders, steps: Step[]): unknown {
  try {
    const headers = make();
    for (const step of steps) step(headers);
    return view(headers);
  } catch (error) {
    return (error as Error).constructor.name;
  }
}

describe('Headers, compared with Node’s', () => {
  const inits: Array<[string, unknown]> = [
    ['nothing', undefined],
    ['a record', { 'Content-Type': 'application/json', 'X-Multi': ' padded\t' }],
    ['a record with an array value', { 'X-Multi': ['a', 'b'] }],
    [
      'pairs',
      [
        ['X-Multi', 'one'],
        ['x-multi', 'two'],
        ['Set-Cookie', 'a=1'],
        ['set-cookie', 'b=2'],
      ],
    ],
    ['a Headers', new NativeHeaders([['Content-Type', 'text/plain']])],
    ['a pair of three', [['a', 'b', 'c']]],
    ['an invalid name', { 'bad name': 'x' }],
    ['an invalid value', { good: 'line\nbreak' }],
    ['a string', 'content-type: text/plain'],
  ];
  it.each(inits)('is made from %s as Node’s is', (_, init) => {
    expect(outcome(() => new Headers(init as never), [])).toEqual(
      outcome(() => new NativeHeaders(init as never), []),
    );
  });

  const scripts: Array<[string, Step[]]> = [
    [
      'append, set and delete in mixed case',
      [
        (h) => h.append('X-Multi', 'one'),
        (h) => h.append('x-MULTI', ' two '),
        (h) => h.set('Content-Type', 'text/html'),
        (h) => h.append('content-type', 'charset=utf-8'),
        (h) => h.delete('X-MULTI'),
        (h) => h.append('x-multi', 'three'),
      ],
    ],
    [
      'Set-Cookie kept apart',
      [(h) => h.append('Set-Cookie', 'a=1'), (h) => h.append('set-cookie', 'b=2, c=3')],
    ],
    ['names in code-unit order', [(h) => h.set('b', '2'), (h) => h.set('B-a', '1'), (h) => h.set('a_', '0')]],
    ['an empty value', [(h) => h.set('x-empty', '   ')]],
    ['a value with NUL', [(h) => h.set('x', 'a\0b')]],
    ['a name with a colon', [(h) => h.append('x:y', '1')]],
    ['a name that is empty', [(h) => h.get('')]],
  ];
  it.each(scripts)('%s', (_, steps) => {
    expect(outcome(() => new Headers(), steps)).toEqual(outcome(() => new NativeHeaders(), steps));
  });

  it('calls forEach with value, name and the headers, in iteration order', () => {
    const headers = new Headers({ b: '2', a: '1' });
    const seen: unknown[] = [];
    headers.forEach(function (this: unknown, value, name, parent) {
      seen.push([value, name, parent === headers, this]);
    }, 'self');
    expect(seen).toEqual([
      ['1', 'a', true, 'self'],
      ['2', 'b', true, 'self'],
    ]);
  });

  it('is accepted by Node’s Headers and accepts them', () => {
    const ours = new Headers({ 'Set-Cookie': 'a=1', Accept: 'json' });
    expect([...new NativeHeaders(ours)]).toEqual([...ours]);
    expect([...new Headers(new NativeHeaders(ours))]).toEqual([...ours]);
    expect(Object.prototype.toString.call(ours)).toBe('[object Headers]');
  });
});

/** What a caller can see of a Response before reading its body. */
function describeResponse(response: globalThis.Response): unknown {
  return {
    status: response.status,
    statusText: response.statusText,
    ok: response.ok,
    type: response.type,
    redirected: response.redirected,
    url: response.url,
    headers: [...response.headers],
    bodyNull: response.body === null,
    bodyUsed: response.bodyUsed,
  };
}

function made(make: () => globalThis.Response): unknown {
  try {
    return describeResponse(make());
  } catch (error) {
    return (error as Error).constructor.name;
  }
}

function stream(...chunks: string[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      controller.close();
    },
  });
}

describe('Response, compared with Node’s', () => {
  const cases: Array<[string, () => [unknown, ResponseInit?]]> = [
    ['no body', () => [null]],
    ['text', () => ['héllo']],
    ['text with its own content type', () => ['{}', { headers: { 'content-type': 'application/json' } }]],
    ['bytes', () => [new Uint8Array([104, 105])]],
    ['an ArrayBuffer', () => [new Uint8Array([104, 105]).buffer]],
    ['a Buffer slice', () => [Buffer.from('xxhixx').subarray(2, 4)]],
    [
      'text after a byte-order mark, and bytes that are not UTF-8',
      () => [new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0xff, 0x7d])],
    ],
    ['a stream', () => [stream('a', 'b')]],
    ['a status and text', () => ['nope', { status: 429, statusText: 'Too Many Requests' }]],
    ['a 204 without a body', () => [null, { status: 204 }]],
    ['a 204 with a body', () => ['x', { status: 204 }]],
    ['a status below 200', () => [null, { status: 101 }]],
    ['a status above 599', () => [null, { status: 600 }]],
  ];

  it.each(cases)('is made from %s as Node’s is', (_, args) => {
    const [body, init] = args();
    const [nativeBody] = args();
    expect(made(() => new Response(body as never, init))).toEqual(
      made(() => new NativeResponse(nativeBody as never, init)),
    );
  });

  it.each(cases.filter(([name]) => !/204 with|below|above/.test(name)))(
    'reads %s as text and as an ArrayBuffer as Node’s does',
    async (_, args) => {
      const read = async (make: (body: unknown, init?: ResponseInit) => globalThis.Response) => {
        const [body, init] = args();
        const [again] = args();
        const bytes = await make(body, init).arrayBuffer();
        return {
          text: await make(again, init).text(),
          bytes: [...new Uint8Array(bytes)],
          isArrayBuffer: bytes instanceof ArrayBuffer,
        };
      };
      expect(await read((body, init) => new Response(body as never, init))).toEqual(
        await read((body, init) => new NativeResponse(body as never, init)),
      );
    },
  );

  it('parses JSON, and fails on a body that is not', async () => {
    expect(await new Response('{"a":[1]}').json()).toEqual({ a: [1] });
    await expect(new Response('<html>').json()).rejects.toThrow(SyntaxError);
  });

  it('reads a body once, as fetch does', async () => {
    for (const make of [() => new Response('once'), () => new Response(stream('once'))]) {
      const response = make();
      expect(response.bodyUsed).toBe(false);
      expect(await response.text()).toBe('once');
      expect(response.bodyUsed).toBe(true);
      await expect(response.text()).rejects.toThrow(TypeError);
      expect(() => response.clone()).toThrow(TypeError);
    }
  });

  it('hands out a body given whole as a stream, which then is the body', async () => {
    const response = new Response('streamed');
    const body = response.body!;
    expect(body).toBe(response.body);
    const reader = body.getReader();
    expect(response.bodyUsed).toBe(false);
    const { value } = await reader.read();
    expect(Buffer.from(value!).toString()).toBe('streamed');
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow(TypeError);
  });

  it('clones a whole body and a stream, each read on its own', async () => {
    for (const make of [() => new Response('twice'), () => new Response(stream('tw', 'ice'))]) {
      const response = make();
      response.url = 'http://127.0.0.1/x';
      const copy = response.clone();
      expect(describeResponse(copy)).toEqual(describeResponse(response));
      expect(await copy.text()).toBe('twice');
      expect(await response.text()).toBe('twice');
    }
  });

  it('makes a Blob with the content type, and leaves forms to Node', async () => {
    const blob = await new Response('hi', { headers: { 'content-type': 'text/x-test' } }).blob();
    expect([blob.type, await blob.text()]).toEqual(['text/x-test', 'hi']);
    const form = await new Response('a=1&b=two', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    }).formData();
    expect([...form.entries()]).toEqual([
      ['a', '1'],
      ['b', 'two'],
    ]);
  });
});

describe('Request and FormData stand-ins', () => {
  it('make Node’s own, and recognise them by their tag alone', () => {
    const request = new Request('http://127.0.0.1/a', { method: 'POST' });
    expect(request).toBeInstanceOf(globalThis.Request);
    expect(request instanceof Request).toBe(true);
    expect(new globalThis.FormData() instanceof FormData).toBe(true);
    expect(new FormData()).toBeInstanceOf(globalThis.FormData);
    for (const value of ['http://127.0.0.1/a', new URL('http://127.0.0.1/a'), {}, null, '{"a":1}'])
      expect([value instanceof Request, value instanceof FormData]).toEqual([false, false]);
  });
});
