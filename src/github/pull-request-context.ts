import { existsSync, readFileSync } from 'node:fs';
import { UserError } from '../errors.js';

/**
 * The parts of the workflow run the gate reads, as `@actions/github`'s `context` holds them. Read
 * here from the same variables, because importing that package loads Octokit too, which a run
 * needs only with a token (bench/startup.ts); a test keeps the two readings equal.
 */
export interface WorkflowEvent {
  eventName?: string;
  /** The event's JSON, whose shape depends on the event. */
  payload: Record<string, any>;
  sha: string;
  runId: number;
  serverUrl: string;
  repo: { owner: string; repo: string };
}

/** The workflow event from the runner's variables (GITHUB_EVENT_PATH, GITHUB_REPOSITORY, ...). */
export function readWorkflowEvent(env: NodeJS.ProcessEnv = process.env): WorkflowEvent {
  const path = env.GITHUB_EVENT_PATH;
  const payload = path && existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
  return {
    eventName: env.GITHUB_EVENT_NAME,
    payload,
    sha: env.GITHUB_SHA ?? '',
    runId: parseInt(env.GITHUB_RUN_ID ?? '', 10),
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    repo: repository(env.GITHUB_REPOSITORY, payload),
  };
}

function repository(variable: string | undefined, payload: WorkflowEvent['payload']): WorkflowEvent['repo'] {
  if (variable) {
    const [owner = '', repo = ''] = variable.split('/');
    return { owner, repo };
  }
  if (payload.repository) return { owner: payload.repository.owner.login, repo: payload.repository.name };
  throw new UserError("GITHUB_REPOSITORY is not set. Expected 'owner/repo', as the Actions runner sets it.");
}

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
    const headSha = String(pr.head?.sha ?? context.sha);
    const baseSha = String(pr.base?.sha ?? '');
    const fromFork = Boolean(
      pr.head?.repo && pr.base?.repo && pr.head.repo.full_name !== pr.base.repo.full_name,
    );
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
