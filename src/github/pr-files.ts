import type { ChangedFile } from '../changes/changed-file.js';
import type { GitHubClient } from './client.js';
import { PER_PAGE, PR_FILES_CAP } from './limits.js';

/** Identifies a pull request. */
export interface PullRequestRef {
  owner: string;
  repo: string;
  pull_number: number;
}

/** What the PR files API calls a file's status. */
type ApiFileStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';

/** Maps one API entry; `unchanged` entries carry no content change and are dropped. */
function toChangedFile(file: {
  filename: string;
  status: ApiFileStatus;
  previous_filename?: string;
}): ChangedFile[] {
  switch (file.status) {
    case 'unchanged':
      return [];
    case 'renamed':
      return [{ path: file.filename, status: 'renamed', previousPath: file.previous_filename }];
    case 'added':
    case 'copied':
      return [{ path: file.filename, status: 'added' }];
    case 'removed':
      return [{ path: file.filename, status: 'removed' }];
    default:
      return [{ path: file.filename, status: 'modified' }];
  }
}

/**
 * The files a pull request changed, every page. The API stops at 3,000 files: then `truncated` is
 * true and the caller should diff with git instead (and say so).
 */
export async function listPullRequestFiles(
  octokit: GitHubClient,
  pr: PullRequestRef,
): Promise<{ files: ChangedFile[]; truncated: boolean }> {
  const pages = octokit.paginate.iterator('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
    ...pr,
    per_page: PER_PAGE,
  });
  const files: ChangedFile[] = [];
  let count = 0;
  for await (const page of pages) {
    count += page.data.length;
    files.push(...page.data.flatMap((file) => toChangedFile(file as Parameters<typeof toChangedFile>[0])));
  }
  // A PR of exactly 3,000 files looks the same as a larger one; falling back to git is right for both.
  return { files, truncated: count >= PR_FILES_CAP };
}
