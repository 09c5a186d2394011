import type { Octokit } from '@octokit/rest';
import { nodeFetch } from '../node-fetch.js';
import { proxyApplies } from '../proxy.js';

/**
 * The part of an Octokit client the adapters use; both `getOctokit()` from `@actions/github` and
 * `new Octokit()` from `@octokit/rest` satisfy it.
 */
export type GitHubClient = Pick<Octokit, 'request' | 'paginate'>;

/**
 * The action's GitHub client. `@actions/github` fetches with undici, which takes about 100 ms to
 * load and make its first request, and a pull request's file list comes before the first provider
 * call: unless a proxy applies to the API, the client fetches over node:http instead. With one,
 * `@actions/github`'s proxied fetch is kept.
 */
export async function createGitHubClient(
  token: string,
  apiUrl = process.env.GITHUB_API_URL ?? 'https://api.github.com',
): Promise<GitHubClient> {
  const { getOctokit } = await import('@actions/github');
  return getOctokit(token, {
    baseUrl: apiUrl,
    ...(proxyApplies(apiUrl) ? {} : { request: { fetch: nodeFetch } }),
  });
}

/** Attempts per request when GitHub answers with a secondary rate limit. */
const RATE_LIMIT_ATTEMPTS = 4;

/** Longest wait we accept from `retry-after`; a job should not sleep for minutes to post a comment. */
const MAX_RETRY_AFTER_SECONDS = 60;

/** Wait used when a rate-limit answer carries no `retry-after` (GitHub asks for at least a minute, we try sooner). */
const DEFAULT_RETRY_AFTER_SECONDS = 5;

interface HttpError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined> };
}

/** Seconds to wait before retrying, or undefined when the error is not a rate limit. */
export function rateLimitDelaySeconds(error: unknown): number | undefined {
  const { status, message = '', response } = (error ?? {}) as HttpError;
  if (status !== 403 && status !== 429) return undefined;
  const headers = response?.headers ?? {};
  const retryAfter = headers['retry-after'];
  const isRateLimit =
    retryAfter !== undefined ||
    String(headers['x-ratelimit-remaining']) === '0' ||
    /rate limit/i.test(message);
  if (!isRateLimit) return undefined;
  const seconds = retryAfter === undefined ? DEFAULT_RETRY_AFTER_SECONDS : Number(retryAfter);
  return Math.min(
    Number.isFinite(seconds) && seconds >= 0 ? seconds : DEFAULT_RETRY_AFTER_SECONDS,
    MAX_RETRY_AFTER_SECONDS,
  );
}

/** Runs a GitHub request, retrying a few times on primary or secondary rate limits. */
export async function withRateLimitRetry<T>(request: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await request();
    } catch (error) {
      const delay = rateLimitDelaySeconds(error);
      if (delay === undefined || attempt >= RATE_LIMIT_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay * 1000));
    }
  }
}

/** HTTP status of an Octokit error, if it has one. */
export function httpStatus(error: unknown): number | undefined {
  return (error as HttpError | undefined)?.status;
}

/** Message of any thrown value. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
