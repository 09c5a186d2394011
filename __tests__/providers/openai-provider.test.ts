import { afterEach, describe, expect, it } from '@jest/globals';
import { MAX_RESPONSE_BYTES } from '../../src/limits.js';
import { createOpenAIProvider } from '../../src/providers/openai-provider.js';
import { ProviderError } from '../../src/providers/provider.js';
import type { ChatRequest, ProviderConfig } from '../../src/types.js';
import {
  startOpenAIServer,
  type OpenAIServer,
  type Responder,
  type ServerUsage,
} from '../helpers/openai-server.js';
import { startProxyServer } from '../helpers/proxy-server.js';

const request: ChatRequest = {
  model: 'gpt-4o-mini',
  messages: [
    { role: 'system', content: 'You answer briefly.' },
    { role: 'user', content: 'What is the refund policy?' },
  ],
  parameters: { temperature: 0 },
};

let server: OpenAIServer | undefined;
afterEach(async () => server?.close());

async function providerFor(respond: Responder, cfg: Partial<ProviderConfig> = {}) {
  server = await startOpenAIServer({ respond });
  return createOpenAIProvider(
    { id: 'main', model: 'gpt-4o-mini', baseURL: server.url, ...cfg },
    { apiKey: 'k' },
  );
}

async function failure(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

describe('createOpenAIProvider', () => {
  it.each([false, true])(
    'sends the tools and a named strict JSON schema, and records the tools the answer called (stream: %s)',
    async (stream) => {
      const tools = [
        {
          type: 'function' as const,
          function: {
            name: 'weather',
            parameters: { type: 'object', properties: { city: { type: 'string' } } },
          },
        },
      ];
      const provider = await providerFor(
        () => ({ content: '', toolCalls: [{ name: 'weather', arguments: '{"city":"Bergen","days":2}' }] }),
        { stream },
      );
      const completion = await provider.complete(
        {
          ...request,
          tools,
          responseFormat: { type: 'json_schema', name: 'forecast', strict: true, schema: { type: 'object' } },
        },
        new AbortController().signal,
      );
      expect(completion.toolCalls).toEqual([{ name: 'weather', arguments: '{"city":"Bergen","days":2}' }]);
      const [sent] = server!.requests;
      expect(sent.tools).toEqual(tools);
      expect(sent.response_format).toEqual({
        type: 'json_schema',
        json_schema: { name: 'forecast', strict: true, schema: { type: 'object' } },
      });
    },
  );

  it.each([false, true])('reads the answer and every usage field (stream: %s)', async (stream) => {
    const provider = await providerFor(
      () => ({
        content: 'Refunds within 30 days.',
        usage: { prompt_tokens: 1000, cached_tokens: 200, completion_tokens: 500, reasoning_tokens: 120 },
      }),
      { stream },
    );
    const completion = await provider.complete(request, new AbortController().signal);
    expect(completion.output).toBe('Refunds within 30 days.');
    expect(completion.usage).toEqual({
      input: 1000,
      cachedInput: 200,
      output: 500,
      reasoning: 120,
      estimated: false,
    });
    expect(completion.latencyMs).toBeGreaterThan(0);
    if (stream) {
      expect(completion.ttftMs).toBeGreaterThan(0);
      expect(server?.requests[0]?.stream_options).toEqual({ include_usage: true });
    }
  });

  it.each([false, true])('never reports less latency than the provider took (stream: %s)', async (stream) => {
    server = await startOpenAIServer({ latencyMs: 40 });
    const provider = createOpenAIProvider(
      { id: 'main', model: 'gpt-4o-mini', baseURL: server.url, stream },
      {},
    );
    const completion = await provider.complete(request, new AbortController().signal);
    expect(completion.latencyMs).toBeGreaterThanOrEqual(40);
  });

  it('sends the pinned model, merged parameters and the response format', async () => {
    const provider = await providerFor(() => '{}', { parameters: { temperature: 1, seed: 7 } });
    await provider.complete(
      { ...request, responseFormat: { type: 'json_schema', schema: { type: 'object' } } },
      new AbortController().signal,
    );
    expect(server?.requests[0]).toMatchObject({
      model: 'gpt-4o-mini',
      temperature: 0,
      seed: 7,
      response_format: { type: 'json_schema', json_schema: { name: 'response', schema: { type: 'object' } } },
    });
  });

  it.each([false, true])(
    'counts tokens offline when the provider reports no usage (stream: %s)',
    async (stream) => {
      const provider = await providerFor(() => ({ content: 'hello <|endoftext|> world', usage: null }), {
        stream,
      });
      const completion = await provider.complete(request, new AbortController().signal);
      expect(completion.usage?.estimated).toBe(true);
      expect(completion.usage?.input).toBeGreaterThan(10);
      expect(completion.usage?.output).toBeGreaterThan(3);
    },
  );

  it('reports a 429 as retryable with the wait the server asked for', async () => {
    const provider = await providerFor(() => ({ fault: 'rate-limit', retryAfter: '2' }));
    const error = await failure(provider.complete(request, new AbortController().signal));
    expect(error).toMatchObject({ status: 429, retryAfterMs: 2000, retryable: true });
  });

  it('prefers retry-after-ms over retry-after', async () => {
    const provider = await providerFor(() => ({ fault: 'rate-limit', retryAfter: '2', retryAfterMs: 150 }));
    const error = await failure(provider.complete(request, new AbortController().signal));
    expect(error.retryAfterMs).toBe(150);
  });

  it('does not retry a request the provider rejected as bad', async () => {
    server = await startOpenAIServer();
    const provider = createOpenAIProvider({ id: 'main', model: 'm', baseURL: `${server.url}/wrong` }, {});
    const error = await failure(provider.complete(request, new AbortController().signal));
    expect(error).toMatchObject({ status: 404, retryable: false });
  });

  it.each([
    ['a 500', 'server-error', false, /HTTP 500/],
    ['a body that is not JSON', 'not-json', false, /invalid response/],
    ['a connection cut mid-body', 'cut', false, /stream cut|network|invalid response/],
    ['a stream cut mid-way', 'cut', true, /stream cut/],
  ] as const)('reports %s as retryable', async (_name, fault, stream, message) => {
    const provider = await providerFor(() => ({ content: 'a long enough answer to split', fault }), {
      stream,
    });
    const error = await failure(provider.complete(request, new AbortController().signal));
    expect(error.retryable).toBe(true);
    expect(error.message).toMatch(message);
  });

  it('stops waiting when the runner aborts, with the runner’s reason', async () => {
    const provider = await providerFor(() => ({ fault: 'hang' }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(new ProviderError('timed out after 50 ms', { retryable: true })), 50);
    const error = await failure(provider.complete(request, controller.signal));
    expect(error.message).toBe('timed out after 50 ms');
  });

  it.each([false, true])(
    'stops reading an answer that stalls mid-body when the runner aborts (stream: %s)',
    async (stream) => {
      const provider = await providerFor(
        () => ({ content: 'an answer that never finishes', fault: 'stall' }),
        {
          stream,
        },
      );
      const controller = new AbortController();
      setTimeout(() => controller.abort(new ProviderError('timed out after 50 ms', { retryable: true })), 50);
      const error = await failure(provider.complete(request, controller.signal));
      expect(error.message).toBe('timed out after 50 ms');
    },
  );

  it('reports a refused connection as a retryable network error', async () => {
    server = await startOpenAIServer();
    const url = server.url;
    await server.close();
    server = undefined;
    const provider = createOpenAIProvider({ id: 'main', model: 'm', baseURL: url }, {});
    const error = await failure(provider.complete(request, new AbortController().signal));
    expect(error).toMatchObject({ retryable: true });
    expect(error.message).toMatch(/network error/);
  });
});

describe('createOpenAIProvider: answers that cannot be used end as provider errors', () => {
  it.each([false, true])(
    'a response past the size cap ends at the cap, billed (stream: %s)',
    async (stream) => {
      const provider = await providerFor(() => ({ content: 'x'.repeat(MAX_RESPONSE_BYTES + 1) }), { stream });
      const heapBefore = process.memoryUsage().heapUsed;
      const error = await failure(provider.complete(request, new AbortController().signal));
      expect(error.message).toBe(`response too large: more than ${MAX_RESPONSE_BYTES} bytes`);
      expect(error).toMatchObject({ retryable: false, billed: true });
      // The answer was never held whole (a generous bound: the garbage collector may lag).
      expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(8 * MAX_RESPONSE_BYTES);
    },
  );

  it.each([false, true])('an answer just under the cap is read (stream: %s)', async (stream) => {
    const content = 'x'.repeat(MAX_RESPONSE_BYTES - 4096);
    const provider = await providerFor(() => ({ content, usage: null }), { stream });
    const completion = await provider.complete(request, new AbortController().signal);
    expect(completion.output).toHaveLength(content.length);
  });

  it.each<[string, ServerUsage, Record<string, unknown>, RegExp]>([
    ['a trillion prompt tokens', { prompt_tokens: 1e12 }, {}, /1000000000000 prompt tokens for a request of/],
    ['negative completion tokens', { completion_tokens: -3 }, {}, /-3 completion tokens/],
    ['more completion tokens than max_tokens', { completion_tokens: 4000 }, { max_tokens: 50 }, /allowed 50/],
  ])('%s: implausible usage, billed, not retried', async (_name, usage, parameters) => {
    for (const stream of [false, true]) {
      const provider = await providerFor(() => ({ content: 'ok', usage }), { stream });
      const error = await failure(
        provider.complete({ ...request, parameters }, new AbortController().signal),
      );
      expect(error.message).toMatch(/^implausible usage from the provider: /);
      expect(error).toMatchObject({ retryable: false, billed: true });
      await server?.close();
      server = undefined;
    }
  });
});

describe('createOpenAIProvider behind a proxy', () => {
  it('calls through HTTPS_PROXY / HTTP_PROXY, and straight to a loopback endpoint', async () => {
    const proxy = await startProxyServer();
    const saved = { ...process.env };
    const info = { label: 'x', repeat: 1 };
    try {
      Object.assign(process.env, { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url });
      server = await startOpenAIServer({ respond: () => ({ content: 'via the proxy' }) });
      // A name only the proxy resolves (to 127.0.0.1): loopback addresses are never proxied.
      const named = `http://openai.test:${new URL(server.url).port}/v1`;
      const proxied = createOpenAIProvider(
        { id: 'main', model: 'gpt-4o-mini', baseURL: named },
        { apiKey: 'k' },
      );
      expect((await proxied.complete(request, new AbortController().signal, info)).output).toBe(
        'via the proxy',
      );
      expect(proxy.targets).toEqual([`openai.test:${new URL(server.url).port}`]);

      const direct = createOpenAIProvider(
        { id: 'main', model: 'gpt-4o-mini', baseURL: server.url },
        { apiKey: 'k' },
      );
      expect((await direct.complete(request, new AbortController().signal, info)).output).toBe(
        'via the proxy',
      );
      expect(proxy.targets).toHaveLength(1);
    } finally {
      process.env = saved;
      // The server first: the proxy's tunnel to it stays open (kept alive) until one end closes.
      await server?.close();
      server = undefined;
      await proxy.close();
    }
  });
});
