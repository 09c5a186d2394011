import type { context as githubContext } from '@actions/github';
import { isPlainObject } from '../config/check-spec.js';

/** The parts of `@actions/github`'s context the gate reads (tests build them from fixtures). */
export type WorkflowEvent = Pick<
  typeof githubContext,
  'eventName' | 'payload' | 'sha' | 'runId' | 'serverUrl' | 'repo'
>;

/** What the run compares and where it reports, read from the workflow event. */
export interface RunContext {
  owner: string;
  repo: string;
  /** Set on pull_request and pull_request_target events. */
  pullRequest?: { number: number; headSha: string; baseSha: string; fromFork: boolean };
  base: string;
  head: string;
  /** The commit the check run is attached to: the PR head, not the merge commit. */
  checkSha: string;
  detailsUrl?: string;
}

const ZERO_SHA = /^0+$/;

/**
 * Base and head for the event: a pull request's base and head SHAs; on push the commit before
 * the push; on schedule and workflow_dispatch the previous commit of the branch. Inputs override.
 */
export function readRunContext(
  context: WorkflowEvent,
  overrides: { base?: string; head?: string },
): RunContext {
  const { owner, repo } = context.repo;
  const pr = context.payload.pull_request;
  const detailsUrl = context.runId
    ? `${context.serverUrl}/${owner}/${repo}/actions/runs/${context.runId}`
    : undefined;
  if (pr) {
    const headBranch = readBranch(pr.head);
    const baseBranch = readBranch(pr.base);
    const headSha = headBranch.sha ?? context.sha;
    const baseSha = baseBranch.sha ?? '';
    const fromFork =
      headBranch.repo !== undefined && baseBranch.repo !== undefined && headBranch.repo !== baseBranch.repo;
    return {
      owner,
      repo,
      pullRequest: { number: pr.number, headSha, baseSha, fromFork },
      base: overrides.base ?? baseSha,
      head: overrides.head ?? headSha,
      checkSha: headSha,
      detailsUrl,
    };
  }
  const before =
    typeof context.payload.before === 'string' && !ZERO_SHA.test(context.payload.before)
      ? context.payload.before
      : undefined;
  const head = overrides.head ?? context.sha;
  return { owner, repo, base: overrides.base ?? before ?? `${head}~1`, head, checkSha: head, detailsUrl };
}

/** A pull request's `head` or `base`: its commit and its repository's full name (a deleted fork has none). */
function readBranch(branch: unknown): { sha?: string; repo?: string } {
  if (!isPlainObject(branch)) return {};
  const repo = isPlainObject(branch.repo) ? branch.repo.full_name : undefined;
  return {
    sha: typeof branch.sha === 'string' ? branch.sha : undefined,
    repo: typeof repo === 'string' ? repo : undefined,
  };
}
