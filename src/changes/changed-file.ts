/** A file the pull request touched, as the PR files API or `git diff --name-status` reports it. */
export interface ChangedFile {
  path: string;
  status: 'added' | 'modified' | 'removed' | 'renamed';
  /** The base path of a renamed file. */
  previousPath?: string;
}
