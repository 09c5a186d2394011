import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The chat completion request the server received (the parsed JSON body). */
export interface ChatBody {
  model: string;
  messages: Array<{ role: string; content: string }>;
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  [parameter: string]: unknown;
}

/** Token counts to report; omitted fields are derived from the text (about 4 characters a token). */
export interface ServerUsage {
  prompt_tokens?: number;
  completion_tokens?: number;
  cached_tokens?: number;
  reasoning_tokens?: number;
}

/**
 * A fault to inject instead of an answer:
 * `rate-limit` 429 with `retry-after`; `server-error` 500; `hang` never answers; `cut` closes the
 * connection mid-answer (mid-stream when streaming); `stall` sends the answer's start and then
 * nothing more, with the connection left open; `not-json` a 200 whose body is not JSON.
 */
export type Fault = 'rate-limit' | 'server-error' | 'hang' | 'cut' | 'stall' | 'not-json';

/** What to answer with. */
export interface Reply {
  content?: string;
  /** `null` sends no usage at all, as some compatible servers do. */
  usage?: ServerUsage | null;
  fault?: Fault;
  /** `retry-after` header (seconds) for `rate-limit`; default '0'. */
  retryAfter?: string;
  /** `retry-after-ms` header for `rate-limit`. */
  retryAfterMs?: number;
  /** Function calls the answer makes (arguments as JSON text); streamed in fragments when streaming. */
  toolCalls?: Array<{ name: string; arguments: string }>;
  /** Wait before answering; defaults to the server's `latencyMs`. */
  delayMs?: number;
  model?: string;
  /** Response headers sent with the answer (a 429's too), e.g. `x-ratelimit-limit-tokens`. */
  headers?: Record<string, string>;
}

/** Decides the answer to each request; `index` counts requests from 0. */
export type Responder = (body: ChatBody, index: number) => string | Reply;

/** The moderation request the server received. */
export interface ModerationBody {
  model: string;
  input: string | string[];
}

/**
 * Scores one moderation input by category (0..1); categories left out score 0. The server flags a
 * category at 0.5 or more, and the input when any category is flagged.
 */
export type Moderator = (input: string) => Record<string, number>;

/** The categories `omni-moderation-latest` scores. */
const MODERATION_CATEGORIES = [
  'harassment',
  'harassment/threatening',
  'hate',
  'hate/threatening',
  'illicit',
  'illicit/violent',
  'self-harm',
  'self-harm/instructions',
  'self-harm/intent',
  'sexual',
  'sexual/minors',
  'violence',
  'violence/graphic',
];

export interface OpenAIServerOptions {
  respond?: Responder;
  /** Fixed latency of every answer, in ms. */
  latencyMs?: number;
  /** Keep every request body in `requests` (turn off in benches to keep memory flat). */
  keepRequests?: boolean;
  /** Serves `/v1/moderations` with these scores; without it the route does not exist, as on most compatible servers. */
  moderate?: Moderator;
}

/** A running server: `url` is the base URL for the OpenAI client (ends in `/v1`). */
export interface OpenAIServer {
  url: string;
  requests: ChatBody[];
  /** Every moderation request body, in order. */
  moderations: ModerationBody[];
  /** Number of chat completion requests received, kept even when bodies are not. */
  count: () => number;
  /** Most requests that were open at the same time. */
  maxInFlight: () => number;
  close: () => Promise<void>;
}

const echoLastMessage: Responder = (body) => `echo: ${body.messages.at(-1)?.content ?? ''}`;

/** Starts an OpenAI-compatible `/v1/chat/completions` server on 127.0.0.1 (a free port). */
export async function startOpenAIServer(opts: OpenAIServerOptions = {}): Promise<OpenAIServer> {
  const respond = opts.respond ?? echoLastMessage;
  const requests: ChatBody[] = [];
  const moderations: ModerationBody[] = [];
  let received = 0;
  let inFlight = 0;
  let peak = 0;
  const server = createServer((req, res) => {
    void handle(req, res);
  });
  // Benches open many concurrent keep-alive connections; do not let the server be the bottleneck.
  server.keepAliveTimeout = 30_000;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    if (opts.moderate && req.method === 'POST' && req.url === '/v1/moderations') {
      const body = JSON.parse(raw) as ModerationBody;
      moderations.push(body);
      sendModeration(body, opts.moderate, res);
      return;
    }
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
      sendJson(res, 404, { error: { message: `no route ${req.method} ${req.url}` } });
      return;
    }
    const body = JSON.parse(raw) as ChatBody;
    const index = received++;
    peak = Math.max(peak, ++inFlight);
    res.on('close', () => inFlight--);
    if (opts.keepRequests !== false) requests.push(body);
    const answer = respond(body, index);
    const reply: Reply = typeof answer === 'string' ? { content: answer } : answer;
    const delay = reply.delayMs ?? opts.latencyMs ?? 0;
    if (reply.fault === 'hang') return;
    if (delay > 0) await sleep(delay);
    if (res.destroyed) return;
    sendReply(body, reply, res);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    moderations,
    count: () => received,
    maxInFlight: () => peak,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Answers one chat completion request as `reply` says (a fault, a stream or a whole completion). */
export function sendReply(body: ChatBody, reply: Reply, res: ServerResponse): void {
  switch (reply.fault) {
    case 'rate-limit': {
      const headers: Record<string, string> = { ...reply.headers, 'retry-after': reply.retryAfter ?? '0' };
      if (reply.retryAfterMs !== undefined) headers['retry-after-ms'] = String(reply.retryAfterMs);
      sendJson(res, 429, { error: { message: 'Rate limit reached', type: 'rate_limit_error' } }, headers);
      return;
    }
    case 'server-error':
      sendJson(res, 500, { error: { message: 'The server had an error', type: 'server_error' } });
      return;
    case 'not-json':
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('<html>502 Bad Gateway</html>');
      return;
    default:
      if (body.stream) sendStream(body, reply, res);
      else sendCompletion(body, reply, res);
  }
}

function sendCompletion(body: ChatBody, reply: Reply, res: ServerResponse): void {
  const content = reply.content ?? '';
  const completion = {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 0,
    model: reply.model ?? body.model,
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content,
          ...(reply.toolCalls ? { tool_calls: toolCallsOf(reply) } : {}),
        },
        finish_reason: reply.toolCalls ? 'tool_calls' : 'stop',
      },
    ],
    ...(reply.usage === null ? {} : { usage: usageOf(body, content, reply.usage) }),
  };
  if (reply.fault === 'cut' || reply.fault === 'stall') {
    // Promise a longer body than is sent, then drop the connection (or leave it open, silent).
    const text = JSON.stringify(completion);
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(text.length * 2) });
    res.write(text.slice(0, text.length / 2));
    if (reply.fault === 'cut') res.destroy();
    return;
  }
  sendJson(res, 200, completion, reply.headers);
}

function toolCallsOf(reply: Reply): object[] {
  return (reply.toolCalls ?? []).map((call, index) => ({
    id: `call_${index}`,
    type: 'function',
    function: { name: call.name, arguments: call.arguments },
  }));
}

function sendStream(body: ChatBody, reply: Reply, res: ServerResponse): void {
  const content = reply.content ?? '';
  const model = reply.model ?? body.model;
  const chunk = (choices: unknown[], extra: object = {}) =>
    `data: ${JSON.stringify({ id: 'chatcmpl-test', object: 'chat.completion.chunk', created: 0, model, choices, ...extra })}\n\n`;
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', ...reply.headers });
  const pieces = splitInThree(content);
  res.write(chunk([{ index: 0, delta: { role: 'assistant', content: pieces[0] }, finish_reason: null }]));
  if (reply.fault === 'cut') {
    // Drop the connection once the first chunk is on the wire, so the client sees a started stream end.
    res.write(': partial\n\n', () => res.destroy());
    return;
  }
  if (reply.fault === 'stall') return;
  for (const piece of pieces.slice(1)) {
    res.write(chunk([{ index: 0, delta: { content: piece }, finish_reason: null }]));
  }
  // A tool call as real servers stream it: id and name first, then the arguments in fragments.
  for (const [index, call] of (reply.toolCalls ?? []).entries()) {
    const [head, ...rest] = splitInThree(call.arguments);
    const first = {
      index,
      id: `call_${index}`,
      type: 'function',
      function: { name: call.name, arguments: head },
    };
    res.write(chunk([{ index: 0, delta: { tool_calls: [first] }, finish_reason: null }]));
    for (const piece of rest)
      res.write(
        chunk([
          {
            index: 0,
            delta: { tool_calls: [{ index, function: { arguments: piece } }] },
            finish_reason: null,
          },
        ]),
      );
  }
  res.write(chunk([{ index: 0, delta: {}, finish_reason: reply.toolCalls ? 'tool_calls' : 'stop' }]));
  if (body.stream_options?.include_usage && reply.usage !== null) {
    res.write(chunk([], { usage: usageOf(body, content, reply.usage) }));
  }
  res.end('data: [DONE]\n\n');
}

function sendModeration(body: ModerationBody, moderate: Moderator, res: ServerResponse): void {
  const inputs = typeof body.input === 'string' ? [body.input] : body.input;
  const results = inputs.map((input) => {
    const given = moderate(input);
    const scores = Object.fromEntries(MODERATION_CATEGORIES.map((name) => [name, given[name] ?? 0]));
    const categories = Object.fromEntries(MODERATION_CATEGORIES.map((name) => [name, scores[name] >= 0.5]));
    const applied = Object.fromEntries(MODERATION_CATEGORIES.map((name) => [name, ['text']]));
    return {
      flagged: Object.values(categories).some(Boolean),
      categories,
      category_scores: scores,
      category_applied_input_types: applied,
    };
  });
  sendJson(res, 200, { id: 'modr-test', model: body.model, results });
}

function usageOf(body: ChatBody, content: string, usage: ServerUsage | undefined): object {
  const promptText = body.messages.map((message) => message.content).join(' ');
  const prompt = usage?.prompt_tokens ?? Math.ceil(promptText.length / 4);
  // A real server stops at max_tokens, so its count never passes it (a test may still claim more).
  const limit = body.max_completion_tokens ?? body.max_tokens;
  const completion =
    usage?.completion_tokens ??
    Math.min(Math.ceil(content.length / 4), typeof limit === 'number' ? limit : Infinity);
  return {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: prompt + completion,
    prompt_tokens_details: { cached_tokens: usage?.cached_tokens ?? 0 },
    completion_tokens_details: { reasoning_tokens: usage?.reasoning_tokens ?? 0 },
  };
}

function splitInThree(text: string): string[] {
  const third = Math.ceil(text.length / 3);
  return [text.slice(0, third), text.slice(third, 2 * third), text.slice(2 * third)].filter(
    (piece, i) => i === 0 || piece.length > 0,
  );
}

/** A JSON body with its length and `headers`. */
export function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(value);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

/** The request's body as text. */
export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Resolves after `ms`. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
