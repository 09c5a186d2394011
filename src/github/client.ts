import { getOctokit } from '@actions/github';
import type { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

/**
 * The part of an Octokit client the adapters use; both `getOctokit()` from `@actions/github` and
 * `new Octokit()` from `@octokit/rest` satisfy it.
 */
export type GitHubClient = Pick<Octokit, 'request' | 'paginate'>;

/** How the client reaches GitHub and reports rate limits. */
export interface GitHubClientOptions {
  /** Defaults to `GITHUB_API_URL`, as `@actions/github` reads it (and picks the runner's proxy for it). */
  apiUrl?: string;
  /** Told about each rate-limited request, whether it is retried or given up. */
  onRateLimit?: (message: string) => void;
  /** Milliseconds per second of `retry-after`; tests shorten the waits with it. */
  retryAfterBaseValue?: number;
}

/** Retries per request on a primary or secondary rate limit. */
const RATE_LIMIT_RETRIES = 3;

/** Longest wait we accept from GitHub; a job should not sleep for many minutes to post a comment. */
const MAX_RETRY_AFTER_SECONDS = 60;

/**
 * The action's GitHub client: `@actions/github`'s Octokit (its proxy support included), with
 * Octokit's retry plugin for server errors and its throttling plugin for rate limits.
 */
export function createGitHubClient(token: string, options: GitHubClientOptions = {}): GitHubClient {
  const { apiUrl, onRateLimit, retryAfterBaseValue } = options;
  const retryOrGiveUp =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const retrying = retryCount < RATE_LIMIT_RETRIES && retryAfter <= MAX_RETRY_AFTER_SECONDS;
      const next = retrying ? `retrying in ${retryAfter} s` : 'giving up';
      onRateLimit?.(`GitHub ${kind} rate limit on ${request.method} ${request.url}: ${next}.`);
      return retrying;
    };
  return getOctokit(
    token,
    {
      ...(apiUrl ? { baseUrl: apiUrl } : {}),
      throttle: {
        onRateLimit: retryOrGiveUp('primary'),
        onSecondaryRateLimit: retryOrGiveUp('secondary'),
        ...(retryAfterBaseValue === undefined ? {} : { retryAfterBaseValue }),
      },
      ...(retryAfterBaseValue === undefined ? {} : { retry: { retryAfterBaseValue } }),
    },
    retry,
    throttling,
  );
}

/** HTTP status of an Octokit error, if it has one. */
export function httpStatus(error: unknown): number | undefined {
  return (error as { status?: number } | undefined)?.status;
}

/** Message of any thrown value. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
