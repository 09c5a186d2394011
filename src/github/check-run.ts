import type { CheckAnnotation } from './annotations.js';
import { errorMessage, httpStatus, type GitHubClient } from './client.js';
import {
  fitToLimit,
  ANNOTATIONS_PER_REQUEST,
  CHECK_RUN_TEXT_MAX_CHARS,
  CHECK_RUN_TITLE_MAX_CHARS,
} from './limits.js';
import { plainText } from '../report/sanitize.js';

/** Conclusions the Checks API accepts for a completed run. */
export type CheckConclusion =
  'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required';

/** A completed check run to publish on the PR head commit. */
export interface CheckRunOptions {
  owner: string;
  repo: string;
  /** The PR head SHA (not the merge commit), so the check shows on the PR. */
  head_sha: string;
  name: string;
  conclusion: CheckConclusion;
  title: string;
  summary: string;
  text?: string;
  annotations: CheckAnnotation[];
  details_url?: string;
}

/** The published run, or a warning when the token may not write checks (the verdict still stands). */
export type CheckRunResult =
  { id: number; url?: string; warning?: undefined } | { id?: undefined; warning: string };

function cap(text: string, max: number): string {
  return fitToLimit(text, max, '\n\n… [cut to fit the check run size limit]');
}

/**
 * Creates a completed check run with the first 50 annotations, then adds the rest 50 per request.
 * Never throws: a failure is a warning (the verdict stands), and a 403/404 (no `checks: write`, or
 * a fork PR's read-only token) says which permission is missing.
 */
export async function publishCheckRun(
  octokit: GitHubClient,
  options: CheckRunOptions,
): Promise<CheckRunResult> {
  const { owner, repo, annotations } = options;
  const output = {
    // The title is plain text from the report's headline: masked, invisible characters shown.
    title: plainText(options.title, CHECK_RUN_TITLE_MAX_CHARS),
    summary: cap(options.summary, CHECK_RUN_TEXT_MAX_CHARS),
    ...(options.text === undefined ? {} : { text: cap(options.text, CHECK_RUN_TEXT_MAX_CHARS) }),
  };
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  }
  try {
    const { data } = await octokit.request('POST /repos/{owner}/{repo}/check-runs', {
      owner,
      repo,
      name: options.name,
      head_sha: options.head_sha,
      status: 'completed',
      conclusion: options.conclusion,
      ...(options.details_url ? { details_url: options.details_url } : {}),
      output: { ...output, annotations: batches[0] ?? [] },
    });
    for (const batch of batches.slice(1)) {
      await octokit.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
        owner,
        repo,
        check_run_id: data.id,
        output: { ...output, annotations: batch },
      });
    }
    return { id: Number(data.id), url: data.html_url ?? undefined };
  } catch (error) {
    const status = httpStatus(error);
    if (status !== 403 && status !== 404) {
      return { warning: `Could not publish the '${options.name}' check run: ${errorMessage(error)}` };
    }
    return {
      warning:
        `Could not publish the '${options.name}' check run (HTTP ${status}: ${errorMessage(error)}). ` +
        'Grant `checks: write` in the workflow `permissions:` to get a check run with annotations; ' +
        'on pull requests from forks the token is read-only, and the job summary carries the report instead.',
    };
  }
}
