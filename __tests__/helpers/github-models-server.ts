/**
 * A server on 127.0.0.1 shaped like GitHub Models: `GET /catalog/models`, and chat completions at
 * `/inference` and `/orgs/{org}/inference` for the token it is given, with GitHub's headers checked,
 * rate-limit headers on answers, 429s for the per-minute and per-day limits and 403 for a token
 * without `models: read`. Answers are built by the OpenAI server's code.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  readBody,
  sendJson,
  sendReply,
  sleep,
  type ChatBody,
  type Reply,
  type Responder,
} from './openai-server.js';

/** A catalog entry, as `GET /catalog/models` lists it. */
export interface ServerCatalogModel {
  id: string;
  name: string;
  publisher: string;
  rate_limit_tier: string;
}

/** The models the catalog lists unless a test gives its own. */
export const CATALOG: ServerCatalogModel[] = [
  { id: 'openai/gpt-4o-mini', name: 'OpenAI GPT-4o mini', publisher: 'OpenAI', rate_limit_tier: 'low' },
  { id: 'openai/gpt-4o', name: 'OpenAI GPT-4o', publisher: 'OpenAI', rate_limit_tier: 'high' },
  { id: 'openai/gpt-4.1', name: 'OpenAI GPT-4.1', publisher: 'OpenAI', rate_limit_tier: 'high' },
  {
    id: 'meta/llama-3.3-70b-instruct',
    name: 'Llama-3.3-70B-Instruct',
    publisher: 'Meta',
    rate_limit_tier: 'high',
  },
];

export interface GitHubModelsServerOptions {
  respond?: Responder;
  /** The only token it accepts (others get 401). */
  token: string;
  catalog?: ServerCatalogModel[];
  /** Refuse every completion with 403, as GitHub does a token without `models: read`. */
  forbidden?: boolean;
  /** Completions one model answers a day; past it, 429 `UserByModelByDay`. */
  perDay?: number;
  /** Completions one model answers a window; past it, 429 `UserByModelByMinute` until the window ends. */
  perMinute?: number;
  /** Length of the per-minute window (a test shortens it). */
  minuteMs?: number;
  latencyMs?: number;
}

/** One request the server received. */
export interface SeenRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body?: ChatBody;
  /** The status it was answered with. */
  status: number;
}

export interface GitHubModelsServer {
  /** The service's root: `${url}/inference` is its inference URL. */
  url: string;
  requests: SeenRequest[];
  /** Completions answered with 200. */
  answered: () => number;
  maxInFlight: () => number;
  close: () => Promise<void>;
}

const INFERENCE = /^(?:\/orgs\/([^/]+))?\/inference\/chat\/completions$/;

/** Starts the server on a free port. */
export async function startGitHubModelsServer(opts: GitHubModelsServerOptions): Promise<GitHubModelsServer> {
  const respond = opts.respond ?? ((body) => `echo: ${body.messages.at(-1)?.content ?? ''}`);
  const catalog = opts.catalog ?? CATALOG;
  const minuteMs = opts.minuteMs ?? 60_000;
  const requests: SeenRequest[] = [];
  const perDay = new Map<string, number>();
  const windows = new Map<string, number[]>();
  let answered = 0;
  let inFlight = 0;
  let peak = 0;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const path = req.url ?? '';
    const seen: SeenRequest = { method: req.method ?? '', path, headers: req.headers, status: 0 };
    requests.push(seen);
    const answer = (status: number, value: unknown, headers: Record<string, string> = {}): void => {
      seen.status = status;
      sendJson(res, status, value, headers);
    };
    if (req.headers.authorization !== `Bearer ${opts.token}`)
      return answer(401, { message: 'Bad credentials' });
    if (
      req.headers['x-github-api-version'] !== '2022-11-28' ||
      req.headers.accept !== 'application/vnd.github+json'
    )
      return answer(400, {
        message: 'expected Accept: application/vnd.github+json and X-GitHub-Api-Version: 2022-11-28',
      });
    if (req.method === 'GET' && path === '/catalog/models') return answer(200, catalog);
    if (req.method !== 'POST' || !INFERENCE.test(path))
      return answer(404, { message: `no route ${req.method} ${path}` });
    if (opts.forbidden)
      return answer(403, {
        error: {
          code: 'unauthorized',
          message: 'The `models` permission is required to access this endpoint',
        },
      });
    const body = JSON.parse(raw) as ChatBody;
    seen.body = body;
    if (!catalog.some((model) => model.id === body.model))
      return answer(400, { error: { code: 'unknown_model', message: `Unknown model: ${body.model}` } });
    const day = perDay.get(body.model) ?? 0;
    if (opts.perDay !== undefined && day >= opts.perDay) {
      const message = `Rate limit of ${opts.perDay} per 86400s exceeded for UserByModelByDay. Please wait 50400 seconds before retrying.`;
      return answer(
        429,
        { error: { code: 'RateLimitReached', message, details: message } },
        {
          'retry-after': '50400',
          'x-ratelimit-type': 'UserByModelByDay',
        },
      );
    }
    const now = Date.now();
    const window = (windows.get(body.model) ?? []).filter((at) => at > now - minuteMs);
    windows.set(body.model, window);
    if (opts.perMinute !== undefined && window.length >= opts.perMinute) {
      const wait = Math.max(1, Math.ceil((window[0] + minuteMs - now) / 1000));
      const message = `Rate limit of ${opts.perMinute} per 60s exceeded for UserByModelByMinute. Please wait ${wait} seconds before retrying.`;
      return answer(
        429,
        { error: { code: 'RateLimitReached', message } },
        {
          'retry-after': String(wait),
          'x-ratelimit-type': 'UserByModelByMinute',
        },
      );
    }
    window.push(now);
    perDay.set(body.model, day + 1);
    peak = Math.max(peak, ++inFlight);
    res.on('close', () => inFlight--);
    const reply = ((r): Reply => (typeof r === 'string' ? { content: r } : r))(respond(body, answered));
    answered++;
    if (opts.perMinute !== undefined) {
      res.setHeader('x-ratelimit-remaining-requests', String(opts.perMinute - window.length));
      res.setHeader('x-ratelimit-reset-requests', String(Math.ceil((window[0] + minuteMs - now) / 1000)));
    }
    res.setHeader('x-ratelimit-remaining-tokens', '150000');
    const delay = reply.delayMs ?? opts.latencyMs ?? 0;
    if (delay > 0) await sleep(delay);
    seen.status = 200;
    sendReply(body, reply, res);
  }

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    answered: () => answered,
    maxInFlight: () => peak,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
