import { httpStatus, type GitHubClient } from './client.js';
import { COMMENT_MAX_CHARS, fitToLimit, PER_PAGE } from './limits.js';

/** Hidden marker that identifies Promptgate's sticky comment on a pull request. */
export const STICKY_MARKER = '<!-- promptgate:sticky -->';

/** Login that comments made with the workflow's `GITHUB_TOKEN` carry. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

/** What to post, and where. */
export interface StickyCommentOptions {
  owner: string;
  repo: string;
  issue_number: number;
  body: string;
  /** Defaults to {@link STICKY_MARKER}; a workflow with several gates can give each its own. */
  marker?: string;
  /** The login the token posts as; found with `GET /user` when omitted. */
  authorLogin?: string;
}

/**
 * The token's login. An installation token (the Actions `GITHUB_TOKEN` included) may not call
 * `GET /user`: GitHub answers 401 or 403, and its comments are then by `github-actions[bot]`.
 */
async function tokenLogin(octokit: GitHubClient): Promise<string> {
  try {
    const { data } = await octokit.request('GET /user');
    return data.login;
  } catch (error) {
    const status = httpStatus(error);
    if (status === 401 || status === 403 || status === 404) return ACTIONS_BOT_LOGIN;
    throw error;
  }
}

/** Id of our earlier comment: carries the marker AND is by us, so a pasted marker is never hijacked. */
async function findStickyComment(
  octokit: GitHubClient,
  options: StickyCommentOptions,
  marker: string,
  login: string,
): Promise<number | undefined> {
  const { owner, repo, issue_number } = options;
  const pages = octokit.paginate.iterator('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    owner,
    repo,
    issue_number,
    per_page: PER_PAGE,
  });
  for await (const page of pages) {
    const ours = page.data.find((comment) => comment.user?.login === login && comment.body?.includes(marker));
    if (ours) return ours.id;
  }
  return undefined;
}

/** Ensures the marker is present and the body fits in one comment. */
function commentBody(body: string, marker: string): string {
  const marked = body.includes(marker) ? body : `${marker}\n${body}`;
  return fitToLimit(marked, COMMENT_MAX_CHARS, '\n\n… [comment cut to fit GitHub’s size limit]');
}

/** Updates Promptgate's comment on the pull request, or creates it the first time. */
export async function upsertStickyComment(
  octokit: GitHubClient,
  options: StickyCommentOptions,
): Promise<{ id: number; action: 'created' | 'updated' }> {
  const { owner, repo, issue_number } = options;
  const marker = options.marker ?? STICKY_MARKER;
  const body = commentBody(options.body, marker);
  const login = options.authorLogin ?? (await tokenLogin(octokit));
  const existing = await findStickyComment(octokit, options, marker, login);
  if (existing !== undefined) {
    await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      owner,
      repo,
      comment_id: existing,
      body,
    });
    return { id: existing, action: 'updated' };
  }
  const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    owner,
    repo,
    issue_number,
    body,
  });
  return { id: Number(data.id), action: 'created' };
}
