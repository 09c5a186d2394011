import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A user as the REST API embeds it in comments (`simple-user`). */
export interface ServerUser {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

/** A pull request file entry (`diff-entry`). */
export interface ServerPullFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previous_filename?: string;
}

/** An issue comment as stored by the server. */
export interface ServerComment {
  id: number;
  issue_number: number;
  body: string;
  user: ServerUser;
  created_at: string;
  updated_at: string;
}

/** A check run as stored by the server, with every annotation it received. */
export interface ServerCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion?: string;
  output: { title?: string; summary?: string; text?: string };
  annotations: unknown[];
}

/** In-memory state the tests seed and inspect. */
export interface GitHubState {
  /** Files of each pull request, by number. */
  pullFiles: Map<number, ServerPullFile[]>;
  comments: ServerComment[];
  checkRuns: ServerCheckRun[];
  /** Every request, in order: method, path with query, parsed body. */
  requests: Array<{ method: string; url: string; body?: unknown }>;
  /** Secondary rate limit answers still to give (each consumes one request). */
  rateLimitsLeft: number;
}

/** How the server behaves. */
export interface GitHubServerOptions {
  /** The token's user for `GET /user` and new comments; null acts as the Actions `GITHUB_TOKEN`. */
  viewer?: ServerUser | null;
  /** Answer check-run writes with 403, as for a token without `checks: write`. */
  checksForbidden?: boolean;
  /** Answer this many requests with a 403 secondary rate limit (`retry-after: 0`) first. */
  rateLimits?: number;
  pullFiles?: Record<number, ServerPullFile[]>;
  comments?: Array<Omit<ServerComment, 'id' | 'created_at' | 'updated_at'>>;
  /** Answer each request after this many ms, as the real API's round trip takes (benchmarks). */
  latencyMs?: number;
}

/** The bot user that comments made with `GITHUB_TOKEN` carry. */
export const ACTIONS_BOT: ServerUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

/** The REST API caps the PR files list at 3,000 entries. */
const FILES_CAP = 3000;

const DOCS = 'https://docs.github.com/rest';

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(body === undefined ? '' : JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

/** One page of `items` plus its `Link` header, the way the REST API paginates. */
function paginate<T>(base: string, url: URL, items: T[]): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
  const pageNumber = Number(url.searchParams.get('page') ?? 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (page: number, rel: string) => {
    const target = new URL(url.pathname, base);
    url.searchParams.forEach((value, key) => target.searchParams.set(key, value));
    target.searchParams.set('page', String(page));
    return `<${target.toString()}>; rel="${rel}"`;
  };
  const rels = [];
  if (pageNumber > 1) rels.push(link(pageNumber - 1, 'prev'), link(1, 'first'));
  if (pageNumber < last) rels.push(link(pageNumber + 1, 'next'), link(last, 'last'));
  return {
    page: items.slice((pageNumber - 1) * perPage, pageNumber * perPage),
    headers: rels.length ? { link: rels.join(', ') } : {},
  };
}

/**
 * Starts a GitHub-REST-shaped server on 127.0.0.1 with in-memory state: PR files, issue comments,
 * check runs and `GET /user`, with pagination, the 3,000-file cap and injectable failures.
 */
export async function startGitHubServer(
  opts: GitHubServerOptions = {},
): Promise<{ url: string; state: GitHubState; close: () => Promise<void> }> {
  const viewer = opts.viewer === undefined ? ACTIONS_BOT : opts.viewer;
  const author = viewer ?? ACTIONS_BOT;
  let nextId = 1000;
  const now = () => new Date(Date.UTC(2026, 0, 1, 0, 0, nextId % 60)).toISOString();
  const state: GitHubState = {
    pullFiles: new Map(Object.entries(opts.pullFiles ?? {}).map(([n, files]) => [Number(n), files])),
    comments: (opts.comments ?? []).map((c) => ({
      ...c,
      id: nextId++,
      created_at: now(),
      updated_at: now(),
    })),
    checkRuns: [],
    requests: [],
    rateLimitsLeft: opts.rateLimits ?? 0,
  };
  let base = '';

  const commentJson = (c: ServerComment, owner: string, repo: string) => ({
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${base}/repos/${owner}/${repo}/issues/comments/${c.id}`,
    html_url: `https://github.com/${owner}/${repo}/pull/${c.issue_number}#issuecomment-${c.id}`,
    issue_url: `${base}/repos/${owner}/${repo}/issues/${c.issue_number}`,
    body: c.body,
    user: c.user,
    author_association: c.user.type === 'Bot' ? 'NONE' : 'MEMBER',
    created_at: c.created_at,
    updated_at: c.updated_at,
  });
  const checkRunJson = (run: ServerCheckRun, owner: string, repo: string) => ({
    id: run.id,
    head_sha: run.head_sha,
    node_id: `CR_${run.id}`,
    name: run.name,
    status: run.status,
    conclusion: run.conclusion ?? null,
    url: `${base}/repos/${owner}/${repo}/check-runs/${run.id}`,
    html_url: `https://github.com/${owner}/${repo}/runs/${run.id}`,
    details_url: null,
    output: { ...run.output, annotations_count: run.annotations.length, annotations_url: '' },
  });
  const checkRunWrite = (run: ServerCheckRun, body: Record<string, unknown>) => {
    const output = (body.output ?? {}) as { annotations?: unknown[] } & ServerCheckRun['output'];
    if ((output.annotations?.length ?? 0) > 50)
      throw new HttpError(422, 'Only 50 annotations are allowed per request');
    if ((output.summary?.length ?? 0) > 65535 || (output.text?.length ?? 0) > 65535) {
      throw new HttpError(
        422,
        'Invalid request.\n\nOutput summary or text is too long (maximum is 65535 characters).',
      );
    }
    run.output = { title: output.title, summary: output.summary, text: output.text };
    run.annotations.push(...(output.annotations ?? []));
    for (const key of ['status', 'conclusion', 'name'] as const)
      if (body[key]) run[key] = body[key] as string;
  };

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', base);
    const method = req.method ?? 'GET';
    const body = (await readBody(req)) as Record<string, unknown> | undefined;
    state.requests.push({ method, url: url.pathname + url.search, body });
    if (state.rateLimitsLeft > 0) {
      state.rateLimitsLeft--;
      throw new HttpError(
        403,
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        { 'retry-after': '0' },
      );
    }
    const path = url.pathname;
    let m: RegExpMatchArray | null;

    if (method === 'GET' && path === '/user') {
      if (!viewer) throw new HttpError(403, 'Resource not accessible by integration');
      return send(res, 200, {
        ...viewer,
        node_id: `U_${viewer.id}`,
        html_url: `https://github.com/${viewer.login}`,
      });
    }
    if (method === 'GET' && (m = path.match(/^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)\/files$/))) {
      const files = (state.pullFiles.get(Number(m[3])) ?? []).slice(0, FILES_CAP).map((f, i) => ({
        sha: i.toString(16).padStart(40, '0'),
        additions: 1,
        deletions: 0,
        changes: 1,
        blob_url: `https://github.com/${m![1]}/${m![2]}/blob/head/${f.filename}`,
        raw_url: `https://github.com/${m![1]}/${m![2]}/raw/head/${f.filename}`,
        contents_url: `${base}/repos/${m![1]}/${m![2]}/contents/${f.filename}?ref=head`,
        ...f,
      }));
      const { page, headers } = paginate(base, url, files);
      return send(res, 200, page, headers);
    }
    if ((m = path.match(/^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/))) {
      const [, owner, repo, number] = m;
      if (method === 'GET') {
        const all = state.comments.filter((c) => c.issue_number === Number(number));
        const { page, headers } = paginate(base, url, all);
        return send(
          res,
          200,
          page.map((c) => commentJson(c, owner, repo)),
          headers,
        );
      }
      if (method === 'POST') {
        if (typeof body?.body !== 'string')
          throw new HttpError(422, 'Invalid request.\n\n"body" wasn\'t supplied.');
        if (body.body.length > 65536)
          throw new HttpError(422, 'Body is too long (maximum is 65536 characters)');
        const comment = {
          id: nextId++,
          issue_number: Number(number),
          body: body.body,
          user: author,
          created_at: now(),
          updated_at: now(),
        };
        state.comments.push(comment);
        return send(res, 201, commentJson(comment, owner, repo));
      }
    }
    if (method === 'PATCH' && (m = path.match(/^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/))) {
      const comment = state.comments.find((c) => c.id === Number(m![3]));
      if (!comment) throw new HttpError(404, 'Not Found');
      if (comment.user.login !== author.login)
        throw new HttpError(403, 'Resource not accessible by integration');
      if (typeof body?.body !== 'string' || body.body.length > 65536)
        throw new HttpError(422, 'Invalid request.');
      comment.body = body.body;
      comment.updated_at = now();
      return send(res, 200, commentJson(comment, m[1], m[2]));
    }
    if ((m = path.match(/^\/repos\/([^/]+)\/([^/]+)\/check-runs(?:\/(\d+))?$/))) {
      if (opts.checksForbidden) throw new HttpError(403, 'Resource not accessible by integration');
      if (method === 'POST' && !m[3]) {
        const run: ServerCheckRun = {
          id: nextId++,
          name: '',
          head_sha: String(body?.head_sha),
          status: 'queued',
          output: {},
          annotations: [],
        };
        checkRunWrite(run, body ?? {});
        state.checkRuns.push(run);
        return send(res, 201, checkRunJson(run, m[1], m[2]));
      }
      if (method === 'PATCH' && m[3]) {
        const run = state.checkRuns.find((r) => r.id === Number(m![3]));
        if (!run) throw new HttpError(404, 'Not Found');
        checkRunWrite(run, body ?? {});
        return send(res, 200, checkRunJson(run, m[1], m[2]));
      }
    }
    throw new HttpError(404, 'Not Found');
  }

  const server = createServer((req, res) => {
    const answered = opts.latencyMs
      ? new Promise((resolve) => setTimeout(resolve, opts.latencyMs)).then(() => route(req, res))
      : route(req, res);
    answered.catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      const headers = error instanceof HttpError ? error.headers : {};
      send(
        res,
        status,
        { message: (error as Error).message, documentation_url: DOCS, status: String(status) },
        headers,
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    state,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Clients keep connections alive; close would otherwise wait for them to time out.
        server.closeAllConnections();
      }),
  };
}
