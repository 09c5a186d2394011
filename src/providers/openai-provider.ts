import { APIConnectionError, APIError, OpenAI } from 'openai';
import type { ChatRequest, Completion, ProviderConfig, ToolCall, Usage } from '../types.js';
import { fetchFor, readsCallSignal, withCallSignal } from './http.js';
import { ProviderError, type Provider } from './provider.js';
import { RateLimitObserver } from './rate-limits.js';
import { estimateUsage, implausibleUsage, usageFromOpenAI, type OpenAIUsage } from './usage.js';

/**
 * How the provider reaches its endpoint: `fetchFor` (undici over a keep-alive connection, or through
 * the environment's proxy when one applies, each response capped at `MAX_RESPONSE_BYTES`); `fetch`
 * replaces it, its cap included, in tests and benches only.
 */
export interface OpenAIProviderOptions {
  apiKey?: string;
  /** Sent with every request, beside the SDK's own (a service's documented headers). */
  headers?: Record<string, string>;
  fetch?: typeof fetch;
}

// Where the SDK sends requests when neither the config nor OPENAI_BASE_URL names an endpoint.
const DEFAULT_BASE_URL = 'https://api.openai.com/v1';

// Local servers (Ollama, vLLM) take no key, but the SDK refuses to start without one.
const PLACEHOLDER_API_KEY = 'no-key';

/** A provider for any OpenAI-compatible chat endpoint, through the official SDK. */
export function createOpenAIProvider(cfg: ProviderConfig, opts: OpenAIProviderOptions = {}): Provider {
  const fetchFn = opts.fetch ?? fetchFor(cfg.baseURL ?? process.env.OPENAI_BASE_URL ?? DEFAULT_BASE_URL);
  const client = new OpenAI({
    apiKey: opts.apiKey || PLACEHOLDER_API_KEY,
    baseURL: cfg.baseURL,
    defaultHeaders: opts.headers,
    // The runner owns retries (with its budget, breaker and fallback), so the SDK must not add its own.
    maxRetries: 0,
    fetch: fetchFn,
  });
  // A plain answer is read whole inside fetch, so the call's signal can go to fetch alone; a stream
  // is read by the SDK, whose own signal must then stop it too.
  const plainCallOptions = readsCallSignal(fetchFn)
    ? (signal: AbortSignal): OpenAI.RequestOptions => ({
        // Passed on to fetch as they are; the SDK's type lists only the standard's members.
        fetchOptions: withCallSignal(signal) as OpenAI.RequestOptions['fetchOptions'],
      })
    : (signal: AbortSignal): OpenAI.RequestOptions => ({ signal });
  const limits = new RateLimitObserver();
  return {
    id: cfg.id,
    model: cfg.model,
    async complete(req, signal) {
      const body = requestBody(cfg, req);
      const onHeaders = (headers: Headers): void => limits.observe(body.model, headers);
      try {
        return cfg.stream
          ? await completeStreaming(client, body, signal, onHeaders)
          : await completeOnce(client, body, plainCallOptions(signal), onHeaders);
      } catch (error) {
        // A refusal (a 429 among them) states the limits too.
        if (isAPIError(error) && error.headers) onHeaders(error.headers);
        throw toProviderError(error, signal);
      }
    },
    statedLimits: () => limits.stated(),
  };
}

type Body = Record<string, unknown> & { model: string; messages: ChatRequest['messages'] };

function requestBody(cfg: ProviderConfig, req: ChatRequest): Body {
  const body: Body = { ...cfg.parameters, ...req.parameters, model: req.model, messages: req.messages };
  const format = req.responseFormat;
  if (format?.type === 'json_object') body.response_format = { type: 'json_object' };
  if (format?.type === 'json_schema') {
    const { name = 'response', schema, strict, description } = format;
    body.response_format = {
      type: 'json_schema',
      json_schema: {
        name,
        schema,
        ...(strict === undefined ? {} : { strict }),
        ...(description === undefined ? {} : { description }),
      },
    };
  }
  if (req.tools?.length) body.tools = req.tools;
  return body;
}

interface ToolCallShape {
  index?: number;
  function?: { name?: string; arguments?: string };
}

interface ChatCompletionShape {
  model?: string;
  choices?: Array<{ message?: { content?: string | null; tool_calls?: ToolCallShape[] | null } }>;
  usage?: OpenAIUsage | null;
}

/** The function calls of an answer (other tool kinds carry no function and are left out). */
function toolCallsOf(calls: ToolCallShape[] | null | undefined): ToolCall[] | undefined {
  const functions = (calls ?? []).flatMap((call) =>
    call.function?.name ? [{ name: call.function.name, arguments: call.function.arguments ?? '' }] : [],
  );
  return functions.length > 0 ? functions : undefined;
}

/** Reads the rate-limit headers of each answer. */
type OnHeaders = (headers: Headers) => void;

async function completeOnce(
  client: OpenAI,
  body: Body,
  options: OpenAI.RequestOptions,
  onHeaders: OnHeaders,
): Promise<Completion> {
  const started = performance.now();
  // The raw response skips the SDK's parse step (a deadline controller and a JSON stream reader per
  // call); the body is read as one string and parsed once.
  const response = await client.chat.completions
    .create({ ...body, stream: false } as unknown as OpenAI.ChatCompletionCreateParamsNonStreaming, options)
    .asResponse();
  onHeaders(response.headers);
  const text = await response.text();
  // From the request going out to the answer's last byte.
  const latencyMs = performance.now() - started;
  const reply = JSON.parse(text) as unknown;
  const completion = reply as ChatCompletionShape;
  // A proxy's HTML error page or a truncated body arrives as text or without `choices`.
  if (typeof reply !== 'object' || reply === null || !Array.isArray(completion.choices)) {
    throw new ProviderError('invalid response: the body is not a JSON chat completion', { retryable: true });
  }
  const message = completion.choices[0]?.message;
  const output = message?.content ?? '';
  const toolCalls = toolCallsOf(message?.tool_calls);
  return {
    output,
    ...(toolCalls ? { toolCalls } : {}),
    usage: await readUsage(completion.usage, body, output),
    latencyMs,
    model: completion.model,
  };
}

interface ChunkShape {
  model?: string;
  choices?: Array<{
    delta?: { content?: string | null; tool_calls?: ToolCallShape[] | null };
    finish_reason?: string | null;
  }>;
  usage?: OpenAIUsage | null;
}

async function completeStreaming(
  client: OpenAI,
  body: Body,
  signal: AbortSignal,
  onHeaders: OnHeaders,
): Promise<Completion> {
  const started = performance.now();
  const { data: stream, response } = await client.chat.completions
    .create(
      {
        ...body,
        stream: true,
        stream_options: { include_usage: true },
      } as unknown as OpenAI.ChatCompletionCreateParamsStreaming,
      { signal },
    )
    .withResponse();
  onHeaders(response.headers);
  const parts: string[] = [];
  const calls: ToolCall[] = [];
  let ttftMs: number | undefined;
  let finished = false;
  let usage: OpenAIUsage | null | undefined;
  let model: string | undefined;
  for await (const raw of stream) {
    const chunk = raw as unknown as ChunkShape;
    model ??= chunk.model;
    if (chunk.usage) usage = chunk.usage;
    for (const choice of chunk.choices ?? []) {
      const text = choice.delta?.content;
      if (text) {
        ttftMs ??= performance.now() - started;
        parts.push(text);
      }
      // A streamed tool call arrives in pieces: its name first, its arguments in fragments, by index.
      for (const piece of choice.delta?.tool_calls ?? []) {
        ttftMs ??= performance.now() - started;
        const call = (calls[piece.index ?? 0] ??= { name: '', arguments: '' });
        call.name += piece.function?.name ?? '';
        call.arguments += piece.function?.arguments ?? '';
      }
      if (choice.finish_reason) finished = true;
    }
  }
  const latencyMs = performance.now() - started;
  // A stream that closes without a finish reason lost the rest of the answer.
  if (!finished)
    throw new ProviderError('stream cut: it ended before the answer finished', { retryable: true });
  const output = parts.join('');
  const toolCalls = calls.filter((call) => call.name);
  return {
    output,
    ...(toolCalls.length > 0 ? { toolCalls } : {}),
    usage: await readUsage(usage, body, output),
    latencyMs,
    ttftMs: ttftMs ?? latencyMs,
    model,
  };
}

/**
 * The provider's usage, or an offline count when it sent none. Usage that cannot be true for the
 * request is a provider error: it would otherwise be priced into the run's spend.
 */
async function readUsage(raw: OpenAIUsage | null | undefined, body: Body, output: string): Promise<Usage> {
  const usage = usageFromOpenAI(raw);
  if (!usage) return estimateUsage(body.messages, output);
  const problem = implausibleUsage(usage, { messages: body.messages, parameters: body });
  if (problem)
    throw new ProviderError(`implausible usage from the provider: ${problem}`, {
      retryable: false,
      billed: true,
    });
  return usage;
}

// `instanceof` on the generic class narrows to APIError<any, any, any>; this keeps its declared types.
function isAPIError(error: unknown): error is APIError {
  return error instanceof APIError;
}

/** Maps SDK, network and parse failures to a ProviderError the runner can reason about. */
function toProviderError(error: unknown, signal: AbortSignal): Error {
  // The runner aborts with its own reason (a timeout, a cancelled run): that is the real cause.
  if (signal.aborted && signal.reason instanceof Error) return signal.reason;
  if (error instanceof ProviderError) return error;
  // The SDK wraps what fetch throws (a response cut at its size cap among them).
  if (error instanceof APIConnectionError && error.cause instanceof ProviderError) return error.cause;
  if (error instanceof APIConnectionError) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return new ProviderError(`network error${cause}`, { retryable: true });
  }
  if (isAPIError(error) && error.status !== undefined) {
    return new ProviderError(`HTTP ${error.status}: ${error.message}`, {
      status: error.status,
      retryAfterMs: retryAfterMs(error.headers),
      retryable: isRetryableStatus(error.status),
    });
  }
  if (error instanceof SyntaxError) {
    return new ProviderError(`invalid response: ${error.message}`, { retryable: true });
  }
  const message = error instanceof Error ? error.message : String(error);
  // undici reports a connection dropped mid-body (a cut stream) as `terminated` (its fetch) or as a
  // socket error (its request API, under fetchFor).
  if (/\bterminated\b/.test(message) || (error as { code?: unknown }).code === 'UND_ERR_SOCKET')
    return new ProviderError('stream cut: the connection closed mid-answer', { retryable: true });
  return new ProviderError(`provider call failed: ${message}`, { retryable: true });
}

function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/** `retry-after-ms` (milliseconds), else `retry-after` (seconds or an HTTP date). */
export function retryAfterMs(headers: Headers | undefined): number | undefined {
  const millis = Number(headers?.get('retry-after-ms') ?? NaN);
  if (Number.isFinite(millis) && millis >= 0) return millis;
  const value = headers?.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
